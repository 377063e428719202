import type {Paragraph, Parent, Root, RootContent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import {toString} from 'mdast-util-to-string';
import {visit} from '../mdast-util/visit';
import {report} from '../messages';
import type {MkdocsBoxData} from '../boxes/node-data';
import type {MkdocsHtml} from '../md-in-html/from-markdown';
import {isMkdocsBlock, type MkdocsBlock} from './from-markdown';
import {readBlockOptions, type BlockOptions} from './options';
import {parseSelector} from './selector';
import {defaultTitle, type BlockDefinition, type BlockSettings} from './settings';

/**
 * Gives each parsed `/// name` block the node the plugin already renders
 * (pymdownx.blocks builds the same HTML as admonition, details, tabbed and
 * md_in_html): admonition and details blocks become `!!!`/`???` box nodes,
 * tab blocks `===` tab nodes (consecutive ones form a set, `new: true` starts
 * one), html blocks `<tag markdown>` element nodes. So both targets, the lint
 * and the annotations treat them as the classic syntax. Option problems are
 * reported (`mkdocs-block-options`); the block is rendered with what was
 * understood.
 */
export function blocksToNodes(tree: Root, file: VFile, blocks: BlockSettings): void {
  const found: Array<{node: MkdocsBlock; parent: Parent; index: number}> = [];
  visit(tree, isMkdocsBlock, (node: MkdocsBlock, index, parent) => {
    if (parent && index !== undefined) found.push({node, parent, index});
  });
  // Inner blocks first: an outer block's new node takes its children in a new array.
  for (const {node, parent, index} of found.reverse()) {
    const definition = blocks.get(node.name);
    if (!definition) continue;
    const {options, problems} = readBlockOptions(node.options, definition);
    // The options lines come right after the header line.
    const header = node.position?.start;
    const place = header && node.options !== undefined ? {line: header.line + 1, column: 1} : node.position;
    for (const problem of problems) {
      report(file, 'mkdocs-block-options', `\`/// ${node.name}\` block: ${problem}; MkDocs would show the block as text, rendered here with the options it understood (the options shown as text)`, place, [node]);
    }
    // Options pymdownx refuses stay visible, as text at the top of the block (MkDocs would show all the lines as text).
    if (problems.length > 0 && node.options !== undefined) node.children.splice(labelCount(node), 0, optionsParagraph(node));
    parent.children[index] = convert(node, definition, options, file) as RootContent;
  }
}

function labelCount(node: MkdocsBlock): number {
  const [first] = node.children;
  return first?.type === 'paragraph' && first.data?.directiveLabel ? 1 : 0;
}

function optionsParagraph(node: MkdocsBlock): Paragraph {
  // No position: the options token's place is not kept with offsets, and a partial one would break rehype-raw.
  return {type: 'paragraph', children: [{type: 'text', value: node.options!.trim()}]};
}

function convert(node: MkdocsBlock, definition: BlockDefinition, options: BlockOptions, file: VFile): ContainerDirective | MkdocsHtml {
  if (definition.kind === 'html') return toHtmlElement(node, options, definition, file);
  const label = node.children[0]?.type === 'paragraph' && node.children[0].data?.directiveLabel ? (node.children[0] as Paragraph) : undefined;
  const body = (label ? node.children.slice(1) : node.children) as ContainerDirective['children'];
  const {class: extraClasses, ...otherAttrs} = options.attrs;
  for (const name of Object.keys(otherAttrs)) {
    report(file, 'mkdocs-block-options', `\`/// ${node.name}\` block: attribute \`${name}\` of \`attrs\` is not rendered on boxes and tabs (only \`class\` is)`, node.position, [node]);
  }
  const extra = Array.isArray(extraClasses) ? extraClasses : [];
  const data: MkdocsBoxData = {kind: definition.kind, open: false, classes: [], title: 'empty'};
  let title: Paragraph | undefined = label;
  if (definition.kind === 'tab') {
    data.open = options.select ?? false;
    data.newSet = options.new ?? false;
    data.title = 'custom';
  } else {
    const className = definition.shortcut?.className ?? options.type ?? '';
    if (className) data.classes.push(className.toLowerCase());
    data.open = options.open ?? false;
    // No argument: the type's default title (none without a type); an empty argument: no title.
    if (node.argument === undefined && className) {
      title = {type: 'paragraph', data: {directiveLabel: true}, children: [{type: 'text', value: definition.shortcut?.title ?? defaultTitle(className)}]};
    }
    data.title = title ? 'custom' : 'empty';
  }
  data.classes.push(...extra);
  const attributes = data.classes.length > 1 ? {class: data.classes.slice(1).join(' ')} : {};
  return {
    type: 'containerDirective',
    name: data.classes[0] ?? '',
    attributes,
    children: title ? [title, ...body] : body,
    position: node.position,
    data: {mkdocs: data},
  };
}

/** Python-Markdown's `block_level_elements` (3.4) and `html`: the tags pymdownx.blocks may parse as blocks. */
const BLOCK_LEVEL_TAGS = new Set(
  ('address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main ' +
    'menu nav ol p pre section table ul canvas colgroup dd body dt group html iframe li legend math map noscript output object ' +
    'option progress script style summary tbody td textarea tfoot th thead tr video').split(' '),
);
/** Block-level tags whose content pymdownx parses as inline Markdown only (`span_tags`). */
const SPAN_TAGS = new Set(['address', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'li', 'p', 'summary', 'td', 'th']);

/**
 * How pymdownx treats an `html` block's content: `auto` is `raw` for tags
 * whose content is never parsed, `block` for other block-level tags,
 * `inline` for the rest (`span`, custom tags); `html` is kept as written like
 * `raw` (here escaped, see deviations).
 */
function contentMode(tag: string, mode: string): 'block' | 'inline' | 'raw' {
  if (mode === 'block' || mode === 'inline') return mode;
  if (mode === 'raw' || mode === 'html') return 'raw';
  if (RAW_TAGS.has(tag)) return 'raw';
  return BLOCK_LEVEL_TAGS.has(tag) && !SPAN_TAGS.has(tag) ? 'block' : 'inline';
}

function toHtmlElement(node: MkdocsBlock, options: BlockOptions, definition: BlockDefinition, file: VFile): MkdocsHtml {
  // The construct only accepts a readable selector.
  const selector = parseSelector(node.argument ?? '');
  const attributes: Record<string, string | null> = {...(selector.ok ? selector.attributes : {})};
  for (const [key, value] of Object.entries(options.attrs)) {
    attributes[key] = Array.isArray(value) ? [attributes[key], ...value].filter(Boolean).join(' ') : value;
  }
  const name = selector.ok ? selector.tag : 'div';
  const element: MkdocsHtml = {type: 'mkdocsHtml', name, attributes, mode: 'block', closed: node.closed, children: node.children as MkdocsHtml['children'], position: node.position};
  const mode = contentMode(name, options.markdown ?? definition.customModes?.get(name) ?? 'auto');
  if (mode === 'raw') {
    // pymdownx keeps the content's text as written (an atomic string).
    element.mode = 'span';
    // Refused options shown as text (a paragraph without a place) come first.
    const shown = node.children.filter((child) => !child.position && child.type === 'paragraph').map((child) => toString(child));
    const value = [...shown, sourceOf(node.children.filter((child) => child.position), file)].filter(Boolean).join('\n\n');
    element.children = [{type: 'paragraph', children: [{type: 'text', value}]}];
  } else if (mode === 'inline') {
    // pymdownx parses the whole content as one inline run; paragraphs (the usual content) are joined back.
    const paragraphs = node.children.every((child) => child.type === 'paragraph') ? (node.children as Paragraph[]) : undefined;
    if (paragraphs) {
      element.mode = 'span';
      const children = paragraphs.flatMap((paragraph, index) => [...(index > 0 ? [{type: 'text' as const, value: '\n\n'}] : []), ...paragraph.children]);
      element.children = children.length > 0 ? [{type: 'paragraph', children}] : [];
    }
  }
  return element;
}

/** Tags whose content pymdownx never parses (`raw_tags`). */
const RAW_TAGS = new Set(['canvas', 'math', 'option', 'pre', 'script', 'style', 'textarea', 'code']);

/** The block's content as written: from its first child to its last. */
function sourceOf(children: MkdocsBlock['children'], file: VFile): string {
  const start = children[0]?.position?.start.offset;
  const end = children[children.length - 1]?.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  // The label paragraph has no place in the body; `html` blocks have none.
  const lines = String(file).slice(start, end).split('\n');
  // From the line start: the first child's position starts after its indentation.
  const first = children[0]!.position!.start;
  lines[0] = ' '.repeat(first.column - 1) + lines[0];
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}
