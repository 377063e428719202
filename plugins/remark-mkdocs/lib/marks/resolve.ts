import type {Event, Point, Token, TokenizeContext} from 'micromark-util-types';
import {MARKER_LENGTH, type FormatPattern, type FormatProcessor, type FormatTag} from './patterns';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mkdocsFormat: 'mkdocsFormat';
    mkdocsFormatSequence: 'mkdocsFormatSequence';
    mkdocsFormatSequenceTemporary: 'mkdocsFormatSequenceTemporary';
    mkdocsFormatText: 'mkdocsFormatText';
  }
  interface Token {
    /** `mkdocsFormat`: the element it becomes. */
    _formatTag?: FormatTag;
  }
}

/**
 * What pymdownx's patterns see of one element or opaque construct: its own
 * characters (text, and the runs of `=`, `^`, `~` our tokenizer made), or one
 * placeholder character for a construct Python-Markdown has already replaced
 * by a placeholder when these patterns run (code spans, escapes, keys, links,
 * images, autolinks, raw HTML, character references; Python's placeholder
 * `\x02klzzwxh:N\x03` is, as ours, neither whitespace nor a word character at
 * its edges).
 */
interface Unit {
  kind: 'text' | 'sequence' | 'opaque';
  events: Event[];
  text: string;
  token: Token;
  /** Offset of `text` in the level's string. */
  at: number;
}

const PLACEHOLDER = '\u0002';

/** Tokens that are plain characters to the patterns. */
const TEXT_TOKENS = new Set<string>(['data', 'lineEnding', 'whitespace', 'attentionSequence', 'strikethroughSequenceTemporary', 'lineSuffix']);

/**
 * Containers another resolver may already have built when ours runs
 * (micromark runs the `resolveAll` of text constructs in the order they first
 * occur in the paragraph): their inner text is resolved as a level of its own.
 */
const CONTAINER_TEXT: Readonly<Record<string, string>> = {
  emphasis: 'emphasisText',
  strong: 'strongText',
  strikethrough: 'strikethroughText',
};

/** A matched element: its opening and closing markers (offsets in the level's string) and the elements inside. */
interface Span {
  tag: FormatTag;
  open: [number, number];
  close: [number, number];
  children: Span[];
}

/**
 * The `resolveAll` of the marker runs: finds pymdownx's elements in a
 * paragraph's events (or a link text's, through `insideSpan`) and rewrites
 * them into `mkdocsFormat` groups. Unused marker characters become data.
 */
export function resolveFormats(processors: readonly FormatProcessor[]) {
  return function (events: Event[], context: TokenizeContext): Event[] {
    // Emphasis runs this resolver too (`formatSyntax`): most of its paragraphs have no marker run of ours, and
    // then there is nothing to pair (every level would come back as it is).
    if (!hasSequence(events)) return events;
    // In place, as micromark's own resolvers do: the caller may hold on to the array.
    const resolved = resolveLevel(events, context, processors);
    if (resolved !== events) {
      events.length = 0;
      append(events, resolved);
    }
    return events;
  };
}

function hasSequence(events: Event[]): boolean {
  for (const event of events) if (event[1].type === 'mkdocsFormatSequenceTemporary') return true;
  return false;
}

function resolveLevel(events: Event[], context: TokenizeContext, processors: readonly FormatProcessor[]): Event[] {
  const units = readUnits(events, context, processors);
  if (!units.some((unit) => unit.kind === 'sequence')) return units.flatMap((unit) => unit.events);
  const text = units.map((unit) => unit.text).join('');
  const spans = findSpans(text, 0, text.length, processors, 0);
  return new Builder(units, context).range(0, text.length, spans);
}

function readUnits(events: Event[], context: TokenizeContext, processors: readonly FormatProcessor[]): Unit[] {
  const units: Unit[] = [];
  let at = 0;
  let index = 0;
  while (index < events.length) {
    const token = events[index]![1];
    let end = index;
    let depth = 0;
    do {
      depth += events[end]![0] === 'enter' ? 1 : -1;
      end++;
    } while (depth > 0 && end < events.length);
    let group = events.slice(index, end);
    let unit: Unit;
    if (token.type === 'mkdocsFormatSequenceTemporary') {
      unit = {kind: 'sequence', events: group, text: context.sliceSerialize(token), token, at};
    } else if (TEXT_TOKENS.has(token.type) && group.length === 2) {
      unit = {kind: 'text', events: group, text: plainText(token, context), token, at};
    } else {
      const inner = CONTAINER_TEXT[token.type];
      if (inner !== undefined) group = resolveInside(group, inner, context, processors);
      unit = {kind: 'opaque', events: group, text: PLACEHOLDER, token, at};
    }
    units.push(unit);
    at += unit.text.length;
    index = end;
  }
  return units;
}

