/**
 * Footnotes: Python-Markdown's semantics on remark-gfm's footnote nodes.
 * The `'html'` target against Python-Markdown on the rules where it differs
 * from GFM (the upstream suite is `test/upstream/footnotes.json`); the
 * `'docusaurus'` target's GFM shape with Python-Markdown's numbering; messages.
 */
import type {Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import type {MarkdownExtensionsOption} from '../../lib/markdown-extensions';
import {itAgreesWithOracle} from '../upstream/run-upstream';

const EXTENSIONS = {footnotes: null, admonition: null, def_list: null};

const CASES: Array<{name: string; markdown: string; extensions?: Record<string, unknown>}> = [
  {name: 'definition interrupts a paragraph', markdown: 'Text\n[^1]: interrupts\n\nRef[^1]\n'},
  {name: 'a note used twice gets two backlinks', markdown: 'a[^1] b[^1]\n\n[^1]: one\n'},
  {name: 'numbered in definition order, unreferenced listed', markdown: 'x[^b] y[^a]\n\n[^a]: A\n[^b]: B\n[^c]: C\n'},
  {name: 'labels match exactly', markdown: 'R[^a][^A]\n\n[^a]: lower\n'},
  {name: 'a duplicate keeps the last text at the first place', markdown: 'R[^a] S[^b]\n\n[^a]: first\n[^b]: bee\n[^a]: second\n'},
  {name: 'definition inside an admonition', markdown: '!!! note\n    R[^n]\n\n    [^n]: in box\n\nafter\n'},
  {name: 'definition inside a list item', markdown: '- item[^l]\n\n    [^l]: in list\n'},
  {name: 'definition inside a definition list', markdown: 'term\n:   text[^d]\n\n[^d]: the note\n'},
  {name: 'place marker', markdown: 'x[^1]\n\n///Footnotes Go Here///\n\nlater\n\n[^1]: f\n'},
  {name: 'continuation paragraphs and code', markdown: 'x[^1]\n\n[^1]: first\n    lazy\n\n    second\n\n        code\n'},
  {name: 'note ending in a list gets its backlink in a paragraph', markdown: 'x[^1]\n\n[^1]: intro\n\n    1. one\n    2. two\n'},
  {
    name: 'options',
    markdown: 'x[^1] y[^1]\n\n[^1]: f\n',
    extensions: {footnotes: {BACKLINK_TEXT: 'back', SUPERSCRIPT_TEXT: '[{}]', SEPARATOR: '-', BACKLINK_TITLE: 'To {}'}},
  },
];

describe('footnotes against Python-Markdown (target html)', () => {
  itAgreesWithOracle(
    CASES.map((testCase) => ({...testCase, extensions: testCase.extensions ?? EXTENSIONS, source: 'footnotes/footnotes.test.ts'})),
  );
});

function run(markdown: string, markdownExtensions: MarkdownExtensionsOption = EXTENSIONS) {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMkdocs, {target: 'docusaurus', markdownExtensions});
  const file = new VFile({value: markdown, path: 'input.md'});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {tree, file};
}

function types(node: unknown, found: string[] = []): string[] {
  const current = node as {type: string; children?: unknown[]};
  found.push(current.type);
  for (const child of current.children ?? []) types(child, found);
  return found;
}

function properties(node: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  const current = node as {data?: {hName?: string; hProperties?: Record<string, unknown>}; children?: unknown[]};
  if (current.data?.hName) found.push({hName: current.data.hName, ...current.data.hProperties});
  for (const child of current.children ?? []) properties(child, found);
  return found;
}

describe('footnotes (target docusaurus)', () => {
  it("draws GFM's shape, numbered in definition order, one backlink per call, none for a note nobody calls", () => {
    const {tree} = run('x[^b] y[^a] z[^a]\n\n[^a]: A\n[^b]: B\n[^c]: C\n');
    expect(types(tree)).not.toContain('footnoteReference');
    expect(types(tree)).not.toContain('footnoteDefinition');
    const drawn = properties(tree);
    const calls = drawn.filter((element) => element.dataFootnoteRef);
    expect(calls.map((element) => [element.id, element.href])).toEqual([
      ['user-content-fnref-b', '#user-content-fn-b'],
      ['user-content-fnref-a', '#user-content-fn-a'],
      ['user-content-fnref-a-2', '#user-content-fn-a'],
    ]);
    expect(drawn.filter((element) => element.hName === 'li').map((element) => element.id)).toEqual([
      'user-content-fn-a',
      'user-content-fn-b',
      'user-content-fn-c',
    ]);
    expect(drawn.filter((element) => element.dataFootnoteBackref === '').map((element) => [element.href, element.ariaLabel])).toEqual([
      ['#user-content-fnref-a', 'Back to reference 1'],
      ['#user-content-fnref-a-2', 'Back to reference 1-2'],
      ['#user-content-fnref-b', 'Back to reference 2'],
    ]);
    expect(drawn.find((element) => element.hName === 'section')).toMatchObject({dataFootnotes: true, className: ['footnotes']});
    // Numbers as Python-Markdown gives them: `b` is the second definition.
    expect(JSON.stringify(tree)).toContain('"value":"2"');
  });

  it('reports a duplicate definition and a call without a definition', () => {
    const {file} = run('R[^a] S[^none] T[^A]\n\n[^a]: first\n[^a]: second\n');
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      '4:1 mkdocs-footnote-duplicate',
      '1:8 mkdocs-footnote-undefined',
      '1:17 mkdocs-footnote-undefined',
    ]);
  });

  it('leaves GFM footnotes to remark-rehype when the workshop does not enable footnotes', () => {
    const {tree, file} = run('x[^1]\n\n[^1]: note\n', {admonition: null});
    expect(types(tree)).toContain('footnoteReference');
    expect(types(tree)).toContain('footnoteDefinition');
    expect(file.messages).toEqual([]);
  });
});
