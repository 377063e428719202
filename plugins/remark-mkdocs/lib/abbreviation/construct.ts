import type {Code, Construct, Effects, Event, State, TokenizeContext, TokenType} from 'micromark-util-types';
import {codes, types} from 'micromark-util-symbol';
import {
  isRuleUnderline,
  isSetextUnderline,
  nextLineTitle,
  parseAbbreviationLine,
  type AbbreviationLine,
  type Span,
} from './grammar';
import {atContainerColumn} from '../micromark-util/list-context';
import {lineCursor} from '../micromark-util/line-cursor';
import {lineProbe, nextLineProbe} from '../micromark-util/line-probe';
import {linePrefixWidth} from '../micromark-util/line-prefix';

/** Token names of the abbreviation syntax, registered with micromark's type map so `effects.enter` accepts them. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mkdocsAbbreviationDefinition: 'mkdocsAbbreviationDefinition';
    mkdocsAbbreviationMarker: 'mkdocsAbbreviationMarker';
    mkdocsAbbreviationWhitespace: 'mkdocsAbbreviationWhitespace';
    mkdocsAbbreviationTerm: 'mkdocsAbbreviationTerm';
    mkdocsAbbreviationTitle: 'mkdocsAbbreviationTitle';
  }
}

/**
 * An abbreviation definition, `*[TERM]: Title`, as a micromark flow
 * construct keyed on `*`: one line (two when the title is on the next line).
 * Being flow, it never starts inside fenced or indented code, HTML blocks or
 * paragraphs' inline content, and `* item` lists and `***` rules are
 * untouched (the construct needs `*[`).
 *
 * As in Python-Markdown, whose `abbr` block processor searches every block
 * for the line: it may interrupt a paragraph (the text after it is a new
 * paragraph), and the line must start at column 0 of its container (in a list
 * item, as for boxes, also indented to the item's content after a blank
 * line). Where Python-Markdown reads the line as the first line of a setext
 * heading (`*[X]: y` right above `===` or `--`, at a block's start), the
 * construct does not match, and the two lines become that heading.
 *
 * Term and title are raw strings (no escapes, no inline Markdown), as in
 * Python-Markdown.
 */
export const abbreviationDefinition: Construct = {name: 'mkdocsAbbreviationDefinition', tokenize: tokenizeAbbreviationDefinition};

type Segment = [type: TokenType, end: number];

function tokenizeAbbreviationDefinition(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const prefix = linePrefixWidth(self.events);
  const previous = previousLine(self.events);
  let definition: AbbreviationLine | undefined;
  let lineLength = 0;
  /** The line after the definition, once `nextLineCheck` has read it. */
  let next: NextLine = {kind: 'none'};
  let segments: Segment[] = [];
  let segment = 0;
  const cursor = lineCursor(effects);

  return start;

  function start(code: Code): State | undefined {
    // Right under a GFM table, the line is a body row (as in Python-Markdown's `tables`).
    if (code !== codes.asterisk || !atContainerColumn(self, prefix) || previous === 'table') return nok(code);
    return effects.check(lineProbe(parseLine), begin, nok)(code);
  }

  function parseLine(line: string): boolean {
    const result = parseAbbreviationLine(line);
    if (!result?.ok) return false;
    definition = result.definition;
    lineLength = line.length;
    return true;
  }

  function begin(code: Code): State | undefined {
    effects.enter('mkdocsAbbreviationDefinition');
    segments = firstLineSegments(definition!, lineLength);
    return emit(code, afterFirstLine);
  }

  /** Emit `segments` from the cursor's place in the current line, then go on with `then`. */
  function emit(code: Code, then: State): State | undefined {
    segment = 0;
    return segmentStart(code);

    function segmentStart(code: Code): State | undefined {
      if (segment === segments.length) return then(code);
      effects.enter(segments[segment]![0]);
      return segmentInside(code);
    }

    function segmentInside(code: Code): State | undefined {
      if (cursor.index < segments[segment]![1]) return cursor.step(code, segmentInside);
      effects.exit(segments[segment]![0]);
      segment++;
      return segmentStart(code);
    }
  }

  function afterFirstLine(code: Code): State | undefined {
    // Asked whether the line may interrupt a paragraph: it is a definition whatever follows.
    if (self.interrupt || code === codes.eof) return done(code);
    return effects.check(nextLineCheck(previous, (found) => (next = found)), decide, done)(code);
  }

  function decide(code: Code): State | undefined {
    if (next.kind === 'heading') return nok(code);
    if (next.kind === 'title' && definition!.title === undefined) return titleLineEnding(code);
    return done(code);
  }

  function titleLineEnding(code: Code): State | undefined {
    const {title, length} = next as TitleLine;
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
    cursor.index = 0;
    segments = titleLineSegments(title, length);
    return titleLine;
  }

  function titleLine(code: Code): State | undefined {
    return emit(code, done);
  }

  function done(code: Code): State | undefined {
    effects.exit('mkdocsAbbreviationDefinition');
    return ok(code);
  }
}

