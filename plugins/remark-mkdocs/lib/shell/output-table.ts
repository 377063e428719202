/**
 * Sample output fenced as `bash` (`kubectl get pods -o wide`, `docker ps`,
 * `helm list`, `ps aux`, `df -h`) read into tables with every cell exact.
 * Anything that does not read cleanly stays plain text: a wrong table is
 * worse than none. The method is in table/aligned.ts; background in the
 * project notes, "Parsing aligned output into tables".
 */
import {readAligned} from './table/aligned';
import {type Grid, groupLines} from './table/lines';
import {isLowerCase} from './table/header';
import {readTabSeparated} from './table/tab-separated';

export interface OutputTable {
  header: string[];
  rows: string[][];
  /** 1-based line in the input where this table's header is */
  line: number;
}

/**
 * All tables in a block of sample output, or undefined when any non-blank part
 * of it is not a clean table. Blank lines separate tables (`kubectl get all`);
 * a block with no text at all has no tables and is undefined too, since the
 * caller asks whether the block *is* tabular output.
 */
export function parseOutputTables(text: string): OutputTable[] | undefined {
  const groups = groupLines(text);
  if (groups.length === 0) return undefined;
  const tables: OutputTable[] = [];
  for (const group of groups) {
    const grid = readGroup(group.map((line) => line.text));
    if (!grid) return undefined;
    tables.push({header: grid.header, rows: grid.rows, line: group[0].line});
  }
  return tables;
}

/** TAB-separated when every line has TABs (helm), else aligned with spaces. */
function readGroup(lines: string[]): Grid | undefined {
  const grid = readTabSeparated(lines) ?? readAligned(lines);
  if (grid && isLowerCase(grid.header) && !numberColumn(grid)) return undefined;
  return grid && withoutSeparator(grid);
}

/**
 * A column of numbers in every row (`count`, `avg_ms`): what makes field names in lower case a query's result, not
 * lines of words that happen to line up (`cd project` over `make build`).
 */
function numberColumn(grid: Grid): boolean {
  const rows = grid.rows.filter((row) => !row.every((cell) => cell === '' || /^[-=]+(?:[ \t]+[-=]+)*$/.test(cell)));
  return rows.length > 0 && grid.header.some((_label, column) => rows.every((row) => /^-?\d[\d,]*(?:\.\d+)?%?$/.test(row[column] ?? '')));
}

/**
 * A rule under the header (`-------------  ----------`, the Azure CLI's `-o table`, or `=====`): part of the
 * header, not its first row. Read as a row it marks each column's extent, so the columns are found with it; then it
 * is dropped.
 */
function withoutSeparator(grid: Grid): Grid {
  const first = grid.rows[0];
  if (!first || !first.every((cell) => cell === '' || /^[-=]+(?:[ \t]+[-=]+)*$/.test(cell))) return grid;
  return {header: grid.header, rows: grid.rows.slice(1)};
}
