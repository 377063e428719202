import type {Code, Html, Paragraph, Parent, Root, RootContent} from 'mdast';
import type {Point} from 'unist';
import type {VFile} from 'vfile';
import {lineMap, reparsed, type LineMap} from '../lists/indented-blocks';
import {FENCE_START, isSuperfencesHeader} from './header';
import {parseOpeningTag} from '../md-in-html/tag';
import {BLOCK_LEVEL_ELEMENTS} from '../python-markdown';

/**
 * pymdownx.superfences finds fences before Python-Markdown reads the blocks,
 * at any indentation, and leaves a placeholder line in their place: a fence
 * indented 4 or more columns right under a paragraph's line (no blank line
 * between, `Check the deployment` ⏎ `    ```` ⏎ `    kubectl describe …` ⏎
 * `    ```` ⏎ `Then save logs`) is a code block in the middle of that
 * paragraph. CommonMark reads those lines as the paragraph's text (an indented
 * line cannot interrupt a paragraph), so the backticks became inline code and
 * the command lost its block and its copy button. Here the paragraph is cut
 * around the block: its text before, the code block, its text after, each read
 * again with the page's syntax, positions the page's. Python-Markdown's own
 * fenced_code finds fences only at the line's start: without superfences,
 * nothing changes. A fence it would not close (no line of the same
 * indentation and fence before the paragraph ends) stays text, as there.
 * A blank line inside the fence ends CommonMark's paragraph, and the fence's
 * lines after it are an indented code block: superfences takes blank lines
 * into a fence, so the fence runs on to its closing line in that block (and
 * the block's lines after it are the paragraph's text again). The same holds
 * in a box's body and a list item's (`???+ note` ⏎ `    For the example:` ⏎
 * `        ``` py` ⏎ `        import x` ⏎ ⏎ `        y = 1` ⏎ `        ````).
 * Paragraphs in block quotes are left as they are.
 */
export function splitParagraphFences(tree: Root, file: VFile, parse: (markdown: string) => Root): void {
  const source = String(file.value).replace(/^\uFEFF/, '');
  let lines: LineMap | undefined;
  const walk = (parent: Parent, quoted: boolean): void => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.type === 'paragraph' && !quoted) {
        const next = children[index + 1];
        const result = split(child, next?.type === 'code' ? next : undefined, source, parse, (lines ??= lineMap(source)));
        if (result) {
          const {parts, takesNext} = result;
          children.splice(index, takesNext ? 2 : 1, ...parts);
          // The text after the block may hold another.
          index += parts.length - 2;
        }
        continue;
      }
      if ('children' in child) walk(child as Parent, quoted || child.type === 'blockquote');
    }
  };
  walk(tree, false);
}


/**
 * The paragraph cut around its fences (its text before, between and after them, and the code blocks), or undefined.
 * `takesNext`: the last fence runs on past the paragraph through `next`, the indented code block right after it.
 */
