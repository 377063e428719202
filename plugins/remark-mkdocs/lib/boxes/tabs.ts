import type {Parent, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from '../mdast-util/visit';
import type {Node} from 'unist';
import {boxBody, boxLabel, isBox, type BoxNode} from './nodes';
import {jsxAttribute, jsxFlowElement} from '../mdast-util/jsx';

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

/** `<Tabs groupId>` with a `<TabItem value label [default]>` per tab (Docusaurus's own components). */
export function tabsToDocusaurus(tree: Root): void {
  rewriteTabSets(tree, (tabs) => {
    const selected = selectedIndex(tabs);
    const used = new Set<string>();
    const items = tabs.map((tab, index) => {
      const label = labelText(tab, index);
      let value = label;
      for (let n = 2; used.has(value); n++) value = `${label} (${n})`;
      used.add(value);
      const attributes = [jsxAttribute('value', value), jsxAttribute('label', label)];
      if (index === selected) attributes.push(jsxAttribute('default', null));
      return jsxFlowElement('TabItem', attributes, boxBody(tab), tab.position);
    });
    return jsxFlowElement('Tabs', [jsxAttribute('groupId', TAB_GROUP)], items, {
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
