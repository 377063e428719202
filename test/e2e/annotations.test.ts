/**
 * Material code annotations: markers in comments become buttons that open the
 * matching list item; the list is consumed; markers never reach the clipboard.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {launchBrowser, openPage, type OpenedPage} from './browser';
import {describeAxeMatrix} from './axe-matrix';
import {docUrl} from './pages';

const SOURCE = 'docs/authoring-annotations.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('code annotations', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(inject('baseUrl')).origin});
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('markers are buttons, the lists are consumed, the notes start hidden', async () => {
    const {page} = opened;
    const markers = page.getByRole('button', {name: /^Annotation \d$/});
    expect(await markers.count()).toBe(4);
    // The two annotation lists of the live examples are gone (the source fences show them as code).
    expect(await page.locator('article ol').count()).toBe(0);
    for (const note of await page.locator('[role="note"]').all()) expect(await note.isVisible()).toBe(false);
    // `(1)!` replaced the whole comment: no `# (1)!` text left in the rendered block.
    const annotated = page.locator('article .theme-code-block').nth(1);
    expect(await annotated.textContent()).not.toContain('(1)');
    expect(await annotated.textContent()).toContain('# a stable virtual IP');
  });

  test('a marker opens its note by mouse and by keyboard, and says so', async () => {
    const {page} = opened;
    const first = page.getByRole('button', {name: 'Annotation 1'}).first();
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const noteId = await first.getAttribute('aria-controls');
    const note = page.locator(`[id="${noteId}"]`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('gives a set of pods one stable name');
    const second = page.getByRole('button', {name: 'Annotation 2'}).first();
    await second.focus();
    await page.keyboard.press('Enter');
    expect(await second.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`[id="${await second.getAttribute('aria-controls')}"]`).textContent()).toContain('NodePort');
  });

  test('the copy buttons copy the code without markers', async () => {
    const {page} = opened;
    const yaml = page.locator('article .theme-code-block').nth(1);
    await yaml.hover();
    await yaml.getByRole('button', {name: /Copy/}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP # a stable virtual IP\n  selector:\n    app: web',
    );
    const command = page.locator('article .shell-block').first();
    await command.getByRole('button', {name: /^Copy/}).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('kubectl expose deployment web --port 80');
    expect(opened.errors).toEqual([]);
  });
});

describeAxeMatrix(SOURCE, 'authoring-annotations', () => browser, async (page) => {
  await page.getByRole('button', {name: 'Annotation 1'}).first().click();
});
