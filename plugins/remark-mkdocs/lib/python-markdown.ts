/**
 * Python-Markdown's tables and string rules that more than one of our
 * grammars follows, in one place: what Python's `str.strip()` removes, which
 * tags open a raw HTML block, and the Windows-1252 row that both HTML's
 * character references and mojibake repair map through.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference';

/** A half-open range of UTF-16 offsets in a line. */
export interface Span {
  start: number;
  end: number;
}

/** What Python's `str.strip()` removes (`str.isspace`), for one UTF-16 unit. */
const PYTHON_SPACE = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** `start`–`end` of `line` without Python whitespace at either end (`line[start:end].strip()`). */
export function stripSpan(line: string, start: number, end: number): Span {
  while (start < end && PYTHON_SPACE.test(line[start]!)) start++;
  while (end > start && PYTHON_SPACE.test(line[end - 1]!)) end--;
  return {start, end};
}

/**
 * Python-Markdown 3.4's `md.block_level_elements`, plus `summary`
 * (pymdownx.details adds it): a line starting with one of these tags is a raw
 * HTML block, and only these elements take a `markdown` attribute
 * (md_in_html).
 */
export const BLOCK_LEVEL_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body canvas colgroup dd details div dl dt fieldset figcaption figure footer form ' +
    'group h1 h2 h3 h4 h5 h6 header hgroup hr iframe legend li main map math menu nav noscript object ol option output ' +
    'p pre progress script section style summary table tbody td textarea tfoot th thead tr ul video'
  ).split(' '),
);

/**
 * Windows-1252's 0x80–0x9F row, the only part that differs from Latin-1.
 * The five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 control of
 * the same number in browsers and in Python's round trips, so they map to
 * themselves.
 */
export const WINDOWS_1252_C1: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * A raw attribute value as a reader sees it. Python-Markdown writes the raw
 * value (an abbreviation's title) and its serializer escapes every `&` except
 * one that starts something shaped like a character reference (`RE_AMP`:
 * `&#65;`, `&#x41;`, `&name;`, any case), which the browser then decodes if it
 * is one; Python's HTMLParser decodes the values of a tag's attributes
 * (md_in_html) the same way. So `&amp;` shows `&`, `&foo;` shows `&foo;`, and
 * `\*` stays `\*`.
 */
export function decodeCharacterReferences(raw: string): string {
  return raw.replace(/&(#\d+|#x[\da-f]+|[\da-z]+);/gi, (reference, body: string) => {
    if (body[0] !== '#') return decodeNamedCharacterReference(body) || reference;
    const hex = body[1] === 'x' || body[1] === 'X';
    return decodeNumeric(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** The HTML tokenizer's numeric character reference rules (C1 controls are read as Windows-1252). */
function decodeNumeric(code: number): string {
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code >= 0x80 && code <= 0x9f ? WINDOWS_1252_C1[code - 0x80]! : code);
}
