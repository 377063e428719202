/**
 * The grammar of a box header line, `!!! type [classes] ["title"]` and
 * `???[+] [classes] ["title"]`, as a pure function over one line.
 *
 * The tokenizer uses it to decide whether a line opens a box and where the
 * type, classes and title sit; the linter uses the same function to explain
 * why a line that looks like a header is not one. Keeping one grammar means
 * the two can never disagree.
 *
 * It follows Python-Markdown 3.4's `admonition` regex
 * `!!! ?([\w\-]+(?: +[\w\-]+)*)(?: +"(.*?)")? *(?:\n|$)` and pymdownx.details'
 * `\?{3}(\+)? ?(?:([\w\-]+(?: +[\w\-]+)*?)?(?: +"(.*?)")|([\w\-]+(?: +[\w\-]+)*?)) *`.
 * The input line must already have its tabs expanded (micromark hands us
 * virtual spaces, Python-Markdown runs `expandtabs(4)` first).
 */

import type {Span} from '../python-markdown';

export type BoxKind = 'admonition' | 'details' | 'tab';

export type {Span};

export interface BoxHeader {
  kind: BoxKind;
  /** `???+`: the collapsible starts open; `===+`: the tab starts selected. */
  open: boolean;
  /** `===!`: the tab starts a new tab set. */
  newSet?: boolean;
  /** `!!!`, `???` or `???+`. */
  marker: Span;
  /** The class words as written (`Warning inline  end`), absent for `??? "Title"`. */
  classes?: Span;
  /** Lower-cased class words; the first is the type. */
  classList: string[];
  /** Between the quotes (may be empty: `""`); absent when no title was written. */
  title?: Span;
  /** End of the header's meaningful text (trailing spaces excluded). */
  end: number;
}

export interface HeaderProblem {
  /** Offset in the line the problem points at. */
  offset: number;
  /** "Unexpected X, expected Y" */
  reason: string;
}

export type HeaderResult = {ok: true; header: BoxHeader} | {ok: false; problem: HeaderProblem};

const WORD = /[\p{L}\p{N}_-]/u;

/** Python's `[\w\-]` for one UTF-16 unit (astral letters come as a surrogate pair). */
export function isWordChar(line: string, index: number): boolean {
  const code = line.codePointAt(index);
  return code !== undefined && WORD.test(String.fromCodePoint(code));
}

function wordCharLength(line: string, index: number): number {
  const code = line.codePointAt(index) ?? 0;
  return code > 0xffff ? 2 : 1;
}

/** The marker a line starts with, or undefined when it cannot be a box header at all. */
export function boxMarker(line: string): {kind: BoxKind; open: boolean; length: number} | undefined {
  if (line.startsWith('===')) {
    const modifiers = /^===(\+!|!\+|\+|!)?/.exec(line)![1] ?? '';
    return {kind: 'tab', open: modifiers.includes('+'), length: 3 + modifiers.length};
  }
  if (line.startsWith('!!!')) return {kind: 'admonition', open: false, length: 3};
  if (line.startsWith('???+')) return {kind: 'details', open: true, length: 4};
  if (line.startsWith('???')) return {kind: 'details', open: false, length: 3};
  return undefined;
}

