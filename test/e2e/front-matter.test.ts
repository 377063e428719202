/**
 * Page metadata as MkDocs reads it, on the built test pages: a lesson that
 * opens with a `---` block that is not YAML metadata (a workshop's heading and
 * list between two rules) builds and shows that block as content; leading
 * MultiMarkdown `Key: value` lines are metadata, hidden, and title the page.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import type {Element, Nodes} from 'hast';
import {describe, expect, test} from 'vitest';
import {BUILD_DIR} from './site';

function page(name: string) {
  return fromHtml(readFileSync(path.join(BUILD_DIR, 'test-pages', `${name}.html`), 'utf8'));
}

function text(node: Nodes | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => text(child as Nodes)).join('') : '';
}

describe('a lesson opening with `---`, a heading, a list and `---`', () => {
  const tree = page('front-matter-as-content');
  const markdown = select('article .markdown', tree) as Element;

  test('shows the block as content, in order: rule, heading, list, rule, paragraph', () => {
    const blocks = markdown.children.filter((child): child is Element => child.type === 'element').map((child) => child.tagName);
    expect(blocks.slice(0, 5)).toEqual(['hr', 'h1', 'ul', 'hr', 'p']);
    expect(text(select('h1', markdown))).toContain('Lab 1: Essentials');
    expect(selectAll('li', markdown).map((item) => text(item))).toEqual(['Deployments', 'Services']);
  });

  test('is titled by that heading, as in MkDocs, with no second heading drawn above the content', () => {
    expect(text(select('title', tree))).toMatch(/^Lab 1: Essentials/);
    expect(selectAll('article h1', tree)).toHaveLength(1);
  });
});

describe('MultiMarkdown metadata lines', () => {
  const tree = page('multimarkdown-meta');

  test('are hidden and title the page', () => {
    const article = text(select('article', tree));
    expect(article).not.toContain('Authors');
    expect(article).not.toContain('Title:');
    expect(text(select('title', tree))).toMatch(/^Lab 2 with MultiMarkdown metadata/);
  });
});
