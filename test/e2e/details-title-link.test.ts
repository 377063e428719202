/**
 * A link in a collapsible box's title (`??? note "[x](#y) …"`,
 * `test/e2e/lessons/details-title-link.md`) is followed, as in Material;
 * a click elsewhere on the title still opens the box.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect, inject, test} from 'vitest';
import {launchBrowser, openPage} from './browser';
import {docUrl} from './pages';

const SOURCE = 'test/e2e/lessons/details-title-link.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('clicking the link in the title follows it and leaves the box as it was; clicking the title opens it', async () => {
  const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
  const {page} = opened;
  try {
    const details = page.locator('article details').first();
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary a', {hasText: 'The reproduction'}).click();
    await page.waitForFunction(() => window.location.hash === '#further-down');
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click({position: {x: 400, y: 10}});
    await page.waitForFunction(() => (document.querySelector('article details') as HTMLDetailsElement).open);
    expect(opened.errors).toEqual([]);
  } finally {
    await page.close();
  }
});
