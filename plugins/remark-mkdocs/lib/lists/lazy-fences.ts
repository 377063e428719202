import type {Code, Parent, Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {continueList, lineMap, type LineMap} from './indented-blocks';

/**
 * Python-Markdown finds fenced code (fenced_code, superfences) before it reads
 * the blocks, and leaves a placeholder line in its place: a fence right under a
 * list item's text (no blank line between, the fence not indented: `1. Run
 * this:` ⏎ ```` ```bash ```` ⏎ … ⏎ ```` ``` ```` ⏎ `2. Then:`) is text of that
 * item, so the code block is the item's, and the list goes on after it. In
 * CommonMark the fence interrupts the list: the code stood outside it and the
 * list started again, its next number shown as text where micromark could not
 * start a list there. Here the code block becomes the item's, and a list of the
 * same kind after it (or text that reads as its item) goes on in the same list,
 * as in MkDocs. Positions are the page's.
 */
export function nestLazyFencesInLists(tree: Root, file: VFile, parse: (markdown: string) => Root): void {
  const source = String(file.value).replace(/^\uFEFF/, '');
  let lines: LineMap | undefined;
  const walk = (parent: Parent): void => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const list = children[index]!;
      if (list.type !== 'list') continue;
      for (;;) {
        const fence = children[index + 1];
        if (!isLazyFence(fence, list, source)) break;
        const item = list.children[list.children.length - 1]!;
        item.children.push(fence);
        if (list.position && fence.position) list.position.end = fence.position.end;
        if (item.position && fence.position) item.position.end = fence.position.end;
        children.splice(index + 1, 1);
        const next = children[index + 1];
        // After a blank line the items are loose (`<p>`), as Python-Markdown makes them.
        const apart = next?.position !== undefined && fence.position !== undefined && next.position.start.line > fence.position.end.line + 1;
        if (!continueList(list, children, index, source, parse, (lines ??= lineMap(source)))) break;
        if (apart) list.spread = true;
      }
    }
    for (const child of children) if ('children' in child) walk(child as Parent);
  };
  walk(tree);
}

/** A fenced code block on the line right under the list, no further in than the list's markers. */
function isLazyFence(node: RootContent | undefined, list: RootContent, source: string): node is Code {
  if (node?.type !== 'code' || !node.position || !list.position || node.position.start.offset === undefined) return false;
  if (node.position.start.line !== list.position.end.line + 1 || node.position.start.column > list.position.start.column) return false;
  const start = node.position.start.offset;
  return /^(?:`{3,}|~{3,})/.test(source.slice(start, start + 3));
}
