import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SEEDS, TEST_DATA, corpusWorkshops} from '../../../../../test/data-paths';
import {classifyShellBlock, kindBefore, type ShellBlockKind} from '../../../lib/shell/classify';
import {adjacent, fencedBlocks, introParagraph} from './corpus-blocks';

/**
 * Every fenced block of the real workshop lessons in the corpus
 * (test/data/corpus) and the seed lesson (test/data/seeds), classified with
 * `previous` and `intro` (the paragraph right before) set as the plugin would set them, and pinned in `corpus-kinds.json`
 * (`file:line [lang] → kind/certainty`, or `not shell`; files named relative
 * to test/data). A change to the classifier that moves any of them shows here;
 * `UPDATE=1` rewrites the file (review the diff by eye).
 */
const expectedFile = path.join(import.meta.dirname, 'corpus-kinds.json');
const update = process.env.UPDATE === '1';

function lessons(): string[] {
  const files: string[] = [];
  for (const workshop of corpusWorkshops()) {
    for (const name of readdirSync(workshop).sort()) {
      if (name.endsWith('.md')) files.push(path.join(workshop, name));
    }
  }
  for (const name of readdirSync(SEEDS).sort()) if (name.endsWith('.md')) files.push(path.join(SEEDS, name));
  return files;
}

describe('corpus', () => {
  it('classifies every fenced block as pinned', () => {
    const actual: Record<string, string> = {};
    const totals: Record<string, number> = {};
    for (const file of lessons()) {
      let previous: ShellBlockKind | undefined;
      for (const block of fencedBlocks(readFileSync(file, 'utf8'))) {
        const result = classifyShellBlock({info: block.info, value: block.value, previous: adjacent(block.gap) ? previous : undefined, intro: introParagraph(block.gap)});
        previous = result && kindBefore(result);
        const verdict = result ? `${result.kind}/${result.certainty}` : 'not shell';
        actual[`${path.relative(TEST_DATA, file).split(path.sep).join('/')}:${block.line} [${block.lang ?? ''}]`] = verdict;
        totals[verdict] = (totals[verdict] ?? 0) + 1;
      }
    }
    const pinned = JSON.stringify({totals: sortKeys(totals), blocks: actual}, null, 1) + '\n';
    if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, pinned);
    expect(pinned).toBe(readFileSync(expectedFile, 'utf8'));
  });
});

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
