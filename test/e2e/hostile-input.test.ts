/**
 * Hostile input (`test/e2e/lessons/hostile-input.md`, a test-only page): every
 * construct a lesson author controls (box and collapsible titles, classes, tab
 * labels, annotations, abbreviation titles, attribute lists, links, output
 * table cells, shortcodes, raw HTML, `<div markdown>`) carries a payload that
 * sets `window.__pwned`. In Chromium, after every box, tab and note is opened
 * and every element gets mouse, focus, error and load events: nothing ran, no handler or script
 * URL exists in the DOM, and every payload is on the page as inert text, in
 * the order the author wrote it.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {launchBrowser, openPage, type OpenedPage} from './browser';
import {docUrl} from './pages';

const SOURCE = 'test/e2e/lessons/hostile-input.md';

/** Text the reader must see, in source order; each one is a payload shown as text. */
const VISIBLE_IN_ORDER = [
  "<script>window.__pwned = 'box-title'</script>",
  `<img src=x onerror="window.__pwned = 'details-title'">`,
  `Quoted handler" onmouseover="window.__pwned='title-attr'`,
  'Class named onclick',
  "<script>window.__pwned = 'tab-label'</script>",
  "<img src=x onerror=window.__pwned='tab-img'>",
  `<img src=x onerror="window.__pwned = 'annotation'"> annotation note`,
  'The XSS term is defined below.',
  'Click me',
  'Start',
  'Styled',
  'a javascript link',
  'a reference link',
  "javascript:window.__pwned='autolink'",
  "![an image](javascript:window.__pwned='image')",
  "<script>window.__pwned='cell'</script>",
  '<img/src=x/onerror=window.__pwned=2>',
  ":<script>window.__pwned='emoji'</script>: and :img onerror=alert(1): and \u{1F389}",
  `<img src=x onerror="window.__pwned = 'raw-img'">`,
  `Inline <b onmouseover="window.__pwned='inline-b'">bold</b> and <a href="javascript:window.__pwned='raw-a'">raw link</a>.`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<a xlink:href="javascript:window.__pwned='svg'"><text y="20">svg link</text></a>`,
  'Text inside a markdown div.',
  // Issue 14: inside MathML, <style> is not raw text; the tree sanitizer shows the whole <math> as text.
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'"></style></mglyph></table></mtext></math>`,
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile input', () => {
  let opened: OpenedPage;
  const dialogs: string[] = [];

  beforeAll(async () => {
    opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
    const {page} = opened;
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Open what starts closed, as a reader would, so its content is rendered and checked too.
    for (const summary of await page.locator('article details > summary').all()) await summary.click();
    for (const marker of await page.getByRole('button', {name: /^Annotation \d$/}).all()) await marker.click();
    // Fire the events inline handlers listen to on every element (clicking everything would
    // press copy buttons and toggles; tabs and notes are clicked for real above and below).
    await page.evaluate(() => {
      for (const element of Array.from(document.querySelectorAll<HTMLElement>('article *'))) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'error', 'load']) {
          element.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true}));
        }
      }
    });
    for (const tab of await page.getByRole('tab').all()) await tab.click();
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('no payload ran: no flag, no dialog, no console or page error', async () => {
    expect(await opened.page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  test('no element has an event-handler attribute, and no attribute holds a script URL', async () => {
    const found = await opened.page.evaluate(() => {
      const problems: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          const squeezed = attribute.value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
          if (/^on/i.test(attribute.name) || /(java|vb)script:/.test(squeezed) || attribute.name === 'srcdoc') {
            problems.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
          }
        }
      }
      return problems;
    });
    expect(found).toEqual([]);
  });

  test('the lesson adds no script, frame or embedded object to the page', async () => {
    const count = await opened.page.locator('article :is(script, iframe, frame, object, embed, base, meta, link)').count();
    expect(count).toBe(0);
  });

  test('every payload is visible as text, where the author wrote it', async () => {
    const text = await opened.page.locator('article').innerText();
    const flat = text.replace(/\s+/g, ' ');
    let from = 0;
    for (const expected of VISIBLE_IN_ORDER) {
      const at = flat.indexOf(expected.replace(/\s+/g, ' '), from);
      expect(at, `"${expected}" is not visible after position ${from} in:\n${flat.slice(from, from + 400)}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  test('each payload sits in the element the author put it in', async () => {
    const {page} = opened;
    expect(await page.locator('article .theme-admonition-note').first().innerText()).toContain(VISIBLE_IN_ORDER[0]);
    expect(await page.locator('article details > summary').first().innerText()).toContain(VISIBLE_IN_ORDER[1]);
    expect(await page.getByRole('tab').allInnerTexts()).toEqual([VISIBLE_IN_ORDER[4], VISIBLE_IN_ORDER[5]]);
    expect(await page.locator('article [role="note"]').first().innerText()).toContain(VISIBLE_IN_ORDER[6]);
    expect(await page.locator('article abbr').getAttribute('title')).toBe(`"><img src=x onerror="window.__pwned = 'abbr'">`);
    const cells = await page.locator('article figure.shell-output tbody tr > :first-child').allInnerTexts();
    expect(cells).toEqual([VISIBLE_IN_ORDER[15], VISIBLE_IN_ORDER[16]]);
    // Attribute lists lose the unsafe attribute, never the link.
    for (const name of ['Click me', 'Start', 'Styled']) {
      const link = page.getByRole('link', {name, exact: true});
      expect(await link.getAttribute('href'), name).toBe('https://example.org');
      expect(await link.getAttribute('style'), name).toBeNull();
    }
    // The `javascript:` links are text now: no link is named after them.
    expect(await page.getByRole('link', {name: /javascript link|reference link|raw link|autolink/}).count()).toBe(0);
  });
});
