/**
 * md_in_html's pure parts (the opening tag, the closing-tag scan) and the
 * properties the fixtures cannot show one by one: the cheap source check never
 * skips an element, and nesting stays bounded.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {renderDocusaurus, renderHtml} from '../pipeline';
import {missingWords, wordCounts} from '../words';
import {visit} from 'unist-util-visit';
import type {Node} from 'unist';
import remarkMkdocs from '../../index';
import {readMarkdownTag} from '../../lib/md-in-html/tag';
import {initialScanState, scanContentLine, type ScanState} from '../../lib/md-in-html/content-scan';
import {mayContain} from '../../lib/may-contain';
import {MAX_ELEMENT_NESTING} from '../../lib/md-in-html/construct';
import {isPythonMarkdownText} from '../../lib/md-in-html/html-flow';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkMkdocs).parse(markdown);

describe('readMarkdownTag', () => {
  it.each([
    ['<div markdown>', 'block'],
    ['<div markdown="1">', 'block'],
    ["<div class='a' markdown='span'>", 'span'],
    ['<div markdown=block>', 'block'],
    ['<p markdown>', 'span'],
    ['<h2 markdown="1">', 'span'],
    ['<p markdown="block">', 'block'],
    ['<FIGURE MARKDOWN>', 'block'],
    ['<summary markdown>', 'span'],
    ['<details\tmarkdown >', 'block'],
    ['<hr markdown>', 'block'],
    ['<hr markdown="0" />', 'block'],
  ])('%s → %s mode', (line, mode) => {
    expect(readMarkdownTag(line)).toMatchObject({ok: true, mode});
  });

  it.each([
    ['<span markdown>', 'inline-element'],
    ['<a href="x" markdown>', 'inline-element'],
    ['<pre markdown>', 'raw-element'],
    ['<script markdown>', 'raw-element'],
    ['<div markdown/>', 'empty-element'],
    ['<div markdown="0">', 'value'],
    ['<div markdown="Block">', 'value'],
    ['<div class="x">', 'no-attribute'],
  ])('%s is not taken (%s)', (line, problem) => {
    expect(readMarkdownTag(line)).toMatchObject({ok: false, problem});
  });

  it.each(['<div markdown', '<div class="x markdown>', '<div markdown =>', '<1div markdown>', 'div markdown>'])(
    '%s is no opening tag',
    (line) => expect(readMarkdownTag(line)).toBeUndefined(),
  );

  it('reads attributes: names lower-cased, values decoded, bare ones null, the first of duplicates', () => {
    const result = readMarkdownTag(`<div ID=a Class="x &amp; y" hidden data-n='1' id=b markdown> rest`);
    expect(result?.tag).toEqual({
      name: 'div',
      attributes: [
        {name: 'id', value: 'a'},
        {name: 'class', value: 'x & y'},
        {name: 'hidden', value: null},
        {name: 'data-n', value: '1'},
        {name: 'markdown', value: null},
      ],
      end: 60,
      selfClosing: false,
    });
  });
});

describe('scanContentLine', () => {
  /** Scan lines in order; the index of the line that closes and the column. */
  function closeOf(lines: string[]): string | undefined {
    let state: ScanState = initialScanState('div');
    for (const [index, line] of lines.entries()) {
      const plan = scanContentLine(line, state, true);
      if (plan.close) return `${index}:${plan.close.start}-${plan.close.end}`;
      state = plan.state;
    }
    return undefined;
  }

  it('finds the matching closing tag, on its own line or ending a line', () => {
    expect(closeOf(['*a*', '</div>'])).toBe('1:0-6');
    expect(closeOf(['*a*</DIV >'])).toBe('0:3-10');
    expect(closeOf(['  <div class="x">', '  </div>', '</div>'])).toBe('2:0-6');
  });

  it('ignores tags in fences (any indentation, after `>`) and comments, not in code spans', () => {
    expect(closeOf(['```html', '</div>', '```', '</div>'])).toBe('3:0-6');
    expect(closeOf(['    ~~~~', '    </div>', '    ~~~~', '</div>'])).toBe('3:0-6');
    expect(closeOf(['> ```', '> </div>', '> ```', '</div>'])).toBe('3:0-6');
    expect(closeOf(['<!-- </div>', '</div> -->', '</div>'])).toBe('2:0-6');
    expect(closeOf(['`</div>`'])).toBe('0:1-7');
  });

  it('counts an opening tag at the start of a line only, and not a self-closing one', () => {
    expect(closeOf(['Use `<div>` here', '</div>'])).toBe('1:0-6');
    expect(closeOf(['<div/>', '</div>'])).toBe('1:0-6');
    expect(closeOf(['<divx>', '</div>'])).toBe('1:0-6');
    expect(closeOf(['<div>', '</div>'])).toBeUndefined();
  });

  it('does not see a fence on the opening line, nor a nested tag after text there', () => {
    expect(scanContentLine('```', initialScanState('div'), false).state.fence).toBeUndefined();
    expect(scanContentLine('x<div></div>', initialScanState('div'), false).close).toEqual({start: 6, end: 12});
    expect(scanContentLine(' <div></div>', initialScanState('div'), false).close).toEqual({start: 6, end: 12});
  });

  it('counts a nested tag right after the opening tag, or after a nested element closed right after it (one-line nesting)', () => {
    expect(scanContentLine('<div></div>', initialScanState('div'), false).close).toBeUndefined();
    expect(scanContentLine('<div>*a*</div><div>*b*</div></div>', initialScanState('div'), false).close).toEqual({start: 28, end: 34});
    expect(scanContentLine('<section><div>*a*</div></section></div>', initialScanState('div'), false).close).toEqual({start: 33, end: 39});
    // After text in the nested element, its parent's next tag is inline: the first `</div>` closes the nested one.
    expect(scanContentLine('<div>*a*</div>x<div>*b*</div></div>', initialScanState('div'), false).close).toEqual({start: 23, end: 29});
  });

  it("closes the innermost open element of the closing tag's name, and what was opened inside it", () => {
    expect(closeOf(['<section>', '<div>', '</section>', '</div>'])).toBe('3:0-6');
    expect(closeOf(['<section>', '</span>', '</div>'])).toBe('2:0-6');
  });

  it('ends a `<p>` before a block-level tag, without a closing tag (zero width)', () => {
    expect(scanContentLine('<p markdown>', initialScanState('p'), true).close).toEqual({start: 0, end: 0});
    expect(scanContentLine('<div>', initialScanState('p'), true).close).toEqual({start: 0, end: 0});
    expect(scanContentLine('<span>', initialScanState('p'), true).close).toBeUndefined();
    // A `<p>` nested in the element is closed by the tag; the element goes on.
    expect(closeOf(['<p>', '<p>', '</div>'])).toBe('2:0-6');
  });

  it('marks nested `markdown` elements in span-mode content only (any value but "0", parsed block-level tags)', () => {
    const span = initialScanState('div', true);
    expect(scanContentLine('<div markdown="block">*a*</div>', span, true).marks).toEqual([
      {kind: 'open', start: 0, end: 22},
      {kind: 'close', start: 25, end: 31},
    ]);
    expect(scanContentLine('<section markdown="x">', span, true).marks).toEqual([{kind: 'open', start: 0, end: 22}]);
    for (const tag of ['<div markdown="0">', '<div>', '<pre markdown>', '<span markdown>', 'x <div markdown>']) {
      expect(scanContentLine(tag, span, true).marks, tag).toBeUndefined();
    }
    expect(scanContentLine('<div markdown>', initialScanState('div'), true).marks).toBeUndefined();
  });

  it("ends nested span-mode elements at their closing tag, or with no width at an enclosing element's", () => {
    const opened = scanContentLine('<div markdown><div markdown>', initialScanState('div', true), true);
    expect(opened.marks).toHaveLength(2);
    const inner = scanContentLine('*a*</div>', opened.state, true);
    expect(inner.marks).toEqual([{kind: 'close', start: 3, end: 9}]);
    expect(scanContentLine('</div>', inner.state, true).marks).toEqual([{kind: 'close', start: 0, end: 6}]);
    // The element's own closing tag ends the nested elements still open, before it.
    const section = scanContentLine('<div markdown>', initialScanState('section', true), true);
    const closing = scanContentLine('x</section>', section.state, true);
    expect(closing.marks).toEqual([{kind: 'close', start: 1, end: 1}]);
    expect(closing.close).toEqual({start: 1, end: 11});
  });
});

