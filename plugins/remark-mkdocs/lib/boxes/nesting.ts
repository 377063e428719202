import {nestingDepth} from '../micromark-util/nesting-depth';

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

const boxes = nestingDepth();

/** How many boxes hold `line` in their body, as far as tokenized (`NestingDepth.at`). */
export const boxDepthAt = boxes.at;

/** A box `depth` deep takes `line` into its body. */
export const noteBodyLine = boxes.note;
