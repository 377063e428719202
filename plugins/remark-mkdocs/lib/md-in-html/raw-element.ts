import type {Code, Construct, Effects, Event, State, TokenizeContext} from 'micromark-util-types';
import {codes, types} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';
import {BLOCK_LEVEL_ELEMENTS} from '../python-markdown';
import {lineProbe, nextLineProbe} from '../micromark-util/line-probe';
import {linePrefixWidth} from '../micromark-util/line-prefix';
import {rawHtmlDisabled} from '../micromark-util/raw-html';
import {EMPTY_TAGS, parseOpeningTag, readMarkdownTag} from './tag';
import {elementChain, elementTail, opensChain} from './chain';
import {elementNesting, htmlElement} from './construct';
import {inIndentedBody} from './html-flow';

/**
 * A raw HTML block as Python-Markdown reads it: a block-level element
 * (`<div>`, `<details>`, `<table>`, … without a `markdown` attribute) ends at
 * the line that holds its matching closing tag, and what follows is Markdown
 * again. CommonMark's HTML block (type 6) runs on to the next blank line, so
 * in
 *
 *     <div class="note">
 *     Raw
 *     </div>
 *     **Markdown** again
 *
 * the last line would be raw text with its asterisks (inside a `markdown`
 * element too, where Python-Markdown calls it the element's tail).
 *
 * Only where both agree on the start and Python-Markdown ends earlier: the
 * closing tag must end its line and come before any blank line. An element
 * whose closing tag comes after a blank line stays CommonMark's (its Markdown
 * paragraphs in between are parsed, where Python-Markdown keeps them raw:
 * a deviation in the reader's favour), and so does one whose closing tag is
 * followed by more text on its line. Elements CommonMark already ends at
 * their closing tag (`pre`, `script`, `style`, `textarea`) are left to it.
 *
 * The tokens are CommonMark's (`htmlFlow`, `htmlFlowData`, line endings), so
 * the tree gets the `html` node it always got, only shorter.
 */
export const rawHtmlElement: Construct = {
  name: 'mkdocsRawHtmlElement',
  tokenize: tokenizeRawHtmlElement,
  resolveTo: indentationIntoHtml,
  concrete: true,
};

/**
 * As CommonMark's HTML block: the indentation before the tag belongs to the
 * `html` node's value (and position), so the tree is the one CommonMark gives.
 */
function indentationIntoHtml(events: Event[]): Event[] {
  let index = events.length;
  while (index-- > 0) {
    if (events[index]![0] === 'enter' && events[index]![1].type === types.htmlFlow) break;
  }
  const prefix = events[index - 2];
  if (index > 1 && prefix && prefix[1].type === types.linePrefix) {
    events[index]![1].start = prefix[1].start;
    events[index + 1]![1].start = prefix[1].start;
    events.splice(index - 2, 2);
  }
  return events;
}

/** Raw-text elements: CommonMark's HTML block type 1 already ends them at their closing tag. */
const COMMONMARK_ENDS_THEM = new Set(['pre', 'script', 'style', 'textarea']);


export interface TrackedDepth {
  depth: number;
  closedAtEnd: boolean;
  closedEarly: boolean;
  /** Just past the closing tag that first brought the depth back to 0 on this line. */
  firstClose?: number;
}

/** The element's depth after `line`, and whether it closed exactly at the end of the line. */
export function trackElementDepth(name: string, line: string, depth: number): TrackedDepth {
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  let closedEarly = false;
  let closedAt = -1;
  let firstClose: number | undefined;
  for (const match of line.matchAll(tags)) {
    if (match[1] === '/') depth--;
    else if (!match[0].endsWith('/>')) depth++;
    if (depth === 0) closedAt = match.index + match[0].length;
    if (depth === 0) firstClose ??= closedAt;
    if (depth < 0) return {depth, closedAtEnd: false, closedEarly: true, firstClose};
  }
  if (depth === 0 && closedAt !== -1 && line.slice(closedAt).trim() !== '') closedEarly = true;
  return {depth, closedAtEnd: depth === 0 && !closedEarly, closedEarly, firstClose};
}

