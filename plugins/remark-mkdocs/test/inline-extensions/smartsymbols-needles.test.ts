import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {PATTERNS, SMART_SYMBOL_OPTIONS, symbolRuns} from '../../lib/smartsymbols/grammar';

/**
 * `symbolRuns` skips a pattern when the text lacks its needle: that is only
 * right if every match of the pattern holds the needle.
 */
const text = fc
  .array(fc.oneof(fc.constantFrom('(tm)', '(c)', '(r)', '+/-', '-->', '<--', '<-->', '---', '=/=', '1/2', '3/8', '11th', '2nd', '1st', '3rd', '4th', 'c/o', 'x', ' ', '-', '/', '1', '9', 'é', '٣', 'th', 'nd', '_'), fc.string({maxLength: 4})), {maxLength: 20})
  .map((parts) => parts.join(''));

describe('smart symbols: needles', () => {
  it('every match of a pattern holds its needle', () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const {pattern, needle} of PATTERNS) {
          for (const match of value.matchAll(pattern)) {
            expect(typeof needle === 'string' ? match[0].includes(needle) : needle.test(match[0])).toBe(true);
          }
        }
      }),
      {numRuns: 2000},
    );
  });

  it('finds every symbol beside text without it', () => {
    const all = new Set(SMART_SYMBOL_OPTIONS);
    const runs = symbolRuns('a (tm) b (c) (r) +/- --> =/= 1/2 21st c/o', all).filter((run) => run.kind === 'symbol');
    expect(runs.map((run) => (run.kind === 'symbol' ? run.value + (run.sup ?? '') : ''))).toEqual(['™', '©', '®', '±', '→', '≠', '½', '21st', '℅']);
  });
});
