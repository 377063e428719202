import {BLOCK_LEVEL_ELEMENTS} from '../python-markdown';
import {EMPTY_TAGS, spanNestedTag} from './tag';

/**
 * Where a `<tag markdown>` element ends: the matching closing tag, found line
 * by line as the tokenizer reaches each line (every line is scanned once, so
 * the search stays linear however long the element is).
 *
 * Python-Markdown finds the closing tag in a preprocessor that runs after
 * superfences has taken the fenced code out of the text, on raw lines: it
 * stacks nested block-level elements (`scanContentLine`), ignores tags in fences and HTML
 * comments (its HTML parser skips comments), and does not know code spans or
 * indented code (a `</div>` there closes the element too). This scanner does
 * the same, so the element ends where MkDocs ends it; only then is the content
 * handed to micromark as a nested document. Like superfences, it sees a fence
 * at any indentation and after `>` markers (a fence inside a box or a block
 * quote inside the element).
 */

export interface FenceState {
  marker: '`' | '~';
  size: number;
}

/** A block-level element open in the content, as Python-Markdown stacks it (`mdstack`). */
export interface OpenElement {
  /** Lower-cased tag name. */
  readonly name: string;
  /**
   * Nothing but tags since its opening tag (not even a space or a line
   * ending): a block-level tag here opens a nested element although it does
   * not start a line (`<div markdown><div markdown>*x*</div></div>`,
   * Python-Markdown 3.8's `mdstarted`).
   */
  readonly started: boolean;
  /**
   * A span-mode `markdown` element: the element itself in span mode (1), or
   * an element with a `markdown` attribute nested in one (Python-Markdown
   * forces it to span mode too; one more than its parent). Its nested
   * elements with `markdown` are elements of their own inside its inline
   * content. 0 (or absent) for any other element.
   */
  readonly spanDepth?: number;
}

/**
 * In span-mode content, where a nested `markdown` element's opening tag is
 * (`open`: `start` at its `<`, `end` past its `>`) or where one ends (`close`:
 * at its closing tag, or `start === end` where an enclosing element's closing
 * tag, or a block-level tag after an open `<p>`, ends it too).
 */
export interface SpanMark {
  kind: 'open' | 'close';
  start: number;
  end: number;
}

export interface ScanState {
  /** Block-level elements open in the content, the element itself first. */
  readonly open: readonly OpenElement[];
  /** Inside a fence that opened on an earlier line. */
  readonly fence?: FenceState;
  /** Inside an HTML comment that opened on an earlier line. */
  readonly comment: boolean;
}

export interface LinePlan {
  /**
   * The matching closing tag on this line: `start` at its `<`, `end` past its
   * `>`; `start === end` where a `<p>` element ends before a block-level tag.
   */
  close?: {start: number; end: number};
  /** Span mode: nested `markdown` elements opened and closed on this line, in order. */
  marks?: SpanMark[];
  /** The state for the next line (meaningless once `close` is set). */
  state: ScanState;
}

/** The state right after the opening tag of an element named `name` (lower-case). */
export function initialScanState(name: string, span = false): ScanState {
  return {open: [{name, started: true, spanDepth: span ? 1 : 0}], comment: false};
}

/**
 * Scan one line of the element's content. `atLineStart` is false for the
 * rest of the opening tag's own line: no fence can start there, and a
 * nested opening tag counts only right after the opening tag.
 *
 * As Python-Markdown's HTML parser in a `markdown` element: a block-level
 * opening tag (not `hr`, not self-closing) opens a nested element where a
 * block starts, at the start of a line or right after the opening tag of
 * the innermost open element (or after the closing tag of its previous
 * nested element, with nothing else in between); `</name>` closes the
 * innermost open element of that name and every element opened inside it;
 * the element itself ends when its own entry closes. Everything else
 * (text, spaces, line endings, inline tags, comments) is data, after which
 * a tag in the same line is inline.
 */
