import type {Image, Parent, Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {report} from '../messages';
import {toString} from 'mdast-util-to-string';
import {visit} from '../mdast-util/visit';
import type {Node} from 'unist';
import {boxBody, boxLabel, isBox, type BoxNode} from './nodes';
import {jsxAttribute, jsxFlowElement} from '../mdast-util/jsx';
import {isIconNode} from '../emoji/transform';

/** Tab sets are linked by label across pages, like Material's `content.tabs.link`. */
export const TAB_GROUP = 'mkdocs-tabs';

function isTab(node: RootContent | undefined): node is BoxNode & RootContent {
  return isBox(node) && node.data.mkdocs.kind === 'tab';
}

/**
 * Consecutive `===` tabs in one parent form a set (pymdownx.tabbed): any other
 * block in between starts a new set, and so does `===!`. The selected tab is
 * the last `===+` one, or the first.
 */
function tabSets(parent: Parent): Array<{start: number; tabs: BoxNode[]}> {
  const sets: Array<{start: number; tabs: BoxNode[]}> = [];
  let current: {start: number; tabs: BoxNode[]} | undefined;
  parent.children.forEach((child, index) => {
    if (!isTab(child)) {
      current = undefined;
      return;
    }
    if (!current || child.data.mkdocs.newSet) {
      current = {start: index, tabs: []};
      sets.push(current);
    }
    current.tabs.push(child);
  });
  return sets;
}

function selectedIndex(tabs: BoxNode[]): number {
  const last = tabs.map((tab) => tab.data.mkdocs.open).lastIndexOf(true);
  return last === -1 ? 0 : last;
}

function labelText(tab: BoxNode, index: number): string {
  const label = boxLabel(tab);
  const text = label ? toString(label).trim() : '';
  return text || `Tab ${index + 1}`;
}

/**
 * A part of a tab's label as the site's `Tabs` draws it: text, with the inline formatting around it from the
 * outside in (`styles`, absent for plain text), or an icon's SVG (its viewBox and paths).
 */
export type TabLabelPart = {text: string; styles?: TabLabelStyle[]} | {icon: TabLabelIcon};

/** The elements a label's text may sit in, as pymdownx.tabbed renders the label's inline Markdown. */
export type TabLabelStyle = 'code' | 'strong' | 'em' | 'del' | 'mark' | 'ins' | 'sub' | 'sup';

const STYLE_OF_TYPE: Readonly<Record<string, TabLabelStyle>> = {strong: 'strong', emphasis: 'em', delete: 'del'};
/** `==mark==`, `^^ins^^`, `~sub~`… (the marks step's `mkdocsFormat` nodes, by their element). */
const STYLE_OF_ELEMENT: ReadonlySet<string> = new Set<TabLabelStyle>(['strong', 'em', 'del', 'mark', 'ins', 'sub', 'sup']);

export interface TabLabelIcon {
  viewBox: string;
  paths: Array<{d: string; fillRule?: string; clipRule?: string}>;
}

/**
 * The label's text, icons and formatting in order (`=== ":simple-python: Using pip"`, ``=== "`uv`"``), when it
 * has an icon or formatting: Docusaurus's `TabItem` takes a text label, which has no room for them, so the
 * site's `Tabs` (src/theme/Tabs) draws these parts instead. Undefined for a label of plain text.
 */
function labelParts(tab: BoxNode): TabLabelPart[] | undefined {
  const label = boxLabel(tab);
  if (!label) return undefined;
  const parts: TabLabelPart[] = [];
  let drawn = false;
  const sameStyles = (a: readonly TabLabelStyle[] = [], b: readonly TabLabelStyle[] = []) => a.length === b.length && a.every((style, index) => style === b[index]);
  const addText = (text: string, styles: readonly TabLabelStyle[]) => {
    if (text === '') return;
    if (styles.length > 0) drawn = true;
    const last = parts[parts.length - 1];
    if (last && 'text' in last && sameStyles(last.styles, styles)) last.text += text;
    else parts.push(styles.length > 0 ? {text, styles: [...styles]} : {text});
  };
  const walk = (node: Node, styles: readonly TabLabelStyle[]): void => {
    const svg = iconSvg(node);
    if (svg) {
      parts.push({icon: svg});
      drawn = true;
      return;
    }
    if (node.type === 'text') return addText((node as unknown as {value: string}).value, styles);
    if (node.type === 'inlineCode') return addText((node as unknown as {value: string}).value, [...styles, 'code']);
    const element = (node.data as {hName?: unknown} | undefined)?.hName;
    const style = STYLE_OF_TYPE[node.type] ?? (typeof element === 'string' && STYLE_OF_ELEMENT.has(element) ? (element as TabLabelStyle) : undefined);
    const inner = style ? [...styles, style] : styles;
    for (const child of (node as Partial<Parent>).children ?? []) walk(child, inner);
  };
  walk(label, []);
  if (!drawn) return undefined;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first && 'text' in first) first.text = first.text.trimStart();
  if (last && 'text' in last) last.text = last.text.trimEnd();
  return parts.filter((part) => !('text' in part) || part.text !== '');
}

