/**
 * helm (gosuri/uitable) pads each cell with spaces and ends it with a TAB, so
 * when every line has TABs the TAB is the boundary whatever the widths. Cells
 * may hold spaces (`2024-01-02 10:11:12.123 +0100 CET`) and may be empty (a
 * chart without APP VERSION).
 */
import {isHeader} from './header';
import {type Grid, trimSpaces} from './lines';

/** The group as a TAB-separated table, or undefined to try aligned columns instead. */
export function readTabSeparated(lines: string[]): Grid | undefined {
  if (!lines.every((line) => line.includes('\t'))) return undefined;
  const indent = commonIndent(lines);
  const fields = lines.map((line) => line.slice(indent.length).split('\t').map(trimSpaces));
  // TABs used to line up hand-typed columns give rows of differing lengths
  // (`NAME\t\tREADY`); those read correctly once expanded, so leave them.
  if (fields.some((cells) => cells.length < 2 || cells.length !== fields[0].length)) return undefined;
  const [header, ...rows] = fields;
  if (rows.length === 0 || header.some((label) => label === '')) return undefined;
  if (!isHeader(header.map((label) => label.split(/ +/)))) return undefined;
  // An empty first cell is a continuation or stray line, not a row.
  if (rows.some((cells) => cells[0] === '')) return undefined;
  return {header, rows};
}

/** The leading white space every line starts with, compared as text. */
function commonIndent(lines: string[]): string {
  let indent = /^[ \t]*/.exec(lines[0])?.[0] ?? '';
  for (const line of lines) {
    while (!line.startsWith(indent)) indent = indent.slice(0, -1);
  }
  return indent;
}
