/**
 * Space-aligned output (kubectl, docker, ps, df). Three readings, strictest
 * first; the first under which every row is clean wins:
 * 1. exact Go tabwriter output: labels 3+ apart, every cell starting at its
 *    label, so a one-space gap is always inside a label (`NOMINATED NODE`);
 * 2. gutters, the general method: right-aligned numbers (`  PID %CPU`),
 *    one-space columns (`df`), rows nudged where a gutter survives;
 * 3. each row on its own, for nudges that close every gutter.
 * Readings 2 and 3 accept a row only when it cannot be read another way.
 */
import {findWords, labelColumns, wordText} from './columns';
import {Gutters, MIN_LABEL_GAP} from './gutters';
import {mayBeHeader} from './header';
import {type Chars, type Grid, dedent, expandTabs} from './lines';
import {type Reading, cutAtGutters, cutNearLabels, cutTabwriter, readRows} from './rows';

/** The group as a space-aligned table, or undefined when it is not a clean one. */
export function readAligned(lines: string[]): Grid | undefined {
  if (lines.length < 2) return undefined;
  // The header's words decide first, before every line is expanded and dedented: most groups are no table.
  // Dedenting only takes spaces off the header's start, so its words are these.
  const first = expandTabs(lines[0]);
  if (!mayBeHeader(findWords(first).map((word) => wordText(first, word)))) return undefined;
  const [header, ...rows] = dedent([first, ...lines.slice(1).map(expandTabs)]);
  // Words one space apart over a single line (`Waiting for session... Done` over `successfully logged in as
  // <me@example.com>`): two lines of prose whose spaces happen to meet, not a header and its row. Labels one space
  // apart make a table only with two rows or more under them to confirm the columns.
  if (!/\S {2,}\S/.test(joined(header)) && rows.filter((row) => joined(row).trim() !== '').length < 2) return undefined;
  const words = findWords(header);
  const gutters = new Gutters(header, rows);
  const readings: (() => Reading | undefined)[] = [
    () => withColumns(gutters.tabwriterColumns(words), {cut: cutTabwriter, exact: true, oneSpaceColumns: false}),
    () => {
      const oneSpaceColumns = gutters.allowsOneSpaceColumns(words);
      const columns = gutters.gutterColumns(words, oneSpaceColumns);
      return withColumns(columns, {cut: cutAtGutters, exact: false, oneSpaceColumns});
    },
    () => withColumns(labelColumns(words, MIN_LABEL_GAP), {cut: cutNearLabels, exact: false, oneSpaceColumns: false}),
  ];
  for (const reading of readings) {
    const settled = reading();
    const grid = settled && readRows(header, rows, settled);
    if (grid) return grid;
  }
  return undefined;
}

function withColumns(columns: Reading['columns'] | undefined, rest: Omit<Reading, 'columns'>): Reading | undefined {
  return columns && {columns, ...rest};
}

function joined(chars: Chars): string {
  return typeof chars === 'string' ? chars : chars.join('');
}
