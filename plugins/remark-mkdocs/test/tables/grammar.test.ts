/**
 * The table grammar (lib/tables/grammar.ts) against Python-Markdown's own
 * `TableProcessor` (the oracle's, run by split-rows.py): random rows of
 * pipes, backticks, backslashes, spaces and words split into the same cells,
 * with and without a border, and random blocks are tables (with the same
 * border and alignment) exactly when Python-Markdown says so. Seeded
 * (`FC_SEED`), `FC_RUNS` rows and blocks.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {readTableStart, splitRow, type TableHead} from '../../lib/tables/grammar';
import {oracleAvailable, PYTHON} from '../oracle/oracle';

const SEED = Number(process.env.FC_SEED ?? 20251126);
const RUNS = Number(process.env.FC_RUNS ?? 2000);
const SCRIPT = path.join(import.meta.dirname, 'split-rows.py');

const piece = fc.constantFrom('|', '|', '`', '``', '```', '\\', '\\\\', '\\|', '\\`', ' ', '  ', 'a', 'b c', ':', '-', '---', ':-:');
const row = fc.array(piece, {maxLength: 14}).map((parts) => parts.join(''));
const separatorRow = fc.array(fc.constantFrom('|', ' ', '-', '---', ':', ':-', '-:', '\\|', '`'), {minLength: 1, maxLength: 8}).map((parts) => parts.join(''));
const bordered = (cells: string[], left: boolean, right: boolean): string => `${left ? '|' : ''}${cells.join('|')}${right ? '|' : ''}`;
/** Anything, or a header of random cells over a separator with as many cells (which a pipe in code may make one too many). */
const block = fc.oneof(
  fc.tuple(row, separatorRow, fc.array(row, {maxLength: 3})).map(([header, separator, rows]) => [header, separator, ...rows]),
  fc
    .tuple(fc.array(row, {minLength: 1, maxLength: 4}), fc.boolean(), fc.boolean(), fc.array(fc.constantFrom('---', ':--', '--:', ':-:', ' - ', ' ', '-'), {minLength: 4, maxLength: 4}), fc.array(row, {maxLength: 3}))
    .map(([cells, left, right, separators, rows]) => [bordered(cells, left, right), bordered(separators.slice(0, cells.length), left, right), ...rows]),
).map((lines) => lines.filter((line) => line.trim() !== '').join('\n'));

/** A block as the construct reads it: its lines, all at once. */
function tableOf(text: string): TableHead | null {
  const verdict = readTableStart(text.split('\n'), true);
  return verdict.kind === 'table' ? verdict.head : null;
}

describe('table grammar against Python-Markdown', () => {
  const status = oracleAvailable();
  it('has the oracle', () => expect(status.available, status.available ? '' : status.reason).toBe(true));
  if (!status.available) return;
  const rows = fc.sample(row, {seed: SEED, numRuns: RUNS});
  const blocks = fc.sample(block, {seed: SEED, numRuns: RUNS}).filter((text) => text.trim() !== '');
  const result = spawnSync(PYTHON, [SCRIPT], {input: JSON.stringify({rows, blocks}), encoding: 'utf8', maxBuffer: 1 << 28});
  const oracle = JSON.parse(result.stdout) as {rows: [string[], string[]][]; blocks: (TableHead | null)[]};

  it(`splits ${rows.length} rows into the same cells (FC_SEED=${SEED})`, () => {
    const wrong = rows.flatMap((line, index) =>
      [false, true].flatMap((border, which) => {
        const cells = splitRow(line, border).cells.map((cell) => line.slice(cell.start, cell.end));
        const theirs = oracle.rows[index]![which]!;
        return JSON.stringify(cells) === JSON.stringify(theirs) ? [] : [`${JSON.stringify(line)} border=${border}: ours ${JSON.stringify(cells)}, python ${JSON.stringify(theirs)}`];
      }),
    );
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it(`finds the same tables in ${blocks.length} blocks (FC_SEED=${SEED})`, () => {
    const wrong = blocks.flatMap((text, index) => {
      const ours = tableOf(text);
      const theirs = oracle.blocks[index] ?? null;
      return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [`${JSON.stringify(text)}: ours ${JSON.stringify(ours)}, python ${JSON.stringify(theirs)}`];
    });
    expect(wrong.slice(0, 10)).toEqual([]);
    // The generator must keep making tables (one-column ones among them), or agreement means little.
    const tables = blocks.map(tableOf).filter((head) => head !== null);
    expect(tables.length).toBeGreaterThan(blocks.length / 20);
    expect(tables.some((head) => head.align.length === 1)).toBe(true);
  });
});
