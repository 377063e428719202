/**
 * HTML in a box's body or a list item's (`test/e2e/lessons/html-in-boxes.md`,
 * a test-only page) is read as Python-Markdown reads it there: no raw block,
 * so the Markdown between the tags is rendered (the image is an image, the
 * code is code), as in MkDocs.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect, inject, test} from 'vitest';
import {launchBrowser, openPage} from './browser';
import {docUrl} from './pages';

const SOURCE = 'test/e2e/lessons/html-in-boxes.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the image in a centred paragraph in a box is drawn, the code in a list item of HTML is code, bold is bold', async () => {
  const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
  const {page} = opened;
  try {
    const box = page.locator('article .admonition, article [class*="admonition"]').first();
    const image = box.locator('p[align="center"] img[alt="A dot"]');
    expect(await image.count()).toBe(1);
    expect(await image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
    expect(await box.locator('ol[start="3"] li code').innerText()).toBe('script');
    expect(await box.innerText()).not.toContain('`script`');
    expect(await box.innerText()).not.toContain('![A dot]');
    expect(await page.locator('article li .step-note strong').innerText()).toBe('Bold');
    expect(opened.errors).toEqual([]);
  } finally {
    await page.close();
  }
});
