/**
 * Emoji, icons, buttons and heading anchors from MkDocs syntax: rendered, no
 * raw `:shortcode:` or `{ … }` left in prose, accessible in both colour modes.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {launchBrowser, openPage} from './browser';
import {docUrl, proseText} from './pages';

const SOURCE = 'docs/authoring-inline.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('emoji, icons, buttons, anchors, abbreviations', () => {
  test('render, and no MkDocs syntax is left in prose', async () => {
    const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
    try {
      const {page} = opened;
      const prose = await proseText(page);
      expect(prose).toContain('We\u2019re done \u{1F389}'.replace('\u2019', "'"));
      expect(prose).toContain('\u{1F680}');
      expect(prose).not.toMatch(/:[a-z][a-z0-9_+-]*:/);
      expect(prose).not.toContain('{ .');
      expect(prose).not.toContain('{: .');
      expect(prose).not.toContain('{ #');
      expect(prose).not.toContain('*[');
      // Both uses of the term, none of the code.
      expect(await page.locator('article abbr[title="Container Network Interface"]').count()).toBe(2);
      expect(await page.locator('article pre abbr, article code abbr').count()).toBe(0);
      // Three icons drawn as inline SVG.
      expect(await page.locator('article p svg').count()).toBeGreaterThanOrEqual(3);
      const primary = page.getByRole('link', {name: 'Start the workshop'});
      expect(await primary.getAttribute('class')).toMatch(/\bbutton\b.*\bbutton--primary\b/);
      expect(await page.getByRole('link', {name: 'Slides'}).getAttribute('class')).toMatch(/\bbutton--secondary\b/);
      // Grid cards: the list's items side by side as bordered cards, their icons larger (Material's `.lg`).
      const grid = page.locator('article .grid.cards');
      expect(await grid.evaluate((element) => getComputedStyle(element).display)).toBe('grid');
      const cards = grid.locator(':scope > ul > li');
      expect(await cards.count()).toBe(2);
      const [first, second] = await Promise.all([cards.nth(0).boundingBox(), cards.nth(1).boundingBox()]);
      expect(first && second && Math.abs(first.y - second.y) < 1 && second.x > first.x + first.width - 1).toBe(true);
      expect(await cards.nth(0).evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
      const icon = cards.nth(1).locator('.twemoji.lg.middle svg');
      expect(await icon.evaluate((element) => element.getBoundingClientRect().width / parseFloat(getComputedStyle(element).fontSize))).toBeCloseTo(1.5, 1);
      // An icon with the class `close` (Infima's dismiss button's class) stays beside its word: not floated, not padded.
      const cross = page.locator('article p .twemoji.close');
      expect(await cross.evaluate((element) => [getComputedStyle(element).float, getComputedStyle(element).paddingLeft, getComputedStyle(element).opacity])).toEqual(['none', '0px', '1']);
      const no = await cross.evaluate((element) => {
        const range = document.createRange();
        range.setStart(element.nextSibling!, 0);
        range.setEnd(element.nextSibling!, 3);
        return [element.getBoundingClientRect().right, range.getBoundingClientRect().left];
      });
      expect(no[1]! - no[0]!).toBeLessThan(12);
      // Images for one colour mode: in light mode, the `#only-light` one shows and the `#only-dark` one does not.
      expect(await page.getByRole('img', {name: 'The logo, for light mode'}).isVisible()).toBe(true);
      expect(await page.locator('article img[alt="The icon, for dark mode"]').isVisible()).toBe(false);
      expect(await page.locator('article img[alt="The icon, for dark mode"]').getAttribute('src')).toMatch(/#only-dark$/);
      expect(await page.locator('h2#custom-anchor').count()).toBe(1);
      expect(await page.locator('h2#icons').count()).toBe(1);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('images for one colour mode', () => {
  test('in dark mode, the `#only-dark` image shows and the `#only-light` one does not', async () => {
    const opened = await openPage(browser, docUrl(SOURCE), {mode: 'dark', width: 1280, themeStorage: inject('themeStorage')});
    try {
      const {page} = opened;
      expect(await page.getByRole('img', {name: 'The icon, for dark mode'}).isVisible()).toBe(true);
      expect(await page.locator('article img[alt="The logo, for light mode"]').isVisible()).toBe(false);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

// Screenshots and axe-core in both modes and widths: all-pages-axe.test.ts.
