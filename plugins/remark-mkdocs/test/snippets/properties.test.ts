/**
 * Properties of the snippets expansion over arbitrary pages (fast-check):
 * it never throws, and every line that is not an include, a block-form
 * marker or path, or a section marker is kept, in order, each mapped back to
 * its own line. Pages mix those lines with includes of real files (present,
 * missing, ranges, sections, cycles) and arbitrary text.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, test} from 'vitest';
import {expandSnippets} from '../../lib/snippets/expand';
import {readSectionLine, readSnippetLine} from '../../lib/snippets/grammar';
import {snippetsOptions} from '../../lib/snippets/options';

const RUNS = Number(process.env.FC_RUNS ?? 500);
const root = mkdtempSync(path.join(os.tmpdir(), 'snippets-properties-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));
writeFileSync(path.join(root, 'a.md'), 'alpha\n--8<-- "b.md"\n');
writeFileSync(path.join(root, 'b.md'), 'beta\n--8<-- "a.md"');
writeFileSync(path.join(root, 's.txt'), '# --8<-- [start:x]\nin x\n# --8<-- [end:x]\n');
const page = path.join(root, 'page.md');

const snippetLine = fc.constantFrom(
  '--8<-- "a.md"',
  '  --8<-- "b.md"',
  '--8<-- "missing.md"',
  '--8<-- "s.txt:x"',
  '--8<-- "s.txt:2:9"',
  "-8<- 's.txt:nope'",
  '--8<--',
  ';--8<-- "a.md"',
  '--8<-- [start:y]',
  '; a.md',
  'a.md',
  '',
);
const anyLine = fc.string({unit: fc.constantFrom('-', '8', '<', '"', "'", ';', ':', ' ', '\t', 'a', '[', ']', '\u0000', 'é'), maxLength: 24});
const pageLines = fc.array(fc.oneof(snippetLine, anyLine, fc.string({maxLength: 20})), {maxLength: 30});

/** Whether the expansion may consume this line of the page (an include, a marker, or a line inside the block form). */
function mayBeConsumed(line: string): boolean {
  return readSnippetLine(line) !== undefined || readSectionLine(line) !== undefined;
}

describe('snippets expansion properties', () => {
  test('never throws; every plain line outside the block form is kept in order, mapped to its line', () => {
    fc.assert(
      fc.property(pageLines, fc.boolean(), (lines, checkPaths) => {
        const text = lines.join('\n').replace(/\r/g, '');
        const result = expandSnippets(text, {path: page, options: snippetsOptions({base_path: '.', check_paths: checkPaths}, root)});
        const outputLines = result.text.split(/\r\n|\r|\n/);
        expect(result.lineCount).toBe(outputLines.length);
        // Unchanged: no map, every line is the page's own.
        const sources = result.changed ? result.sources : outputLines.map((_, index) => ({path: page, line: index + 1}));
        expect(sources).toHaveLength(outputLines.length);
        const own = sources.flatMap((source, index) => (source.path === page ? [{line: source.line, text: outputLines[index]}] : []));
        let block = false;
        let cursor = 0;
        text.split('\n').forEach((line, index) => {
          if (readSnippetLine(line)?.kind === 'block-marker') block = !block;
          if (block || mayBeConsumed(line)) return;
          const found = own.findIndex((entry, at) => at >= cursor && entry.line === index + 1);
          expect(found, `line ${index + 1} ${JSON.stringify(line)} lost`).toBeGreaterThanOrEqual(0);
          expect(own[found]!.text).toBe(line);
          cursor = found + 1;
        });
        // Every problem sits on a line of the output.
        for (const problem of result.problems) expect(problem.line).toBeLessThanOrEqual(result.lineCount);
      }),
      {numRuns: RUNS},
    );
  });
});
