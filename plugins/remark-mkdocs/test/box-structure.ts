/**
 * The part of a rendering the differential test compares: the tree of MkDocs
 * boxes (`div.admonition`, `details`) with their classes, titles, open state and
 * text, plus the text outside every box.
 *
 * Everything else (paragraph vs. code, list nesting, highlighting spans, tabs
 * markup) is deliberately ignored, and whitespace is collapsed, so that
 * Python-Markdown's HTML and ours can be compared at all.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast';
import {fromHtml} from 'hast-util-from-html';

export type BoxKind = 'admonition' | 'details';

export interface Box {
  kind: BoxKind;
  /** Class names, `admonition` itself left out, in source order. */
  classes: string[];
  /** Text of `p.admonition-title` / `summary`; null when there is no title element. */
  title: string | null;
  /** `details` with an `open` attribute. Always false for admonitions. */
  open: boolean;
  /** The box's own text: no title, no nested boxes. */
  text: string;
  children: Box[];
}

export interface BoxStructure {
  /** Text outside all boxes. */
  text: string;
  boxes: Box[];
  /** HTML elements of the kind `<div markdown>` renders (md_in_html), in document order, boxes' markup left out. */
  elements: HtmlElement[];
}

/**
 * One element such as `<div class="result">` or `<figure>`: what md_in_html
 * decides is which element it is, with which classes, and whether its content
 * became blocks (`p`, `ul`, …) or stayed inline (`em`, `img`, text).
 */
export interface HtmlElement {
  name: string;
  classes: string[];
  /** How many such elements enclose it. */
  depth: number;
  /**
   * What the content became, in order, runs merged: `block` (a `p`, list,
   * heading, code block, nested element, …) or `inline` (text, `em`, `img`, …).
   * Which blocks exactly is the business of the rest of the comparison (block
   * quotes merging across a blank line, for instance, is no md_in_html rule).
   */
  children: Array<'block' | 'inline'>;
}

/**
 * Elements whose boundaries do not separate words. Every other element is treated
 * as a block: its start and end count as whitespace, so `<p>a</p><p>b</p>` and
 * `<p>a</p>\n<p>b</p>` give the same text.
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/** Collapse every whitespace run to one space and trim. */
export function normalizeWhitespace(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

export function extractBoxStructure(html: string): BoxStructure {
  const tree: Root = fromHtml(html, {fragment: true});
  const parts: string[] = [];
  const boxes: Box[] = [];
  collect(tree.children, parts, boxes);
  const elements: HtmlElement[] = [];
  collectElements(tree.children, 0, elements);
  return {text: normalizeWhitespace(parts.join('')), boxes, elements};
}

/** Elements md_in_html makes from `<tag markdown>` that Markdown itself never makes (so `p`, `ul`, `blockquote` are not here). */
const ELEMENT_TAGS = new Set([
  'div', 'figure', 'figcaption', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'address', 'fieldset',
  'form', 'hgroup',
]);

/** Markup of boxes, tabs and highlighted code, which both sides produce on their own. */
function isMarkupDiv(node: Element): boolean {
  const classes = classList(node);
  return classes.includes('admonition') || classes.includes('highlight') || classes.some((name) => name.startsWith('tabbed-'));
}

function collectElements(nodes: ReadonlyArray<RootContent | ElementContent>, depth: number, out: HtmlElement[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const tracked = ELEMENT_TAGS.has(node.tagName) && !(node.tagName === 'div' && isMarkupDiv(node));
    if (tracked) out.push({name: node.tagName, classes: classList(node), depth, children: childSummary(node)});
    collectElements(node.tagName === 'template' ? [] : node.children, tracked ? depth + 1 : depth, out);
  }
}

/** Elements that are blocks in a rendering; anything else (and text) is inline content. */
const BLOCKS = new Set([
  ...ELEMENT_TAGS, 'p', 'ul', 'ol', 'dl', 'pre', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'details', 'summary', 'menu',
]);

function childSummary(node: Element): Array<'block' | 'inline'> {
  const kinds: Array<'block' | 'inline'> = [];
  for (const child of node.children) {
    let kind: 'block' | 'inline' | undefined;
    if (child.type === 'element') kind = BLOCKS.has(child.tagName) ? 'block' : 'inline';
    else if (child.type === 'text' && child.value.trim() !== '') kind = 'inline';
    if (kind && kinds[kinds.length - 1] !== kind) kinds.push(kind);
  }
  return kinds;
}

function collect(nodes: ReadonlyArray<RootContent | ElementContent>, parts: string[], boxes: Box[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      parts.push(node.value);
    } else if (node.type === 'element') {
      const kind = boxKind(node);
      if (kind) {
        boxes.push(readBox(node, kind));
        parts.push(' ');
      } else if (INLINE.has(node.tagName)) {
        collect(node.children, parts, boxes);
      } else {
        parts.push(' ');
        collect(node.tagName === 'template' ? [] : node.children, parts, boxes);
        parts.push(' ');
      }
    }
  }
}

