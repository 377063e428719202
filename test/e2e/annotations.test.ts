/**
 * Material code annotations: markers in comments become buttons that open the
 * matching list item; the list is consumed; markers never reach the clipboard.
 * Prose annotations (`{ .annotate }`, `!!! note annotate`) do the same in text.
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

describe('code annotations on numbered lines (test/e2e/lessons/annotated-line-numbers.md)', () => {
  test('a line with a marker is drawn as its neighbours are: the same line and number cells, the marker a button in the text', async () => {
    const opened = await openPage(browser, docUrl('test/e2e/lessons/annotated-line-numbers.md'), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
    try {
      const {page} = opened;
      for (const [index, markedLines] of [[0, [1, 5]], [1, [0]]] as const) {
        const block = page.locator('article .theme-code-block').nth(index);
        const lines = await block.locator('.token-line').evaluateAll((elements) =>
          elements.map((line) => ({
            className: line.className,
            cells: Array.from(line.children).filter((child) => child.tagName === 'SPAN').map((cell) => cell.className),
            markers: line.querySelectorAll('button[aria-label^="Annotation"]').length,
            text: (line as HTMLElement).innerText,
          })),
        );
        expect(lines.map((line) => line.markers)).toEqual(lines.map((_, at) => ((markedLines as readonly number[]).includes(at) ? 1 : 0)));
        // Every line has the same classes and the same cells (number, content; a shell block's gutter first) as the first unmarked one.
        const plain = lines.find((line) => line.markers === 0)!;
        for (const line of lines) {
          expect(line.className).toBe(plain.className);
          expect(line.cells).toEqual(plain.cells);
        }
        expect(plain.cells.length).toBeGreaterThanOrEqual(2);
        // The marker stands in for the comment's `(N)`, not beside it.
        for (const line of lines.filter((line) => line.markers > 0)) expect(line.text).not.toMatch(/\(\d\)/);
      }
      // The numbers are drawn (a counter in the number cell's ::before).
      const number = page.locator('article .theme-code-block').first().locator('.token-line').nth(1).locator('span').first();
      expect(await number.evaluate((cell) => getComputedStyle(cell, '::before').content)).toMatch(/counter|^"?2"?$/);
    } finally {
      await opened.close();
    }
  });
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
    const markers = page.locator('article .theme-code-block').getByRole('button', {name: /^Annotation \d$/});
    // Two in the manifest, two in the command, two in the code inside `<div class="annotate" markdown>`, one in its sample output.
    expect(await markers.count()).toBe(7);
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

describe('prose annotations', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(inject('baseUrl')).origin});
  });
  afterAll(async () => {
    await opened?.close();
  });

  /** How often `text` occurs in the article outside code blocks (where the Markdown source examples are). */
  const occurrences = (text: string) =>
    opened.page.locator('article').evaluate((article, wanted) => {
      const copy = article.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('pre').forEach((pre) => pre.remove());
      return (copy.textContent ?? '').split(wanted).length - 1;
    }, text);

  test('a prose marker opens its note by mouse, and the list is not shown as well', async () => {
    const {page} = opened;
    const paragraph = page.locator('article p', {hasText: 'selects its pods by label'});
    expect(await paragraph.textContent()).not.toContain('(1)');
    const marker = paragraph.getByRole('button', {name: 'Annotation 1'});
    expect(await marker.getAttribute('aria-expanded')).toBe('false');
    const note = page.locator(`[id="${await marker.getAttribute('aria-controls')}"]`);
    expect(await note.isVisible()).toBe(false);
    await marker.click();
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    expect(await note.isVisible()).toBe(true);
    expect(await note.getAttribute('role')).toBe('note');
    expect(await note.textContent()).toContain('A stable name and virtual IP');
    // The note is the list item's only copy: no <ol>, and the text once outside the source examples.
    expect(await occurrences('A stable name and virtual IP')).toBe(1);
    expect(await page.locator('article ol').count()).toBe(0);
    await marker.click();
    expect(await note.isVisible()).toBe(false);
  });

  test('a marker in a box title and one in its body open their notes by keyboard', async () => {
    const {page} = opened;
    const box = page.locator('article .theme-admonition', {hasText: 'Why not talk to pods directly?'});
    const inTitle = box.getByRole('button', {name: 'Annotation 1'});
    const inBody = box.getByRole('button', {name: 'Annotation 2'});
    await inTitle.focus();
    await page.keyboard.press('Enter');
    expect(await inTitle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`[id="${await inTitle.getAttribute('aria-controls')}"]`).textContent()).toContain('Markers work in box titles');
    // Tab reaches the next marker; Space opens it.
    await page.keyboard.press('Tab');
    expect(await inBody.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await inBody.getAttribute('aria-expanded')).toBe('true');
    const note = page.locator(`[id="${await inBody.getAttribute('aria-controls')}"]`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('A Service keeps one address');
    expect(await occurrences('A Service keeps one address')).toBe(1);
    expect(opened.errors).toEqual([]);
  });

  test('markers anywhere in a <div class="annotate" markdown> bind to the list after it', async () => {
    const {page} = opened;
    const quote = page.locator('article blockquote', {hasText: 'Every pod gets its own IP address'});
    const marker = quote.getByRole('button', {name: 'Annotation 1'});
    await marker.click();
    const note = page.locator(`[id="${await marker.getAttribute('aria-controls')}"]`);
    expect(await note.textContent()).toContain('Unique in the whole cluster');
    const second = page.locator('article p', {hasText: 'Containers in one pod share it'}).getByRole('button', {name: 'Annotation 2'});
    await second.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`[id="${await second.getAttribute('aria-controls')}"]`).isVisible()).toBe(true);
    expect(await occurrences('Unique in the whole cluster')).toBe(1);
  });

  test('markers in the comments of code inside a <div class="annotate" markdown> bind to the list after the div', async () => {
    const {page} = opened;
    const code = page.locator('article .annotate pre', {hasText: 'kind: Service'});
    const marker = code.getByRole('button', {name: 'Annotation 2'});
    await marker.click();
    const note = page.locator(`[id="${await marker.getAttribute('aria-controls')}"]`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Opens the same port on every node');
    // `# (1)!` leaves only the button: the comment text is gone, as in Material.
    expect(await code.textContent()).not.toMatch(/\(\d\)|#\s*$/m);
    expect(await occurrences('Opens the same port on every node')).toBe(1);
    await code.hover();
    await page.locator('article .annotate', {hasText: 'kind: Service'}).getByRole('button', {name: /^Copy/}).first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort');
  });

  test('a marker in a collapsible box opens its note and leaves the box open', async () => {
    const {page} = opened;
    const details = page.locator('article details', {hasText: 'Where do pod IPs come from?'});
    await details.locator('summary').click();
    const marker = details.getByRole('button', {name: 'Annotation 1'});
    await marker.waitFor({state: 'visible'});
    await marker.click();
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    const note = page.locator(`[id="${await marker.getAttribute('aria-controls')}"]`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('10.244.1.0/24');
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
  });
});

describeAxeMatrix(SOURCE, 'authoring-annotations', () => browser, async (page) => {
  await page.getByRole('button', {name: 'Annotation 1'}).first().click();
  // A prose note open as well, so its panel is checked too.
  await page.locator('article p', {hasText: 'selects its pods by label'}).getByRole('button', {name: 'Annotation 2'}).click();
});
