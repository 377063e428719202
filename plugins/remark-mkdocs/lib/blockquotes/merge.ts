import type {Blockquote, Root} from 'mdast';
import {mergeAdjacentSiblings} from '../mdast-util/merge-siblings';

/**
 * Python-Markdown's block quotes run on across blank lines: `BlockQuoteProcessor`
 * appends a quote block to the quote right before it, so `> A`, a blank line,
 * `> B` is one quote of two paragraphs (and `> > B` after it a quote inside
 * that one). CommonMark ends a quote at the blank line: a lesson quoting a
 * passage paragraph by paragraph showed one box per paragraph. Consecutive
 * quotes (nothing but blank lines between them, which is what makes two
 * sibling quotes) become the first one, its children followed by the next's;
 * quotes nested in them are merged the same way.
 */
export function mergeAdjacentBlockquotes(tree: Root): void {
  mergeAdjacentSiblings<Blockquote>(tree, (previous, current) => previous.type === 'blockquote' && current.type === 'blockquote', mergeInto);
}

/** `next`'s blocks after `first`'s (the walk then goes into `first`: `> > A` ⏎⏎ `> > B` meet there, and merge). */
function mergeInto(first: Blockquote, next: Blockquote): void {
  first.children.push(...next.children);
  if (first.position && next.position) first.position = {start: first.position.start, end: next.position.end};
}
