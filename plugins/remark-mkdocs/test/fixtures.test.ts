import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {compactTree, expectFile, fixtureCases} from './fixture-files';
import {formatMessages, parseTree, renderDocusaurus, renderHtml} from './pipeline';
import type {Options} from '../index';

/**
 * One generic runner over `fixtures/<case>/`: `input.md` → `output.html` (MkDocs'
 * HTML shape), `output.mdx` (the JSX the Docusaurus theme receives),
 * `messages.txt` and `tree.json` (the parsed tree, positions included, so a lost
 * position fails). Optional `options.json`. `UPDATE=1` rewrites expectations.
 */
const root = path.join(import.meta.dirname, 'fixtures');
const cases = fixtureCases(root);

/** A box's `typePoint` as `line:column`, like positions. */
function compactTypePoint(data: Record<string, unknown>): Record<string, unknown> {
  const mkdocs = data.mkdocs as {typePoint?: {line: number; column: number}} | undefined;
  if (!mkdocs?.typePoint) return data;
  return {...data, mkdocs: {...mkdocs, typePoint: `${mkdocs.typePoint.line}:${mkdocs.typePoint.column}`}};
}

describe('fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(root, name);
      const input = readFileSync(path.join(dir, 'input.md'), 'utf8');
      const optionsFile = path.join(dir, 'options.json');
      const options = (existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}) as Options;
      const {html, file} = renderHtml(input, options);
      expectFile(path.join(dir, 'output.html'), html.trimEnd() + '\n');
      const messages = formatMessages(file);
      expectFile(path.join(dir, 'messages.txt'), messages ? messages + '\n' : '');
      const docusaurus = renderDocusaurus(input, options);
      expectFile(path.join(dir, 'output.mdx'), docusaurus.mdx);
      // Both targets report the same problems.
      expect(formatMessages(docusaurus.file)).toBe(messages);
      expectFile(path.join(dir, 'tree.json'), JSON.stringify(compactTree(parseTree(input, {markdownExtensions: options.markdownExtensions}), compactTypePoint), null, 1) + '\n');
    });
  }
});
