import type {Event} from 'micromark-util-types';
import {types} from 'micromark-util-symbol';

/**
 * Columns of indentation before the current position, as the last event (a
 * `linePrefix`) took them: flow lets 0–3 spaces precede a construct, and a
 * tab counts to the next tab stop (virtual spaces included).
 */
export function linePrefixWidth(events: Event[]): number {
  const tail = events[events.length - 1];
  return tail && tail[1].type === types.linePrefix ? tail[2].sliceSerialize(tail[1], true).length : 0;
}
