import type {Event} from 'micromark-util-types';

/** One edit: at `[0]`, remove `[1]` events, insert `[2]`. */
export type Change = [number, number, Array<Event>];

/** The upstream `micromark-util-edit-map@1.0.0` interface, unchanged. */
export class EditMap {
  /** Edits by index, so `add` at an index already edited merges in O(1). */
  index: Map<number, Change>;
  /** The edits, in the order they were added (sorted by `consume`). */
  map: Array<Change>;
  /** Remove `remove` events at `index` and insert `add` there (after earlier additions at the same index). */
  add(index: number, remove: number, add: Array<Event>): undefined;
  /** As `add`, but `add` goes before earlier additions at the same index. */
  addBefore(index: number, remove: number, add: Array<Event>): undefined;
  /** Apply every edit to `events` in place and forget them. */
  consume(events: Array<Event>): undefined;
}