/** The SVG of an icon the emoji step made (`data.hChildren`: one `<svg>` of `<path>`s). */
function iconSvg(node: Node): TabLabelIcon | undefined {
  if (!isIconNode(node as RootContent)) return undefined;
  const data = node.data as {hChildren?: Array<{tagName?: string; properties?: Record<string, unknown>; children?: Array<{tagName?: string; properties?: Record<string, unknown>}>}>};
  const svg = data.hChildren?.find((child) => child.tagName === 'svg');
  const viewBox = svg?.properties?.viewBox;
  if (!svg || typeof viewBox !== 'string') return undefined;
  const paths = (svg.children ?? []).flatMap((child) => {
    const properties = child.properties ?? {};
    if (child.tagName !== 'path' || typeof properties.d !== 'string') return [];
    return [{d: properties.d, ...(typeof properties.fillRule === 'string' ? {fillRule: properties.fillRule} : {}), ...(typeof properties.clipRule === 'string' ? {clipRule: properties.clipRule} : {})}];
  });
  return paths.length > 0 ? {viewBox, paths} : undefined;
}

/** Parents first collected, then rewritten from the deepest, so indexes stay valid. */
function rewriteTabSets(tree: Root, build: (tabs: BoxNode[], parent: Parent) => Node): void {
  const parents: Parent[] = [];
  visit(tree, (node) => {
    const parent = node as Parent;
    if (Array.isArray(parent.children) && parent.children.some((child) => isTab(child))) parents.push(parent);
  });
  for (const parent of parents.reverse()) {
    for (const {start, tabs} of tabSets(parent).reverse()) {
      parent.children.splice(start, tabs.length, build(tabs, parent) as RootContent);
    }
  }
}

/**
 * An image in a tab's label, which the site's tabs do not draw (`tabsToDocusaurus`: the label is its text, the
 * image's alt text included), said at the image (`mkdocs-tab-label`), whatever the target: the site is what readers see.
 */
export function lintTabLabels(tree: Root, file: VFile): void {
  visit(tree, (node) => {
    if (!isTab(node as RootContent)) return;
    const label = boxLabel(node as BoxNode);
    if (!label) return;
    visit(label, 'image', (image: Image) => {
      report(file, 'mkdocs-tab-label', `Unexpected image \`${image.url}\` in a content tab's label, expected text, icons (\`:material-…:\`) or formatting: the site's tab labels cannot draw an image; the label shows its text${image.alt ? ` and the alt text "${image.alt}"` : ''}`, image.position);
    });
  });
}

/** `<Tabs groupId>` (without it when the sets are not linked) with a `<TabItem value label [default]>` per tab (Docusaurus's own components). */
export function tabsToDocusaurus(tree: Root, linked = true): void {
  rewriteTabSets(tree, (tabs) => {
    const selected = selectedIndex(tabs);
    const used = new Set<string>();
    const items = tabs.map((tab, index) => {
      const label = labelText(tab, index);
      let value = label;
      for (let n = 2; used.has(value); n++) value = `${label} (${n})`;
      used.add(value);
      const attributes = [jsxAttribute('value', value), jsxAttribute('label', label)];
      const parts = labelParts(tab);
      if (parts) attributes.push(jsxAttribute('labelParts', JSON.stringify(parts)));
      if (index === selected) attributes.push(jsxAttribute('default', null));
      return jsxFlowElement('TabItem', attributes, boxBody(tab), tab.position);
    });
    // Linked (`content.tabs.link`): one group for every set, so a label chosen anywhere is chosen everywhere.
    return jsxFlowElement('Tabs', linked ? [jsxAttribute('groupId', TAB_GROUP)] : [], items, {
      start: tabs[0]!.position!.start,
      end: tabs[tabs.length - 1]!.position!.end,
    });
  });
}

/** MkDocs' alternate-style markup, without the radio inputs: labels, then one block per tab. */
export function tabsToHtml(tree: Root): void {
  rewriteTabSets(tree, (tabs) => {
    const selected = selectedIndex(tabs);
    const labels = tabs.map((tab, index) => ({
      type: 'paragraph',
      data: {hName: 'label', hProperties: index === selected ? {dataSelected: ''} : {}},
      children: boxLabel(tab)?.children ?? [],
    }));
    const blocks = tabs.map((tab) => ({type: 'blockquote', data: {hName: 'div', hProperties: {className: ['tabbed-block']}}, children: boxBody(tab)}));
    return {
      type: 'blockquote',
      data: {hName: 'div', hProperties: {className: ['tabbed-set', 'tabbed-alternate']}},
      children: [
        {type: 'blockquote', data: {hName: 'div', hProperties: {className: ['tabbed-labels']}}, children: labels},
        {type: 'blockquote', data: {hName: 'div', hProperties: {className: ['tabbed-content']}}, children: blocks},
      ],
    } as Node;
  });
}
