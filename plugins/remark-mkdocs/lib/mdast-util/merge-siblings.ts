import type {Parent, Root, RootContent} from 'mdast';
import {visit} from './visit';

/**
 * Python-Markdown's block processors append a block to the one before it
 * where CommonMark starts a new one (a quote after a quote, a list after a
 * list): every run of siblings `joins` pairs is merged into its first, by
 * `merge(first, next)`, in every parent of the tree. The walk then goes into
 * the merged node, so what meets there (`> > A` ⏎⏎ `> > B`) merges too.
 */
export function mergeAdjacentSiblings<T extends RootContent>(
  tree: Root,
  joins: (previous: RootContent, current: RootContent) => boolean,
  merge: (first: T, next: T) => void,
): void {
  visit(tree, (node) => {
    if (!('children' in node)) return undefined;
    const children = (node as Parent).children;
    for (let index = children.length - 1; index > 0; index--) {
      if (!joins(children[index - 1]!, children[index]!)) continue;
      merge(children[index - 1] as T, children[index] as T);
      children.splice(index, 1);
    }
    return undefined;
  });
}
