import type {Element} from 'hast';
import type {List, ListItem, Paragraph, Root, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {} from 'mdast-util-to-hast';
import type {Point} from 'unist';
import type {VFile} from 'vfile';
import type {MdxJsxAttribute, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {jsxAttribute} from '../mdast-util/jsx';
import {location} from 'vfile-location';
import {visit} from '../mdast-util/visit';
import {verbatimIn} from '../mdast-util/text-place';

export interface TasklistOptions {
  /** pymdownx's `custom_checkbox`: the box is drawn by CSS (`label.task-list-control` + `span.task-list-indicator`). */
  customCheckbox: boolean;
  /** pymdownx's `clickable_checkbox`: the reader may tick the box (it is not `disabled`). */
  clickableCheckbox: boolean;
  /** The Docusaurus target: the box is named after its item for screen readers. */
  docusaurus: boolean;
}

/** pymdownx's options, with its defaults (both `false`). */
export function tasklistOptions(options: Readonly<Record<string, unknown>>, docusaurus: boolean): TasklistOptions {
  return {customCheckbox: options.custom_checkbox === true, clickableCheckbox: options.clickable_checkbox === true, docusaurus};
}

/**
 * pymdownx.tasklist: a list item whose text starts with `[ ]`, `[x]` or `[X]`
 * and one or more spaces gets a checkbox, the item the class
 * `task-list-item`, its list `task-list`.
 *
 * pymdownx is a tree processor over the finished tree (it reads the text
 * each item starts with), so this is a tree step. remark-gfm (always on in
 * Docusaurus) may already have read the box as GFM does (`listItem.checked`):
 * the step takes GFM's answer and corrects it where the two differ: pymdownx wants the text on the box's line (GFM also takes
 * `- [x]` with the text on the next line, which pymdownx leaves as text;
 * spaces or tabs after `]` are the same to both, Python-Markdown expands
 * tabs). Then the box is drawn the way
 * pymdownx writes it, instead of remark-rehype's GFM form
 * (`contains-task-list`, no label).
 */
export function tasklists(tree: Root, file: VFile, options: TasklistOptions): void {
  const source = String(file);
  visit(tree, 'list', (list) => {
    let tasks = 0;
    for (const item of list.children) {
      const paragraph = item.children[0];
      const checked = paragraph?.type === 'paragraph' ? taskState(item, paragraph, source, file) : undefined;
      item.checked = null;
      if (checked === undefined || paragraph?.type !== 'paragraph') continue;
      tasks++;
      addClass(item, 'task-list-item');
      paragraph.children.unshift(checkbox(checked, options, paragraph), {type: 'text', value: ' '});
    }
    if (tasks > 0) addClass(list, 'task-list');
  });
}

/**
 * Whether the item is a task (its state), as pymdownx reads it. With
 * remark-gfm, GFM already took the box (`checked`) and its paragraph starts
 * after it; without, the box is still the text the paragraph starts with.
 */
function taskState(item: ListItem, paragraph: Paragraph, source: string, file: VFile): boolean | undefined {
  if (typeof item.checked === 'boolean') {
    const marker = writtenMarker(source, item, paragraph);
    if (marker === undefined || !/[\r\n]/.test(marker)) return item.checked;
    // `- [x]` then the text on the next line: GFM's box, text to pymdownx.
    const at = paragraph.position?.start.offset;
    const start = at === undefined ? undefined : location(file).toPoint(at - marker.length);
    restoreMarker(paragraph, marker.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/, '\n'), start);
    return undefined;
  }
  const head = paragraph.children[0];
  if (head?.type !== 'text') return undefined;
  const match = /^\[([xX ])\][ \t]+/.exec(head.value);
  if (!match || !verbatimIn(file, head)(0, 3)) return undefined;
  // pymdownx's `(?P<line>.*)` may be empty only when an inline element follows (Python-Markdown strips the line).
  if (head.value.length === match[0].length && paragraph.children.length === 1) return undefined;
  head.value = head.value.slice(match[0].length);
  const start = head.position?.start;
  if (start) head.position!.start = {line: start.line, column: start.column + match[0].length, offset: start.offset === undefined ? undefined : start.offset + match[0].length};
  if (head.value === '') paragraph.children.shift();
  return match[1] !== ' ';
}

/** The `[x]` GFM took and the whitespace after it, as written (between the item's marker and its paragraph). */
function writtenMarker(source: string, item: ListItem, paragraph: Paragraph): string | undefined {
  const from = item.position?.start.offset;
  const to = paragraph.position?.start.offset;
  if (from === undefined || to === undefined) return undefined;
  return /\[[xX ]\]\s*$/.exec(source.slice(from, to))?.[0];
}

/** GFM took a box pymdownx does not see: the `[x]` and the whitespace after it are text again. */
function restoreMarker(paragraph: Paragraph, marker: string, start: Point | undefined): void {
  const head = paragraph.children[0];
  if (head?.type === 'text') {
    head.value = marker + head.value;
    if (head.position && start) head.position.start = start;
  } else {
    paragraph.children.unshift({type: 'text', value: marker});
  }
  if (paragraph.position && start) paragraph.position.start = start;
}

/**
 * The box as pymdownx writes it: `<input type="checkbox" disabled checked/>`,
 * inside `<label class="task-list-control">` with an empty
 * `<span class="task-list-indicator">` when `custom_checkbox` is on (Material's
 * look: the input is hidden and the span draws the box). For the Docusaurus
 * page the input is also named after the item's text (`aria-label`): the
 * label around it holds no text, and axe requires a checkbox to have a name.
 */
function checkbox(checked: boolean, options: TasklistOptions, paragraph: Paragraph): Text | MdxJsxTextElement {
  if (options.docusaurus) return checkboxJsx(checked, options, toString(paragraph).trim() || (checked ? 'done' : 'to do'));
  const input: Element = {
    type: 'element',
    tagName: 'input',
    properties: {type: 'checkbox', disabled: !options.clickableCheckbox, checked},
    children: [],
  };
  if (!options.customCheckbox) return {type: 'text', value: '', data: {hName: 'input', hProperties: input.properties, hChildren: []}};
  const indicator: Element = {type: 'element', tagName: 'span', properties: {className: ['task-list-indicator']}, children: []};
  return {type: 'text', value: '', data: {hName: 'label', hProperties: {className: ['task-list-control']}, hChildren: [input, indicator]}};
}

/**
 * The same box as JSX for the Docusaurus page, whose props React reads: a box
 * the reader may tick is uncontrolled (`defaultChecked`; a `checked` prop
 * without a change handler would pin it, and React warns). Raw HTML
 * properties would not do: Docusaurus's rehype-raw turns an unknown one such
 * as `defaultChecked` into an empty string attribute.
 */
function checkboxJsx(checked: boolean, options: TasklistOptions, name: string): MdxJsxTextElement {
  const flag = (attribute: string, on: boolean) => (on ? [jsxAttribute(attribute, null)] : []);
  const input = jsxTextElement('input', [
    jsxAttribute('type', 'checkbox'),
    ...flag('disabled', !options.clickableCheckbox),
    ...flag(options.clickableCheckbox ? 'defaultChecked' : 'checked', checked),
    jsxAttribute('aria-label', name),
  ]);
  if (!options.customCheckbox) return input;
  return jsxTextElement('label', [jsxAttribute('className', 'task-list-control')], [
    input,
    jsxTextElement('span', [jsxAttribute('className', 'task-list-indicator')]),
  ]);
}

function jsxTextElement(name: string, attributes: MdxJsxAttribute[], children: MdxJsxTextElement[] = []): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name, attributes, children};
}

function addClass(node: List | ListItem, names: string | string[]): void {
  const properties = ((node.data ??= {}).hProperties ??= {});
  const existing: unknown = properties.className;
  const classes = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/).filter(Boolean) : [];
  for (const name of typeof names === 'string' ? [names] : names) if (!classes.includes(name)) classes.push(name);
  properties.className = classes;
}
