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
    return effects.check(
      lineProbe((line) => isPythonMarkdownText(line, nested)),
      nok,
      htmlFlow.tokenize.call(self, effects, ok, nok),
    )(code);
  }
}

/**
 * A line starting at `<` that Python-Markdown reads as text where CommonMark
 * starts an HTML block: an orphan `</hr>` anywhere; inside a `markdown`
 * element (`nested`), CommonMark's type 7 start (one complete opening or
 * closing tag and spaces, the tag not one of CommonMark's block names) for a
 * tag that is not block-level in Python-Markdown.
 */
export function isPythonMarkdownText(line: string, nested: boolean): boolean {
  const closing = line[0] === '<' ? closingTag(line, 0) : undefined;
  if (closing && EMPTY_TAGS.has(closing.name)) return true;
  if (!nested) return false;
  const tag = closing ?? parseOpeningTag(line);
  if (!tag) return false;
  const {name, end} = tag;
  if (!/^[ \t]*$/.test(line.slice(end))) return false;
  return !htmlBlockNames.includes(name) && !htmlRawNames.includes(name) && !BLOCK_LEVEL_ELEMENTS.has(name);
}
