import type {Paragraph, Parent, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {boxMarker, parseBoxHeader} from './header';
import {report} from '../messages';
import type {ResolvedOptions} from '../options';
import {SourceLines} from '../mdast-util/source-lines';
import {MAX_BOX_DEPTH} from './nesting';
import {boxBody, isBox, knownTypeList, resolveBoxType, type BoxNode} from './nodes';

/**
 * The checks behind `mkdocs-box-header`, `mkdocs-box-indent`,
 * `mkdocs-box-type` and `mkdocs-nesting-limit`. They read the tree the
 * tokenizer built: a header line that did not open a box is, by construction,
 * a line of some paragraph.
 */
export function lintBoxes(tree: Root, file: VFile, options: ResolvedOptions): void {
  const source = new SourceLines(String(file));
  // Boxes around each parent node (itself included), for the depth limit; filled top-down as `visit` goes.
  const boxDepth = new Map<Parent, number>();
  visit(tree, (node, index, parent) => {
    const outer = parent ? (boxDepth.get(parent) ?? 0) : 0;
    if ('children' in node) boxDepth.set(node, outer + (isBox(node) ? 1 : 0));
    if (node.type === 'paragraph') lintHeaderLookalikes(node, file, source, outer >= MAX_BOX_DEPTH);
    if (isBox(node)) {
      lintType(node, file, options);
      if (parent && index !== undefined) lintLineAfter(node, parent, index, file, source);
    }
  });
}

/**
 * Lines of a paragraph that start with `!!!` / `???+` (or `???` and more) but
 * are no header. `atDepthLimit`: the paragraph is `MAX_BOX_DEPTH` boxes deep,
 * so a valid header in it was refused for its depth; one warning says so for
 * the whole paragraph (the deeper headers of the nest all land in it).
 */
function lintHeaderLookalikes(paragraph: Paragraph, file: VFile, source: SourceLines, atDepthLimit: boolean): void {
  let nestingReported = false;
  paragraph.children.forEach((child, childIndex) => {
    if (child.type !== 'text' || !child.position) return;
    lineStarts(child, childIndex === 0).forEach((lineOffset) => {
      const line = child.position!.start.line + lineOffset;
      const raw = source.line(line);
      // A marker starts the text read from this line: a line without one needs no closer look (most lines).
      if (!raw.includes('!!!') && !raw.includes('???') && !raw.includes('===')) return;
      const column = childIndex === 0 && lineOffset === 0 ? child.position!.start.column - 1 : firstTextColumn(raw);
      const text = raw.slice(column);
      const marker = boxMarker(text);
      if (!marker || text.trimEnd() === '???') return; // a lone `???` is prose often enough
      const result = parseBoxHeader(expandTabs(text));
      const name = text.slice(0, marker.length);
      if (result?.ok && atDepthLimit) {
        if (!nestingReported) {
          report(
            file,
            'mkdocs-nesting-limit',
            `Unexpected \`${name}\` box nested deeper than ${MAX_BOX_DEPTH} boxes, expected at most ${MAX_BOX_DEPTH} levels: this line and the deeper ones stay text of the box around them`,
            {line, column: column + 1},
            [paragraph],
          );
        }
        nestingReported = true;
      } else if (result?.ok) {
        report(
          file,
          'mkdocs-box-header',
          `Unexpected \`${name}\` header indented into its container or inside a paragraph, expected it at the start of the line (in a list item: 4 spaces in, and after a blank line if the item's first paragraph is right above): this line stays a paragraph`,
          {line, column: column + 1},
          [paragraph],
        );
      } else if (result) {
        report(file, 'mkdocs-box-header', `${result.problem.reason}: this line stays a paragraph`, {
          line,
          column: column + 1 + result.problem.offset,
        });
      }
    });
  });
}

/** Offsets (in lines, from the text node's first line) of the lines that start inside this text node. */
function lineStarts(text: Text, startsParagraph: boolean): number[] {
  const starts = startsParagraph ? [0] : [];
  let line = 0;
  for (let at = text.value.indexOf('\n'); at !== -1; at = text.value.indexOf('\n', at + 1)) starts.push(++line);
  return starts;
}

/** Skip indentation and block quote markers to where the line's text begins. */
function firstTextColumn(raw: string): number {
  const match = /^(?:[ \t]*>)*[ \t]*/.exec(raw);
  return match ? match[0].length : 0;
}

function expandTabs(text: string): string {
  let result = '';
  for (const char of text) result += char === '\t' ? ' '.repeat(4 - (result.length % 4)) : char;
  return result;
}

function lintType(node: BoxNode, file: VFile, options: ResolvedOptions): void {
  const {status} = resolveBoxType(node, options);
  if (status !== 'unknown') return;
  const word = node.data.mkdocs.classes[0];
  report(
    file,
    'mkdocs-box-type',
    `Unexpected box type \`${word}\`, expected one of ${knownTypeList(options)} (or declare \`${word}\` in the \`customTypes\` option): rendered with the neutral style`,
    node.data.mkdocs.typePoint ?? node.position?.start,
    [node],
  );
}

/**
 * The paragraph after a box that did not make it into the box: indented 1–3
 * spaces (a body that is not one; after blank lines too, where it reads as the
 * body's next paragraph), or unindented right under a header (a box left
 * empty). An unindented line after a non-empty body is the normal way to end a
 * box (and to go back to an outer box's body), so it is not reported.
 * A `///` block (pymdownx.blocks) has no indented body: its `///` line closes
 * it, so nothing after it is checked.
 */
function lintLineAfter(node: BoxNode, parent: Parent, index: number, file: VFile, source: SourceLines): void {
  const next = parent.children[index + 1];
  if (!next?.position || !node.position) return;
  if (/^\/{3,}/.test(source.line(node.position.start.line).slice(node.position.start.column - 1))) return;
  const adjacent = next.position.start.line === node.position.end.line + 1;
  const line = next.position.start.line;
  const boxColumn = source.columnWidth(node.position.start.line, node.position.start.column - 1);
  const indent = source.indentWidth(line) - boxColumn;
  const header = source.line(node.position.start.line).trim();
  const place = {line, column: next.position.start.column};
  if (next.type === 'list' && adjacent) {
    lintListAfterHeader(node, parent, header, indent, place, file);
    return;
  }
  if (next.type !== 'paragraph') {
    if (!adjacent) lintEmptyBeforeBlock(node, parent, header, indent, place, file);
    return;
  }
  if (indent > 0 && indent < 4) {
    report(
      file,
      'mkdocs-box-indent',
      adjacent
        ? `Unexpected ${indent} space${indent === 1 ? '' : 's'} of indentation under \`${header}\`, expected 4 (or a tab): this line is not in the box`
        : `Unexpected ${indent} space${indent === 1 ? '' : 's'} of indentation in the paragraph after the box \`${header}\`, expected 4 (or a tab) to continue its body, or none: this paragraph is not in the box`,
      place,
      [node],
    );
  } else if (adjacent && indent <= 0 && boxBody(node).length === 0) {
    report(
      file,
      'mkdocs-box-indent',
      `Unexpected unindented line right after \`${header}\`, expected its body indented by 4 spaces: the box is empty and this line follows it`,
      place,
      [node],
    );
  } else if (!adjacent) {
    lintEmptyBeforeBlock(node, parent, header, indent, place, file);
  }
}

/**
 * An empty box in a list item with a list right under its header, indented less than its body, 4 to 7 columns
 * past the item's marker (`-   ???+ note "Pros"` ⏎ `       - **Speed**: fast`): Python-Markdown's list processor
 * reads that list as the box's body (see `shallowListLine` in construct.ts, which takes such a list into the box
 * where CommonMark does not start a list of its own there). Here CommonMark's list item took it for a list
 * nested in the item, after the box: said, not changed.
 */
function lintListAfterHeader(
  node: BoxNode,
  parent: Parent,
  header: string,
  indent: number,
  place: {line: number; column: number},
  file: VFile,
): void {
  if (parent.type !== 'listItem' || boxBody(node).length > 0 || indent < 0 || indent > 3 || !parent.position) return;
  const distance = place.column - parent.position.start.column;
  if (distance < 4 || distance > 7) return;
  report(
    file,
    'mkdocs-box-indent',
    `Unexpected list indented ${indent} space${indent === 1 ? '' : 's'} under \`${header}\` in a list item, expected 4 (or a tab): MkDocs shows it in the box, here it follows the empty box`,
    place,
    [node],
  );
}

/**
 * An empty box whose next block, past blank lines, starts at the header's own
 * column: the body the author meant (`1. Step` ⏎ ⏎ `   ??? success "Solution"` ⏎
 * ⏎ `   ```sh`, a habit of editors that indent to the item's text) is outside
 * the box. A collapsible with nothing to open is never intended; a `!!!` box
 * with only a title is (a one-line notice), except in a list item, where the
 * header and what follows share the item's indentation. Python-Markdown reads
 * such a header in a list item as a paragraph (it needs 4 columns), so MkDocs
 * shows neither box nor body there.
 */
function lintEmptyBeforeBlock(
  node: BoxNode,
  parent: Parent,
  header: string,
  indent: number,
  place: {line: number; column: number},
  file: VFile,
): void {
  if (indent !== 0 || boxBody(node).length > 0) return;
  if (node.data.mkdocs.kind !== 'details' && parent.type !== 'listItem') return;
  report(
    file,
    'mkdocs-box-indent',
    `Unexpected empty \`${header}\` followed, after a blank line, by a block at its own indentation, expected the body indented 4 spaces more than the header: the box is empty and the block at line ${place.line} follows it`,
    place,
    [node],
  );
}
