import type {Blockquote, Parent, Root, RootContent} from 'mdast';
import {visit} from '../mdast-util/visit';

/**
 * Python-Markdown's block quotes run on across blank lines: `BlockQuoteProcessor`
 * appends a quote block to the quote right before it, so `> A`, a blank line,
 * `> B` is one quote of two paragraphs (and `> > B` after it a quote inside
 * that one). CommonMark ends a quote at the blank line: a lesson quoting a
 * passage paragraph by paragraph showed one box per paragraph. Consecutive
 * quotes (nothing but blank lines between them, which is what makes two
 * sibling quotes) become the first one, its children followed by the next's;
 * quotes nested in them are merged the same way. A paragraph or list right
 * after a quote, no blank line between, is the quote's too (`isLazyBlock`).
 */
export function mergeAdjacentBlockquotes(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return undefined;
    const children = (node as Parent).children as RootContent[];
    for (let index = 0; index + 1 < children.length; ) {
      const quote = children[index]!;
      const next = children[index + 1]!;
      if (quote.type === 'blockquote' && (next.type === 'blockquote' || isLazyBlock(quote, next))) {
        mergeInto(quote, next);
        children.splice(index + 1, 1);
      } else {
        index++;
      }
    }
    return undefined;
  });
}

/**
 * A paragraph or list on the line right after a quote, no blank line between (`>` ⏎ `Attacks:` ⏎ `>` ⏎ `- Weak
 * key`): Python-Markdown reads a page in blocks between blank lines, and a block that starts as a quote is a quote
 * whatever its other lines, so those lines are the quote's. CommonMark continues only a quote's paragraph lazily:
 * after an empty `>` line the quote ended, and the lines were outside it, between empty quotes.
 */
function isLazyBlock(quote: Blockquote, next: RootContent): boolean {
  const end = quote.position?.end.line;
  return (next.type === 'paragraph' || next.type === 'list') && end !== undefined && next.position?.start.line === end + 1;
}

/**
 * `next`'s blocks after `first`'s, or `next` itself when it is a lazy block (the walk then goes into `first`:
 * `> > A` ⏎⏎ `> > B` meet there, and merge).
 */
function mergeInto(first: Blockquote, next: RootContent): void {
  const last = first.children[first.children.length - 1];
  if (next.type === 'blockquote') first.children.push(...next.children);
  // A list's items go on in the quote's list of their kind (`> - foo` ⏎ `- bar`: one list, as in Python-Markdown).
  else if (next.type === 'list' && last?.type === 'list' && Boolean(last.ordered) === Boolean(next.ordered)) last.children.push(...next.children);
  else first.children.push(next as Blockquote['children'][number]);
  if (first.position && next.position) first.position = {start: first.position.start, end: next.position.end};
}
