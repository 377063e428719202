/**
 * A link in a collapsible box's title (`??? note "[x](#y) …"`) is followed,
 * as in Material; a click elsewhere on the title still opens the box.
 *
 * The link is put into a collapsible of the authoring guide in the browser
 * rather than written in a test page: a link in a `<summary>` is a nested
 * interactive control (axe's `nested-interactive`, in MkDocs too), and every
 * built page must pass axe (all-pages-axe.test.ts). The click handlers are
 * React's, delegated from the root, so they see the added link as they would
 * a written one.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect, inject, test} from 'vitest';
import {launchBrowser, openPage} from './browser';
import {docUrl} from './pages';

const SOURCE = 'docs/authoring-boxes.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('clicking a link in the title follows it and leaves the box as it was; clicking the title opens it', async () => {
  const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
  const {page} = opened;
  try {
    // The first closed one, marked so that the locator keeps it once it is open.
    await page.locator('article details:not([open])').first().evaluate((element) => element.setAttribute('data-test', 'title-link'));
    const details = page.locator('article details[data-test="title-link"]');
    expect(await details.count()).toBe(1);
    await details.evaluate((element) => {
      const link = document.createElement('a');
      link.href = '#a-link-in-a-title';
      link.textContent = 'The reproduction';
      element.querySelector('summary .lsr-admonition__title')!.append(' ', link);
    });
    await details.locator('summary a', {hasText: 'The reproduction'}).click();
    await page.waitForFunction(() => window.location.hash === '#a-link-in-a-title');
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click({position: {x: 5, y: 5}});
    await expect.poll(() => details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    expect(opened.errors).toEqual([]);
  } finally {
    await page.close();
  }
});
