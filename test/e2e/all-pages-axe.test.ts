/**
 * Every doc page the build produced (the lessons, the authoring pages, the
 * imported ones, the test pages), in light and dark mode at 375 and 1280 px:
 * a full-page screenshot in `artifacts/screenshots/pages/`, then axe-core (WCAG 2.0/2.1
 * A and AA, best practices) with no violations, and no console errors.
 *
 * Pages are read from the build's own metadata, so a new lesson is covered
 * without touching this file. Pages whose state after an interaction is worth
 * auditing too (an annotation opened) keep a `describeAxeMatrix` of their own.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {MODES, WIDTHS, formatViolations, launchBrowser, openPage, runAxe, screenshot} from './browser';
import {docUrl} from './pages';

/**
 * `docs/pod-networking.md` → `pages/pod-networking`; a test page → `pages/test-pages-<name>`. In their own
 * folder: other tests save the same pages after an interaction under the plain name.
 */
function shotName(source: string): string {
  const base = source.replace(/\.mdx?$/, '').split('/').pop() ?? source;
  return `pages/${source.startsWith('docs/') ? base : `test-pages-${base}`}`;
}

const sources = Object.keys(inject('permalinks')).sort();
const cases = sources.flatMap((source) => MODES.flatMap((mode) => WIDTHS.map((width) => ({source, mode, width}))));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the build has doc pages, the seed lesson among them', () => {
  expect(sources).toContain('docs/pod-networking.md');
});

describe.each(cases)('$source, $mode mode, $width px', ({source, mode, width}) => {
  test('screenshot, axe-core finds no violations, no console errors', async () => {
    const opened = await openPage(browser, docUrl(source), {mode, width, themeStorage: inject('themeStorage')});
    try {
      await screenshot(opened.page, shotName(source), mode, width);
      const violations = await runAxe(opened.page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