export function parseBoxHeader(line: string): HeaderResult | undefined {
  const marker = boxMarker(line);
  if (!marker) return undefined;
  const markerName = line.slice(0, marker.length);
  if (marker.kind === 'tab') return parseTabHeader(line, marker, markerName);
  let index = marker.length;

  // At most one space between the marker and the first class word.
  let afterMarker = index;
  if (line[afterMarker] === ' ' && isWordChar(line, afterMarker + 1)) afterMarker++;

  if (!isWordChar(line, afterMarker)) {
    const spaces = countSpaces(line, index);
    const next = index + spaces;
    // `??? "Title"` is a collapsible without a class; admonitions need a type.
    if (marker.kind === 'details' && spaces > 0 && line[next] === '"') {
      return finishWithTitle(line, marker, index, undefined, []);
    }
    if (next >= line.length) {
      return fail(index, `Unexpected end of line after \`${markerName}\`, expected a type such as \`${markerName} note\``);
    }
    if (spaces > 1 && isWordChar(line, next)) {
      return fail(
        index,
        `Unexpected ${spaces} spaces after \`${markerName}\`, expected at most 1 before the type (\`${markerName} ${wordAt(line, next)}\`)`,
      );
    }
    if (line[next] === '"' && marker.kind === 'details') {
      return fail(next, `Unexpected \`"\` right after \`${markerName}\`, expected a space before the title (\`${markerName} "…"\`)`);
    }
    if (line[next] === '"') {
      return fail(next, `Unexpected title without a type after \`${markerName}\`, expected a type first (\`${markerName} note "…"\`)`);
    }
    return fail(next, `Unexpected \`${line[next]}\` after \`${markerName}\`, expected a type such as \`${markerName} note\``);
  }

  // Class words separated by spaces.
  index = afterMarker;
  const classesStart = index;
  let classesEnd = index;
  for (;;) {
    while (isWordChar(line, index)) index += wordCharLength(line, index);
    classesEnd = index;
    const spaces = countSpaces(line, index);
    if (spaces > 0 && isWordChar(line, index + spaces)) {
      index += spaces;
      continue;
    }
    break;
  }
  const classSpan = {start: classesStart, end: classesEnd};
  const classList = line
    .slice(classesStart, classesEnd)
    .split(/ +/)
    .map((word) => word.toLowerCase());

  const spaces = countSpaces(line, classesEnd);
  const next = classesEnd + spaces;
  if (next >= line.length) {
    return {ok: true, header: {kind: marker.kind, open: marker.open, marker: span(0, marker.length), classes: classSpan, classList, end: classesEnd}};
  }
  if (spaces > 0 && line[next] === '"') {
    return finishWithTitle(line, marker, classesEnd, classSpan, classList);
  }
  if (line[next] === "'") {
    return fail(next, 'Unexpected single-quoted title, expected the title in double quotes (`"Title"`)');
  }
  if (line[next] === '"') {
    return fail(next, 'Unexpected `"` right after the type, expected a space before the title');
  }
  return fail(
    next,
    `Unexpected \`${line[next]}\` in the box type, expected letters, digits, \`_\` or \`-\`, then an optional "title"`,
  );
}

/**
 * `===[+!] "Label"` (pymdownx.tabbed: `={3}(\+|\+!|!\+|!)? +"(.*?)" *`): the
 * quoted label is required, after at least one space.
 */
function parseTabHeader(line: string, marker: {kind: BoxKind; open: boolean; length: number}, markerName: string): HeaderResult {
  const spaces = countSpaces(line, marker.length);
  const next = marker.length + spaces;
  if (next >= line.length) {
    return fail(marker.length, `Unexpected end of line after \`${markerName}\`, expected a quoted tab label (\`${markerName} "Linux"\`)`);
  }
  if (line[next] === '"' && spaces === 0) {
    return fail(next, `Unexpected \`"\` right after \`${markerName}\`, expected a space before the label (\`${markerName} "…"\`)`);
  }
  if (line[next] !== '"') {
    return fail(next, `Unexpected unquoted tab label, expected it in double quotes (\`${markerName} "${line.slice(next).trim().replace(/^'|'$/g, '')}"\`)`);
  }
  const result = finishWithTitle(line, marker, marker.length, undefined, []);
  if (result.ok) result.header.newSet = markerName.includes('!');
  return result;
}

/** From `from` (spaces, then the opening quote) to the end of the line. */
function finishWithTitle(
  line: string,
  marker: {kind: BoxKind; open: boolean; length: number},
  from: number,
  classes: Span | undefined,
  classList: string[],
): HeaderResult {
  const open = from + countSpaces(line, from);
  const end = trimmedEnd(line);
  // The title runs to the last quote on the line (the regex's lazy `(.*?)` must be followed by ` *$`).
  if (end - open < 2 || line[end - 1] !== '"') {
    const close = line.lastIndexOf('"');
    if (close > open) {
      return fail(
        close + 1 + countSpaces(line, close + 1),
        `Unexpected text \`${line.slice(close + 1, end).trim()}\` after the title's closing quote, expected the end of the line`,
      );
    }
    return fail(open, 'Unexpected end of line in the title, expected a closing `"`');
  }
  return {
    ok: true,
    header: {
      kind: marker.kind,
      open: marker.open,
      marker: span(0, marker.length),
      classes,
      classList,
      title: span(open + 1, end - 1),
      end,
    },
  };
}

function countSpaces(line: string, index: number): number {
  let count = 0;
  while (line[index + count] === ' ') count++;
  return count;
}

function trimmedEnd(line: string): number {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  return end;
}

function wordAt(line: string, index: number): string {
  let end = index;
  while (isWordChar(line, end)) end += wordCharLength(line, end);
  return line.slice(index, end);
}

function span(start: number, end: number): Span {
  return {start, end};
}

function fail(offset: number, reason: string): HeaderResult {
  return {ok: false, problem: {offset, reason}};
}

/** Python's `str.capitalize()`: first character upper-cased, the rest lower-cased. */
export function capitalize(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return word ? first.toUpperCase() + word.slice(first.length).toLowerCase() : word;
}
