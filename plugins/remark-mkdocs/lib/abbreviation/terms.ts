/**
 * Where abbreviation terms occur: Python's `\b(?:T1|T2|…)\b` (longest term
 * first), with Python's Unicode `\b` (JavaScript's is ASCII-only): a position
 * between a word character and a non-word character, or the start or end
 * next to a word character.
 *
 * Not one regular expression with the boundary in it: each page has its own
 * terms, so its own expression, and one with the boundaries' Unicode
 * property classes in it is slow to compile. The bare alternation of the terms
 * (cheap to compile) finds where a term starts; the boundaries are checked
 * there with one expression compiled once. Same matches: the pattern can only
 * match where a term starts, and there it tries the same alternatives in the
 * same order, each followed by the boundary.
 */

/** Python's `\w` (str patterns): Unicode letters and digits (`str.isalnum`) and `_`. */
const WORD_CHARACTER = /^[\p{L}\p{N}_]$/u;

export function isWordCharacter(character: string): boolean {
  return WORD_CHARACTER.test(character);
}

export interface TermMatcher {
  /** The terms, longest first: the alternatives in the pattern's order. */
  terms: readonly string[];
  /** Their bare alternation (flags `gu`): where a match can start. */
  candidates: RegExp;
}

export interface TermMatch {
  index: number;
  term: string;
}

export function termMatcher(terms: readonly string[]): TermMatcher {
  const sorted = [...terms].sort((a, b) => [...b].length - [...a].length);
  const alternatives = sorted.map((term) => term.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|');
  return {terms: sorted, candidates: new RegExp(alternatives, 'gu')};
}

/** The first match starting at or after `from`: the one the pattern with the `g` flag finds. */
export function nextTerm({terms, candidates}: TermMatcher, text: string, from: number): TermMatch | undefined {
  // Inside a surrogate pair, V8 starts the pattern (lookarounds first) at the
  // pair; a lone term may be searched as a plain string, which does not.
  candidates.lastIndex = isInsidePair(text, from) ? from - 1 : from;
  for (let candidate = candidates.exec(text); candidate; candidate = candidates.exec(text)) {
    const index = candidate.index;
    if (isBoundary(text, index)) {
      for (const term of terms) {
        const end = index + term.length;
        // A term ending in half a surrogate pair does not match the pair (the `u` flag reads code points).
        if (text.startsWith(term, index) && !isInsidePair(text, end) && isBoundary(text, end)) return {index, term};
      }
    }
    // Another term may start inside this one: go on from the next code point.
    candidates.lastIndex = index + (text.codePointAt(index)! > 0xffff ? 2 : 1);
  }
  return undefined;
}

/** Python's `\b` at `index`: a word character on exactly one side (code points, as the `u` flag reads them). */
function isBoundary(text: string, index: number): boolean {
  return isWordCharacter(codePointBefore(text, index)) !== isWordCharacter(codePointAt(text, index));
}

function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function codePointBefore(text: string, index: number): string {
  if (index === 0) return '';
  return index >= 2 && isInsidePair(text, index - 1) ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

/** Is `index` between the two halves of a surrogate pair? */
function isInsidePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index - 1);
  const low = text.charCodeAt(index);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
