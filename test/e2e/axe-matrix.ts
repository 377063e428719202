import type {Browser, Page} from 'playwright-core';
import {describe, expect, inject, test} from 'vitest';
import {MODES, WIDTHS, formatViolations, openPage, runAxe, screenshot} from './browser';
import {docUrl} from './pages';

/**
 * One test per colour mode and width for the page built from `source`: a
 * screenshot, then axe-core with no violations. `prepare` puts the page in the
 * state worth checking (a note opened, a tab chosen) first.
 */
export function describeAxeMatrix(
  source: string,
  shotName: string,
  browser: () => Browser,
  prepare?: (page: Page) => Promise<void>,
): void {
  const cases = MODES.flatMap((mode) => WIDTHS.map((width) => ({mode, width})));
  describe.each(cases)(`${shotName}, $mode mode, $width px`, ({mode, width}) => {
    test('axe-core finds no violations', async () => {
      const opened = await openPage(browser(), docUrl(source), {mode, width, themeStorage: inject('themeStorage')});
      try {
        await prepare?.(opened.page);
        await screenshot(opened.page, shotName, mode, width);
        const violations = await runAxe(opened.page);
        expect(violations, formatViolations(violations)).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  });
}