/** `*[`, term, `]`, `:` and title, with the whitespace between them. */
function firstLineSegments(definition: AbbreviationLine, length: number): Segment[] {
  const {term, close, colon, title} = definition;
  const segments: Segment[] = [
    ['mkdocsAbbreviationMarker', 2],
    ['mkdocsAbbreviationWhitespace', term.start],
    ['mkdocsAbbreviationTerm', term.end],
    ['mkdocsAbbreviationWhitespace', close],
    ['mkdocsAbbreviationMarker', close + 1],
    ['mkdocsAbbreviationWhitespace', colon],
    ['mkdocsAbbreviationMarker', colon + 1],
  ];
  if (title) segments.push(['mkdocsAbbreviationWhitespace', title.start], ['mkdocsAbbreviationTitle', title.end]);
  segments.push(['mkdocsAbbreviationWhitespace', length]);
  return withoutEmpty(segments, 0);
}

function titleLineSegments(title: Span, length: number): Segment[] {
  return withoutEmpty(
    [
      ['mkdocsAbbreviationWhitespace', title.start],
      ['mkdocsAbbreviationTitle', title.end],
      ['mkdocsAbbreviationWhitespace', length],
    ],
    0,
  );
}

function withoutEmpty(segments: Segment[], from: number): Segment[] {
  const result: Segment[] = [];
  let at = from;
  for (const [type, end] of segments) {
    if (end > at) result.push([type, end]);
    at = Math.max(at, end);
  }
  return result;
}

/**
 * What Python-Markdown's block holds before this line: nothing (a block
 * start), abbreviation definitions only, text, or a table. It decides whether
 * a setext underline on the next line makes a heading of the definition line.
 */
type Previous = 'start' | 'definition' | 'text' | 'table';

function previousLine(events: Event[]): Previous {
  let index = events.length - 1;
  while (index >= 0) {
    const type = events[index]![1].type;
    if (type === types.linePrefix || type === types.lineEnding) {
      index--;
      continue;
    }
    if (events[index]![0] !== 'exit') return 'start';
    if (type === 'mkdocsAbbreviationDefinition') return 'definition';
    // micromark-extension-gfm-table's tokens (its type map augmentation is not loaded here).
    if ((type as string) === 'tableRow' || (type as string) === 'tableHead') return 'table';
    return type === types.content ? 'text' : 'start';
  }
  return 'start';
}

interface TitleLine {
  kind: 'title';
  title: Span;
  /** The line's length, trailing whitespace included. */
  length: number;
}

type NextLine = {kind: 'none'} | {kind: 'heading'} | TitleLine;

/**
 * Reads the line after the definition (the line ending, then the line) and
 * classifies it. A lazy line (`> *[NAT]:` + `Title`, or under a list item)
 * can be the title, as in Python-Markdown, where it belongs to the quote's or
 * the item's block: micromark keeps a lazy line in its containers when a
 * construct that started above it is still open.
 */
function nextLineCheck(previous: Previous, found: (next: NextLine) => void): Construct {
  return nextLineProbe(classify, {lazy: true});

  /** A blank line is neither (it ends Python-Markdown's block). */
  function classify(line: string): boolean {
    if (isSetextUnderline(line) && (previous === 'start' || (previous === 'definition' && !isRuleUnderline(line)))) {
      found({kind: 'heading'});
      return true;
    }
    const title = nextLineTitle(line);
    if (!title) return false;
    found({kind: 'title', title, length: line.length});
    return true;
  }
}