function split(
  paragraph: Paragraph,
  next: Code | undefined,
  source: string,
  parse: (markdown: string) => Root,
  lines: LineMap,
): {parts: RootContent[]; takesNext: boolean} | undefined {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end;
  if (!start || !end || end.line - start.line < 1 || start.offset === undefined || end.offset === undefined) return undefined;
  const text = source.slice(start.offset, end.offset);
  if (!text.includes('```') && !text.includes('~~~')) return undefined;
  const parts: RootContent[] = [];
  // Where the text not yet placed starts: its line, and its column on that line.
  let textLine = start.line;
  let textColumn = start.column;
  for (let open = start.line + 1; open < end.line; open++) {
    const opening = FENCE_START.exec(lines.lineText(open));
    // A backtick in a backtick fence's header only where superfences reads it (inside braces or quotes: `header.ts`).
    if (!opening || (opening[2]!.startsWith('`') && opening[3]!.includes('`') && !isSuperfencesHeader(opening[3]!))) continue;
    const [, indent, fence] = opening as unknown as [string, string, string];
    const close = closingLine(lines.lineText, open, end.line, indent, fence);
    if (close === undefined) {
      const through = closingPastParagraph(lines, open, end.line, next, indent, fence);
      if (through === undefined) continue;
      // The fence runs on past a blank line to its closing line in the indented code block after the paragraph:
      // the paragraph's text before it, then the code block, in place of the paragraph and that block.
      const before = open > textLine ? textFragment(lines, textLine, open - 1, textColumn, parse) : [];
      const code = fenceFragment(lines, open, through.close, indent, parse);
      // Lines of the block after the closing line go on with the paragraph's text there.
      const after = through.close < through.last ? textFragment(lines, through.close + 1, through.last, 1, parse) : [];
      return before && code && after ? {parts: [...parts, ...before, code, ...after], takesNext: true} : undefined;
    }
    const before = open > textLine ? textFragment(lines, textLine, open - 1, textColumn, parse) : [];
    const code = fenceFragment(lines, open, close, indent, parse);
    if (!before || !code) return undefined;
    parts.push(...before, code);
    textLine = close + 1;
    textColumn = 1;
    open = close;
  }
  if (parts.length === 0) return undefined;
  const after = textLine <= end.line ? textFragment(lines, textLine, end.line, textColumn, parse) : [];
  return after ? {parts: [...parts, ...after], takesNext: false} : undefined;
}

/**
 * A fence opened on the paragraph's line `open` and not closed by the paragraph's `last` line, when a blank line
 * inside it ended the paragraph (`For the example:` ⏎ `    ``` py` ⏎ `    import x` ⏎ ⏎ `    y = 1` ⏎ `    ```` ⏎):
 * superfences takes blank lines into a fence, so it runs on to its closing line; CommonMark ended the paragraph at
 * the blank line and read the rest (indented 4 or more) as an indented code block, `next`. The closing line when
 * it is in that block (every line between indented as far as the fence, or blank), and the block's last
 * non-blank line (lines after the closing line are the paragraph's text again, as in Python-Markdown), else
 * undefined.
 */
function closingPastParagraph(
  lines: LineMap,
  open: number,
  last: number,
  next: Code | undefined,
  indent: string,
  fence: string,
): {close: number; last: number} | undefined {
  const from = next?.position?.start.line;
  const to = next?.position?.end.line;
  if (!next || next.lang || from === undefined || to === undefined || from <= last + 1) return undefined;
  // Only blank lines between the paragraph and the block.
  for (let line = last + 1; line < from; line++) if (lines.lineText(line).trim() !== '') return undefined;
  const close = closingLine(lines.lineText, open, to, indent, fence);
  if (close === undefined || close < from) return undefined;
  let end = to;
  while (end > close && lines.lineText(end).trim() === '') end--;
  return {close, last: end};
}

/**
 * The line closing the fence opened on `open` (same indentation, the same fence alone), if every line between is
 * indented as far; `lineText` reads lines `open + 1` to `last`.
 */
function closingLine(lineText: (line: number) => string, open: number, last: number, indent: string, fence: string): number | undefined {
  for (let line = open + 1; line <= last; line++) {
    const text = lineText(line);
    if (text.trim() === '') continue;
    // superfences gives the fence up at a line indented less than its opening.
    if (!text.startsWith(indent)) return undefined;
    // Its closing line: the same fence, only blanks after it (NESTED_FENCE_END).
    const content = text.slice(indent.length);
    if (content.startsWith(fence) && /^[ \t]*$/.test(content.slice(fence.length))) return line;
  }
  return undefined;
}

/**
 * Lines `first`..`last` of the paragraph (the first from `column`, without its indentation) read as one paragraph:
 * the others are its continuation lines, as they were (an indented one cannot start a block there either).
 */
function textFragment(lines: LineMap, first: number, last: number, column: number, parse: (markdown: string) => Root): RootContent[] | undefined {
  const texts: string[] = [];
  for (let line = first; line <= last; line++) texts.push(line === first ? lines.lineText(line).slice(column - 1).replace(/^[ \t]+/, '') : lines.lineText(line));
  const root = reparsed(texts.join('\n'), first, parse, lines);
  return root.children.length === 1 && root.children[0]!.type === 'paragraph' ? root.children : undefined;
}

