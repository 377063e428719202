import type {Root, Table} from 'mdast';
import {visit} from '../mdast-util/visit';

/**
 * The `html` target: a column's alignment as Python-Markdown 3.4 writes it on
 * each of its cells, `style="text-align: left;"` (mdast-util-to-hast writes
 * the old `align` attribute), or `align="left"` with `tables`'
 * `use_align_attribute: true`. The Docusaurus target keeps `align`, which the
 * browser renders the same.
 */
export function tableAlignmentToHtml(tree: Root, useAlignAttribute: boolean): void {
  if (useAlignAttribute) return;
  visit(tree, 'table', (table: Table) => {
    const align = table.align ?? [];
    if (!align.some(Boolean)) return;
    for (const row of table.children) {
      row.children.forEach((cell, index) => {
        const value = align[index];
        if (!value) return;
        const data = (cell.data ??= {});
        data.hProperties = {...data.hProperties, align: undefined, style: `text-align: ${value};`};
      });
    }
  });
}
