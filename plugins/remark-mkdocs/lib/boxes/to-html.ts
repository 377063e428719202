import type {Paragraph, Root} from 'mdast';
import {visit} from '../mdast-util/visit';
import {boxBody, boxTitle, isBox, type BoxNode} from './nodes';

/**
 * Boxes → the HTML MkDocs emits, through mdast-util-to-hast's `data.hName`:
 * `<div class="admonition type …"><p class="admonition-title">…</p>…</div>`
 * and `<details class="type …" open><summary>…</summary>…</details>`.
 */
export function boxesToHtml(tree: Root): void {
  visit(tree, isBox, (node: BoxNode) => {
    const {kind, classes, open} = node.data.mkdocs;
    const title = boxTitle(node);
    const body = boxBody(node);
    if (kind === 'admonition') {
      node.data.hName = 'div';
      node.data.hProperties = {className: ['admonition', ...classes]};
      node.children = title ? [titleParagraph('p', title, {className: ['admonition-title']}), ...body] : body;
    } else {
      node.data.hName = 'details';
      node.data.hProperties = {className: classes.length > 0 ? classes : undefined, open: open || undefined};
      node.children = [titleParagraph('summary', title ?? [], {}), ...body];
    }
  });
}

function titleParagraph(hName: string, children: Paragraph['children'], hProperties: Record<string, unknown>): Paragraph {
  return {type: 'paragraph', data: {hName, hProperties: hProperties as never}, children};
}
