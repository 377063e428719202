/**
 * `mergeDataRuns` (lib/micromark-util/merge-data.ts) merges a paragraph's
 * adjacent `data` tokens while the paragraph is read, where micromark merges
 * them when it ends; the events must be the same either way. Each document is
 * tokenized with the plugin's syntax for Material's extension set and GFM (as
 * the site reads it), once as is and once with the marker-data constructs
 * switched off by name (micromark then reads those markers as data itself and
 * merges only at the end), and the two event lists are compared token by token
 * (type, positions). Property runs: `FC_RUNS`, reproduce with `FC_SEED`/`FC_PATH`.
 */
import fc from 'fast-check';
import {parse, postprocess, preprocess} from 'micromark';
import {gfm} from 'micromark-extension-gfm';
import {codes} from 'micromark-util-symbol';
import type {Construct, Extension} from 'micromark-util-types';
import {describe, expect, test} from 'vitest';
import {MATERIAL_MARKDOWN_EXTENSIONS, MarkdownExtensions} from '../../lib/markdown-extensions';
import {mkdocsSyntax} from '../../lib/syntax';

const MARKER_DATA = ['mkdocsCriticOpenerData', 'arithmatexDollarData'];
const syntax = mkdocsSyntax(new MarkdownExtensions(MATERIAL_MARKDOWN_EXTENSIONS));

function events(markdown: string, merging: boolean): string[] {
  const extensions: Extension[] = [syntax, gfm()];
  if (!merging) extensions.push({disable: {null: MARKER_DATA}});
  const result = postprocess(parse({extensions}).document().write(preprocess()(markdown, undefined, true)));
  return result.map(([kind, token]) => `${kind} ${token.type} ${token.start.offset}-${token.end.offset} ${token.start.line}:${token.start.column}`);
}

const piece = fc.constantFrom(
  '{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{==', '==}', '{>>', '<<}', '{', '}', '$', '$$', '\\(', '\\)', '\\$',
  'word', 'x', '5', ' ', '  ', '\n', '  \n', '\n\n', '\t', '*', '_', '~', '==', '^', '++', '[', '](u)', '![', '`', '\\',
  'a@b.co', 'www.x.com', 'https://x.io', '<b>', '&amp;', '- ', '> ', ':', '# ', '|', '\n| - | - |\n',
);
const document = fc.array(piece, {maxLength: 60}).map((parts) => parts.join(''));

describe('merging data runs as a paragraph is read', () => {
  test('the syntax has the marker-data constructs this test switches off', () => {
    const names = Object.values(syntax.text ?? {}).flatMap((list) => (Array.isArray(list) ? list : [list]) as Construct[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(MARKER_DATA));
  });

  // In MDX, `{` opens an expression (micromark-extension-mdx-expression, combined before or after ours).
  test.each([
    ['combined before the plugin', true],
    ['combined after the plugin', false],
  ])('a construct of another extension on `{` and `$`, %s, still gets its turn', (_name, first) => {
    const other: Construct = {
      name: 'otherBrace',
      tokenize(effects, ok) {
        return (code) => {
          effects.enter('otherBrace' as 'data');
          effects.consume(code);
          effects.exit('otherBrace' as 'data');
          return ok;
        };
      },
    };
    const otherExtension: Extension = {text: {[codes.leftCurlyBrace]: other, [codes.dollarSign]: other}};
    const extensions = first ? [otherExtension, syntax, gfm()] : [syntax, gfm(), otherExtension];
    const result = postprocess(parse({extensions}).document().write(preprocess()('a { b $ c', undefined, true)));
    expect(result.filter(([kind, token]) => kind === 'enter' && token.type === ('otherBrace' as 'data'))).toHaveLength(2);
  });

  test.each([
    ['unclosed critic marks', '{++ add {-- delete {~~ old~>new {== mark {>> comment '.repeat(30)],
    ['unclosed dollars and round brackets', 'costs $5 in $HOME \\( x '.repeat(30)],
    ['lines of markers', '{ $ a\n'.repeat(30)],
    ['a link around markers', '[a { b $ c](u) { d $ e *f* ~~g~~ a@b.co'],
    ['table cells and a heading', '# a { b $ c\n\n| x { y | $ z $ |\n| - | - |\n| { a b | c $ d |\n'],
  ])('%s: the same events', (_name, markdown) => {
    expect(events(markdown, true)).toEqual(events(markdown, false));
  });

  test('any document of markers, words, autolinks, escapes, tables, headings and line endings: the same events', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        expect(events(markdown, true)).toEqual(events(markdown, false));
      }),
      {numRuns: Number(process.env.FC_RUNS ?? 500), ...(process.env.FC_SEED ? {seed: Number(process.env.FC_SEED), path: process.env.FC_PATH} : {})},
    );
  });
});