/** The fence's lines without the fence's indentation, read as one fenced code block. */
function fenceFragment(lines: LineMap, open: number, close: number, indent: string, parse: (markdown: string) => Root): Code | undefined {
  const texts: string[] = [];
  for (let line = open; line <= close; line++) texts.push(lines.lineText(line).slice(indent.length));
  const root = reparsed(texts.join('\n'), open, parse, lines);
  const only = root.children.length === 1 ? root.children[0] : undefined;
  return only?.type === 'code' ? only : undefined;
}

/** Raw HTML whose text Python-Markdown's fence preprocessors do not reach in practice here: left as it is. */
const RAW_TEXT_START = /^<(?:pre|script|style|textarea)[\s>]|^<!--/i;

/**
 * Python-Markdown's fence preprocessors (fenced_code's, superfences') run before its raw HTML blocks are taken
 * from the page, so a closed fence between a block-level tag's lines is a code block inside that element
 * (`<div class="result">` ⏎ ```` ``` ```` ⏎ `No interfaces found` ⏎ ```` ``` ```` ⏎ `</div>`). CommonMark's HTML
 * block runs to the next blank line, and the fence's lines were shown as written, backticks and all. Here the HTML
 * block is cut around each closed fence: its lines before (raw HTML still), the code block (read again with the
 * page's syntax, positions the page's), its lines after. fenced_code finds fences at the line's start only,
 * superfences (`anyIndent`) at any indentation. `<pre>`, `<script>`, `<style>`, `<textarea>` and comments are
 * left whole.
 */
export function splitHtmlFences(tree: Root, file: VFile, parse: (markdown: string) => Root, anyIndent: boolean): void {
  const source = String(file.value).replace(/^\uFEFF/, '');
  if (!source.includes('```') && !source.includes('~~~')) return;
  let lines: LineMap | undefined;
  const walk = (parent: Parent): void => {
    const children = parent.children as RootContent[];
    /** The raw block-level element an HTML block among these children opened and no later one closed yet. */
    let open: OpenElement | undefined;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.type === 'html') {
        open = openElementAfter(child.value, open);
        const parts = splitHtml(child, parse, (lines ??= lineMap(source)), anyIndent);
        if (parts) {
          children.splice(index, 1, ...parts);
          index += parts.length - 1;
        }
        continue;
      }
      if (open && anyIndent && child.type === 'code') {
        const code = indentedFence(child, parse, (lines ??= lineMap(source)));
        if (code) children[index] = code;
        continue;
      }
      // Phrasing HTML (in a paragraph, a heading, a cell) is inline: no block starts there.
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading' && child.type !== 'tableCell') walk(child as Parent);
    }
  };
  walk(tree);
}

function splitHtml(node: Html, parse: (markdown: string) => Root, lines: LineMap, anyIndent: boolean): RootContent[] | undefined {
  const start = node.position?.start;
  if (!start || (!node.value.includes('```') && !node.value.includes('~~~')) || RAW_TEXT_START.test(node.value)) return undefined;
  const values = node.value.split('\n');
  const parts: RootContent[] = [];
  let first = 0;
  for (let open = 1; open < values.length - 1; open++) {
    const opening = FENCE_START.exec(values[open]!);
    if (!opening || (!anyIndent && opening[1] !== '')) continue;
    if (opening[2]!.startsWith('`') && opening[3]!.includes('`') && !isSuperfencesHeader(opening[3]!)) continue;
    const [, indent, fence] = opening as unknown as [string, string, string];
    const close = closingLine((line) => values[line]!, open, values.length - 1, indent, fence);
    if (close === undefined) continue;
    const root = reparsed(values.slice(open, close + 1).map((line) => line.slice(indent.length)).join('\n'), start.line + open, parse, lines);
    const code = root.children.length === 1 && root.children[0]!.type === 'code' ? root.children[0] : undefined;
    if (!code) continue;
    if (open > first) parts.push(htmlLines(values, first, open - 1, start, lines));
    parts.push(code);
    first = close + 1;
    open = close;
  }
  if (parts.length === 0) return undefined;
  if (first < values.length) parts.push(htmlLines(values, first, values.length - 1, start, lines));
  return parts;
}