describe('isPythonMarkdownText', () => {
  it('declines an orphan `</hr>` anywhere', () => {
    expect(isPythonMarkdownText('</hr>', false)).toBe(true);
    expect(isPythonMarkdownText('</HR > *x*', false)).toBe(true);
    expect(isPythonMarkdownText('<hr>', false)).toBe(false);
    expect(isPythonMarkdownText('</div>', false)).toBe(false);
  });

  it("declines a line holding only an inline element's tag, and a line starting with `<center>`, as Python-Markdown reads them as text", () => {
    for (const line of ['<img src="i.png" alt="x" />', '<span class="y">  ', '</a>', '<custom-tag>', '<br>', '<BR/>']) {
      expect(isPythonMarkdownText(line, true), line).toBe(true);
      expect(isPythonMarkdownText(line, false), line).toBe(true);
    }
    // CommonMark's type 6 names that Python-Markdown does not count as block-level, whatever follows on the line.
    for (const line of ['<center>', '</center>', '<center>**Figure 1**</center>', '<CENTER align="x">', '<dir>']) {
      expect(isPythonMarkdownText(line, true), line).toBe(true);
      expect(isPythonMarkdownText(line, false), line).toBe(true);
    }
    // An inline element with `markdown` outside any element stays CommonMark's HTML block (deviation 3, linted).
    expect(isPythonMarkdownText('<span markdown>', false)).toBe(false);
    expect(isPythonMarkdownText('<span markdown>', true)).toBe(true);
    // Not CommonMark's type 7 (text after the tag, an unfinished tag), or a block tag: CommonMark's HTML block decides.
    for (const line of ['<span>x</span>', '<img src="i.png"', '<center', '<div>', '<canvas>', '<script>', '<caption>', '<!-- x -->', '<svg width="20">', '</svg>', '<math>']) {
      expect(isPythonMarkdownText(line, true), line).toBe(false);
      expect(isPythonMarkdownText(line, false), line).toBe(false);
    }
  });
});

