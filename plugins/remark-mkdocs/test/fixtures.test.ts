import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Node} from 'unist';
import {formatMessages, parseTree, renderDocusaurus, renderHtml} from './pipeline';
import type {Options} from '../index';

/**
 * One generic runner over `fixtures/<case>/`: `input.md` → `output.html` (MkDocs'
 * HTML shape), `output.mdx` (the JSX the Docusaurus theme receives),
 * `messages.txt` and `tree.json` (the parsed tree, positions included, so a lost
 * position fails). Optional `options.json`. `UPDATE=1` rewrites expectations.
 */
const root = path.join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE === '1';
const cases = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'input.md')));

function expectFile(file: string, actual: string) {
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** Positions as compact strings keep `tree.json` reviewable. */
function compact(node: Node): unknown {
  const {position, ...rest} = node as Node & {children?: Node[]};
  const at = position ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}` : undefined;
  const result: Record<string, unknown> = {...rest, position: at};
  if (rest.children) result.children = rest.children.map(compact);
  const data = (rest as {data?: {mkdocs?: {typePoint?: {line: number; column: number}}}}).data;
  if (data?.mkdocs?.typePoint) {
    result.data = {...data, mkdocs: {...data.mkdocs, typePoint: `${data.mkdocs.typePoint.line}:${data.mkdocs.typePoint.column}`}};
  }
  return result;
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
      expectFile(path.join(dir, 'tree.json'), JSON.stringify(compact(parseTree(input)), null, 1) + '\n');
    });
  }
});
