import type {Code, List, Nodes, Paragraph, Parent, Root, RootContent} from 'mdast';
import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';
import {location} from 'vfile-location';

/**
 * Python-Markdown nests a block indented 4 spaces after a list in the list's
 * last item (`ListIndentProcessor`), whatever the marker's width; CommonMark
 * nests it only at the item's content column. So after a list whose markers
 * are indented (`  1. Step one`, content at column 5), a block indented 4
 * spaces is an indented code block here: a lesson's ```` ```bash ```` fence
 * showed as text in a code box, its `!!! warning` as raw text, and the next
 * step (`  2. Step two`) as a paragraph. Python-Markdown's reading is the
 * lesson's: such a code block is parsed again as Markdown (the 4 spaces
 * removed, as CommonMark removed them) with the page's own syntax, and its
 * blocks become the item's, the item loose (a blank line came before);
 * a list of the same kind right after it goes on in the same list, as it
 * does in MkDocs. Positions are the page's.
 *
 * A paragraph on the line right after a list (no blank line between) is the
 * last item's too (`isLazyLine`), and so are the blocks indented after it.
 *
 * A fenced block after a list keeps its place (a fence is no indented block
 * even when indented 4: then it is the fence CommonMark found inside the code
 * block, and is read by the parse).
 */
export function nestIndentedBlocksInLists(tree: Root, file: VFile, parse: (markdown: string) => Root): void {
  // The text the positions count in: micromark drops a leading byte order mark before it counts offsets.
  const source = String(file.value).replace(/^\uFEFF/, '');
  let lines: LineMap | undefined;
  const walk = (parent: Parent): void => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const list = children[index]!;
      if (list.type !== 'list') continue;
      // Only after a block was nested: two lists side by side are CommonMark's business otherwise.
      let nested = false;
      for (;;) {
        const next = children[index + 1];
        if (!next) break;
        if (isLazyLine(next, list)) {
          // A paragraph on the line right after the list, no blank line between: in MkDocs the item's.
          const item = list.children[list.children.length - 1]!;
          item.children.push(next);
          if (list.position && next.position) list.position.end = next.position.end;
          if (item.position && next.position) item.position.end = next.position.end;
          children.splice(index + 1, 1);
          nested = true;
          continue;
        }
        if (isIndentedCode(next, source)) {
          // Consecutive code blocks (micromark ends one at a lazy line) are one indented block, as in the page.
          let last = index + 1;
          while (last + 1 < children.length && isIndentedCode(children[last + 1]!, source)) last++;
          const blocks = children.slice(index + 1, last + 1) as Code[];
          lines ??= lineMap(source);
          const item = list.children[list.children.length - 1]!;
          item.children.push(...(reparsed(joined(blocks), blocks[0]!.position!.start.line, parse, lines).children as typeof item.children));
          item.spread = true;
          list.spread = true;
          if (list.position && blocks[blocks.length - 1]!.position) list.position.end = blocks[blocks.length - 1]!.position!.end;
          children.splice(index + 1, blocks.length);
          nested = true;
          continue;
        }
        if (!nested) break;
        if (!continueList(list, children, index, source, parse, (lines ??= lineMap(source)))) break;
      }
    }
    for (const child of children) if ('children' in child) walk(child as Parent);
  };
  walk(tree);
}

/**
 * A paragraph that starts on the line right after the list's last (`More info.` under an item that ends with a box
 * or a fence). Python-Markdown reads a page in blocks between blank lines, and a block that goes on from a list
 * item's is the item's, whatever its lines' indentation; CommonMark continues only a paragraph lazily, so after a
 * box or a fence the line ended the list, and the item's next block, indented 4 spaces after it, was an indented
 * code block (`??? note "Why"` shown as code) and the next step started a new list.
 */
function isLazyLine(node: RootContent, list: List): node is Paragraph {
  const end = list.position?.end.line;
  return node.type === 'paragraph' && end !== undefined && node.position?.start.line === end + 1;
}

/** The blocks' text as in the page: their values with the blank lines between them. */
function joined(blocks: readonly Code[]): string {
  let text = blocks[0]!.value;
  for (let index = 1; index < blocks.length; index++) {
    const gap = blocks[index]!.position!.start.line - blocks[index - 1]!.position!.end.line;
    text += '\n'.repeat(gap) + blocks[index]!.value;
  }
  return text;
}