describe('the construct', () => {
  it('is never skipped by the cheap source check', () => {
    const fixtures = path.join(import.meta.dirname, '../fixtures');
    for (const name of readdirSync(fixtures)) {
      let input: string;
      try {
        input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8');
      } catch {
        continue;
      }
      let found = false;
      visit(parse(input), 'mkdocsHtml', () => {
        found = true;
      });
      if (found) expect(mayContain(input).markdownAttributes, name).toBe(true);
    }
  });

  it(`stops nesting at ${MAX_ELEMENT_NESTING} levels (a deeper tag stays raw HTML), so 2000 tags parse fast`, () => {
    const tree = parse('<div markdown>\n'.repeat(2000) + 'x\n');
    let deepest = 0;
    const walk = (node: Node, depth: number): void => {
      const here = node.type === 'mkdocsHtml' ? depth + 1 : depth;
      deepest = Math.max(deepest, here);
      for (const child of (node as Node & {children?: Node[]}).children ?? []) walk(child, here);
    };
    walk(tree, 0);
    expect(deepest).toBe(MAX_ELEMENT_NESTING);
  });
});

describe('nothing the author wrote disappears', () => {
  // The author's words; tag and attribute names are markup (a tag in a fence of a span-mode element, say, is
  // text for plain CommonMark and markup inline), so only these are counted.
  const vocabulary = ['alpha', 'beta', 'note', 'café', 'данные', '42'];
  const word = fc.constantFrom(...vocabulary);
  const words = fc.array(word, {minLength: 1, maxLength: 3}).map((list) => list.join(' '));
  const indent = fc.constantFrom('', '', '', ' ', '    ', '> ', '- ');
  // Not 4 spaces: a tag that plain CommonMark shows as indented code is markup in a span-mode element's text.
  const tagIndent = fc.constantFrom('', '', '', ' ', '> ', '- ');
  const line = fc.oneof(
    fc.tuple(tagIndent, fc.constantFrom('<div markdown>', '<div class="x" markdown="1">', '<figure markdown="span">', '<p markdown>', '<span markdown>', '<pre markdown>', '<div markdown="0">', '<section markdown>', '<div markdown="span">', '<div markdown="block">')).map(([i, tag]) => i + tag),
    fc.tuple(tagIndent, fc.constantFrom('</div>', '</figure>', '</p>', '</section>', '</span>')).map(([i, tag]) => i + tag),
    fc.tuple(indent, words).map(([i, w]) => i + w),
    fc.tuple(words, words).map(([a, b]) => `*${a}*</div> ${b}`),
    fc.tuple(words, words).map(([a, b]) => `<div markdown>${a}</div> ${b}`),
    // Nested in span-mode content, an element of its own; a lone inline tag or an orphan `</hr>` is text in a paragraph.
    fc.tuple(words, words).map(([a, b]) => `<div markdown="span"><div markdown>${a}</div> ${b}`),
    fc.tuple(tagIndent, fc.constantFrom('<img src="i.png" />', '<span class="y">', '</span>', '</hr>')).map(([i, tag]) => i + tag),
    words.map((w) => `<figcaption>${w}</figcaption>`),
    fc.constantFrom('', '', '```', '    indented', '<!-- </div> -->'),
  );
  const document = fc.array(line, {maxLength: 20}).map((lines) => lines.join('\n'));

  it('keeps every word of the plain CommonMark rendering (multiset), with `<tag markdown>` lines anywhere', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        const plain = wordCounts(renderHtml(markdown, {plugin: false}).html, false);
        const ours = wordCounts(renderHtml(markdown, {repairMojibake: false}).html, true);
        renderDocusaurus(markdown, {repairMojibake: false});
        expect(missingWords(plain, ours).filter((entry) => vocabulary.includes(entry.split(' ')[0]!))).toEqual([]);
      }),
      {numRuns: Number(process.env.FC_RUNS ?? 500)},
    );
  });
});
