import type {Root, Table} from 'mdast';
import type {VFile} from 'vfile';
import {report} from '../messages';
import {visit} from '../mdast-util/visit';
import type {ExtraCells} from './from-markdown';

/**
 * A row with more cells than the header: Python-Markdown drops the cells past the header's columns, and so does the
 * table here. The author is told what is not shown, and where.
 */
export function lintTables(tree: Root, file: VFile): void {
  visit(tree, 'table', (node) => {
    const table = node as Table;
    const columns = table.align?.length ?? 0;
    for (const row of table.children) {
      const extra = (row.data as {mkdocsExtraCells?: ExtraCells} | undefined)?.mkdocsExtraCells;
      if (!extra) continue;
      const text = extra.text;
      report(
        file,
        'mkdocs-table-cells',
        `Unexpected cells after the header's ${columns} column${columns === 1 ? '' : 's'} (\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\`), expected at most ${columns} a row: MkDocs drops them, and so does this page`,
        extra.position,
      );
    }
  });
}
