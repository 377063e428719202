import type {List, Root} from 'mdast';
import {mergeAdjacentSiblings} from '../mdast-util/merge-siblings';

/**
 * Python-Markdown's lists run on whatever their markers: a list block right
 * after a list (`OListProcessor`'s sibling check, with a blank line between
 * or not) adds its items to that list, and an item may start with any marker
 * (`CHILD_RE` takes `1.`, `*`, `-`, `+` alike). So `1. One`, `  * note`,
 * `1. Three` is one numbered list of three items, and `* a` then `1. b` one
 * bullet list. CommonMark starts a new list at each change of marker, and the
 * numbering started again at 1 after a bullet note between numbered steps.
 * Consecutive lists (siblings: nothing but blank lines between them) become
 * the first, which keeps its kind and start number. Loose if either was
 * (Python-Markdown makes only the items next to a blank line loose, which a
 * list here cannot say: a blank line between does not make them all loose).
 * A list numbered `1)` is left alone: Python-Markdown has no such list.
 *
 * `sameKindOnly` (the `sane_lists` extension): a numbered list's siblings are
 * numbered lists only, a bullet list's bullet lists only (its processors'
 * `SIBLING_TAGS`), so a bullet list after numbered steps is a list of its own.
 * (`CHILD_RE` changes too: a line with the other kind of marker right under an
 * item, no blank line between, is text of that item in Python-Markdown; here
 * it starts its list, as CommonMark reads it and as the author likely meant.)
 */
export function mergeAdjacentLists(tree: Root, source: string, sameKindOnly = false): void {
  mergeAdjacentSiblings<List>(
    tree,
    (previous, current) =>
      previous.type === 'list' &&
      current.type === 'list' &&
      (!sameKindOnly || Boolean(previous.ordered) === Boolean(current.ordered)) &&
      !parenNumbered(previous, source) &&
      !parenNumbered(current, source),
    mergeInto,
  );
}

/** A list numbered `1)`, `2)`: its first item's marker in the source. */
function parenNumbered(list: List, source: string): boolean {
  const offset = list.position?.start.offset;
  return list.ordered === true && offset !== undefined && /^\d{1,9}\)/.test(source.slice(offset, offset + 10));
}

function mergeInto(first: List, next: List): void {
  first.children.push(...next.children);
  first.spread = Boolean(first.spread || next.spread);
  if (first.position && next.position) first.position = {start: first.position.start, end: next.position.end};
}
