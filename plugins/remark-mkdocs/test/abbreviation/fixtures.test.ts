/**
 * Fixtures of the abbreviation syntax, one folder per behaviour under
 * `fixtures/`: `input.md` → `output.html` (the local pipeline's HTML),
 * `messages.txt` (`line:col-line:col: reason [rule-id]`) and `tree.json` (the
 * tree after the transform, positions included). `UPDATE=1` rewrites them.
 *
 * Every fixture is also rendered by Python-Markdown with `abbr`: the wrapped
 * words, their titles and the text of every block must agree, unless the
 * folder has a `deviation.txt` saying why not (then they must differ, so a
 * stale deviation shows).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatMessages} from '../pipeline';
import {compactTree, expectFile, fixtureCases} from '../fixture-files';
import {abbrOracleStatus, abbreviationView, parseTree, renderHtml, renderWithPython} from './harness';

const root = path.join(import.meta.dirname, 'fixtures');
const cases = fixtureCases(root);

describe('abbreviation fixtures', () => {
  const inputs = new Map(cases.map((name) => [name, readFileSync(path.join(root, name, 'input.md'), 'utf8')]));
  const oracle = abbrOracleStatus();
  const python = oracle.available ? renderWithPython(cases.map((name) => ({id: name, markdown: inputs.get(name)!}))) : undefined;

  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(root, name);
      const input = inputs.get(name)!;
      const {html, file} = renderHtml(input);
      expectFile(path.join(dir, 'output.html'), html.trimEnd() + '\n');
      const messages = formatMessages(file);
      expectFile(path.join(dir, 'messages.txt'), messages ? messages + '\n' : '');
      expectFile(path.join(dir, 'tree.json'), JSON.stringify(compactTree(parseTree(input, true).tree), null, 1) + '\n');

      expect(python, oracle.available ? '' : oracle.reason).toBeDefined();
      const ours = abbreviationView(html);
      const theirs = abbreviationView(python!.get(name)!);
      if (existsSync(path.join(dir, 'deviation.txt'))) {
        expect(ours, 'listed in deviation.txt, but agrees with Python-Markdown now').not.toEqual(theirs);
      } else {
        expect(ours).toEqual(theirs);
      }
    });
  }
});