/**
 * A plain token's characters. Whitespace is written as spaces of its width:
 * the `lineSuffix` tokens micromark's text resolver makes may not slice back
 * (their chunk indices are not always set).
 */
function plainText(token: Token, context: TokenizeContext): string {
  if (token.type === 'lineEnding') return '\n';
  if (token.type === 'lineSuffix' || token.type === 'whitespace') return ' '.repeat(token.end.offset - token.start.offset);
  return context.sliceSerialize(token);
}

/** A resolved emphasis (or GFM strikethrough) group, its inner text resolved as a level. */
function resolveInside(group: Event[], textType: string, context: TokenizeContext, processors: readonly FormatProcessor[]): Event[] {
  const open = group.findIndex(([kind, token]) => kind === 'enter' && token.type === textType);
  let close = group.length - 1;
  while (close > open && !(group[close]![0] === 'exit' && group[close]![1].type === textType)) close--;
  if (open < 0 || close < open) return group;
  return [...group.slice(0, open + 1), ...resolveLevel(group.slice(open + 1, close), context, processors), ...group.slice(close)];
}

/**
 * pymdownx's processors over `text[from, to)`, from processor `first` on, as
 * Python-Markdown applies its inline patterns: each processor scans left to
 * right, trying its patterns in order at each of its marker characters; a
 * match becomes one opaque placeholder for the processors after it, and its
 * content is processed by those later processors (and by the match's own
 * later patterns, `parse_sub_patterns`).
 */
function findSpans(text: string, from: number, to: number, processors: readonly FormatProcessor[], first: number): Span[] {
  // The level's string as the next processor sees it: earlier matches are placeholders (offsets unchanged).
  let current = text;
  const spans: Span[] = [];
  for (let k = first; k < processors.length; k++) {
    const processor = processors[k]!;
    const view = current.slice(from, to);
    const closers = new LastClosers(view, processor);
    const matched: Array<[number, number]> = [];
    let lastEnd = -1;
    let position = 0;
    while (position < view.length) {
      if (view[position] !== processor.character) {
        position++;
        continue;
      }
      // Right after a match, Python's lookbehind sees the placeholder that replaced it (`afterMatch`).
      const found = matchAt(processor.patterns, view, position, -1, closers, position === lastEnd);
      if (!found) {
        position++;
        continue;
      }
      const end = found.match.index + found.match[0].length;
      spans.push(buildSpan(found, current, from, processors, k));
      matched.push([found.match.index, end]);
      lastEnd = position = end;
    }
    if (matched.length > 0) current = current.slice(0, from) + mask(view, matched) + current.slice(to);
  }
  return nest(spans);
}

/** `view` with each range replaced by placeholders of its length (one pass). */
function mask(view: string, ranges: ReadonlyArray<[number, number]>): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of ranges) {
    out += view.slice(cursor, start) + PLACEHOLDER.repeat(end - start);
    cursor = end;
  }
  return out + view.slice(cursor);
}

/**
 * Spans of different processors as a tree: a later processor's element may
 * hold an earlier one's (which it saw as a placeholder), never cross it; the
 * earlier one goes into the innermost element around it.
 */
function nest(spans: Span[]): Span[] {
  spans.sort((a, b) => a.open[0] - b.open[0] || b.close[1] - a.close[1]);
  const roots: Span[] = [];
  for (const span of spans) insert(roots, span);
  return roots;
}

function insert(list: Span[], span: Span): void {
  // The last element starting at or before the span (binary search: the list is in order).
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.open[0] <= span.open[0]) low = middle + 1;
    else high = middle;
  }
  const before = list[low - 1];
  if (before && before !== span && before.open[0] <= span.open[0] && span.close[1] <= before.close[1]) insert(before.children, span);
  else list.splice(low, 0, span);
}

interface Found {
  match: RegExpExecArray;
  index: number;
  pattern: FormatPattern;
}

/**
 * Where in a view each pattern's closer last matches, found when first asked:
 * an opener at or after it cannot match (its closer would have to follow).
 * Without this check, every opener of a paragraph without closers cost a
 * regular-expression scan to its end (pymdownx's own cost: quadratic).
 */
