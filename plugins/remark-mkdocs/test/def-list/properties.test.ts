/**
 * Definition lists over generated documents (fast-check), with `def_list` on:
 * nothing throws in either target, and no word of the plain CommonMark
 * rendering is lost (the colons of definition markers aside, which are syntax).
 * Lines mix terms, definition lines of every shape (and near misses), indented
 * and lazy continuations, blank lines, and the containers they nest in.
 * `FC_SEED`, `FC_PATH`, `FC_RUNS` as in `../properties.test.ts`.
 */
import fc from 'fast-check';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import {remarkClosedFences} from '../../lib/fence/closed-fence';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import remarkMkdocs, {type Options} from '../../index';
import {missingWords, withoutMarkupStarts, wordCounts} from '../words';

const RUNS = Number(process.env.FC_RUNS ?? 500);
const parameters: fc.Parameters<unknown> = {
  numRuns: RUNS,
  ...(process.env.FC_SEED ? {seed: Number(process.env.FC_SEED), path: process.env.FC_PATH} : {}),
};

const word = fc.constantFrom('alpha', 'beta', 'Pod', 'term', 'café', 'данные', 'x1', '*em*', '`code`', '[link](x)');
const words = fc.array(word, {minLength: 1, maxLength: 3}).map((list) => list.join(' '));
const indent = fc.constantFrom('', '', '', ' ', '   ', '    ', '     ', '        ', '\t', '> ', '- ', '1. ', '    > ');
const marker = fc.constantFrom(': ', ':   ', ':\t', ':    ', ':       ', ':', ': ', '::: ', '  : ');
const line = fc.oneof(
  {weight: 5, arbitrary: fc.tuple(indent, marker, words).map(([i, m, w]) => i + m + w)},
  {weight: 5, arbitrary: fc.tuple(indent, words).map(([i, w]) => i + w)},
  {weight: 3, arbitrary: fc.constantFrom('', '', ' ')},
  {weight: 1, arbitrary: fc.tuple(indent, fc.constantFrom('```', '!!! note', '# h', '- a', '***')).map(([i, l]) => i + l)},
  {weight: 1, arbitrary: fc.tuple(indent, marker).map(([i, m]) => i + m)},
);
const document = fc
  .tuple(fc.array(line, {maxLength: 20}), fc.constantFrom('\n', '\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol));

const DEF_LIST: Options['markdownExtensions'] = {def_list: null, admonition: null};

function render(markdown: string, options?: Options): string {
  const processor = unified().use(remarkParse);
  // The plain rendering reads fences as Python-Markdown does (an unclosed one is text), as the plugin does.
  if (options) processor.use(remarkMkdocs, options);
  else processor.use(remarkClosedFences);
  return String(processor.use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).use(rehypeStringify).processSync(new VFile({value: markdown, path: 'input.md'})));
}

function runDocusaurus(markdown: string): void {
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus', markdownExtensions: DEF_LIST});
  const file = new VFile({value: markdown, path: 'input.md'});
  processor.runSync(processor.parse(file), file);
}

/** A definition marker's `:` is syntax: plain CommonMark shows it, we do not. */
function withoutColonWords(html: string): string {
  return html.replace(/:/g, ' ');
}

describe('def_list properties', () => {
  test('no document throws (both targets)', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        render(markdown, {target: 'html', markdownExtensions: DEF_LIST});
        runDocusaurus(markdown);
      }),
      parameters,
    );
  });

  test('no word of the plain rendering is lost', () => {
    fc.assert(
      fc.property(document.map(withoutMarkupStarts), (markdown) => {
        const plain = wordCounts(withoutColonWords(render(markdown)), false);
        const ours = wordCounts(withoutColonWords(render(markdown, {target: 'html', repairMojibake: false, markdownExtensions: DEF_LIST})), true);
        expect(missingWords(plain, ours)).toEqual([]);
      }),
      parameters,
    );
  });
});
