/**
 * Our EditMap (installed over upstream's through package.json `overrides`)
 * must edit events exactly as upstream does, and must be what micromark uses.
 * Its point, linear time where upstream is quadratic, is measured by
 * `npm run bench` (pathological "unclosed fences"), not timed here.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import {micromark} from 'micromark';
import type {Event} from 'micromark-util-types';
import {EditMap} from 'micromark-util-edit-map';
import {describe, expect, test} from 'vitest';

const packageDir = path.resolve(__dirname, '..');
const require = createRequire(__filename);

/** Stand-in events: the map never looks inside them, so labelled numbers will do. */
const events = (labels: readonly number[]): Event[] => labels as unknown as Event[];

interface Edit {
  at: number;
  remove: number;
  add: number[];
  before: boolean;
}

/** Upstream's meaning for edits that do not overlap: splice each, last index first, merged per index. */
function reference(list: readonly number[], edits: readonly Edit[]): number[] {
  const merged = new Map<number, {remove: number; add: number[]}>();
  for (const edit of edits) {
    if (edit.remove === 0 && edit.add.length === 0) continue;
    const entry = merged.get(edit.at) ?? {remove: 0, add: []};
    entry.remove += edit.remove;
    entry.add = edit.before ? [...edit.add, ...entry.add] : [...entry.add, ...edit.add];
    merged.set(edit.at, entry);
  }
  const result = [...list];
  for (const [at, {remove, add}] of [...merged].sort((a, b) => b[0] - a[0])) result.splice(at, remove, ...add);
  return result;
}

function apply(list: readonly number[], edits: readonly Edit[]): number[] {
  const map = new EditMap();
  for (const edit of edits) (edit.before ? map.addBefore : map.add).call(map, edit.at, edit.remove, events(edit.add));
  const target = events([...list]);
  map.consume(target);
  return target as unknown as number[];
}

/** A list 0..n-1 and edits whose removals end before the next edited index (as micromark's edits do). */
const listAndEdits = fc.integer({min: 0, max: 60}).chain((length) =>
  fc
    .array(
      fc.record({
        at: fc.integer({min: 0, max: length}),
        remove: fc.integer({min: 0, max: 4}),
        add: fc.array(fc.integer({min: 1000, max: 1100}), {maxLength: 4}),
        before: fc.boolean(),
      }),
      {maxLength: 8},
    )
    .map((raw) => {
      const list = Array.from({length}, (_, i) => i);
      const indices = [...new Set(raw.map((edit) => edit.at))].sort((a, b) => a - b);
      // Clamp each removal so it stops at the next edited index and at the list's end.
      const room = new Map(indices.map((at, i) => [at, (indices[i + 1] ?? length) - at]));
      const used = new Map<number, number>();
      const edits = raw.map((edit) => {
        const left = room.get(edit.at)! - (used.get(edit.at) ?? 0);
        const remove = Math.min(edit.remove, left);
        used.set(edit.at, (used.get(edit.at) ?? 0) + remove);
        return {...edit, remove};
      });
      return {list, edits};
    }),
);

describe('EditMap', () => {
  test('is the package micromark and micromark-core-commonmark load (the override is in effect)', () => {
    const ours = fs.realpathSync(path.join(packageDir, 'index.js'));
    for (const dependent of ['micromark', 'micromark-core-commonmark']) {
      const fromDependent = createRequire(require.resolve(dependent));
      expect(fs.realpathSync(fromDependent.resolve('micromark-util-edit-map'))).toBe(ours);
    }
  });

  test('applies edits as splices from the last index to the first (property)', () => {
    fc.assert(
      fc.property(listAndEdits, ({list, edits}) => {
        expect(apply(list, edits)).toEqual(reference(list, edits));
      }),
      {numRuns: 2000},
    );
  });

  test('merges edits at one index: removals add up, add appends, addBefore prepends', () => {
    const edits: Edit[] = [
      {at: 2, remove: 1, add: [100], before: false},
      {at: 2, remove: 1, add: [101], before: false},
      {at: 2, remove: 0, add: [99], before: true},
    ];
    expect(apply([0, 1, 2, 3, 4, 5], edits)).toEqual([0, 1, 99, 100, 101, 4, 5]);
  });

  test('a removal running past the next edit keeps that edit and resumes after its own removal (as upstream)', () => {
    // Upstream: inserts at 1 and 3 both land; copying resumes at 3 + 1 = 4.
    const edits: Edit[] = [
      {at: 1, remove: 5, add: [100], before: false},
      {at: 3, remove: 1, add: [101], before: false},
    ];
    expect(apply([0, 1, 2, 3, 4, 5, 6, 7], edits)).toEqual([0, 100, 101, 4, 5, 6, 7]);
  });

  test('consumes nothing when empty, and forgets its edits after consuming', () => {
    const map = new EditMap();
    const list = events([0, 1, 2]);
    map.consume(list);
    expect(list).toEqual([0, 1, 2]);
    map.add(0, 1, events([9]));
    map.consume(list);
    expect(list).toEqual([9, 1, 2]);
    map.consume(list);
    expect(list).toEqual([9, 1, 2]);
    expect(map.map).toEqual([]);
  });

  test('micromark with it still renders every CommonMark spec example as the spec says', () => {
    // commonmark-spec is CommonJS and ships no types: {tests: [{markdown, html}]}; `→` stands for a tab.
    const {tests} = require('commonmark-spec') as {tests: {markdown: string; html: string; number: number}[]};
    const tab = (text: string) => text.replaceAll('→', '\t');
    const differing = tests
      .filter((example) => micromark(tab(example.markdown), {allowDangerousHtml: true, allowDangerousProtocol: true}) !== tab(example.html))
      .map((example) => example.number);
    expect(tests.length).toBeGreaterThan(600);
    expect(differing).toEqual([]);
  });
});
