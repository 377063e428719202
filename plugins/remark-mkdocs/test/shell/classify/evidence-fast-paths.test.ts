import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {isHeaderLike, isSymbolArt} from '../../../lib/shell/evidence';

/**
 * `isHeaderLike` and `isSymbolArt` answer without their regular expressions where they can (a line whose first
 * word has no capital, an ASCII line counted by hand): they must answer exactly as the definitions below, which
 * are the functions as first written.
 */
const HEADER_WORD = /^[A-Z][A-Z0-9()%/_.-]*$/;

function headerLikeByDefinition(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.every((word) => HEADER_WORD.test(word)) && words.some((word) => /[A-Z]{2}/.test(word));
}

function symbolArtByDefinition(line: string): boolean {
  const visible = line.replace(/\s/g, '');
  if (visible.length < 4) return false;
  const letters = visible.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters / visible.length < 0.3;
}

/** Capitals, digits, punctuation, every ASCII blank, and non-ASCII letters, symbols, blanks and astral characters. */
const piece = fc.oneof(
  fc.constantFrom('A', 'Z', 'a', 'z', '0', '9', ' ', '\t', '\v', '\f', '\r', '\n', '-', '_', '=', '|', '/', '\\', '+', '*', '#', '.', ':', '(', ')', '%', '"'),
  fc.constantFrom('é', 'Ä', '€', '─', '٣', '😀', '𝐀', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085'),
  fc.string({maxLength: 6}),
);
const line = fc.array(piece, {maxLength: 40}).map((parts) => parts.join(''));

describe('shell evidence fast paths', () => {
  it('isHeaderLike answers as its definition', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(isHeaderLike(text)).toBe(headerLikeByDefinition(text));
      }),
      {numRuns: 3000},
    );
    for (const text of ['NAME   READY   STATUS', '  NAME READY', 'Name READY', 'NAME', '\u00a0NAME READY', 'NAME\u3000READY', '']) {
      expect(isHeaderLike(text)).toBe(headerLikeByDefinition(text));
    }
  });

  it('isSymbolArt answers as its definition', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(isSymbolArt(text)).toBe(symbolArtByDefinition(text));
      }),
      {numRuns: 3000},
    );
    for (const text of ['  __  __ ', ' / /_/ /', '+--+--+', '|a|b|c|', '─────', '-- é --', '😀😀😀😀', 'a-b-c-d-e-f', '\v\f-=-=']) {
      expect(isSymbolArt(text)).toBe(symbolArtByDefinition(text));
    }
    // Each blank is left out of the count: four of them and `ab-` would be text art if one counted as visible.
    for (const blank of [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u2003']) {
      expect(isSymbolArt(`${blank.repeat(4)}ab-`)).toBe(false);
      expect(isSymbolArt(`${blank.repeat(4)}ab-`)).toBe(symbolArtByDefinition(`${blank.repeat(4)}ab-`));
    }
  });
});
