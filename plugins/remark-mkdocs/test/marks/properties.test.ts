/**
 * Properties of the keys, mark, caret and tilde grammar over arbitrary
 * paragraphs (fast-check), with the four extensions on and remark-gfm loaded
 * (as Docusaurus does):
 *
 * (a) nothing throws, for either target;
 * (b) no text is lost: every word of the plain CommonMark rendering (no
 *     plugin) is in the plugin's, counted;
 * (c) every element's position covers its markers as written in the source.
 *
 * `FC_SEED`/`FC_PATH` reproduce a failure, `FC_RUNS` changes the number of runs.
 */
import type {Root} from 'mdast';
import fc from 'fast-check';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {remarkClosedFences} from '../../lib/fence/closed-fence';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import remarkMkdocs from '../../index';
import type {MkdocsFormat} from '../../lib/marks/from-markdown';
import {visit} from '../../lib/mdast-util/visit';
import {fromHtml} from 'hast-util-from-html';
import {hastWordCounts, missingWords, wordCounts} from '../words';

const RUNS = Number(process.env.FC_RUNS ?? 400);
const parameters: fc.Parameters<unknown> = {
  numRuns: RUNS,
  ...(process.env.FC_SEED ? {seed: Number(process.env.FC_SEED), path: process.env.FC_PATH} : {}),
};

const FOUR = {'pymdownx.keys': null, 'pymdownx.mark': null, 'pymdownx.caret': null, 'pymdownx.tilde': null};

/** Key names whose label is the name itself (capitalised), so a rendered key keeps its word. */
const keys = fc
  .array(fc.constantFrom('ctrl', 'alt', 'shift', 'tab', 'enter', 'a', 'c', 'f5', 'del', 'nokey', '"My Key"', "'x y'"), {minLength: 1, maxLength: 3})
  .map((names) => `++${names.join('+')}++`);

const atom = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom('=', '==', '===', '^', '^^', '^^^', '~', '~~', '~~~', '+', '++')},
  {weight: 6, arbitrary: fc.constantFrom('alpha', 'beta', 'x', 'H2O', 'café', 'данные', '数据', '42', 'x_y', '_')},
  {weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '  \n', '\t')},
  {weight: 2, arbitrary: fc.constantFrom('*', '**', '`code`', '`==x==`', '\\=', '\\^', '\\~', '\\ ', '\\+', '[link](u)', '![alt](i.png)', '<b>', '</b>', '&amp;')},
  {weight: 1, arbitrary: keys},
);

const paragraph = fc.array(atom, {minLength: 1, maxLength: 24}).map((atoms) => atoms.join(''));
const anyMarkers = fc.string({unit: fc.constantFrom('=', '^', '~', '+', ' ', 'a', '\\', '`', '*', '\n', '"'), maxLength: 60});
const input = fc.oneof(paragraph, anyMarkers, fc.tuple(paragraph, paragraph).map(([a, b]) => `${a}\n\n> ${b}\n\n- ${a}`));

function html(markdown: string, plugin: boolean): string {
  const processor = unified().use(remarkParse).use(remarkGfm);
  // The plain rendering reads fences as Python-Markdown does (an unclosed one is text), as the plugin does.
  if (plugin) processor.use(remarkMkdocs, {target: 'html', repairMojibake: false, markdownExtensions: FOUR});
  else processor.use(remarkClosedFences);
  return String(processor.use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).use(rehypeStringify).processSync(new VFile({value: markdown, path: 'input.md'})));
}

function docusaurus(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMkdocs, {target: 'docusaurus', markdownExtensions: FOUR});
  const file = new VFile({value: markdown, path: 'input.md'});
  return processor.runSync(processor.parse(file), file);
}

describe('keys, mark, caret and tilde: properties', () => {
  test('(a) nothing throws, either target', () => {
    fc.assert(
      fc.property(input, (markdown) => {
        html(markdown, true);
        docusaurus(markdown);
      }),
      parameters,
    );
  });

  test('(b) no word of the plain rendering is lost', () => {
    fc.assert(
      fc.property(input, (markdown) => {
        // Attributes count on the plugin's side: where CommonMark shows a line as raw HTML text (`</b>` opens an HTML
        // block there) and Python-Markdown reads it as a paragraph, `![alt](i.png)` is an image whose words are in
        // its `alt` and `src`, kept.
        const ours = hastWordCounts(fromHtml(html(markdown, true), {fragment: true}), {withAttributes: true});
        expect(missingWords(wordCounts(html(markdown, false), false), ours)).toEqual([]);
      }),
      parameters,
    );
  });

  test('(c) each element starts and ends with its marker in the source', () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMkdocs, {markdownExtensions: FOUR});
    fc.assert(
      fc.property(input, (markdown) => {
        visit(processor.parse(markdown), 'mkdocsFormat', (node: MkdocsFormat) => {
          const source = markdown.slice(node.position!.start.offset, node.position!.end.offset);
          expect(source.startsWith(node.marker), source).toBe(true);
          expect(source.endsWith(node.marker), source).toBe(true);
          expect(source.length).toBeGreaterThan(2 * node.marker.length);
        });
      }),
      parameters,
    );
  });
});