/**
 * The same kind of list right after `children[index]` (a list a block was nested in) is the same list in MkDocs
 * (`2. Step two`): its items join it. micromark may have left such a line a paragraph (an ordered item not at 1 right
 * after a code block). Whether it did.
 */
export function continueList(list: List, children: RootContent[], index: number, source: string, parse: (markdown: string) => Root, lines: LineMap): boolean {
  const next = children[index + 1];
  if (!next) return false;
  const following = next.type === 'list' ? next : asList(next, source, parse, lines);
  if (!following || following.ordered !== list.ordered) return false;
  list.children.push(...following.children);
  if (list.position && following.position) list.position.end = following.position.end;
  children.splice(index + 1, 1);
  return true;
}

/** A paragraph whose text is a list item's (`2. Step two` that could not start a list there): that list, else undefined. */
function asList(node: RootContent, source: string, parse: (markdown: string) => Root, lines: LineMap): List | undefined {
  if (node.type !== 'paragraph' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return undefined;
  const text = source.slice(node.position.start.offset, node.position.end.offset);
  if (!/^(?:\d{1,9}[.)]|[-*+])[ \t]/.test(text)) return undefined;
  const root = reparsed(text, node.position.start.line, parse, lines);
  return root.children.length === 1 && root.children[0]!.type === 'list' ? root.children[0] : undefined;
}

/**
 * An indented code block, not a fence without a language: in the page it starts with its indentation (4 columns),
 * where a fence starts with at most 3 spaces and its backticks or tildes (an indented block may hold ```` ``` ````).
 */
function isIndentedCode(node: Nodes, source: string): node is Code {
  if (node.type !== 'code' || node.lang || node.meta || node.position?.start.offset === undefined) return false;
  const start = node.position.start.offset;
  return !/^ {0,3}(?:`{3}|~{3})/.test(source.slice(start, start + 7));
}

/**
 * A list whose items' content starts past column 5 (`  1. Step`, `   - item`): the only lists after which a block
 * indented 4 spaces is not already the item's. A cheap check on the page's source.
 */
export function mayHaveWideListMarkers(source: string): boolean {
  for (const match of source.matchAll(/^[ \t]*(?:\d{1,9}[.)]|[-*+])[ \t]+/gm)) if (match[0].length > 4) return true;
  return false;
}

/**
 * A list item's indented line right above an unindented line of text (`    ```` over `More info.`): where a
 * paragraph may follow a list on the next line (`isLazyLine`). A cheap check on the page's source.
 */
export function mayHaveLazyListLines(source: string): boolean {
  return /^(?:[-*+]|\d{1,9}[.)])[ \t]/m.test(source) && /^[ \t]+\S[^\n]*\r?\n[^\s>#|*+\-\d]/m.test(source);
}

export interface LineMap {
  /** The offset where a line of the page (1-based) starts. */
  lineStart(line: number): number;
  /** A line of the page (1-based), without its line ending. */
  lineText(line: number): string;
}

export function lineMap(text: string): LineMap {
  const place = location(text);
  const lines = text.split(/\r?\n|\r/);
  return {lineStart: (line) => place.toOffset({line, column: 1}) ?? text.length, lineText: (line) => lines[line - 1] ?? ''};
}

/** Text of the page from `firstLine` on (each line's start cut) parsed as Markdown, its positions the page's. */
export function reparsed(text: string, firstLine: number, parse: (markdown: string) => Root, lines: LineMap): Root {
  const root = parse(text);
  const valueLines = text.split('\n');
  const move = (point: Point): Point => {
    const line = firstLine + point.line - 1;
    // What the indented code block took off the start of this line (its indentation, and any container prefix).
    const text = lines.lineText(line);
    const stripped = Math.max(0, text.length - (valueLines[point.line - 1] ?? '').length);
    // Within the line (a tab CommonMark split into spaces can make the count run past it), so every point has an
    // offset: rehype-raw places raw HTML by offsets.
    const column = Math.min(point.column + stripped, text.length + 1);
    return {line, column, offset: lines.lineStart(line) + column - 1};
  };
  const visit = (node: Nodes): void => {
    if (node.position) node.position = {start: move(node.position.start), end: move(node.position.end)} satisfies Position;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const child of root.children) visit(child);
  return root;
}