class LastClosers {
  readonly #last = new Map<FormatPattern, number>();

  constructor(
    readonly view: string,
    readonly processor: FormatProcessor,
  ) {}

  /** Whether `pattern` may match at `position`: a closer starts after it. */
  mayMatchAt(pattern: FormatPattern, position: number): boolean {
    let last = this.#last.get(pattern);
    if (last === undefined) {
      last = -1;
      const {view} = this;
      // (`lastIndexOf` with -1 searches from 0 again: stop after 0.)
      for (let index = view.lastIndexOf(this.processor.character); index >= 0; index = index > 0 ? view.lastIndexOf(this.processor.character, index - 1) : -1) {
        pattern.closer.lastIndex = index;
        if (pattern.closer.test(view)) {
          last = index;
          break;
        }
      }
      this.#last.set(pattern, last);
    }
    return last > position;
  }
}

/** The first of `patterns` after `after` matching at `position` (pymdownx's `handleMatch`), `rightAfterMatch` one. */
function matchAt(patterns: readonly FormatPattern[], text: string, position: number, after: number, closers: LastClosers, rightAfterMatch: boolean): Found | undefined {
  for (let index = after + 1; index < patterns.length; index++) {
    const pattern = patterns[index]!;
    if (!closers.mayMatchAt(pattern, position)) continue;
    const expression = rightAfterMatch ? pattern.afterMatch : pattern.pattern;
    expression.lastIndex = position;
    const match = expression.exec(text);
    if (match) return {match, index, pattern};
  }
  return undefined;
}

/** pymdownx's `build_single`, `build_double`, `build_double2`, in offsets of the level's string. */
function buildSpan(found: Found, text: string, from: number, processors: readonly FormatProcessor[], k: number): Span {
  const {match, pattern, index} = found;
  const group = (n: number): [number, number] => {
    const [start, end] = match.indices![n]!;
    return [start + from, end + from];
  };
  const end = match.index + match[0].length + from;
  const inside = (range: [number, number]) => subSpans(text, range, processors, k, index);
  const opener = group(1);
  const [outerTag, innerTag] = pattern.tags;
  if (pattern.builder === 'single' || innerTag === undefined) {
    const content = group(2);
    return {tag: outerTag, open: opener, close: [content[1], end], children: inside(content)};
  }
  const outerLength = MARKER_LENGTH[outerTag];
  const innerLength = MARKER_LENGTH[innerTag];
  const first = group(2);
  if (pattern.builder === 'double2') {
    const second = group(3);
    const inner: Span = {tag: innerTag, open: [first[1], second[0]], close: [second[1], second[1] + innerLength], children: inside(second)};
    return {tag: outerTag, open: opener, close: [second[1] + innerLength, end], children: [...inside(first), inner]};
  }
  const outerOpen: [number, number] = [opener[0], opener[0] + outerLength];
  const innerOpen: [number, number] = [opener[0] + outerLength, opener[1]];
  if (match.indices!.length > 3) {
    const second = group(3);
    const inner: Span = {tag: innerTag, open: innerOpen, close: [first[1], second[0]], children: inside(first)};
    return {tag: outerTag, open: outerOpen, close: [second[1], end], children: [inner, ...inside(second)]};
  }
  const inner: Span = {tag: innerTag, open: innerOpen, close: [first[1], first[1] + innerLength], children: inside(first)};
  return {tag: outerTag, open: outerOpen, close: [first[1] + innerLength, end], children: [inner]};
}

/**
 * The content of a match: the processor's later patterns (pymdownx's
 * `parse_sub_patterns`, including its habit of trying the remaining patterns
 * at the position right after a match before starting over), then, in the
 * text between, the processors after this one.
 */
function subSpans(
  text: string,
  [from, to]: [number, number],
  processors: readonly FormatProcessor[],
  k: number,
  index: number,
): Span[] {
  const processor = processors[k]!;
  // Python matches on the content string alone: no lookbehind before it, its end is the content's end.
  const view = text.slice(from, to);
  const closers = new LastClosers(view, processor);
  const spans: Span[] = [];
  let position = 0;
  while (position < view.length) {
    if (view[position] !== processor.character) {
      position++;
      continue;
    }
    let matched = false;
    for (let next = index + 1; next < processor.patterns.length; next++) {
      const candidate = processor.patterns[next]!;
      if (!closers.mayMatchAt(candidate, position)) continue;
      candidate.pattern.lastIndex = position;
      const match = candidate.pattern.exec(view);
      if (!match) continue;
      const found: Found = {match, index: next, pattern: candidate};
      spans.push(buildSpan(found, text, from, processors, k));
      position = found.match.index + found.match[0].length;
      matched = true;
    }
    if (!matched) position++;
  }
  // The text between the sub-elements goes to the later processors.
  let cursor = from;
  const between: Span[] = [];
  for (const span of spans) {
    append(between, findSpans(text, cursor, span.open[0], processors, k + 1));
    cursor = span.close[1];
  }
  append(between, findSpans(text, cursor, to, processors, k + 1));
  return nest([...spans, ...between]);
}

