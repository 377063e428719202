/**
 * What the end-to-end tests read from the built site: page URLs from the
 * doc sources, and the boxes of a page as a reader meets them.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {inject} from 'vitest';
import {ROOT} from './site';

/** The served URL of the doc built from `source` (`docs/x.md`). */
export function docUrl(source: string): string {
  const permalinks = inject('permalinks');
  const sitePath = permalinks[source];
  if (sitePath === undefined) {
    throw new Error(`no page was built from ${source}; built docs: ${Object.keys(permalinks).join(', ') || 'none'}`);
  }
  return new URL(sitePath.replace(/^\//, ''), inject('baseUrl')).href;
}

/** The text of a source file of the repository. */
export function sourceText(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

export interface BoxInfo {
  /** `div` for an admonition, `details` for a collapsible. */
  tag: string;
  classes: string[];
  /** Text of the title bar (admonition heading or `<summary>`), null when there is none. */
  heading: string | null;
  /** `<code>` texts inside the title bar. */
  headingCode: string[];
  /** Text of the body (everything but the title bar). */
  content: string;
  /** `<details>` only: whether it is open. */
  open: boolean | null;
  /** Index (in this list) of the box this one is nested in, or null. */
  parent: number | null;
}

/**
 * A box: Docusaurus' admonition (`div.theme-admonition`) or a collapsible, which
 * the theme's `Details` draws as `<details class="… theme-admonition-<type>">`.
 */
export const BOX_SELECTOR = '.theme-admonition, details[class*="theme-admonition-"]';

/** Every box in the page's article, in document order. */
export function readBoxes(page: Page): Promise<BoxInfo[]> {
  return page.evaluate((selector) => {
    const boxes = Array.from(document.querySelectorAll<HTMLElement>(`article :is(${selector})`));
    const titleBar = (box: HTMLElement): Element | null =>
      box.tagName === 'DETAILS'
        ? box.querySelector(':scope > summary')
        : box.querySelector(':scope > [class*="admonitionHeading"]');
    return boxes.map((box) => {
      const bar = titleBar(box);
      const body = Array.from(box.children).filter((child) => child !== bar);
      const parentBox = box.parentElement?.closest<HTMLElement>(selector) ?? null;
      return {
        tag: box.tagName.toLowerCase(),
        classes: Array.from(box.classList),
        heading: bar ? (bar.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
        headingCode: bar ? Array.from(bar.querySelectorAll('code')).map((code) => code.textContent ?? '') : [],
        content: body
          .map((child) => child.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
        open: box instanceof HTMLDetailsElement ? box.open : null,
        parent: parentBox ? boxes.indexOf(parentBox) : null,
      };
    });
  }, BOX_SELECTOR);
}

/** Text of the article outside `<pre>` and `<code>` (where MkDocs syntax may be shown on purpose). */
export function proseText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const article = document.querySelector('article');
    if (!article) return '';
    const clone = article.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('pre, code').forEach((element) => element.remove());
    return clone.textContent ?? '';
  });
}
