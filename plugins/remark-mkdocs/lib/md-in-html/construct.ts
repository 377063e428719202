import type {Code, Construct, Effects, ParseContext, State, Token, TokenizeContext} from 'micromark-util-types';
import {codes, constants, types} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';
import {EMPTY_TAGS, readMarkdownTag, type HtmlMode} from './tag';
import {initialScanState, scanContentLine, type LinePlan, type ScanState, type SpanMark} from './content-scan';
import {elementChain, elementTail, opensChain} from './chain';
import {rawHtmlElement} from './raw-element';
import {lineCursor} from '../micromark-util/line-cursor';
import {lineProbe, nextLineProbe} from '../micromark-util/line-probe';
import {linePrefixWidth} from '../micromark-util/line-prefix';
import {rawHtmlDisabled} from '../micromark-util/raw-html';
import {nestedDocument} from '../micromark-util/nested-document';
import {perParse} from '../micromark-util/per-parse';
import './token-types';

/**
 * Python-Markdown's `md_in_html`: a block-level element whose opening tag
 * starts a line (0–3 columns into its container) and carries a `markdown`
 * attribute, up to its matching closing tag, with the content parsed as
 * Markdown: a nested document (block mode), or inline content only (span
 * mode: `markdown="span"`, and `markdown` on `p`, `h1`–`h6`, `li`, `td`, …).
 *
 * Modelled on the box construct (`boxes/construct.ts`) and on
 * micromark-extension-directive's `:::` containers: the opening tag line, then
 * the content as `chunkDocument` tokens (one per line, linked), read as a
 * document of its own (`micromark-util/nested-document.ts`), so fences, lists, boxes and
 * further elements nest and positions stay exact. Where the element ends is
 * decided line by line by `scanContentLine` (the matching closing tag, as
 * MkDocs finds it), each line read once ahead and once when consumed.
 *
 * Every other tag (no `markdown`, an inline or raw element, an unknown value,
 * a tag that does not end on its line) is left to CommonMark's HTML block.
 *
 * `concrete`: like an HTML block or a fence, the element's lines are not
 * offered to container starts (`- item` or `> quote` inside the element
 * belong to the nested document, not to the page's containers).
 */
export const htmlElement: Construct = {name: 'mkdocsHtml', tokenize: tokenizeHtmlElement, concrete: true};

/**
 * Elements nest in each other's nested documents, and every level tokenizes
 * its lines again. Unlike a box, whose body costs 4 more columns a level, a
 * level of elements costs one short line, so `<div markdown>` written 1000
 * times would take quadratic time. Deeper than this, a tag stays raw HTML
 * (reported); no lesson nests that deep.
 */
export const MAX_ELEMENT_NESTING = 20;

/** `mkdocsHtml` tokens of `<p markdown>` elements that a block-level tag ended: closed, with no closing tag. */
export const implicitlyClosed = new WeakSet<Token>();

/**
 * How many elements enclose each line, for one parse: the nested documents
 * share the parser, and an element hands a line to its content's tokenizer
 * only after marking it.
 */
const nestingByParser = perParse(() => new Map<number, number>());

/** The number of `<tag markdown>` elements whose content holds `line`. */
export function elementNesting(parser: ParseContext, line: number): number {
  return nestingByParser.get(parser)?.get(line) ?? 0;
}

