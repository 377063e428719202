/**
 * Properties of the plugin over arbitrary input (fast-check):
 *
 * (a) nothing throws, for either target, on any string (full Unicode, lone
 *     surrogates) or on MkDocs-flavoured documents;
 * (b) the plugin never loses text: every word of the plain CommonMark rendering
 *     is in the plugin's rendering, counted (a multiset).
 *
 * Reproduce a failure with `FC_SEED=<seed>` (and `FC_PATH=<path>`), both printed
 * by fast-check; `FC_RUNS=<n>` changes the number of runs.
 */
import type {Root} from 'mdast';
import fc from 'fast-check';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import {remarkClosedFences} from '../lib/fence/closed-fence';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import remarkMkdocs, {type Options} from '../index';
import {fromHtml} from 'hast-util-from-html';
import {joinedWordCounts, missingWords, withoutMarkupStarts, wordCounts} from './words';

const RUNS = Number(process.env.FC_RUNS ?? 1000);
const parameters: fc.Parameters<unknown> = {
  numRuns: RUNS,
  ...(process.env.FC_SEED ? {seed: Number(process.env.FC_SEED), path: process.env.FC_PATH} : {}),
};

// ---------------------------------------------------------------------------
// Arbitraries

/** Any string: every code point, plus lone surrogates and control characters. */
const anyString = fc.oneof(
  fc.string({unit: 'binary', maxLength: 200}),
  fc.string({unit: 'grapheme', maxLength: 200}),
  fc.string({
    unit: fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\t', '\r', '\n', ' ', '!', '?', '"', '+', '>', '`', 'a'),
    maxLength: 100,
  }),
);

const word = fc.constantFrom('alpha', 'beta', 'note', 'Tip', 'NOTE', 'café', 'данные', '数据', 'x1', '42', 'İ', 'ǆ');
const words = fc.array(word, {minLength: 1, maxLength: 4}).map((list) => list.join(' '));

/** Mostly the first value, sometimes any of the others. */
function usually<T>(common: T, ...rare: T[]): fc.Arbitrary<T> {
  return fc.oneof({weight: rare.length, arbitrary: fc.constant(common)}, {weight: 1, arbitrary: fc.constantFrom(...rare)});
}

/** A box header, well-formed or not, in the forms the dialect knows. */
const header = fc
  .tuple(
    fc.oneof(
      {weight: 4, arbitrary: fc.constantFrom('!!!', '???', '???+')},
      {weight: 1, arbitrary: fc.constantFrom('!!', '!!!!', '???-')},
    ),
    usually(' ', '', '\t', '  '),
    fc.oneof(
      {weight: 4, arbitrary: fc.constantFrom('note', 'NOTE', 'tip', 'tldr', 'foo-bar', 'my_type', 'примечание', 'İ', 'ǆ')},
      {weight: 1, arbitrary: fc.constantFrom('', 'note.foo')},
    ),
    usually('', ' inline', ' inline end', '  annotate'),
    fc.oneof(
      fc.constant(''),
      fc.constant(' ""'),
      fc.constant(' " "'),
      words.map((w) => ` "${w}"`),
      words.map((w) => ` "${w} "${w}" ${w}"`),
      words.map((w) => ` "\`${w}\` *${w}*"`),
      words.map((w) => ` "${w}`),
      words.map((w) => ` "${w}" ${w}`),
      words.map((w) => ` '${w}'`),
      words.map((w) => `\t"${w}"`),
    ),
    fc.constantFrom('', ' ', '\t'),
  )
  .map((parts) => parts.join(''));

const indent = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom('', '    ', '        ')},
  {weight: 4, arbitrary: fc.constantFrom(' ', '  ', '   ', '\t', '  \t', '\t\t', '    \t', '\t    ', '> ', '>     ', '- ')},
);

/** One line of a MkDocs-flavoured document. */
const mkdocsLine = fc.oneof(
  {weight: 6, arbitrary: fc.tuple(indent, header).map(([i, h]) => i + h)},
  {weight: 4, arbitrary: fc.tuple(indent, words).map(([i, w]) => i + w)},
  {weight: 3, arbitrary: fc.constantFrom('', '', ' ', '\t')},
  {weight: 1, arbitrary: fc.tuple(indent, fc.constantFrom('```', '~~~', '````', '``` py', '```text')).map(([i, f]) => i + f)},
  {weight: 1, arbitrary: fc.tuple(indent, words).map(([i, w]) => `${i}# ${w}`)},
  {weight: 1, arbitrary: fc.tuple(indent, words).map(([i, w]) => `${i}\`!!! note\` ${w}`)},
  {weight: 1, arbitrary: fc.tuple(indent, words).map(([i, w]) => `${i}=== "${w}"`)},
);

/** Documents made of such lines, joined by LF, CRLF or CR. */
const mkdocsDocument = fc
  .tuple(fc.array(mkdocsLine, {maxLength: 25}), fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

// ---------------------------------------------------------------------------
// Pipelines

function renderHtml(markdown: string, options?: Options): string {
  const processor = unified().use(remarkParse);
  // The plain rendering reads fences as Python-Markdown does (an unclosed one is text), as the plugin does.
  if (options) processor.use(remarkMkdocs, options);
  else processor.use(remarkClosedFences);
  return String(
    processor
      .use(remarkRehype, {allowDangerousHtml: true})
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(new VFile({value: markdown, path: 'input.md'})),
  );
}

function runDocusaurus(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus'});
  const file = new VFile({value: markdown, path: 'input.md'});
  return processor.runSync(processor.parse(file), file);
}

/** Words the plain rendering has more often than the plugin's, as `word ×missing`. */
function lostWords(markdown: string): string[] {
  const plain = wordCounts(renderHtml(markdown), false);
  const oursHtml = renderHtml(markdown, {target: 'html', repairMojibake: false});
  return missingWords(plain, wordCounts(oursHtml, true), joinedWordCounts(fromHtml(oursHtml, {fragment: true})));
}

// ---------------------------------------------------------------------------

describe('remark-mkdocs properties', () => {
  for (const target of ['html', 'docusaurus'] as const) {
    const render = target === 'html' ? (md: string) => renderHtml(md, {target}) : runDocusaurus;

    test(`(a) no string throws (target ${target})`, () => {
      fc.assert(
        fc.property(anyString, (markdown) => {
          render(markdown);
        }),
        parameters,
      );
    });

    test(`(a) no MkDocs-flavoured document throws (target ${target})`, () => {
      fc.assert(
        fc.property(mkdocsDocument, (markdown) => {
          render(markdown);
        }),
        parameters,
      );
    });
  }

  // Raw HTML, character references and link syntax legitimately stop being
  // text inside a box: see `withoutMarkupStarts`.
  test('(b) no word of the plain rendering is lost: any string', () => {
    fc.assert(
      fc.property(anyString.map(withoutMarkupStarts), (markdown) => {
        expect(lostWords(markdown)).toEqual([]);
      }),
      parameters,
    );
  });

  test('(b) no word of the plain rendering is lost: MkDocs-flavoured documents', () => {
    fc.assert(
      fc.property(mkdocsDocument.map(withoutMarkupStarts), (markdown) => {
        expect(lostWords(markdown)).toEqual([]);
      }),
      parameters,
    );
  });
});
