import type {Heading, Paragraph, Root, Table} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {parseAbbreviationLine} from './grammar';
import {report} from '../messages';
import {SourceLines} from '../mdast-util/source-lines';

/**
 * The check behind `mkdocs-abbr-syntax` for lines that start with `*[` but
 * did not become a definition. By construction such a line is a line of a
 * paragraph (or the first line of a setext heading); it stays text there,
 * as in Python-Markdown.
 */
export function lintAbbreviationLookalikes(tree: Root, file: VFile): void {
  const source = new SourceLines(String(file));
  visit(tree, (node) => {
    if (node.type === 'paragraph' && !node.data?.directiveLabel) lintBlock(node, file, source);
    if (node.type === 'heading' && node.position && !source.line(node.position.start.line).trimStart().startsWith('#')) {
      lintBlock(node, file, source);
    }
    if (node.type === 'table') lintTableRows(node, file, source);
  });
}

/** A definition right under a table is a body row (GFM, and Python-Markdown's `tables`). */
function lintTableRows(table: Table, file: VFile, source: SourceLines): void {
  for (const row of table.children.slice(1)) {
    if (!row.position) continue;
    const {line, column} = row.position.start;
    const text = source.line(line).slice(column - 1);
    if (!parseAbbreviationLine(expandTabs(text))?.ok) continue;
    report(
      file,
      'mkdocs-abbr-syntax',
      `Unexpected abbreviation definition \`${text.trim()}\` right under a table, expected a blank line between them: this line stays a table row`,
      {line, column},
      [table],
    );
  }
}

function lintBlock(block: Paragraph | Heading, file: VFile, source: SourceLines): void {
  block.children.forEach((child, childIndex) => {
    if (child.type !== 'text' || !child.position) return;
    const startsLine = childIndex === 0 || block.children[childIndex - 1]!.type === 'break';
    const lines = child.value.split('\n');
    lines.forEach((text, lineOffset) => {
      if (!text.startsWith('*[') || (lineOffset === 0 && !startsLine)) return;
      const line = child.position!.start.line + lineOffset;
      const raw = source.line(line);
      const column = lineOffset === 0 ? child.position!.start.column - 1 : firstTextColumn(raw);
      if (!raw.startsWith('*[', column)) return; // `\*[`: an escape, not a definition attempt
      const result = parseAbbreviationLine(expandTabs(raw.slice(column)));
      if (!result) return;
      let reason: string;
      let at = column;
      if (!result.ok) {
        reason = result.problem.reason;
        at += result.problem.offset;
      } else if (block.type === 'heading' && lineOffset === 0) {
        const underline = source.line(block.position!.end.line).trim();
        reason = `Unexpected \`${underline}\` right under abbreviation definition \`${raw.slice(column).trim()}\`, expected a blank line between them (Python-Markdown reads the two lines as a heading)`;
      } else {
        reason = `Unexpected abbreviation definition \`${raw.slice(column).trim()}\` indented into its container or inside a list item's paragraph, expected it at the start of the line (in a list item: after a blank line)`;
      }
      report(file, 'mkdocs-abbr-syntax', `${reason}: this line stays text`, {line, column: at + 1}, [block]);
    });
  });
}

/** Skip indentation and block quote markers to where the line's text begins. */
function firstTextColumn(raw: string): number {
  return /^(?:[ \t]*>)*[ \t]*/.exec(raw)![0].length;
}

function expandTabs(text: string): string {
  let result = '';
  for (const char of text) result += char === '\t' ? ' '.repeat(4 - (result.length % 4)) : char;
  return result;
}
