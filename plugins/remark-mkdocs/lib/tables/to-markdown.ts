import type {ExtraCells} from './from-markdown';
import type {Table, TableCell} from 'mdast';
import type {Handle, Options, State} from 'mdast-util-to-markdown';
import type {Align} from './grammar';

declare module 'mdast-util-to-markdown' {
  interface ConstructNameMap {
    /** A cell of a Python-Markdown table: a `|` in its text is escaped. */
    mkdocsTableCell: 'mkdocsTableCell';
  }
}

/**
 * mdast-util-to-markdown handlers, so remark-stringify writes tables back as
 * Python-Markdown reads them: one line per row between border pipes, the
 * separator row after the header. A `|` or a backtick in a cell's text is
 * escaped; a `|` in its code is not (Python-Markdown does not split a row inside a code span,
 * and its code spans keep a backslash).
 */
export function mkdocsTableToMarkdown(): Options {
  return {
    handlers: {table: handleTable},
    // A backtick in a cell's text too: two would pair and make the pipes between them code.
    unsafe: [
      {character: '|', inConstruct: 'mkdocsTableCell'},
      {character: '`', inConstruct: 'mkdocsTableCell'},
    ],
  };
}

const handleTable: Handle = function (node: Table, _parent, state) {
  const align = node.align ?? [];
  // Cells past the header's columns, which the table does not show, are written back as the author wrote them.
  const extra = (row: Table['children'][number]) => {
    const cells = (row.data as {mkdocsExtraCells?: ExtraCells} | undefined)?.mkdocsExtraCells;
    return cells ? ` | ${cells.text}` : '';
  };
  const rows = node.children.map((row) => `| ${row.children.map((cell) => cellText(cell, state)).join(' | ')}${extra(row)} |`);
  const separator = `| ${align.map(separatorCell).join(' | ')} |`;
  return [rows[0] ?? '', separator, ...rows.slice(1)].join('\n');
};

function cellText(cell: TableCell, state: State): string {
  const exit = state.enter('mkdocsTableCell');
  const value = state.containerPhrasing(cell, {before: '|', after: '|', now: {line: 1, column: 1}, lineShift: 0});
  exit();
  return value;
}

function separatorCell(align: Align | undefined): string {
  return align === 'center' ? ':-:' : align === 'left' ? ':--' : align === 'right' ? '--:' : '---';
}