function tokenizeRawHtmlElement(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let name = '';
  let depth = 0;
  let tracked: TrackedDepth = {depth: 0, closedAtEnd: false, closedEarly: false};
  /** May a `markdown` element follow right after the closing tag (`chain.ts`)? */
  let chains = false;
  /** Where the element stops in the current line, before the next element of its chain or its tail; -1: it does not. */
  let stop = -1;
  /** What follows at `stop` is a `markdown` element. */
  let chained = false;
  let index = 0;
  /** A void element (`<hr>`): its line is the element. */
  let empty = false;
  return start;

  function start(code: Code): State | undefined {
    if (code !== codes.lessThan || linePrefixWidth(self.events) > 3) return nok(code);
    // In a box's or a list item's body Python-Markdown reads no raw block (`html-flow.ts`).
    if (rawHtmlDisabled(self.parser) || inIndentedBody(self)) return nok(code);
    return effects.check(lineProbe(acceptOpening), open, nok)(code);
  }

  function acceptOpening(text: string): boolean {
    const tag = parseOpeningTag(text);
    if (!tag || !BLOCK_LEVEL_ELEMENTS.has(tag.name)) return false;
    // `markdown` elements are md_in_html's (or, when refused, its lint's and CommonMark's).
    if (tag.attributes.some((attribute) => attribute.name === 'markdown')) return false;
    name = tag.name;
    // `<hr>` alone on its line is all of the element: the next line is Markdown again.
    if (EMPTY_TAGS.has(tag.name)) return (empty = text.slice(tag.end).trim() === '');
    return !tag.selfClosing && !COMMONMARK_ENDS_THEM.has(tag.name);
  }

  function open(code: Code): State | undefined {
    chains = opensChain(self, elementNesting(self.parser, self.now().line));
    effects.enter(types.htmlFlow);
    return lineStart(code);
  }

  function lineStart(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      planLine('');
      return lineEnd(code);
    }
    return effects.check(lineProbe(planLine), lineData, lineData)(code);
  }

  function planLine(line: string): boolean {
    tracked = trackElementDepth(name, line, depth);
    const close = tracked.firstClose;
    // `<div></div><div markdown>`: the next element of the chain starts right after the closing tag;
    // `</div> text`: the text is the element's tail, a paragraph after it.
    chained = chains && close !== undefined && readMarkdownTag(line.slice(close))?.ok === true;
    stop = close !== undefined && !tracked.closedAtEnd ? close : -1;
    return true;
  }

  function lineData(code: Code): State | undefined {
    index = 0;
    effects.enter(types.htmlFlowData);
    return inLine(code);
  }

  function inLine(code: Code): State | undefined {
    if (index === stop) {
      effects.exit(types.htmlFlowData);
      effects.exit(types.htmlFlow);
      if (!chained) return effects.attempt(elementTail, ok, nok)(code);
      elementChain.of(self.parser).add(self.now().offset);
      return effects.attempt(htmlElement, ok, nok)(code);
    }
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit(types.htmlFlowData);
      return lineEnd(code);
    }
    effects.consume(code);
    index++;
    return inLine;
  }

  function lineEnd(code: Code): State | undefined {
    depth = tracked.depth;
    if (tracked.closedAtEnd || empty) {
      effects.exit(types.htmlFlow);
      return ok(code);
    }
    // Text after the closing tag on its line, a stray closing tag, the end of
    // the document or of the container: CommonMark's HTML block decides.
    if (tracked.closedEarly || code === codes.eof) return nok(code);
    return effects.check(nextLineProbe((next) => next.trim() !== '', {lazy: false}), nextLine, nok)(code);
  }

  function nextLine(code: Code): State | undefined {
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
    return lineStart;
  }
}
