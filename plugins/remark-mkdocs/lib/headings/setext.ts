import type {Heading, Parent, Root, RootContent, Text, ThematicBreak} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';

/**
 * Python-Markdown's setext headings take one line of text: `SetextHeaderProcessor` matches a block's first line
 * and the underline right under it. CommonMark underlines a whole paragraph, so an announcement of several lines
 * (`Where: …  ⏎ When: …`) with `---` under it became one heading of all its lines, in the table of contents with an
 * id of 300 characters. Such a heading is MkDocs' paragraph again, and its underline what Python-Markdown makes of
 * it after a paragraph: `---` a thematic break (`<hr>`), `===` text of the paragraph.
 */
export function pythonMarkdownSetextHeadings(tree: Root, file: VFile): void {
  const source = String(file.value).replace(/^\uFEFF/, '');
  visit(tree, 'heading', (node, index, parent) => {
    const heading = node as Heading;
    const position = heading.position;
    if (heading.depth > 2 || !position || index === undefined || !parent || heading.children.length === 0) return undefined;
    // The text's lines (a definition above it may be inside the heading's span: `[foo]: /url` ⏎ `bar` ⏎ `===`).
    const firstLine = heading.children[0]!.position?.start.line;
    const lastLine = heading.children[heading.children.length - 1]!.position?.end.line;
    if (firstLine === undefined || lastLine === undefined || lastLine === firstLine) return undefined;
    const end = position.end.offset;
    if (end === undefined) return undefined;
    const lineStart = source.lastIndexOf('\n', end - 1) + 1;
    const underline = /([=-]+)[ \t]*$/.exec(source.slice(lineStart, end));
    // An ATX heading never spans lines: this one is setext, its last line the underline.
    if (!underline) return undefined;
    const marks = underline[1]!;
    const underlineStart = {line: position.end.line, column: position.end.column - (end - lineStart - underline.index), offset: lineStart + underline.index};
    const lastChild = heading.children[heading.children.length - 1]!;
    const textEnd = lastChild.position?.end ?? position.end;
    if (marks[0] === '-') {
      const paragraph = {type: 'paragraph', children: heading.children, position: {start: position.start, end: textEnd}} as RootContent;
      const rule: ThematicBreak = {type: 'thematicBreak', position: {start: underlineStart, end: position.end}};
      (parent as Parent).children.splice(index, 1, paragraph, rule);
      return index + 2;
    }
    const underlineText: Text = {type: 'text', value: `\n${marks}`, position: {start: textEnd, end: position.end}};
    const paragraph = {type: 'paragraph', children: [...heading.children, underlineText], position} as RootContent;
    (parent as Parent).children.splice(index, 1, paragraph);
    return index + 1;
  });
}
