import type {Element} from 'hast';
import type {List, ListItem, Paragraph, Root, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {} from 'mdast-util-to-hast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';

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
 * remark-gfm (always on in Docusaurus) already read the box as GFM does
 * (`listItem.checked`); pymdownx is a tree processor over the finished tree,
 * so this is a tree step that takes GFM's answer and corrects it where the
 * two differ: pymdownx wants the text on the box's line (GFM also takes
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
      if (item.checked === null || item.checked === undefined) continue;
      const paragraph = item.children[0];
      const checked = item.checked;
      item.checked = null;
      if (paragraph?.type !== 'paragraph') continue;
      const marker = writtenMarker(source, item, paragraph);
      if (marker !== undefined && /[\r\n]/.test(marker)) {
        // `- [x]` then the text on the next line: GFM's box, text to pymdownx.
        restoreMarker(paragraph, marker.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/, '\n'));
        continue;
      }
      tasks++;
      addClass(item, 'task-list-item');
      paragraph.children.unshift(checkbox(checked, options, paragraph), {type: 'text', value: ' '});
    }
    if (tasks > 0) addClass(list, options.docusaurus ? ['task-list', 'contains-task-list'] : ['task-list']);
  });
}

/** The `[x]` GFM took and the whitespace after it, as written (between the item's marker and its paragraph). */
function writtenMarker(source: string, item: ListItem, paragraph: Paragraph): string | undefined {
  const from = item.position?.start.offset;
  const to = paragraph.position?.start.offset;
  if (from === undefined || to === undefined) return undefined;
  return /\[[xX ]\]\s*$/.exec(source.slice(from, to))?.[0];
}

/** GFM took a box pymdownx does not see: the `[x]` and the whitespace after it are text again. */
function restoreMarker(paragraph: Paragraph, marker: string): void {
  const head = paragraph.children[0];
  if (head?.type === 'text') head.value = marker + head.value;
  else paragraph.children.unshift({type: 'text', value: marker});
}

/**
 * The box as pymdownx writes it: `<input type="checkbox" disabled checked/>`,
 * inside `<label class="task-list-control">` with an empty
 * `<span class="task-list-indicator">` when `custom_checkbox` is on (Material's
 * look: the input is hidden and the span draws the box). For the Docusaurus
 * page the input is also named after the item's text (`aria-label`): the
 * label around it holds no text, and axe requires a checkbox to have a name.
 */
function checkbox(checked: boolean, options: TasklistOptions, paragraph: Paragraph): Text {
  const input: Element = {
    type: 'element',
    tagName: 'input',
    properties: {type: 'checkbox', disabled: !options.clickableCheckbox, checked},
    children: [],
  };
  if (options.docusaurus) input.properties.ariaLabel = toString(paragraph).trim() || (checked ? 'done' : 'to do');
  if (!options.customCheckbox) return {type: 'text', value: '', data: {hName: 'input', hProperties: input.properties, hChildren: []}};
  const indicator: Element = {type: 'element', tagName: 'span', properties: {className: ['task-list-indicator']}, children: []};
  return {type: 'text', value: '', data: {hName: 'label', hProperties: {className: ['task-list-control']}, hChildren: [input, indicator]}};
}

function addClass(node: List | ListItem, names: string | string[]): void {
  const properties = ((node.data ??= {}).hProperties ??= {});
  const existing: unknown = properties.className;
  const classes = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/).filter(Boolean) : [];
  for (const name of typeof names === 'string' ? [names] : names) if (!classes.includes(name)) classes.push(name);
  properties.className = classes;
}
