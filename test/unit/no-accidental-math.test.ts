/**
 * The demo site enables arithmatex (Material's recommended set), and its pages
 * and the corpus workshops are full of shell prose: `$HOME`, `$PATH`,
 * `echo $VAR`, prices. Arithmatex's rules (smart dollars) must leave every one
 * of them text: each page renders exactly as without arithmatex, except the
 * pages that show math on purpose, which hold exactly the math listed here.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Node} from 'unist';
import {describe, expect, it} from 'vitest';
import {MATERIAL_MARKDOWN_EXTENSIONS} from '../../plugins/remark-mkdocs';
import {renderDocusaurus} from '../../plugins/remark-mkdocs/test/pipeline';
import {corpusWorkshops} from '../data-paths';

const root = path.resolve(import.meta.dirname, '../..');

/** Pages that show math on purpose: path → the TeX of each math node, in order. */
const INTENDED_MATH: Record<string, string[]> = {};

const withoutMath = Object.fromEntries(Object.entries(MATERIAL_MARKDOWN_EXTENSIONS).filter(([name]) => name !== 'pymdownx.arithmatex'));

function lessons(): string[] {
  const docs = readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => path.join('docs', name));
  const corpus = corpusWorkshops().flatMap((dir) =>
    readdirSync(dir, {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.md'))
      .map((name) => path.relative(root, path.join(dir, name))),
  );
  return [...docs, ...corpus].sort();
}

function mathValues(tree: Node): string[] {
  const values: string[] = [];
  const walk = (node: Node & {value?: string; children?: Node[]}) => {
    if (node.type === 'inlineMath' || node.type === 'math') values.push(node.value ?? '');
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return values;
}

describe('no accidental math in the site’s pages and the corpus', () => {
  const files = lessons();
  it('reads the pages', () => expect(files.length).toBeGreaterThanOrEqual(15));
  for (const file of files) {
    it(file, () => {
      const markdown = readFileSync(path.join(root, file), 'utf8');
      const on = renderDocusaurus(markdown, {markdownExtensions: MATERIAL_MARKDOWN_EXTENSIONS});
      expect(mathValues(on.tree)).toEqual(INTENDED_MATH[file] ?? []);
      if (INTENDED_MATH[file] === undefined) {
        expect(on.mdx).toBe(renderDocusaurus(markdown, {markdownExtensions: withoutMath}).mdx);
      }
    });
  }
});
