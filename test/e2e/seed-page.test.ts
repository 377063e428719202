/**
 * The seed lesson (`docs/pod-networking.md`, unchanged from MkDocs) as a reader
 * sees it, in light and dark mode on a phone and a desktop width.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {
  MODES,
  WIDTHS,
  formatViolations,
  launchBrowser,
  openPage,
  runAxe,
  screenshot,
  type OpenedPage,
} from './browser';
import {docUrl, readBoxes} from './pages';

const SOURCE = 'docs/pod-networking.md';
const MOJIBAKE = '\u00e2\u0153\u2026'; // "âœ…": U+2705 encoded as UTF-8, decoded as Windows-1252
const CHECK_MARK = '\u2705';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cases = MODES.flatMap((mode) => WIDTHS.map((width) => ({mode, width})));

describe.each(cases)('seed lesson, $mode mode, $width px', ({mode, width}) => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(browser, docUrl(SOURCE), {mode, width, themeStorage: inject('themeStorage')});
    await screenshot(opened.page, 'pod-networking', mode, width);
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('the `!!! info "Info"` box renders as an info admonition titled "Info"', async () => {
    const boxes = await readBoxes(opened.page);
    const info = boxes.filter((box) => box.classes.includes('theme-admonition-info'));
    expect(info, JSON.stringify(boxes, null, 2)).toHaveLength(1);
    expect(info[0].heading).toBe('Info');
    expect(info[0].content).toContain('On your cluster, the distribution of pods');
    expect(await opened.page.locator('article .theme-admonition-info').first().isVisible()).toBe(true);
  });

  test('the mojibake "âœ…" is shown as ✅', async () => {
    const text = await opened.page.locator('article').first().textContent();
    expect(text).toMatch(new RegExp(`${CHECK_MARK}\\s?We['\u2019]re in!`));
    expect(text).not.toContain(MOJIBAKE);
    // Nowhere else in the page either: head (title, meta description) included.
    expect(await opened.page.content()).not.toContain(MOJIBAKE);
  });

  test('no raw MkDocs syntax in the article', async () => {
    const text = (await opened.page.locator('article').first().textContent()) ?? '';
    expect(text).not.toContain('!!!');
  });

  test('axe-core finds no violations', async () => {
    const violations = await runAxe(opened.page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  test('no console errors or page errors', () => {
    expect(opened.errors).toEqual([]);
  });
});