function tokenizeHtmlElement(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let name = '';
  let mode: HtmlMode = 'block';
  let tagEnd = 0;
  /** The line being consumed (tabs and virtual spaces as one space each, so indexes count codes). */
  let line = '';
  const cursor = lineCursor(effects);
  const step = cursor.step;
  let plan: LinePlan = {state: initialScanState('')};
  let openingLine = true;
  /** Filled by the lookahead at each line ending: the next line and its plan. */
  let nextText = '';
  let nextPlan: LinePlan = plan;
  let inChunk = false;
  /**
   * Span mode: the element's inline content, then one level per nested
   * `markdown` element open in it (`<div markdown="span">` holding `<div
   * markdown>*x*</div>`: an element of its own inside the paragraph, its
   * content a separate inline run, as Python-Markdown parses an element's
   * text and each child's tail apart).
   */
  let levels: SpanLevel[] = [{spanOpen: false}];
  /** The `mkdocsHtml` tokens of the nested span-mode elements open, outermost first. */
  const nestedTokens: Token[] = [];
  /** The next of `plan.marks` on the current line. */
  let markIndex = 0;
  let nesting = 0;
  /** A block-level tag right after the closing tag starts the next element (`chain.ts`). */
  let chains = false;
  let body = nestedDocument(self);
  let elementToken: Token | undefined;

  return start;

  function start(code: Code): State | undefined {
    if (code !== codes.lessThan) return nok(code);
    // In MDX, `<` starts JSX, which reads Markdown inside elements already.
    if (rawHtmlDisabled(self.parser)) return nok(code);
    if (linePrefixWidth(self.events) >= constants.tabSize) return nok(code);
    nesting = elementNesting(self.parser, self.now().line);
    if (nesting >= MAX_ELEMENT_NESTING) return nok(code);
    chains = opensChain(self, nesting);
    return effects.check(lineProbe(acceptOpeningLine), begin, nok)(code);
  }

  function acceptOpeningLine(text: string): boolean {
    const result = readMarkdownTag(text);
    if (!result?.ok) return false;
    line = text;
    name = result.tag.name;
    mode = result.mode;
    tagEnd = result.tag.end;
    return true;
  }

  function begin(code: Code): State | undefined {
    elementToken = effects.enter('mkdocsHtml');
    effects.enter('mkdocsHtmlOpen');
    return openingTag(code);
  }

  function openingTag(code: Code): State | undefined {
    if (cursor.index < tagEnd) return step(code, openingTag);
    effects.exit('mkdocsHtmlOpen');
    // Asked whether the element may interrupt a paragraph: the tag is enough.
    if (self.interrupt) return ok(code);
    // `<hr markdown>`: no content, no closing tag; what follows on the line is its tail.
    if (EMPTY_TAGS.has(name)) {
      effects.exit('mkdocsHtml');
      return afterClose(code);
    }
    plan = shiftPlan(scanContentLine(line.slice(tagEnd), initialScanState(name, mode === 'span'), false), tagEnd);
    markIndex = 0;
    // A nested element right after the opening tag is the first of a chain (`<div markdown><div markdown>…`).
    if (mode === 'block' && line[tagEnd] === '<') elementChain.of(self.parser).add(self.now().offset);
    return segment(code);
  }

  /** At the start of what the current line holds for the element: content, then maybe a nested tag or the closing tag. */
  function segment(code: Code): State | undefined {
    const end = boundary();
    if (isBlank(line.slice(cursor.index, end))) return whitespace(code, end);
    return chunkStart(code);
  }

  /** Where the content that starts at the cursor ends on this line: a nested element's tag, the closing tag, the line's end. */
  function boundary(): number {
    return pendingMark()?.start ?? plan.close?.start ?? line.length;
  }

  function pendingMark(): SpanMark | undefined {
    return plan.marks?.[markIndex];
  }

  /** At `boundary()`: the nested tag, the closing tag or the line ending. */
  function atBoundary(code: Code): State | undefined {
    if (pendingMark()?.start === cursor.index) return markStart(code);
    if (plan.close?.start === cursor.index) return closeStart(code);
    return atLineEnd(code);
  }

  /** Spaces up to `end` that are no content, then what is at `end`. */
  function whitespace(code: Code, end: number): State | undefined {
    if (cursor.index >= end) return atBoundary(code);
    effects.enter('mkdocsHtmlWhitespace');
    return inside(code);

    function inside(code: Code): State | undefined {
      if (cursor.index < end) return step(code, inside);
      effects.exit('mkdocsHtmlWhitespace');
      return atBoundary(code);
    }
  }

  /** A nested span-mode element starts or ends here (span mode only). */
  function markStart(code: Code): State | undefined {
    const mark = plan.marks![markIndex++]!;
    if (mark.kind === 'open') {
      // The nested element is part of the enclosing inline content; the text after it is a run of its own.
      openSpan();
      levels[levels.length - 1]!.previous = undefined;
      nestedTokens.push(effects.enter('mkdocsHtml'));
      effects.enter('mkdocsHtmlOpen');
      return nestedOpenTag(code);
    }
    exitSpan();
    levels.pop();
    levels[levels.length - 1]!.previous = undefined;
    const token = nestedTokens.pop()!;
    if (mark.start === mark.end) {
      // Ended by an enclosing element's closing tag: closed, with no closing tag of its own.
      implicitlyClosed.add(token);
      effects.exit('mkdocsHtml');
      return segment(code);
    }
    effects.enter('mkdocsHtmlClose');
    return nestedCloseTag(code);

    function nestedOpenTag(code: Code): State | undefined {
      if (cursor.index < mark.end) return step(code, nestedOpenTag);
      effects.exit('mkdocsHtmlOpen');
      levels.push({spanOpen: false});
      return segment(code);
    }

    function nestedCloseTag(code: Code): State | undefined {
      if (cursor.index < mark.end) return step(code, nestedCloseTag);
      effects.exit('mkdocsHtmlClose');
      effects.exit('mkdocsHtml');
      return segment(code);
    }
  }

  function chunkStart(code: Code): State | undefined {
    enterChunk();
    return chunkInside(code);
  }

  function chunkInside(code: Code): State | undefined {
    if (cursor.index === boundary() && cursor.index < line.length) {
      exitChunk();
      return atBoundary(code);
    }
    if (code === codes.eof || markdownLineEnding(code)) return atLineEnd(code);
    return step(code, chunkInside);
  }

  /** At the end of a line: does the element go on? */
  function atLineEnd(code: Code): State | undefined {
    if (code === codes.eof) return unclosed(code);
    return effects.check(nextLineProbe(acceptNextLine, {lazy: false}), nextLine, unclosed)(code);
  }

  function acceptNextLine(text: string): boolean {
    nextText = text;
    nextPlan = scanContentLine(text, plan.state, true);
    return true;
  }

  /**
   * The next line is the element's. Its line ending is content when the next
   * line holds content (a blank line too: it separates blocks in the nested
   * document), but not before a line that only closes the element, nor right
   * after the opening tag.
   */
  function nextLine(code: Code): State | undefined {
    // `<p markdown>` ends before a block-level tag that starts the next line, which the page reads afresh.
    if (nextPlan.close && nextPlan.close.start === nextPlan.close.end && isBlank(nextText.slice(0, nextPlan.close.start))) {
      implicitlyClosed.add(elementToken!);
      return unclosed(code);
    }
    const closesOnly = nextPlan.close !== undefined && isBlank(nextText.slice(0, nextPlan.close.start));
    // After a nested element on the opening line, the line ending is the inline content's too.
    if (!closesOnly && (inChunk || !openingLine || levels.length > 1 || levels[0]!.spanOpen)) {
      if (!inChunk) enterChunk();
      effects.consume(code);
      exitChunk();
    } else {
      if (inChunk) exitChunk();
      // Not the span's: a line ending inside its paragraph would become text.
      exitSpan();
      effects.enter(types.lineEnding);
      effects.consume(code);
      effects.exit(types.lineEnding);
    }
    line = nextText;
    plan = nextPlan;
    markIndex = 0;
    cursor.index = 0;
    openingLine = false;
    return segment;
  }

  function enterChunk(): void {
    if (mode === 'span') openSpan();
    inChunk = true;
    if (mode !== 'span') {
      const token = body.enter(effects);
      nestingByParser.of(self.parser).set(token.start.line, nesting + 1);
      return;
    }
    const level = levels[levels.length - 1]!;
    const token = effects.enter(types.chunkText, {contentType: constants.contentTypeText, previous: level.previous});
    if (level.previous) level.previous.next = token;
    level.previous = token;
  }

  function exitChunk(): void {
    inChunk = false;
    if (mode === 'span') {
      effects.exit(types.chunkText);
      return;
    }
    body.exit(effects);
  }

  /** The paragraph of the innermost open level's inline content. */
  function openSpan(): void {
    const level = levels[levels.length - 1]!;
    if (level.spanOpen) return;
    effects.enter('mkdocsHtmlSpan');
    level.spanOpen = true;
  }

  function exitSpan(): void {
    const level = levels[levels.length - 1]!;
    if (!level.spanOpen) return;
    effects.exit('mkdocsHtmlSpan');
    level.spanOpen = false;
  }

  /** Nested span-mode elements still open when the element ends: closed with it. */
  function exitNested(): void {
    while (nestedTokens.length > 0) {
      exitSpan();
      levels.pop();
      implicitlyClosed.add(nestedTokens.pop()!);
      effects.exit('mkdocsHtml');
    }
  }

  function closeStart(code: Code): State | undefined {
    exitNested();
    exitSpan();
    if (plan.close!.start === plan.close!.end) {
      // `<p markdown><div>`: the `<p>` ends before the tag, which may go on as the next element of a chain.
      implicitlyClosed.add(elementToken!);
      body.end();
      effects.exit('mkdocsHtml');
      return afterClose(code);
    }
    effects.enter('mkdocsHtmlClose');
    return closeTag(code);
  }

  function closeTag(code: Code): State | undefined {
    if (cursor.index < plan.close!.end) return step(code, closeTag);
    effects.exit('mkdocsHtmlClose');
    body.end();
    effects.exit('mkdocsHtml');
    return afterClose(code);
  }

  /**
   * Right after the closing tag, a chain goes on with the next element
   * (`</div><div markdown>`, `</div><div>`); otherwise text after the
   * closing tag is a paragraph after the element (Python-Markdown's "tail").
   */
  function afterClose(code: Code): State | undefined {
    if (code === codes.lessThan && chains) {
      elementChain.of(self.parser).add(self.now().offset);
      return effects.check(lineProbe(acceptOpeningLine), nextElement, nextRawElement)(code);
    }
    return tailStart(code);
  }

  /** The next element of the chain is a `markdown` one: this tokenizer reads it, with a fresh state. */
  function nextElement(code: Code): State | undefined {
    cursor.index = 0;
    openingLine = true;
    levels = [{spanOpen: false}];
    body = nestedDocument(self);
    return begin(code);
  }

  function nextRawElement(code: Code): State | undefined {
    return effects.attempt(rawHtmlElement, ok, tailStart)(code);
  }

  function tailStart(code: Code): State | undefined {
    return effects.attempt(elementTail, ok, nok)(code);
  }

  /** No closing tag before the end of the container (or a lazy line): the element ends here. */
  function unclosed(code: Code): State | undefined {
    if (inChunk) exitChunk();
    exitNested();
    exitSpan();
    body.end();
    effects.exit('mkdocsHtml');
    return ok(code);
  }
}

interface SpanLevel {
  /** Its `mkdocsHtmlSpan` (the paragraph of its inline content) is open. */
  spanOpen: boolean;
  /** The last `chunkText` of its current inline run. */
  previous?: Token;
}

function shiftPlan(plan: LinePlan, offset: number): LinePlan {
  const close = plan.close && {start: plan.close.start + offset, end: plan.close.end + offset};
  const marks = plan.marks?.map((mark) => ({...mark, start: mark.start + offset, end: mark.end + offset}));
  return {...plan, close, marks};
}

/** Spaces only (a tab is read as spaces): other Unicode spaces, such as U+00A0, are content. */
function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

export type {ScanState};
