import type {ParseContext} from 'micromark-util-types';
import {perParse} from '../micromark-util/per-parse';

/**
 * How deep boxes (`!!!`, `???`, `===`) may nest. Each level's body is parsed
 * as a nested document, so every line is tokenized once per box around it:
 * parse time grows with depth × size, and a 5,000-deep nest (each level
 * indented 4 more: 50 MB) would never finish. Past this depth a header is not
 * a box: it stays text of the box around it (nothing is dropped) and
 * `mkdocs-nesting-limit` says so. Material sets no limit, but no lesson comes
 * near it: browsers cap the DOM tree (Chromium's HTML parser at 512
 * elements), and deep React trees overflow the stack long before that.
 * Chosen by measurement (`npm run bench`, `bench/pathological.ts`).
 */
export const MAX_BOX_DEPTH = 32;

/** Per parse: for each line, how many boxes hold it in their body. */
const depths = perParse(() => new Map<number, number>());

/**
 * How many boxes hold `line` in their body, as far as tokenized. Enough for a
 * box starting on `line`: a box notes a line before it hands it to its body's
 * tokenizer, so the enclosing boxes have all noted it by then.
 */
export function boxDepthAt(parser: ParseContext, line: number): number {
  return depths.get(parser)?.get(line) ?? 0;
}

/** A box `depth` deep takes `line` into its body. */
export function noteBodyLine(parser: ParseContext, line: number, depth: number): void {
  const lines = depths.of(parser);
  if ((lines.get(line) ?? 0) < depth) lines.set(line, depth);
}
