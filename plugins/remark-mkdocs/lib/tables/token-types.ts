import type {Align} from './grammar';

/** Token names of Python-Markdown tables, registered with micromark's type map so `effects.enter` accepts them. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** A whole table: its block's lines, up to a blank line. */
    mkdocsTable: 'mkdocsTable';
    /** The header row or a body row. */
    mkdocsTableRow: 'mkdocsTableRow';
    /** The separator row (`| --- | :-: |`), without the spaces around it. */
    mkdocsTableSeparator: 'mkdocsTableSeparator';
    /** A cell: the pipe before it, if any, and its text (a `chunkText`) with the spaces around it. */
    mkdocsTableCell: 'mkdocsTableCell';
    /** In a cell with text: the pipe before the text and the spaces, or the spaces and the pipe after it. */
    mkdocsTableCellPadding: 'mkdocsTableCellPadding';
    /** A border pipe (with the backslash pairs Python-Markdown drops before a trailing one). */
    mkdocsTableBorder: 'mkdocsTableBorder';
    /** Cells past the header's count, with the pipes between them: Python-Markdown drops them. */
    mkdocsTableExtraCells: 'mkdocsTableExtraCells';
    /** Spaces before or after a row. */
    mkdocsTableWhitespace: 'mkdocsTableWhitespace';
  }

  interface Token {
    /** On `mkdocsTable`: each column's alignment, from the separator row. */
    _mkdocsTableAlign?: Align[];
  }
}

export {};