export function scanContentLine(line: string, state: ScanState, atLineStart: boolean): LinePlan {
  if (state.fence) {
    return {state: closesFence(line, state.fence) ? {...state, fence: undefined} : state};
  }
  const open = [...state.open];
  let comment = state.comment;
  let index = 0;
  const marks: SpanMark[] = [];
  /**
   * Close the open elements above `length` at the tag at `tag`: a span-mode
   * element among them ends there (the one at `length` at its own closing
   * tag when `end` is past it, the ones inside it with no closing tag).
   */
  const truncate = (length: number, tag: number, end = tag): void => {
    for (let at = open.length - 1; at >= length; at--) {
      if (at > 0 && open[at]!.spanDepth) marks.push({kind: 'close', start: tag, end: at === length ? end : tag});
    }
    open.length = length;
  };
  const result = (plan: Omit<LinePlan, 'marks'>): LinePlan => (marks.length > 0 ? {...plan, marks} : plan);
  /** Text (or a line ending) went to the innermost open element since its tag. */
  const data = (): void => {
    const top = open[open.length - 1]!;
    if (top.started) open[open.length - 1] = {...top, started: false};
  };
  let blockStart = -1;
  if (atLineStart) {
    // The line ending before this line is data.
    data();
    if (!comment) {
      const fence = opensFence(line);
      if (fence) return {state: {open, comment, fence}};
      // Where Python-Markdown sees a block tag: at the start of a line (here
      // also after the indentation and `>` of containers inside the element).
      blockStart = lineContentStart(line);
    }
  }
  while (index < line.length) {
    if (comment) {
      const end = line.indexOf('-->', index);
      if (end === -1) return result({state: {open, comment}});
      comment = false;
      index = end + 3;
      continue;
    }
    const tag = line.indexOf('<', index);
    if (tag === -1) break;
    if (tag > index && tag !== blockStart) data();
    if (line.startsWith('<!--', tag)) {
      data();
      comment = true;
      index = tag + 4;
      continue;
    }
    const closing = closingTag(line, tag);
    if (closing) {
      const at = lastIndexOfName(open, closing.name);
      if (at === -1) {
        data();
      } else {
        truncate(at, tag, closing.end);
        if (at === 0) return result({close: {start: tag, end: closing.end}, state: {open: [], comment}});
      }
      index = closing.end;
      continue;
    }
    const opening = openingTag(line, tag);
    if (opening && (tag === blockStart || open[open.length - 1]!.started)) {
      // A block-level tag closes an open `<p>` first (Python-Markdown: `'p' in self.mdstack`); when that `<p>`
      // is the element itself, it ends right before the tag, without a closing tag of its own.
      const paragraph = lastIndexOfName(open, 'p');
      if (paragraph !== -1) truncate(paragraph, tag);
      if (paragraph === 0) return result({close: {start: tag, end: tag}, state: {open: [], comment}});
      // In span-mode content, a nested `markdown` element is an element of its own, its content inline too.
      const parentDepth = open[open.length - 1]!.spanDepth ?? 0;
      const span = parentDepth > 0 && parentDepth < MAX_SPAN_NESTING && line[opening.end - 1] === '>' &&
        spanNestedTag(line.slice(tag, opening.end)) !== undefined;
      if (span) marks.push({kind: 'open', start: tag, end: opening.end});
      open.push({name: opening.name, started: true, spanDepth: span ? parentDepth + 1 : 0});
      index = opening.end;
      continue;
    }
    data();
    index = opening ? opening.end : tag + 1;
  }
  if (index < line.length) data();
  return result({state: {open, comment}});
}

/** Span-mode elements nested in each other in one element; deeper, a tag stays inline HTML (as `MAX_ELEMENT_NESTING`). */
const MAX_SPAN_NESTING = 20;

function lastIndexOfName(open: readonly OpenElement[], name: string): number {
  for (let index = open.length - 1; index >= 0; index--) if (open[index]!.name === name) return index;
  return -1;
}

/** Index of the first character after indentation and block quote markers. */
function lineContentStart(line: string): number {
  let index = 0;
  while (index < line.length && (line[index] === ' ' || line[index] === '\t' || line[index] === '>')) index++;
  return index;
}

const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;

function tagNameAt(line: string, index: number): string | undefined {
  TAG_NAME.lastIndex = index;
  return TAG_NAME.exec(line)?.[0].toLowerCase();
}

/**
 * A block-level opening tag at `index` that has content (not `hr`, not
 * self-closing): its name, and the index past its `>` (or past the name when
 * the tag runs on over the next line).
 */
function openingTag(line: string, index: number): {name: string; end: number} | undefined {
  const name = tagNameAt(line, index + 1);
  if (name === undefined || !BLOCK_LEVEL_ELEMENTS.has(name) || EMPTY_TAGS.has(name)) return undefined;
  const after = index + 1 + name.length;
  const next = line[after];
  if (next !== undefined && next !== ' ' && next !== '\t' && next !== '>' && next !== '/') return undefined;
  const close = line.indexOf('>', after);
  if (close === -1) return {name, end: line.length};
  return line[close - 1] === '/' ? undefined : {name, end: close + 1};
}

/** `</name *>` at `index`: the name and the index past its `>`. */
export function closingTag(line: string, index: number): {name: string; end: number} | undefined {
  if (line[index + 1] !== '/') return undefined;
  const name = tagNameAt(line, index + 2);
  if (name === undefined) return undefined;
  let end = index + 2 + name.length;
  while (line[end] === ' ' || line[end] === '\t') end++;
  return line[end] === '>' ? {name, end: end + 1} : undefined;
}

/** A fence opening line (superfences: any indentation); a backtick fence's info may not hold a backtick. */
export function opensFence(line: string): FenceState | undefined {
  const start = lineContentStart(line);
  const marker = line[start];
  if (marker !== '`' && marker !== '~') return undefined;
  let end = start;
  while (line[end] === marker) end++;
  const size = end - start;
  if (size < 3) return undefined;
  if (marker === '`' && line.includes('`', end)) return undefined;
  return {marker, size};
}

export function closesFence(line: string, fence: FenceState): boolean {
  const start = lineContentStart(line);
  let end = start;
  while (line[end] === fence.marker) end++;
  return end - start >= fence.size && /^[ \t]*$/.test(line.slice(end));
}
