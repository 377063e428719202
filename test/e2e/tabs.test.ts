/**
 * Content tabs (`===`) on the authoring page: Docusaurus Tabs linked by label,
 * so choosing a tab in one set selects it in the others, and the choice
 * survives a reload (and carries over to other pages).
 */
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {launchBrowser, openPage, type OpenedPage} from './browser';
import {docUrl, proseText} from './pages';

const SOURCE = 'docs/authoring-tabs.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The selected tab's label in every tab list of the page, in document order. */
function selectedLabels(page: Page): Promise<string[]> {
  return page.$$eval('[role="tablist"]', (lists) =>
    lists.map((list) => list.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim() ?? ''),
  );
}

describe('content tabs', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('every tab set of the source is a tab list, the `===+` tab selected, nested sets included', async () => {
    const labels = await selectedLabels(opened.page);
    // Two OS sets, the Kind/Minikube set (Minikube is `===+`), the `===!` set, the nested one inside it, the icons' set.
    expect(labels).toEqual(['Linux', 'Linux', 'Minikube', 'Only tab of the next set', 'Nested A', 'pip']);
    const tabs = await opened.page.$$eval('[role="tablist"]', (lists) =>
      lists.map((list) => Array.from(list.querySelectorAll('[role="tab"]'), (tab) => tab.textContent?.trim())),
    );
    expect(tabs[0]).toEqual(['Linux', 'macOS', 'Windows']);
    expect(tabs[2]).toEqual(['Kind', 'Minikube']);
  });

  test("a label's icon is drawn in its tab, before the label's text", async () => {
    const tab = opened.page.getByRole('tab', {name: 'pip'});
    const parts = await tab.evaluate((element) => Array.from(element.childNodes, (node) => (node instanceof Element ? `${node.className}>${node.firstElementChild?.tagName}` : node.textContent)));
    expect(parts).toEqual(['twemoji>svg', ' pip']);
    expect(await tab.locator('svg path').count()).toBe(1);
    // A gap between the icon and the text, as in prose (the tab is a flex box, which drops the text's leading space).
    const gap = await tab.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element.lastChild!);
      return range.getBoundingClientRect().left - element.querySelector('.twemoji')!.getBoundingClientRect().right;
    });
    expect(gap).toBeGreaterThan(2);
    expect(await tab.locator('svg').getAttribute('aria-hidden')).toBe('true');
  });

  test("a label's inline Markdown is drawn in its tab: code and bold as in Material, the tab named by its text", async () => {
    const tab = opened.page.locator('[role="tab"]', {hasText: 'uv (fast)'});
    expect(await tab.evaluate((element) => element.innerHTML)).toBe('<span><code>uv</code> (<strong>fast</strong>)</span>');
    // The space between the code and the parenthesis is drawn (a flex item's edge spaces would be dropped).
    const gap = await tab.evaluate((element) => element.querySelector('strong')!.getBoundingClientRect().left - element.querySelector('code')!.getBoundingClientRect().right);
    expect(gap).toBeGreaterThan(5);
    await tab.click();
    await expect.poll(() => opened.page.locator('[role="tabpanel"]:visible').last().textContent()).toContain('uv pip install mkdocs-material');
  });

  test('choosing "macOS" in one set switches the other set, and survives a reload', async () => {
    const {page} = opened;
    await page.locator('[role="tablist"]').first().getByRole('tab', {name: 'macOS'}).click();
    expect((await selectedLabels(page)).slice(0, 2)).toEqual(['macOS', 'macOS']);
    await expect.poll(() => page.locator('[role="tabpanel"]:visible').first().textContent()).toContain('brew install kubectl');
    await page.reload({waitUntil: 'load'});
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
    expect((await selectedLabels(page)).slice(0, 2)).toEqual(['macOS', 'macOS']);
  });

  test('tabs are keyboard operable (arrow keys move between tabs, Enter selects)', async () => {
    const {page} = opened;
    const linux = page.locator('[role="tablist"]').nth(1).getByRole('tab', {name: 'Linux'});
    await linux.click();
    await linux.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('macOS');
    await page.keyboard.press('Enter');
    expect((await selectedLabels(page))[1]).toBe('macOS');
  });

  test('no raw `===` outside code', async () => {
    expect(await proseText(opened.page)).not.toContain('===');
    expect(opened.errors).toEqual([]);
  });
});

// Screenshots and axe-core in both modes and widths: all-pages-axe.test.ts.
