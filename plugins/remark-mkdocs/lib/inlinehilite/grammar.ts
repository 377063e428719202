/**
 * pymdownx.inlinehilite's reading of a code span (pymdownx 9.5
 * `BACKTICK_CODE_RE`): `#!lang code` or `:::lang code` (three or more colons),
 * the language made of word characters and `#.+-` (possibly none), then
 * whitespace and the code. The code is stripped, as pymdownx strips it.
 * `value` is the code span's content as CommonMark gives it (line endings are
 * already spaces). Undefined: no prefix, an ordinary code span.
 */
export function readInlineHilite(value: string): {language: string; code: string} | undefined {
  const match = PREFIX.exec(value);
  if (!match) return undefined;
  const code = match[2]!.trim();
  if (code === '') return undefined;
  return {language: match[1]!, code};
}

/** A code span without a prefix, as pymdownx reads it: language `''`, the code stripped. */
export function plainInlineHilite(value: string): {language: string; code: string} {
  return {language: '', code: value.trim()};
}

const PREFIX = /^(?::{3,}|#!)([\p{L}\p{N}_#.+-]*)\s+(.+)$/su;
