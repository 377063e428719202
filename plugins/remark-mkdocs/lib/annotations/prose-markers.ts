import type {Text} from 'mdast';
import type {VFile} from 'vfile';
import {verbatimIn} from '../mdast-util/text-place';

/**
 * Annotation markers in prose: Material's `/(\(\d+\))(!)?/` over every text
 * node of an annotated block (its `annotation/list/index.ts`). Not anchored,
 * so `f(1)` holds a marker too, as in Material. Only text nodes are scanned:
 * inline code, code blocks, raw HTML and URLs are other node types or
 * attributes, so they never hold markers.
 */

export interface ProseMarker {
  /** 1-based list position the marker points at (`(01)` is 1, as CSS `nth-child(01)` is). */
  n: number;
  /** Offsets of the marker in the text node's value, `!` included. */
  start: number;
  end: number;
}

/** Every marker in the text node, in order, except those written with escapes or character references (`\(1)`). */
export function findProseMarkers(file: VFile, node: Text): ProseMarker[] {
  const value = node.value;
  const markers: ProseMarker[] = [];
  const verbatim = verbatimIn(file, node);
  let at = value.indexOf('(');
  while (at !== -1) {
    const marker = markerAt(value, at);
    if (marker) {
      if (verbatim(marker.start, marker.end)) {
        markers.push(marker);
        at = value.indexOf('(', marker.end);
        continue;
      }
    }
    at = value.indexOf('(', at + 1);
  }
  return markers;
}

/** `(digits)` with an optional `!` at `start` (which holds `(`). */
function markerAt(value: string, start: number): ProseMarker | undefined {
  let end = start + 1;
  while (end < value.length && isAsciiDigit(value.charCodeAt(end))) end++;
  if (end === start + 1 || value[end] !== ')') return undefined;
  const n = Number(value.slice(start + 1, end));
  end++;
  // Material's `(N)!` form; in prose the `!` is part of the marker, not text.
  if (value[end] === '!') end++;
  return {n, start, end};
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