/** Lines `first`..`last` of an HTML block as a block of their own, placed on the page's lines. */
function htmlLines(values: readonly string[], first: number, last: number, start: Point, lines: LineMap): Html {
  const place = (index: number, atEnd: boolean): Point => {
    const line = start.line + index;
    const text = lines.lineText(line);
    // What the container took off the line's start (a box's indentation, a quote's `>`).
    const column = atEnd ? text.length + 1 : index === 0 ? start.column : Math.max(1, text.length - values[index]!.length + 1);
    return {line, column, offset: lines.lineStart(line) + column - 1};
  };
  return {type: 'html', value: values.slice(first, last + 1).join('\n'), position: {start: place(first, false), end: place(last, true)}};
}

/** A raw block-level element left open by an HTML block: its name, how many of its tags are open. */
interface OpenElement {
  name: string;
  depth: number;
}

/**
 * The element still open after an HTML block's text: one its first line opens (a block-level tag at the line's
 * start, as Python-Markdown's raw blocks start) and its own tags do not close, or the one open before, with the
 * block's tags of that name counted in. A blank line ends CommonMark's HTML block, not Python-Markdown's raw block,
 * which runs to the element's closing tag.
 */
function openElementAfter(value: string, open: OpenElement | undefined): OpenElement | undefined {
  let element = open;
  if (!element) {
    const tag = parseOpeningTag(value);
    if (!tag || tag.selfClosing || !BLOCK_LEVEL_ELEMENTS.has(tag.name) || RAW_TEXT_START.test(value)) return undefined;
    element = {name: tag.name, depth: 0};
  }
  const tags = new RegExp(`<(/?)${element.name}(?=[\\s>/])`, 'gi');
  let depth = element.depth;
  for (const match of value.matchAll(tags)) depth += match[1] ? -1 : 1;
  return depth > 0 ? {name: element.name, depth} : undefined;
}

/**
 * An indented code block that is a closed fence, inside a raw element (`<div>` ⏎ ⏎ `    ```mermaid` ⏎ … ⏎
 * `    ```` ⏎ ⏎ `</div>`): superfences finds the fence at any indentation before the raw blocks are taken, and its
 * placeholder line stays in the raw block, so MkDocs renders the fence; elsewhere Python-Markdown's indented code
 * block gives the placeholder's fence back as code. CommonMark ended the HTML block at the blank line and read the
 * fence's lines as indented code, backticks and all. The fence is read again with the page's syntax, without its
 * indentation, positions the page's; a block that is not exactly one closed fence stays as it is.
 */
function indentedFence(node: Code, parse: (markdown: string) => Root, lines: LineMap): Code | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || node.lang || (!node.value.includes('```') && !node.value.includes('~~~'))) return undefined;
  const values: string[] = [];
  for (let line = start.line; line <= end.line; line++) values.push(lines.lineText(line).slice(start.column - 1));
  while (values.length > 1 && values[values.length - 1]!.trim() === '') values.pop();
  const opening = FENCE_START.exec(values[0]!);
  if (!opening || (opening[2]!.startsWith('`') && opening[3]!.includes('`') && !isSuperfencesHeader(opening[3]!))) return undefined;
  const [, indent, fence] = opening as unknown as [string, string, string];
  const close = closingLine((line) => values[line]!, 0, values.length - 1, indent, fence);
  if (close !== values.length - 1) return undefined;
  const root = reparsed(values.map((line) => line.slice(indent.length)).join('\n'), start.line, parse, lines);
  const only = root.children.length === 1 ? root.children[0] : undefined;
  return only?.type === 'code' ? only : undefined;
}