/** Writes the level's events back, with the spans as `mkdocsFormat` groups. */
class Builder {
  readonly #units: Unit[];
  readonly #context: TokenizeContext;

  constructor(units: Unit[], context: TokenizeContext) {
    this.#units = units;
    this.#context = context;
  }

  range(from: number, to: number, spans: Span[]): Event[] {
    const events: Event[] = [];
    let cursor = from;
    for (const span of spans) {
      append(events, this.#plain(cursor, span.open[0]));
      append(events, this.#span(span));
      cursor = span.close[1];
    }
    append(events, this.#plain(cursor, to));
    return events;
  }

  #span(span: Span): Event[] {
    const context = this.#context;
    const group: Token = {type: 'mkdocsFormat', start: this.#point(span.open[0]), end: this.#point(span.close[1]), _formatTag: span.tag};
    const open: Token = {type: 'mkdocsFormatSequence', start: this.#point(span.open[0]), end: this.#point(span.open[1])};
    const text: Token = {type: 'mkdocsFormatText', start: this.#point(span.open[1]), end: this.#point(span.close[0])};
    const close: Token = {type: 'mkdocsFormatSequence', start: this.#point(span.close[0]), end: this.#point(span.close[1])};
    // As GFM strikethrough does: the content's emphasis is resolved inside, so it cannot pair across the element's edge.
    const inner = resolveInsideSpan(this.range(span.open[1], span.close[0], span.children), context);
    return [
      ['enter', group, context],
      ['enter', open, context],
      ['exit', open, context],
      ['enter', text, context],
      ...inner,
      ['exit', text, context],
      ['enter', close, context],
      ['exit', close, context],
      ['exit', group, context],
    ];
  }

  /** Units between two offsets; marker runs cut at the offsets, their unused characters data. */
  #plain(from: number, to: number): Event[] {
    const events: Event[] = [];
    if (from >= to) return events;
    for (let index = this.#unitAt(from); index < this.#units.length; index++) {
      const unit = this.#units[index]!;
      const end = unit.at + unit.text.length;
      if (unit.at >= to) break;
      if (end <= from) continue;
      if (unit.kind !== 'sequence') {
        append(events, unit.events);
        continue;
      }
      const data: Token = {type: 'data', start: this.#point(Math.max(from, unit.at)), end: this.#point(Math.min(to, end))};
      events.push(['enter', data, this.#context], ['exit', data, this.#context]);
    }
    return events;
  }

  /** The source point at an offset inside (or at the end of) a marker run. */
  #point(offset: number): Point {
    const unit = this.#sequenceAt(offset);
    const shift = offset - unit.at;
    const start = unit.token.start;
    return {...start, column: start.column + shift, offset: start.offset + shift, _bufferIndex: start._bufferIndex + shift};
  }

  /** The index of the last unit starting at or before `offset` (binary search: units are in order). */
  #unitAt(offset: number): number {
    const units = this.#units;
    let low = 0;
    let high = units.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (units[middle]!.at <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The marker run holding `offset`, or ending at it. */
  #sequenceAt(offset: number): Unit {
    const units = this.#units;
    let low = this.#unitAt(offset);
    let unit = units[low]!;
    // At the end of a run, the next unit (which starts there) is not a run: step back.
    while (unit.kind !== 'sequence' || unit.at + unit.text.length < offset) unit = units[--low]!;
    return unit;
  }
}

/** micromark-util-resolve-all over the parser's `insideSpan` resolvers (emphasis, text merging, extensions'). */
function resolveInsideSpan(events: Event[], context: TokenizeContext): Event[] {
  const called: unknown[] = [];
  for (const construct of context.parser.constructs.insideSpan.null ?? []) {
    const resolve = construct.resolveAll;
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
    }
  }
  return events;
}

/**
 * `target.push(...items)` without passing the items as arguments: a paragraph
 * of tens of thousands of tokens overflows the call stack with a spread.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
