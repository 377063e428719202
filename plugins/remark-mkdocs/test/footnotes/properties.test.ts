/**
 * Footnotes over generated documents (fast-check), with `footnotes` on and
 * remark-gfm as Docusaurus loads it: nothing throws in either target, and no
 * word of remark-gfm's own rendering is lost (GFM's "Footnotes" heading and
 * the numbers aside: Python-Markdown's notes have no heading, and number every
 * note in definition order; the place marker, which the notes replace; a label
 * defined twice, whose first text MkDocs drops and we report). `FC_SEED`, `FC_PATH`, `FC_RUNS` as in `../properties.test.ts`.
 */
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
import remarkMkdocs, {type Options} from '../../index';
import {missingWords, wordCounts} from '../words';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const parameters: fc.Parameters<unknown> = {
  numRuns: RUNS,
  ...(process.env.FC_SEED ? {seed: Number(process.env.FC_SEED), path: process.env.FC_PATH} : {}),
};

const label = fc.constantFrom('1', '2', 'a', 'A', 'note', 'x y', '^', '', 'b', 'c', 'd', 'e');
const word = fc.constantFrom('alpha', 'beta', 'Pod', 'café', 'данные', '*em*', '`code`');
const words = fc.array(word, {minLength: 1, maxLength: 3}).map((list) => list.join(' '));
const indent = fc.constantFrom('', '', '', ' ', '    ', '        ', '> ', '- ', '    - ');
const line = fc.oneof(
  {weight: 4, arbitrary: fc.tuple(indent, words, label, words).map(([i, a, l, b]) => `${i}${a}[^${l}] ${b}`)},
  {weight: 4, arbitrary: fc.tuple(indent, label, words).map(([i, l, w]) => `${i}[^${l}]: ${w}`)},
  {weight: 3, arbitrary: fc.tuple(indent, words).map(([i, w]) => i + w)},
  {weight: 2, arbitrary: fc.constantFrom('', '', '///Footnotes Go Here///')},
  {weight: 1, arbitrary: fc.tuple(indent, fc.constantFrom('```', ': def', '# h')).map(([i, l]) => i + l)},
);
const document = fc.array(line, {maxLength: 20}).map((lines) => lines.join('\n'));

const FOOTNOTES: Options['markdownExtensions'] = {footnotes: null};

function render(markdown: string, options?: Options): string {
  const processor = unified().use(remarkParse).use(remarkGfm);
  // The plain rendering reads fences as Python-Markdown does (an unclosed one is text), as the plugin does.
  if (options) processor.use(remarkMkdocs, options);
  else processor.use(remarkClosedFences);
  return String(processor.use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).use(rehypeStringify).processSync(new VFile({value: markdown, path: 'input.md'})));
}

function runDocusaurus(markdown: string): void {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMkdocs, {target: 'docusaurus', markdownExtensions: FOOTNOTES});
  const file = new VFile({value: markdown, path: 'input.md'});
  processor.runSync(processor.parse(file), file);
}

function withoutNumbers(counts: Map<string, number>): Map<string, number> {
  return new Map([...counts].filter(([key]) => !/^\d+$/.test(key) && !/^footnotes$/i.test(key)));
}

/** Ours, unless a label is defined twice: then, as in MkDocs, the first text is dropped, and reported. */
function renderOursWithoutDuplicates(markdown: string): string | undefined {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMkdocs, {target: 'html', repairMojibake: false, markdownExtensions: FOOTNOTES})
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(rehypeRaw)
    .use(rehypeStringify)
    .processSync(new VFile({value: markdown, path: 'input.md'}));
  return file.messages.some((message) => message.ruleId === 'mkdocs-footnote-duplicate') ? undefined : String(file);
}

describe('footnotes properties', () => {
  test('no document throws (both targets)', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        render(markdown, {target: 'html', markdownExtensions: FOOTNOTES});
        runDocusaurus(markdown);
      }),
      parameters,
    );
  });

  test('no word of the GFM rendering is lost', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        const html = renderOursWithoutDuplicates(markdown);
        fc.pre(html !== undefined);
        // The place marker is consumed where the notes go, as in MkDocs.
        const plain = withoutNumbers(wordCounts(render(markdown.replaceAll('///Footnotes Go Here///', '///')), false));
        expect(missingWords(plain, wordCounts(html!, true))).toEqual([]);
      }),
      parameters,
    );
  });
});
