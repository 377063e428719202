import type {Nodes, Paragraph, Parent, PhrasingContent, Root, Text} from 'mdast';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import type {Point, Position} from 'unist';
import type {DefList, DefListDescription, DefListTerm} from './nodes';
import './token-types';

/**
 * Definition tokens become `defListDescription` nodes, then a tree transform
 * groups them as Python-Markdown's `DefListProcessor` does, looking at the
 * sibling before each definition:
 * - a paragraph: its lines are the terms (one `dt` per line); right before the
 *   `:` line (the same block) the definition is tight, after a blank line
 *   loose;
 * - no paragraph and no terms: a definition after a definition whose content
 *   is more than one paragraph's text is loose (`dl[-1]` has children);
 * - the terms' paragraph, or the definition itself, right after a `defList`
 *   joins that list (consecutive groups are one `<dl>`, blank lines or not);
 *   after anything else (a heading, a list) a new list starts, without terms
 *   when there are none;
 * - nothing before it in its container: not a definition for Python-Markdown
 *   (a paragraph starting with `:`); it stays a lone `defListDescription`,
 *   which the lint reports and turns back into text (it knows the file).
 * A definition whose body has blank lines between blocks is loose too (the
 * blocks after the blank line are `DefListIndentProcessor`'s, which wraps the
 * first text in a `<p>`).
 */
export function mkdocsDefListFromMarkdown(): Extension {
  return {
    enter: {mkdocsDefinition: enterDefinition},
    exit: {mkdocsDefinition: exitDefinition, mkdocsDefinitionMarker: exitMarker},
    transforms: [groupDefinitionLists],
  };
}

const markerEnds = new WeakMap<DefListDescription, Point>();

function enterDefinition(this: CompileContext, token: Token): undefined {
  const node: DefListDescription = {type: 'defListDescription', spread: false, children: [], data: {hName: 'dd'}};
  this.enter(node, token);
}

function exitMarker(this: CompileContext, token: Token): undefined {
  markerEnds.set(this.stack[this.stack.length - 1] as DefListDescription, token.end);
}

/** The node ends where its content does (or its marker, when it has none). */
function exitDefinition(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as DefListDescription;
  this.exit(token);
  const end = node.children[node.children.length - 1]?.position?.end ?? markerEnds.get(node);
  if (node.position && end) node.position.end = {...end};
}

export function groupDefinitionLists(tree: Root): undefined {
  groupIn(tree);
}

function groupIn(parent: Parent): void {
  if (!parent.children.some((child) => child.type === 'defListDescription')) {
    for (const child of parent.children) if ('children' in child) groupIn(child);
    return;
  }
  const out: Nodes[] = [];
  for (const child of parent.children) {
    if ('children' in child) groupIn(child);
    if (child.type !== 'defListDescription') {
      out.push(child);
      continue;
    }
    let previous = out[out.length - 1];
    if (previous === undefined) {
      out.push(child);
      continue;
    }
    let terms: DefListTerm[] = [];
    let loose = false;
    if (previous.type === 'paragraph' && !previous.data?.directiveLabel) {
      terms = splitTerms(previous);
      loose = !sameBlock(previous, child);
      out.pop();
      previous = out[out.length - 1];
    }
    let list: DefList;
    if (previous?.type === 'defList') {
      list = previous;
      const last = list.children[list.children.length - 1];
      if (terms.length === 0 && last?.type === 'defListDescription' && hasBlocks(last)) loose = true;
    } else {
      list = {type: 'defList', children: [], data: {hName: 'dl'}};
      out.push(list);
    }
    child.spread = loose || blankInside(child);
    list.children.push(...terms, child);
    list.position = span(list.children[0]!.position, child.position);
  }
  parent.children = out as Parent['children'];
}

/** The paragraph ends on the line right before the `:` line: Python-Markdown's block held both. */
function sameBlock(paragraph: Paragraph, definition: DefListDescription): boolean {
  const end = paragraph.position?.end.line;
  const start = definition.position?.start.line;
  return end !== undefined && start !== undefined && end + 1 === start;
}

/** Python-Markdown's `len(dd)`: the definition holds an element, not just text. */
function hasBlocks(definition: DefListDescription): boolean {
  const [first] = definition.children;
  return definition.spread || definition.children.length > 1 || (first !== undefined && first.type !== 'paragraph');
}

/** Blocks separated by a blank line: the later ones came through `DefListIndentProcessor`. */
function blankInside(definition: DefListDescription): boolean {
  const children = definition.children;
  for (let index = 1; index < children.length; index++) {
    const end = children[index - 1]!.position?.end.line;
    const start = children[index]!.position?.start.line;
    if (end !== undefined && start !== undefined && start > end + 1) return true;
  }
  return false;
}

/**
 * One term per line of the paragraph, surrounding whitespace removed, empty
 * lines dropped (`term.strip()`). Lines end in the paragraph's text nodes
 * (soft breaks) or at a `break` (hard break). An inline node that spans two
 * lines (emphasis, a code span) stays whole in the term where it starts:
 * Python-Markdown reads each line apart, so it would show the markers as text.
 */
function splitTerms(paragraph: Paragraph): DefListTerm[] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1]!.push(child);
      continue;
    }
    const pieces = child.value.split('\n');
    pieces.forEach((value, index) => {
      if (index > 0) lines.push([]);
      if (value !== '') lines[lines.length - 1]!.push(textPiece(child, value, index, pieces));
    });
  }
  const terms: DefListTerm[] = [];
  for (const line of lines) {
    trimLine(line);
    if (line.length === 0) continue;
    terms.push({
      type: 'defListTerm',
      children: line,
      data: {hName: 'dt'},
      position: span(line[0]!.position, line[line.length - 1]!.position),
    });
  }
  return terms;
}

/**
 * A line of a text node, placed where the node's own start or end tells
 * (its first and last lines); a middle line gets no position (micromark drops
 * the indentation of a paragraph's continuation lines from the value, so its
 * columns are unknown here).
 */
function textPiece(node: Text, value: string, index: number, pieces: string[]): Text {
  const piece: Text = {type: 'text', value};
  const position = node.position;
  const startOffset = position?.start.offset;
  const endOffset = position?.end.offset;
  if (!position || startOffset === undefined || endOffset === undefined) return piece;
  if (index === 0) {
    const end = {line: position.start.line, column: position.start.column + value.length, offset: startOffset + value.length};
    piece.position = {start: {...position.start}, end};
  } else if (index === pieces.length - 1) {
    const start = {line: position.end.line, column: Math.max(1, position.end.column - value.length), offset: endOffset - value.length};
    piece.position = {start, end: {...position.end}};
  }
  return piece;
}

function trimLine(line: PhrasingContent[]): void {
  const first = line[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[ \t]+/, '');
  const last = line[line.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/[ \t]+$/, '');
  while (line[0]?.type === 'text' && (line[0] as Text).value === '') line.shift();
  while (line.length > 0 && line[line.length - 1]!.type === 'text' && (line[line.length - 1] as Text).value === '') line.pop();
}

function span(start: Position | undefined, end: Position | undefined): Position | undefined {
  return start && end ? {start: {...start.start}, end: {...end.end}} : undefined;
}

