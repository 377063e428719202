/**
 * The grammar of an abbreviation definition, `*[TERM]: Title`, as pure
 * functions over one line.
 *
 * The tokenizer uses them to decide whether a line defines an abbreviation and
 * where the term and the title sit; the linter uses the same functions to
 * explain why a line that starts with `*[` is not one. It follows
 * Python-Markdown 3.4's `abbr` regex, applied to each block with MULTILINE:
 * `^[*]\[(?P<abbr>[^\]]*)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$`, both groups
 * `strip()`ped. Lines must already have their tabs expanded (micromark hands us
 * virtual spaces, Python-Markdown runs `expandtabs(4)` first).
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference';
import {parseBoxHeader} from '../boxes/header';

/** A half-open range of UTF-16 offsets in the line. */
export interface Span {
  start: number;
  end: number;
}

export interface AbbreviationLine {
  /** The term, without the whitespace around it inside the brackets. */
  term: Span;
  /** Offset of the `]` that closes the term. */
  close: number;
  /** Offset of the `:`. */
  colon: number;
  /** The title on this line, stripped; absent when the line ends after the colon (the title may be on the next line). */
  title?: Span;
}

export interface AbbreviationProblem {
  /** Offset in the line the problem points at. */
  offset: number;
  /** "Unexpected X, expected Y" */
  reason: string;
}

export type AbbreviationLineResult = {ok: true; definition: AbbreviationLine} | {ok: false; problem: AbbreviationProblem};

/** What Python's `str.strip()` removes (`str.isspace`), for one UTF-16 unit. */
const PYTHON_SPACE = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** `start`–`end` of `line` without Python whitespace at either end. */
export function stripSpan(line: string, start: number, end: number): Span {
  while (start < end && PYTHON_SPACE.test(line[start]!)) start++;
  while (end > start && PYTHON_SPACE.test(line[end - 1]!)) end--;
  return {start, end};
}

/**
 * Parse a line that starts with `*[`. Returns undefined for any other line.
 *
 * Two deviations from Python-Markdown 3.4, both following 3.6+: an empty term
 * (`*[]`, `*[ ]`) is not a definition (3.4 loops forever on it), and neither
 * is a term with a backslash (3.4 removes the line and never matches the term).
 * The term also ends at the end of its line (3.4 lets it run over a line break).
 */
export function parseAbbreviationLine(line: string): AbbreviationLineResult | undefined {
  if (!line.startsWith('*[')) return undefined;
  const close = line.indexOf(']', 2);
  if (close < 0) {
    return fail(
      line.length,
      `Unexpected end of line after \`${line.trimEnd()}\`, expected \`]\` closing the term (\`*[TERM]: Title\`)`,
    );
  }
  const term = stripSpan(line, 2, close);
  const opening = line.slice(0, close + 1);
  if (term.start === term.end) {
    return fail(2, `Unexpected empty term in \`${opening}\`, expected the abbreviation between \`*[\` and \`]\``);
  }
  const backslash = line.indexOf('\\', term.start);
  if (backslash >= 0 && backslash < term.end) {
    return fail(backslash, `Unexpected \`\\\` in the term \`${opening}\`, expected a term without backslashes`);
  }
  let index = close + 1;
  if (line[index] === ' ') index++;
  if (line[index] !== ':') {
    let spaces = 0;
    while (line[close + 1 + spaces] === ' ') spaces++;
    const next = close + 1 + spaces;
    if (next >= line.length) {
      return fail(next, `Unexpected end of line after \`${opening}\`, expected \`:\` and the title (\`${opening}: Title\`)`);
    }
    if (spaces > 1 && line[next] === ':') {
      return fail(close + 1, `Unexpected ${spaces} spaces between \`]\` and \`:\`, expected at most one (\`${opening}: …\`)`);
    }
    return fail(next, `Unexpected \`${String.fromCodePoint(line.codePointAt(next)!)}\` after \`${opening}\`, expected \`:\` (\`${opening}: Title\`)`);
  }
  const colon = index++;
  while (line[index] === ' ') index++;
  const title = stripSpan(line, index, line.length);
  const definition: AbbreviationLine = {term, close, colon};
  if (title.start < title.end) definition.title = title;
  return {ok: true, definition};
}

/**
 * The title a definition that ends after its colon takes from the next line
 * (`*[NAT]:` + `    Network Address Translation`), or undefined when that line
 * is not the title: a blank line (Python-Markdown's blocks end there), or a
 * line one of Python-Markdown's block processors that search the whole block
 * (heading, horizontal rule, block quote, admonition, details, tab) or its
 * preprocessors (fences, raw HTML) takes first. The definition then gets an
 * empty title, as in Python-Markdown.
 */
export function nextLineTitle(line: string): Span | undefined {
  if (/^[ \t]*$/.test(line) || startsPythonBlock(line)) return undefined;
  let start = 0;
  while (line[start] === ' ') start++;
  return stripSpan(line, start, line.length);
}

/** `===`, `--`: Python-Markdown's setext underline (`[=-]+[ ]*`), which makes the line above a heading at a block's start. */
export function isSetextUnderline(line: string): boolean {
  return /^[=-]+ *$/.test(line);
}

/** A setext underline that Python-Markdown's horizontal rule processor, which runs first, takes for a rule. */
export function isRuleUnderline(line: string): boolean {
  return /^-{3,} *$/.test(line);
}

const HORIZONTAL_RULE = /^ {0,3}(?:(?:-+ {0,2}){3,}|(?:_+ {0,2}){3,}|(?:\*+ {0,2}){3,}) *$/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const HTML_SPECIAL = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/;
const HTML_TAG = /^ {0,3}<\/?([A-Za-z][A-Za-z\d-]*)(?=[\s/>]|$)/;

/** Python-Markdown 3.4's `block_level_elements`: a line starting with one of these tags is a raw HTML block. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body canvas colgroup dd details div dl dt fieldset figcaption figure footer form ' +
    'group h1 h2 h3 h4 h5 h6 header hgroup hr iframe legend li main map math menu nav noscript object ol option output ' +
    'p pre progress script section style summary table tbody td textarea tfoot th thead tr ul video'
  ).split(' '),
);

function startsPythonBlock(line: string): boolean {
  if (line.startsWith('#') || HORIZONTAL_RULE.test(line) || /^ {0,3}>/.test(line) || FENCE.test(line)) return true;
  if (HTML_SPECIAL.test(line)) return true;
  const tag = HTML_TAG.exec(line);
  if (tag && BLOCK_TAGS.has(tag[1]!.toLowerCase())) return true;
  return parseBoxHeader(line)?.ok === true;
}

/**
 * The title as a reader sees it. Python-Markdown puts the raw title in the
 * `title` attribute; its serializer escapes every `&` except one that starts
 * something shaped like a character reference (`RE_AMP`: `&#65;`, `&#x41;`,
 * `&name;`, any case), which the browser then decodes if it is one. So `&amp;`
 * shows `&`, `&foo;` shows `&foo;`, and `\*` stays `\*`.
 */
export function abbreviationTitle(raw: string): string {
  return raw.replace(/&(#\d+|#x[\da-f]+|[\da-z]+);/gi, (reference, body: string) => {
    if (body[0] !== '#') return decodeNamedCharacterReference(body) || reference;
    const hex = body[1] === 'x' || body[1] === 'X';
    return decodeNumeric(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** The HTML tokenizer's numeric character reference rules (C1 controls are read as Windows-1252). */
function decodeNumeric(code: number): string {
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fail(offset: number, reason: string): AbbreviationLineResult {
  return {ok: false, problem: {offset, reason}};
}
