import {describe, expect, it} from 'vitest';
import {nextTerm, termMatcher} from '../../lib/abbreviation/terms';
import {Random} from '../generate-documents';

/** The single expression `nextTerm` stands for: `\b(?:T1|T2|…)\b` with Python's Unicode `\b`, longest term first. */
function singleExpression(terms: string[]): RegExp {
  const word = '[\\p{L}\\p{N}_]';
  const boundary = `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word}))`;
  const alternatives = [...terms]
    .sort((a, b) => [...b].length - [...a].length)
    .map((term) => term.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
    .join('|');
  return new RegExp(`${boundary}(?:${alternatives})${boundary}`, 'gu');
}

/** Letters, digits, `_`, punctuation, spaces, the escape placeholder, and surrogates, paired and lone. */
const ATOMS = ['a', 'b', 'A', 'İ', 'é', 'ß', '数', '1', '_', ' ', '.', '+', '-', '&', '\u00a0', '\u0002', '\uD83D', '\uDE00', '\uD83D\uDE00'];

describe('nextTerm: the matches of the single expression', () => {
  it('finds the same matches on random text, surrogates and starts inside a pair included', () => {
    const random = new Random(20_251_126);
    for (let round = 0; round < 1500; round++) {
      const atoms = () => Array.from({length: random.int(1, 3)}, () => random.pick(ATOMS)).join('');
      const terms = [...new Set(Array.from({length: random.int(1, 4)}, atoms))];
      const text = Array.from({length: random.int(0, 30)}, () => (random.chance(0.3) ? random.pick(terms) : random.pick(ATOMS))).join('');
      const from = random.int(0, 2);
      const expected: string[] = [];
      const expression = singleExpression(terms);
      expression.lastIndex = from;
      for (let match = expression.exec(text); match; match = expression.exec(text)) expected.push(`${match.index}:${match[0]}`);
      const found: string[] = [];
      const matcher = termMatcher(terms);
      for (let match = nextTerm(matcher, text, from); match; match = nextTerm(matcher, text, match.index + match.term.length)) {
        found.push(`${match.index}:${match.term}`);
      }
      expect(found, JSON.stringify({terms, text, from})).toEqual(expected);
    }
  });

  it('prefers the longest term, falls back to a shorter one, and matches `C++` only next to a word character (as Python)', () => {
    const matcher = termMatcher(['Pod', 'Pod IP']);
    expect(nextTerm(matcher, 'a Pod IP here', 0)).toEqual({index: 2, term: 'Pod IP'});
    expect(nextTerm(matcher, 'a Pod IPs here', 0)).toEqual({index: 2, term: 'Pod'});
    expect(nextTerm(termMatcher(['C++']), 'C++ and C++x', 0)).toEqual({index: 8, term: 'C++'});
  });
});
