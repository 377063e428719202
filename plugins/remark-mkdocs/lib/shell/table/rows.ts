/**
 * Rows cut into cells, three ways (one per reading of the table), and the
 * checks every reading shares. A cell is a span of positions in its row.
 */
import {type Column, NUDGE_TOLERANCE, headerLabels, labelEnd, labelStart} from './columns';
import {TABWRITER_PADDING} from './gutters';
import {type Chars, type Grid, sliceTrimmed, trimmedRange} from './lines';

/** Positions [start, end) of a row. */
interface Span {
  start: number;
  end: number;
}

/** A non-empty cell's span; undefined for an empty cell. */
type Cell = Span | undefined;

type CutRow = (chars: Chars, columns: Column[]) => Cell[] | undefined;

export interface Reading {
  columns: Column[];
  cut: CutRow;
  /** Exact tabwriter output: nothing was nudged, no ambiguity to weigh. */
  exact: boolean;
  /** Columns one space apart are proven (ps, df). */
  oneSpaceColumns: boolean;
}

/** The table under one reading, or undefined when a row does not fit it cleanly. */
export function readRows(header: Chars, rows: Chars[], reading: Reading): Grid | undefined {
  const labels = headerLabels(header, reading.columns);
  if (!labels) return undefined;
  const grid: Grid = {header: labels, rows: []};
  for (const chars of rows) {
    const cells = reading.cut(chars, reading.columns);
    if (!cells || !cleanRow(chars, cells)) return undefined;
    if (!reading.exact && !unambiguous(chars, cells, reading)) return undefined;
    grid.rows.push(cells.map((cell) => (cell ? sliceTrimmed(chars, cell.start, cell.end) : '')));
  }
  return grid;
}

/** Tabwriter: a cell starts at its column and leaves the padding before the next one free. */
export const cutTabwriter: CutRow = (chars, columns) =>
  sliceCells(
    chars,
    columns,
    (column, next, cell) => cell.start === column.start && (!next || cell.end <= next.start - TABWRITER_PADDING),
  );

/**
 * Gutters: a cell sits near its label's start (left-aligned, maybe nudged) or
 * near its end (right-aligned); text farther off may be a neighbour's, as when
 * one row's cell leans right and another row's next cell leans left.
 */
export const cutAtGutters: CutRow = (chars, columns) =>
  sliceCells(
    chars,
    columns,
    (column, _next, cell) => near(cell.start, labelStart(column)) || near(cell.end, labelEnd(column)),
  );

/**
 * Each row on its own, for nudges that close every gutter: runs of text
 * separated by 2+ spaces (one space stays inside a cell: `2 (4m ago)`), each
 * starting near exactly one label, in order, ending before the next label's
 * reach.
 */
export const cutNearLabels: CutRow = (chars, columns) => {
  const cells: Cell[] = columns.map(() => undefined);
  let from = 0;
  for (const run of findRuns(chars)) {
    const index = columnNear(columns, run.start, from);
    if (index === undefined) return undefined;
    // A cell leans right by the tolerance at most, so it ends a space before the next label's reach.
    const next = columns[index + 1];
    if (next && run.end > labelStart(next) - NUDGE_TOLERANCE + 1) return undefined;
    cells[index] = run;
    from = index + 1;
  }
  return cells;
};

function sliceCells(
  chars: Chars,
  columns: Column[],
  fits: (column: Column, next: Column | undefined, cell: Span) => boolean,
): Cell[] | undefined {
  const cells: Cell[] = [];
  for (const [index, column] of columns.entries()) {
    const next = columns[index + 1];
    const [start, end] = trimmedRange(chars, column.start, next?.start ?? chars.length);
    const cell = start < end ? {start, end} : undefined;
    if (cell && !fits(column, next, cell)) return undefined;
    cells.push(cell);
  }
  return cells;
}

function near(position: number, target: number): boolean {
  return Math.abs(position - target) <= NUDGE_TOLERANCE;
}

/** The one column at or after `from` whose label starts within reach of `start`. */
function columnNear(columns: Column[], start: number, from: number): number | undefined {
  let found: number | undefined;
  for (let index = from; index < columns.length && labelStart(columns[index]) <= start + NUDGE_TOLERANCE; index++) {
    if (!near(start, labelStart(columns[index]))) continue;
    if (found !== undefined) return undefined;
    found = index;
  }
  return found;
}

/** Runs of text, a single space kept inside a run. */
function findRuns(chars: Chars): Span[] {
  const runs: Span[] = [];
  let index = 0;
  while (index < chars.length) {
    if (chars[index] === ' ') {
      index++;
      continue;
    }
    const start = index;
    while (index < chars.length && (chars[index] !== ' ' || (chars[index + 1] ?? ' ') !== ' ')) index++;
    runs.push({start, end: index});
  }
  return runs;
}

/**
 * A row needs its first and last cell (a shorter line is a wrapped or stray
 * one), and no cell may hold a run of spaces: that is a gap the header has no
 * column for, such as a column the header lacks or a cell in the wrong column.
 */
function cleanRow(chars: Chars, cells: Cell[]): boolean {
  if (!cells[0] || !cells[cells.length - 1]) return false;
  return cells.every((cell) => !cell || !hasDoubleSpace(chars, cell.start, cell.end));
}

function hasDoubleSpace(chars: Chars, start: number, end: number): boolean {
  for (let position = start + 1; position < end; position++) {
    if (chars[position] === ' ' && chars[position - 1] === ' ') return true;
  }
  return false;
}

/**
 * Once cells may be nudged, text can read two ways; then give up:
 * - a cell starting within reach of a neighbour's label may be the
 *   neighbour's, when that neighbour is empty (or, on the right, its cell one
 *   space away in a table without one-space columns, so the two would read as
 *   one);
 * - likewise a word after a space inside a cell, within reach of the next
 *   column's label, may start that column's cell nudged left;
 * - two cells one space apart may be one cell, unless the table has proven
 *   one-space columns (ps, df), the right one starts exactly at its label
 *   (helm's TAB-padded output once expanded), or it is the last column (which
 *   is never empty).
 */
function unambiguous(chars: Chars, cells: Cell[], reading: Reading): boolean {
  const {columns} = reading;
  let previous: Cell;
  for (const [index, cell] of cells.entries()) {
    if (!cell) continue;
    const before = columns[index - 1];
    const after = columns[index + 1];
    if (before && !cells[index - 1] && near(cell.start, labelStart(before))) return false;
    const next = cells[index + 1];
    // The next column is free for this text: empty, or its cell one space on
    // where one space does not separate columns (they would read as one).
    const joinsNext = after && (!next || (next.start - cell.end === 1 && !reading.oneSpaceColumns));
    if (joinsNext && near(cell.start, labelStart(after))) return false;
    if (joinsNext && lastWordStart(chars, cell) >= labelStart(after) - NUDGE_TOLERANCE) return false;
    const oneSpaceApart = previous !== undefined && cell.start - previous.end === 1;
    if (oneSpaceApart && !reading.oneSpaceColumns && cell.start !== labelStart(columns[index]) && after) return false;
    previous = cell;
  }
  return true;
}

/** Start of the last word after a space inside a cell; -Infinity when the cell is one word. */
function lastWordStart(chars: Chars, cell: Span): number {
  for (let position = cell.end - 1; position > cell.start; position--) if (chars[position - 1] === ' ') return position;
  return -Infinity;
}
