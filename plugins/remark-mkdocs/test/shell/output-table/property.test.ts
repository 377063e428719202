/**
 * Property tests: random kubectl-like tables through a Go-tabwriter renderer
 * come back cell for cell; nudged and damaged renderings come back exact or
 * not at all (never a wrong table). Seeded by fast-check; a failure prints the
 * seed and the shrunk table. `PROPERTY_RUNS=100000` runs a longer campaign.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseOutputTables} from '../../../lib/shell/output-table';
import {renderTabwriter} from './tabwriter';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

interface Table {
  header: string[];
  rows: string[][];
}

const word = fc.stringMatching(/^[A-Z][A-Z-]{0,9}$/);
const joined = <T extends string>(part: fc.Arbitrary<T>) => fc.tuple(part, part).map((pair) => pair.join(' '));
const label = fc.oneof({weight: 3, arbitrary: word}, {weight: 1, arbitrary: joined(word)});
const token = fc.stringMatching(/^[a-z0-9./:-]{1,10}$/);
const cell = fc.oneof({weight: 4, arbitrary: token}, {weight: 1, arbitrary: joined(token)});
// Middle columns are sometimes empty (an ingress without ADDRESS).
const middleCell = fc.oneof({weight: 5, arbitrary: cell}, {weight: 1, arbitrary: fc.constant('')});

/** A row of dashes alone right under the header is the header's rule (`-----  ---`, the Azure CLI's), not a row. */
const isRule = (row: string[]) => row.every((cell) => /^-*$/.test(cell));

/**
 * 2–9 columns, 1–10 rows. Nothing else is excluded: rendered by tabwriter,
 * every such table reads back unambiguously (labels 3+ apart, a one-space gap
 * always inside a label, every cell starting at its column).
 */
const table: fc.Arbitrary<Table> = fc.integer({min: 2, max: 9}).chain((columns) =>
  fc.record({
    header: fc.array(label, {minLength: columns, maxLength: columns}),
    rows: fc.array(
      fc
        .tuple(cell, fc.array(middleCell, {minLength: columns - 2, maxLength: columns - 2}), cell)
        .map(([first, middle, last]) => [first, ...middle, last]),
      {minLength: 1, maxLength: 10},
    ),
  }).filter(({rows}) => !isRule(rows[0]!)),
);

function render({header, rows}: Table): string {
  return renderTabwriter([header, ...rows]);
}

describe('parseOutputTables on tabwriter output', () => {
  it(`reads every random table back exactly (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(table, (source) => {
        expect(parseOutputTables(render(source))).toEqual([{...source, line: 1}]);
      }),
      {numRuns: RUNS},
    );
  });

  it('reads several tables separated by blank lines, with their header lines', () => {
    fc.assert(
      fc.property(fc.array(table, {minLength: 2, maxLength: 4}), (sources) => {
        const lines = sources.map((source) => source.rows.length + 1);
        const starts = lines.map((_, index) => 1 + lines.slice(0, index).reduce((sum, count) => sum + count + 1, 0));
        const expected = sources.map((source, index) => ({...source, line: starts[index]}));
        expect(parseOutputTables(sources.map(render).join('\n\n'))).toEqual(expected);
      }),
      {numRuns: RUNS / 4},
    );
  });
});

describe('never a wrong table', () => {
  /**
   * An author nudges cells: in some rows, the text from one cell (not the
   * first, not empty) to the end of the line moves 1 or 2 columns right, or
   * left over spaces while keeping one. One nudge per row, so no cell ends up
   * more than 2 columns from where tabwriter put it. The result must be the
   * original table or undefined.
   */
  const nudge = fc.record({column: fc.nat(), delta: fc.constantFrom(-2, -1, 1, 2)});
  const nudges = fc.array(fc.option(nudge, {nil: undefined}), {minLength: 10, maxLength: 10});

  it(`hand-shifted rows read exactly or not at all (${RUNS} runs)`, () => {
    let exact = 0;
    fc.assert(
      fc.property(table, nudges, (source, perRow) => {
        const lines = render(source).split('\n');
        source.rows.forEach((cells, row) => {
          const nudge = perRow[row];
          if (nudge) lines[row + 1] = shiftCell(lines[row + 1], cells, nudge.column % cells.length, nudge.delta);
        });
        const tables = parseOutputTables(lines.join('\n'));
        if (tables !== undefined) {
          expect(tables).toEqual([{...source, line: 1}]);
          exact++;
        }
      }),
      {numRuns: RUNS},
    );
    // Most nudges stay readable; the rest fall back to plain text.
    expect(exact).toBeGreaterThan(RUNS / 2);
  });

  it(`damaged output keeps every word of every line, in order, when it reads (${RUNS} runs)`, () => {
    const edit = fc.record({
      line: fc.nat(),
      at: fc.nat(),
      insert: fc.constantFrom(' ', '  ', '\t', 'x', ''),
      remove: fc.nat({max: 3}),
    });
    fc.assert(
      fc.property(table, fc.array(edit, {minLength: 1, maxLength: 5}), (source, edits) => {
        const lines = render(source).split('\n');
        for (const {line, at, insert, remove} of edits) {
          const index = line % lines.length;
          const position = at % (lines[index].length + 1);
          lines[index] = lines[index].slice(0, position) + insert + lines[index].slice(position + remove);
        }
        const tables = parseOutputTables(lines.join('\n'));
        if (tables === undefined) return;
        // A line of dashes right under a header is its rule, not a row (damage can make one: `a-` losing its `a`).
        const headers = new Set(tables.map((parsed) => parsed.line - 1));
        const nonBlank = lines.filter((line, index) => line.trim() !== '' && !(headers.has(index - 1) && line.split(/[ \t]+/).filter(Boolean).every((text) => /^[-=]+$/.test(text))));
        const read = tables.flatMap((parsed) => [parsed.header, ...parsed.rows]);
        expect(read.map(words)).toEqual(nonBlank.map((line) => line.split(/[ \t]+/).filter(Boolean)));
      }),
      {numRuns: RUNS},
    );
  });
});

/** The words of a row's cells, in order. */
function words(cells: string[]): string[] {
  return cells.flatMap((cell) => cell.split(/[ \t]+/).filter(Boolean));
}

/**
 * Move a row's cell `column` and everything after it by `delta` columns.
 * An empty cell or the first column is left alone (nothing to nudge).
 */
function shiftCell(line: string, cells: string[], column: number, delta: number): string {
  if (column === 0 || cells[column] === '') return line;
  const start = cellStart(cells, column, line);
  if (delta > 0) return line.slice(0, start) + ' '.repeat(delta) + line.slice(start);
  const before = line.slice(0, start);
  // Keep at least one space in front of the cell.
  const removable = Math.min(-delta, before.length - before.trimEnd().length - 1);
  return removable > 0 ? line.slice(0, start - removable) + line.slice(start) : line;
}

/** Where the cell starts: the cells' texts found left to right. */
function cellStart(cells: string[], column: number, line: string): number {
  let from = 0;
  for (let index = 0; index < column; index++) {
    if (cells[index] !== '') from = line.indexOf(cells[index], from) + cells[index].length;
  }
  return line.indexOf(cells[column], from);
}
