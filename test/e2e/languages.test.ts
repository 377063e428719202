/**
 * Fences in the languages workshops write that MkDocs colours (Pygments) are
 * coloured here too (`test/e2e/lessons/languages.md`, a test-only page), under
 * MkDocs' names for them (`tf`, `ps1`, `c#`: src/prism/pygments-aliases.ts; `R` in any case),
 * in the server's HTML and in the browser after hydration alike.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect, inject, test} from 'vitest';
import {launchBrowser, openPage} from './browser';
import {docUrl} from './pages';

const SOURCE = 'test/e2e/lessons/languages.md';
const LANGUAGES = ['tf', 'ps1', 'c#', 'java', 'ruby', 'r'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('each block is highlighted, by the server and in the browser, with no error', async () => {
  const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
  const {page} = opened;
  try {
    const tokensPerBlock = () => page.locator('article pre').evaluateAll((blocks) => blocks.map((pre) => [pre.className, pre.querySelectorAll('.token:not(.plain)').length] as const));
    const response = await page.request.get(page.url());
    const served = await response.text();
    const live = await tokensPerBlock();
    expect(live.map(([className]) => LANGUAGES.find((language) => className.includes(`language-${language} `) || className.endsWith(`language-${language}`)))).toEqual(LANGUAGES);
    for (const [className, count] of live) expect(count, className).toBeGreaterThan(2);
    // The server's page has the same tokens (no flash of plain text, no hydration mismatch).
    for (const language of LANGUAGES) expect(served).toMatch(new RegExp(`language-${language.replace('#', '\\#')}[^"]*"[^>]*>(?:(?!</pre>).)*class="token (?:keyword|function|string)`, 's'));
    expect(opened.errors).toEqual([]);
  } finally {
    await page.close();
  }
});
