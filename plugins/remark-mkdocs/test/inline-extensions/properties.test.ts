/**
 * Properties of critic marks, smart symbols, task lists and inline hilite
 * (fast-check), with all four extensions on:
 *
 * (a) nothing throws, for either target, on any string or on documents made
 *     of their syntax, well-formed or not;
 * (b) no text is lost: every word of the plain CommonMark rendering is in the
 *     plugin's (the html target's HTML, the Docusaurus target's tree), except
 *     the letters a symbol replaces (`(c)` → ©, `1/2` → ½, `2nd` → 2<sup>nd</sup>, a task's `[x]`).
 *
 * `FC_SEED`/`FC_PATH` reproduce a failure; `FC_RUNS` sets the number of runs.
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
import remarkMkdocs from '../../index';
import {missingWords, treeWordCounts, wordCounts} from '../words';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const parameters: fc.Parameters<unknown> = {
  numRuns: RUNS,
  ...(process.env.FC_SEED ? {seed: Number(process.env.FC_SEED), path: process.env.FC_PATH} : {}),
};

const markdownExtensions = {
  'pymdownx.critic': null,
  'pymdownx.smartsymbols': null,
  'pymdownx.tasklist': {custom_checkbox: true},
  'pymdownx.inlinehilite': null,
  'pymdownx.highlight': null,
};

const word = fc.constantFrom('alpha', 'beta', 'café', 'данные', '数据', 'x1', '42', 'c', 'o', 'python');
const piece = fc.oneof(
  {weight: 6, arbitrary: word},
  {weight: 4, arbitrary: fc.constantFrom('{++', '++}', '{--', '--}', '{==', '==}', '{>>', '<<}', '{~~', '~>', '~~}', '{', '}', '~~', '==')},
  {weight: 3, arbitrary: fc.constantFrom('(c)', '(tm)', '(r)', 'c/o', '+/-', '-->', '<--', '<-->', '=/=', '1/2', '3/4', '1st', '22nd', '13th', '<!--', '-->')},
  {weight: 2, arbitrary: fc.constantFrom('`#!python x = 1`', '`:::js f()`', '`#! a`', '`#!python`', '`', '*', '**', '\\', '[', ']', '[x]', '[ ]')},
  {weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\n- ', '\n- [ ] ', '\n- [x] ', '\n1. [X] ', '\n    - [ ] ', '\n> ', '\n```\n', '\t')},
);
const document = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''));
/** Pieces apart: a symbol glued to a word (`alpha1/2` → `alpha½`) is one word either way, but not the same one. */
const spacedDocument = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(' '));
const anyString = fc.string({unit: 'binary', maxLength: 200});

function renderHtml(markdown: string, plugin: boolean): string {
  const processor = unified().use(remarkParse).use(remarkGfm);
  // The plain rendering reads fences as Python-Markdown does (an unclosed one is text), as the plugin does.
  if (plugin) processor.use(remarkMkdocs, {target: 'html', repairMojibake: false, markdownExtensions});
  else processor.use(remarkClosedFences);
  const file = new VFile({value: markdown, path: 'input.md'});
  return String(processor.use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).use(rehypeStringify).processSync(file));
}

function runDocusaurus(markdown: string): unknown {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMkdocs, {target: 'docusaurus', markdownExtensions});
  const file = new VFile({value: markdown, path: 'input.md'});
  return processor.runSync(processor.parse(file), file);
}

/** The letters a symbol, a task box or a code span's `#!lang` prefix takes away: `(c)`, `c/o`, `1/2`, `2nd`, `[x]`, `#!python `. */
function withoutSymbolLetters(markdown: string): string {
  return markdown
    .replace(/(`+)(?:#!|:{3,})[\p{L}\p{N}_#.+-]*\s/gu, '$1')
    .replace(/\[[xX]\]/g, '[ ]') // the same structure: `1. [x]` interrupts a paragraph, `1.` alone does not
    // A mark, not a space: spaces in their place could indent the line into a code block (`(c) (c) x` → `    x`).
    .replace(/\((?:c|tm|r)\)|c\/o|\d+(?:st|nd|rd|th)|\d\/\d/g, '%');
}

describe('critic, smartsymbols, tasklist, inlinehilite: properties', () => {
  test('(a) no string or document throws, either target', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, document), (markdown) => {
        renderHtml(markdown, true);
        runDocusaurus(markdown);
      }),
      parameters,
    );
  });

  test('(b) no word is lost (html target)', () => {
    fc.assert(
      fc.property(spacedDocument, (markdown) => {
        const plain = wordCounts(renderHtml(withoutSymbolLetters(markdown), false), false);
        const ours = wordCounts(renderHtml(markdown, true), true);
        expect(missingWords(plain, ours)).toEqual([]);
      }),
      parameters,
    );
  });

  test('(b) no word is lost (Docusaurus target)', () => {
    fc.assert(
      fc.property(spacedDocument, (markdown) => {
        const plain = wordCounts(renderHtml(withoutSymbolLetters(markdown), false), false);
        expect(missingWords(plain, treeWordCounts(runDocusaurus(markdown)))).toEqual([]);
      }),
      parameters,
    );
  });
});
