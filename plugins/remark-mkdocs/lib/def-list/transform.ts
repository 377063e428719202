import type {Root} from 'mdast';
import {visit} from '../mdast-util/visit';

/**
 * Tight definitions (`spread: false`) hold their text directly, as
 * Python-Markdown's paragraph processor writes a paragraph in its `list`
 * state into the `<dd>` itself: each paragraph is replaced by its inline
 * content. Both targets (`data.hName` already names the elements).
 */
export function definitionListsToElements(tree: Root): void {
  visit(tree, 'defListDescription', (node) => {
    if (node.spread) return;
    node.children = node.children.flatMap((child): unknown[] => (child.type === 'paragraph' ? child.children : [child])) as typeof node.children;
  });
}
