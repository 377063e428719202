import type {Table, TableCell, TableRow} from 'mdast';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import './token-types';

/**
 * Table tokens (`construct.ts`) become mdast-util-gfm-table's nodes
 * (`table`, `tableRow`, `tableCell`), so everything after the parse treats
 * them as GFM tables. Shaped as Python-Markdown builds the table: every row
 * has one cell per column (missing ones are empty, extra ones were never
 * made), and a table without body rows gets one empty row
 * (`_build_empty_row`).
 *
 * Code in a cell keeps `\|` as written (Python-Markdown's code spans are
 * literal): unlike GFM's `inTable`, nothing is unescaped.
 */
export function mkdocsTableFromMarkdown(): Extension {
  return {
    enter: {mkdocsTable: enterTable, mkdocsTableRow: enterRow, mkdocsTableCell: enterCell},
    exit: {mkdocsTable: exitTable, mkdocsTableRow: exitRow, mkdocsTableCell: exitCell, mkdocsTableExtraCells: exitExtraCells},
  };
}

function enterTable(this: CompileContext, token: Token): undefined {
  const node: Table = {type: 'table', align: [...(token._mkdocsTableAlign ?? [])], children: []};
  this.enter(node, token);
}

function exitTable(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as Table;
  if (node.children.length === 1) node.children.push(emptyRow(node));
  this.exit(token);
}

function enterRow(this: CompileContext, token: Token): undefined {
  const node: TableRow = {type: 'tableRow', children: []};
  this.enter(node, token);
}

function exitRow(this: CompileContext, token: Token): undefined {
  const row = this.stack[this.stack.length - 1] as TableRow;
  const table = this.stack[this.stack.length - 2] as Table;
  while (row.children.length < (table.align?.length ?? 0)) row.children.push({type: 'tableCell', children: []});
  this.exit(token);
}

function emptyRow(table: Table): TableRow {
  return {type: 'tableRow', children: (table.align ?? []).map((): TableCell => ({type: 'tableCell', children: []}))};
}

function enterCell(this: CompileContext, token: Token): undefined {
  const node: TableCell = {type: 'tableCell', children: []};
  this.enter(node, token);
}

function exitCell(this: CompileContext, token: Token): undefined {
  this.exit(token);
}

/**
 * What the table drops, kept on its row for the lint (`lint.ts`) and for writing the row back (`to-markdown.ts`): the
 * text of the cells past the header's columns (`3 | four`, the pipes around them left out), and where it is.
 */
export interface ExtraCells {
  text: string;
  position: {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}};
}

function exitExtraCells(this: CompileContext, token: Token): undefined {
  const row = this.stack[this.stack.length - 1] as TableRow;
  const extra: ExtraCells = {
    text: this.sliceSerialize(token).trim().replace(/^\|\s*/, '').replace(/\s*\|$/, ''),
    position: {
      start: {line: token.start.line, column: token.start.column, offset: token.start.offset},
      end: {line: token.end.line, column: token.end.column, offset: token.end.offset},
    },
  };
  (row.data as Record<string, unknown> | undefined) ?? (row.data = {});
  (row.data as Record<string, unknown>).mkdocsExtraCells = extra;
}
