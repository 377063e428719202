/**
 * Attribute lists on local files (`test/e2e/lessons/attribute-lists.md`, a
 * test-only page): Docusaurus turns a local image and a link to a local file
 * into JSX, where `style` must be an object. A `{: style="…" }` list used to
 * be given back as a string, and the page's render, and the whole build,
 * failed. In Chromium: the styles apply.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect, inject, test} from 'vitest';
import {launchBrowser, openPage} from './browser';
import {docUrl} from './pages';

const SOURCE = 'test/e2e/lessons/attribute-lists.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a style attribute list on a local image and a local file link applies', async () => {
  const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
  const {page} = opened;
  try {
    const image = page.locator('article img[alt="A dot"]');
    expect(await image.evaluate((element) => [element.style.width, element.style.borderTopStyle, Math.round(element.getBoundingClientRect().width)])).toEqual([
      '200px',
      'solid',
      200,
    ]);
    const link = page.locator('article a', {hasText: 'the dot'});
    expect(await link.evaluate((element) => [element.style.fontWeight, getComputedStyle(element).fontWeight])).toEqual(['bold', '700']);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
});