function boxKind(node: Element): BoxKind | undefined {
  if (node.tagName === 'details') return 'details';
  if (node.tagName === 'div' && classList(node).includes('admonition')) return 'admonition';
  return undefined;
}

function readBox(node: Element, kind: BoxKind): Box {
  const classes = classList(node).filter((name) => kind !== 'admonition' || name !== 'admonition');
  const firstElement = node.children.find((child): child is Element => child.type === 'element');
  const titleElement =
    firstElement &&
    (kind === 'details'
      ? firstElement.tagName === 'summary'
      : firstElement.tagName === 'p' && classList(firstElement).includes('admonition-title'))
      ? firstElement
      : undefined;
  const parts: string[] = [];
  const children: Box[] = [];
  collect(
    node.children.filter((child) => child !== titleElement),
    parts,
    children,
  );
  return {
    kind,
    classes,
    title: titleElement ? textOf(titleElement) : null,
    open: kind === 'details' && node.properties.open !== undefined && node.properties.open !== false,
    text: normalizeWhitespace(parts.join('')),
    children,
  };
}

function textOf(node: Element): string {
  const parts: string[] = [];
  const nested: Box[] = [];
  collect(node.children, parts, nested);
  return normalizeWhitespace(parts.join(''));
}

function classList(node: Element): string[] {
  const value: unknown = node.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/u).filter(Boolean) : [];
}

/**
 * A coarser view for documents written outside the generator's controlled
 * subset (the corpus lessons), where syntax no box rule is about (attribute
 * lists, code-span padding, a no-break space after `##`) renders differently:
 * box kinds, classes, titles and nesting stay exact, each box's text keeps only
 * its letters and digits, and the text outside all boxes is dropped.
 */
export function looseBoxStructure(structure: BoxStructure): BoxStructure {
  const squeeze = (boxes: readonly Box[]): Box[] =>
    boxes.map((box) => ({...box, text: box.text.replace(/[^\p{L}\p{N}]+/gu, ''), children: squeeze(box.children)}));
  return {text: '', boxes: squeeze(structure.boxes), elements: structure.elements};
}

/** One line per box, indented by depth; the top-level text last. Stable, so it can be diffed. */
export function formatBoxStructure(structure: BoxStructure): string[] {
  const lines: string[] = [];
  const visit = (boxes: readonly Box[], depth: number): void => {
    for (const box of boxes) {
      const head = box.kind === 'admonition' ? '!!!' : box.open ? '???+' : '???';
      const title = box.title === null ? 'no-title' : `title=${JSON.stringify(box.title)}`;
      lines.push(`${'  '.repeat(depth)}${head} [${box.classes.join(' ')}] ${title} text=${JSON.stringify(box.text)}`);
      visit(box.children, depth + 1);
    }
  };
  visit(structure.boxes, 0);
  for (const element of structure.elements) {
    const name = [element.name, ...element.classes].join('.');
    lines.push(`${'  '.repeat(element.depth)}<${name}> children=[${element.children.join(',')}]`);
  }
  lines.push(`outside=${JSON.stringify(structure.text)}`);
  return lines;
}

/** Line diff of two formatted structures (`-` expected only, `+` actual only, ` ` both); empty when equal. */
export function diffBoxStructures(expected: BoxStructure, actual: BoxStructure): string {
  const a = formatBoxStructure(expected);
  const b = formatBoxStructure(actual);
  if (a.length === b.length && a.every((line, index) => line === b[index])) return '';
  // Longest common subsequence table, then walk it; structures are small.
  const table = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (j < b.length && (i === a.length || table[i][j + 1] >= table[i + 1][j])) {
      out.push(`+ ${b[j++]}`);
    } else {
      out.push(`- ${a[i++]}`);
    }
  }
  return out.join('\n');
}
