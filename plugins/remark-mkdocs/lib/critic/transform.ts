import type {Parent, Root} from 'mdast';
import {visit} from '../mdast-util/visit';
import type {Node} from 'unist';
import type {MkdocsCritic} from './from-markdown';
import type {MkdocsCriticBlock, MkdocsCriticBreak} from './blocks';

export type CriticMode = 'view' | 'accept' | 'reject';

/** pymdownx's `mode` option (default `view`; anything else it would reject is read as `view`). */
export function criticMode(options: Readonly<Record<string, unknown>>): CriticMode {
  return options.mode === 'accept' || options.mode === 'reject' ? options.mode : 'view';
}

/**
 * pymdownx.critic's `accept` and `reject` modes: the document as it reads
 * once the edits are accepted (inserts kept, deletes dropped) or rejected
 * (the reverse); marks become their text and comments disappear. `view` (the
 * default, Material's) keeps the nodes, drawn as `<ins>`, `<del>`…
 */
export function applyCriticMode(tree: Root, mode: CriticMode): void {
  if (mode === 'view') return;
  const criticNode = (node: Node) => node.type === 'mkdocsCritic' || node.type === 'mkdocsCriticBlock' || node.type === 'mkdocsCriticBreak';
  visit(tree, criticNode, (node, index, parent) => {
    if (index === undefined || !parent) return;
    const critic = node as MkdocsCritic | MkdocsCriticBlock | MkdocsCriticBreak;
    // A paragraph break inserted (or not) is already where the paragraphs split.
    const kind = critic.type === 'mkdocsCriticBreak' ? 'comment' : critic.kind;
    const kept = kind === 'mark' || kind === (mode === 'accept' ? 'insert' : 'delete');
    (parent as Parent).children.splice(index, 1, ...(kept ? critic.children : []));
    return index;
  });
}
