import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {htmlFlow} from 'micromark-core-commonmark';
import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name';
import {codes} from 'micromark-util-symbol';
import {BLOCK_LEVEL_ELEMENTS} from '../python-markdown';
import {lineProbe} from '../micromark-util/line-probe';
import {rawHtmlDisabled} from '../micromark-util/raw-html';
import {EMPTY_TAGS, parseOpeningTag} from './tag';
import {closingTag} from './content-scan';
import {elementNesting} from './construct';
import {boxDepthAt} from '../boxes/nesting';
import {continuesListItem} from '../micromark-util/list-context';

/**
 * CommonMark's HTML block (`htmlFlow`), minus two kinds of line start that
 * Python-Markdown reads as text, so that they start (or continue) a paragraph
 * with inline HTML instead:
 *
 * - an orphan `</hr>` (`hr` never has content, so its closing tag closes
 *   nothing): CommonMark's type 6 start, which interrupts a paragraph and
 *   runs to the next blank line, leaving the Markdown after it raw
 *   (`*a*` / `</hr>` / `*b*`); Python-Markdown's HTML parser treats an orphan
 *   closing tag as span-level data, so the three lines are one paragraph;
 * - inside a `markdown` element's content (a nested document, Python-Markdown's
 *   territory), a line holding only an inline element's tag (`<img … />`,
 *   `<span>`, `</a>`): CommonMark's type 7 start; Python-Markdown only takes
 *   block-level tags as raw blocks, so the line is a paragraph. At the top
 *   level (and in boxes and lists outside any element) such a line stays
 *   CommonMark's (README, md_in_html deviation 3).
 *
 * micromark tries every flow construct of a character until one accepts and
 * none can refuse for another, so declining a line start means replacing
 * `htmlFlow`: the plugin disables it by name and registers this construct,
 * which hands every other line to `htmlFlow`'s own tokenizer (same tokens,
 * same resolver). In MDX (raw HTML disabled), it accepts nothing, as
 * `htmlFlow` would.
 */
export const pythonMarkdownHtmlFlow: Construct = {
  name: 'mkdocsHtmlFlow',
  tokenize: tokenizePythonMarkdownHtmlFlow,
  resolveTo: htmlFlow.resolveTo,
  concrete: true,
};

function tokenizePythonMarkdownHtmlFlow(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return start;

  function start(code: Code): State | undefined {
    if (code !== codes.lessThan || rawHtmlDisabled(self.parser)) return nok(code);
    const nested = elementNesting(self.parser, self.now().line) > 0;
    const indented = inIndentedBody(self);
    return effects.check(
      lineProbe((text) => isPythonMarkdownText(text, nested, indented)),
      nok,
      htmlFlow.tokenize.call(self, effects, ok, nok),
    )(code);
  }
}

/**
 * Whether the line is in a box's body (a tab's, a collapsible's) or a list item's, outside any `markdown` element:
 * Python-Markdown takes raw HTML blocks from the page's unindented lines only (its preprocessor runs before the
 * blocks are read), so there a tag line is text of a paragraph, and the Markdown around it is read
 * (`<p align="center">` ⏎ `![diagram](d.png)` ⏎ `</p>` in a box shows the image).
 */
export function inIndentedBody(self: TokenizeContext): boolean {
  const line = self.now().line;
  return elementNesting(self.parser, line) === 0 && (boxDepthAt(self.parser, line) > 0 || continuesListItem(self.parser, line));
}

/**
 * A line starting at `<` that Python-Markdown reads as text where CommonMark
 * starts an HTML block, so a paragraph with inline HTML:
 *
 * - an orphan `</hr>`;
 * - a line starting with `<center>` (or `</center>`, or another of CommonMark's
 *   type 6 block names that Python-Markdown does not count as block-level,
 *   `TEXT_LEVEL_BLOCK_NAMES`), whatever follows it: workshops wrap figures in
 *   `<center>` … `</center>`, and CommonMark's HTML block left the image
 *   between as raw `![…](…)` text;
 * - CommonMark's type 7 start (one complete opening or closing tag and spaces,
 *   not a block name) for a tag that is not block-level in Python-Markdown
 *   (`<br>`, `<img … />`, `<span>`, `</a>`), which would run on to the next
 *   blank line and leave the Markdown after it raw. Inside a `markdown`
 *   element (`nested`) always; at the top level (and in boxes and lists outside
 *   any element) for every tag but an inline element's with a `markdown`
 *   attribute (`<span markdown>`), which stays an HTML block reported as
 *   `mkdocs-html-markdown` (README, md_in_html deviation 3).
 */
export function isPythonMarkdownText(line: string, nested: boolean, indented = false): boolean {
  const closing = line[0] === '<' ? closingTag(line, 0) : undefined;
  if (closing && EMPTY_TAGS.has(closing.name)) return true;
  const opening = closing ? undefined : parseOpeningTag(line);
  const tag = closing ?? opening;
  if (!tag) return false;
  const {name, end} = tag;
  if (TEXT_LEVEL_BLOCK_NAMES.has(name)) return true;
  // Indented (a box's, a list item's): every tag line, but the raw ones (`<pre>`, `<script>`: their text is not
  // Markdown), SVG and MathML, and an element with a `markdown` attribute (md_in_html's).
  if (indented) return !htmlRawNames.includes(name) && !FOREIGN_ELEMENTS.has(name) && !opening?.attributes.some((attribute) => attribute.name === 'markdown');
  if (!/^[ \t]*$/.test(line.slice(end))) return false;
  if (htmlBlockNames.includes(name) || htmlRawNames.includes(name) || BLOCK_LEVEL_ELEMENTS.has(name) || FOREIGN_ELEMENTS.has(name)) return false;
  return nested || !opening?.attributes.some((attribute) => attribute.name === 'markdown');
}

/**
 * `<svg>` and `<math>`: their lines are SVG or MathML, never Markdown, so a
 * reading as a paragraph would only split the element into inline pieces;
 * it stays one HTML block, which the sanitizer takes whole (shown as text
 * when anything in it could run script).
 */
const FOREIGN_ELEMENTS: ReadonlySet<string> = new Set(['svg', 'math']);

/**
 * CommonMark's type 6 names (an HTML block that interrupts a paragraph) that
 * Python-Markdown reads as inline HTML, and that a lesson writes around
 * Markdown: `<center>`, and the other presentational ones. Not the document
 * and table parts (`html`, `head`, `caption`, `col`…), which belong inside
 * raw HTML.
 */
const TEXT_LEVEL_BLOCK_NAMES: ReadonlySet<string> = new Set(['center', 'dir', 'basefont', 'dialog', 'search']);
