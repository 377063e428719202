import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseFenceInfo} from '../../../lib/fence/info';
import {classifyShellBlock} from '../../../lib/shell/classify';
import {readCase, summary} from './case-file';

/**
 * One generic runner over `cases/<case>.txt`: a tiny header (`lang: bash`,
 * `meta: title="x"`, `previous: commands`, `after: vim app.yaml` for that block's last command, `box: Output` for a block in a box of that title, `intro: You
 * should see:` for the paragraph right before it), a `---` line, then the block's
 * content exactly as in the fence. `<case>.json` holds what a careful reader
 * would say about it: kind, certainty, each command's paste text, the text of
 * "copy all" and one role per line; `null` when the block is not shell at all.
 * `UPDATE=1` rewrites the expectations (then review every change by eye).
 */
const root = path.join(import.meta.dirname, 'cases');
const update = process.env.UPDATE === '1';
const cases = readdirSync(root)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))
  .sort();

describe('classifyShellBlock cases', () => {
  it('has enough cases', () => expect(cases.length).toBeGreaterThanOrEqual(35));

  for (const name of cases) {
    it(name, () => {
      const input = readCase(readFileSync(path.join(root, `${name}.txt`), 'utf8'));
      const result = classifyShellBlock({info: parseFenceInfo(input.lang, input.meta), value: input.value, previous: input.previous, previousCommand: input.after, intro: input.intro, boxTitle: input.box});
      if (result) {
        // Invariants every case must keep, whatever its expectation says.
        expect(result.lines.map((line) => line.text)).toEqual(input.value.split('\n'));
        expect(result.copyAll.endsWith('\n')).toBe(false);
        if (result.kind === 'output') expect(result.copyAll).toBe('');
        for (const [number, command] of result.commands.entries()) {
          for (let line = command.firstLine; line <= command.lastLine; line++) expect(result.lines[line].command).toBe(number);
        }
      }
      const actual = JSON.stringify(summary(result), null, 2) + '\n';
      const file = path.join(root, `${name}.json`);
      if (update || !existsSync(file)) writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
