/**
 * The public XSS vector collections as one hostile lesson (`xss-lesson.ts`),
 * built with the site's own config in a throw-away copy, served, and opened in
 * Chromium with the page instrumented before any of its scripts run (alert,
 * confirm, prompt, print, document.write and `window.__pwned` record every
 * call). The reader hovers, clicks, focuses and toggles everything; nothing
 * injected runs, the DOM holds no handler or script URL, and the static HTML
 * of every page holds nothing the built-HTML guard would refuse (the build
 * itself succeeded, so the guard found nothing either).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {checkBuiltSite} from '../../plugins/built-html-guard';
import {launchBrowser} from './browser';
import {textContent} from './import-build';
import {serveStatic, type StaticServer} from '../../scripts/static-server';
import {ARTIFACTS, docPermalinks, docusaurus, readLog, tail} from './site';
import {createTempSite, type TempSite} from './temp-site';
import {readVectors, xssLesson} from './xss-lesson';

const LESSON = 'docs/xss-vectors.md';
const vectors = readVectors();

let site: TempSite;
let server: StaticServer;
let browser: Browser;
let buildCode: number | null = null;
let log = '';

beforeAll(async () => {
  site = createTempSite('lessonsaurus-xss-');
  const lesson = xssLesson(vectors);
  site.write(LESSON, lesson);
  writeFileSync(path.join(ARTIFACTS, 'xss-vectors.md'), lesson);
  // A vector's relative link (`<a href="x">`) is a broken link to Docusaurus, which this site makes fatal; that
  // is not what is tested here, so this copy only warns about broken links.
  const config = path.join(site.dir, 'docusaurus.config.ts');
  writeFileSync(config, readFileSync(config, 'utf8').replace("onBrokenLinks: 'throw'", "onBrokenLinks: 'warn'"));
  const logFile = path.join(ARTIFACTS, 'xss-vectors-build.log');
  const build = await docusaurus(['build'], logFile, {DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}, site.dir);
  buildCode = build.code;
  log = readLog(logFile);
  if (build.code === 0) server = await serveStatic(path.join(site.dir, 'build'), {baseUrl: '/'});
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

/** Set up before any script of the page: every way the vectors report that they ran is recorded. */
function instrument(): void {
  const ran: string[] = [];
  (window as unknown as {__xssRan: string[]}).__xssRan = ran;
  const record =
    (what: string) =>
    (...args: unknown[]): undefined => {
      ran.push(`${what}(${String(args[0]).slice(0, 80)})`);
      return undefined;
    };
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, name, {value: record(name), writable: false, configurable: false});
  }
  Document.prototype.write = record('document.write');
  Document.prototype.writeln = record('document.writeln');
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => undefined,
    set: (value: unknown) => void ran.push(`__pwned=${String(value)}`),
  });
  // Following an http(s) link or submitting a form would leave the page under test (and the network is
  // off limits); `javascript:` links are not stopped, so a script URL that got through would still run.
  const stayHere = (event: Event): void => {
    const target = event.target as Element | null;
    const link = target?.closest?.('a[href], area[href]') as HTMLAnchorElement | null;
    if (link && /^(?:https?:|\/|\.|#|$)/i.test(link.getAttribute('href')?.trim() ?? '')) event.preventDefault();
    if (event.type === 'submit') event.preventDefault();
  };
  document.addEventListener('click', stayHere, true);
  document.addEventListener('submit', stayHere, true);
}

async function openInstrumented(url: string): Promise<{page: Page; context: BrowserContext; dialogs: string[]; pageErrors: string[]}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const origin = new URL(url).origin;
  // Only the local server: vectors point at remote hosts, and this machine must not reach them.
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000}).catch((error: Error) => {
    throw new Error(`${error.message}\npage errors: ${pageErrors.join('\n')}`);
  });
  return {page, context, dialogs, pageErrors};
}

/** Hover, click, focus and toggle every element of the lesson, as a curious reader would, and then some. */
async function exercise(page: Page): Promise<void> {
  // Real mouse movement over every visible element (hover handlers, :hover CSS).
  const centres = await page.evaluate(() =>
    Array.from(document.querySelectorAll('article *'))
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => ({x: box.x + box.width / 2 + window.scrollX, y: box.y + box.height / 2 + window.scrollY})),
  );
  for (const {x, y} of centres) {
    const scrollY = await page.evaluate((top) => {
      window.scrollTo(0, Math.max(0, top - 400));
      return window.scrollY;
    }, y);
    await page.mouse.move(x, y - scrollY);
  }
  // Every event inline handlers listen to, on every element, then a click and focus on each.
  await page.evaluate(() => {
    const types = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'pointerover', 'pointerdown', 'pointerup', 'focus', 'focusin', 'blur', 'error', 'load', 'input', 'change', 'keydown', 'animationstart', 'transitionend', 'toggle', 'scroll', 'wheel', 'copy'];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('article *'))) {
      for (const type of types) element.dispatchEvent(new Event(type, {bubbles: true, cancelable: true}));
      element.focus?.();
      element.click?.();
    }
    for (const details of Array.from(document.querySelectorAll('details'))) {
      details.open = !details.open;
      details.open = true;
    }
  });
  for (const tab of await page.getByRole('tab').all()) await tab.click({timeout: 2_000}).catch(() => undefined);
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  // Colour mode switch: the theme re-renders the page.
  await page.locator('button[title*="mode" i]').first().click({timeout: 2_000}).catch(() => undefined);
  // SVG animations and media events get a moment.
  await page.waitForTimeout(1_500);
}

describe('XSS vectors as a lesson, built and opened in Chromium', () => {
  test('the build succeeds: the sanitizer and the built-HTML guard let no vector through', () => {
    expect(buildCode, `docusaurus build exited ${buildCode}; log ends:\n${tail(log, 40)}`).toBe(0);
  });

  test('the build reports the vectors at their lines (issue 14’s among them)', () => {
    const lines = xssLesson(vectors).split('\n');
    // The vector under the heading `## lessonsaurus-1` (issue 14's), two lines below it.
    const issueLine = lines.indexOf('## lessonsaurus-1') + 3;
    expect(lines[issueLine - 1]).toMatch(/^<math><mtext><table><mglyph><style><img src=x onerror=/);
    expect(log).toMatch(new RegExp(`^${LESSON}:${issueLine}:\\d+  Unexpected .*  mkdocs-html-unsafe$`, 'm'));
    expect(log).toMatch(new RegExp(`^${LESSON}:\\d+:\\d+  Unexpected \`<style>\` element in a lesson.*  mkdocs-html-style$`, 'm'));
    expect(log).toMatch(new RegExp(`^${LESSON}:4:1  Unexpected \`javascript:\` URL in front matter \`custom_edit_url\`.*  mkdocs-html-unsafe$`, 'm'));
  });

  test('the static HTML of every page holds no handler, script URL or script the site did not write', () => {
    const buildDir = path.join(site.dir, 'build');
    expect(checkBuiltSite(buildDir, '/', new Map())).toEqual([]);
    const permalink = docPermalinks('/', site.dir)[LESSON];
    const html = readFileSync(path.join(buildDir, `${permalink.replace(/^\//, '')}.html`), 'utf8');
    // Issue 14's vector is on the page as text.
    expect(textContent(fromHtml(html))).toContain(`<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`);
  });

  test('hovering, clicking and toggling everything runs nothing injected', async () => {
    const permalink = docPermalinks('/', site.dir)[LESSON];
    const {page, context, dialogs, pageErrors} = await openInstrumented(new URL(permalink.replace(/^\//, ''), server.url).href);
    try {
      await exercise(page);
      const ran = await page.evaluate(() => (window as unknown as {__xssRan: string[]}).__xssRan);
      expect(ran).toEqual([]);
      // The recorder itself works: a call made now is seen.
      const probe = await page.evaluate(() => {
        window.alert('probe');
        return (window as unknown as {__xssRan: string[]}).__xssRan;
      });
      expect(probe).toEqual(['alert(probe)']);
      expect(dialogs).toEqual([]);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        for (const element of Array.from(document.querySelectorAll('*'))) {
          for (const attribute of Array.from(element.attributes)) {
            // eslint-disable-next-line no-control-regex
            const squeezed = attribute.value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
            if (/^on/i.test(attribute.name) || /^(?:java|vb)script:/.test(squeezed) || attribute.name === 'srcdoc') {
              found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
            }
          }
        }
        return found;
      });
      expect(problems).toEqual([]);
      expect(await page.locator('article :is(script, object, embed, base, meta, link, frame, iframe[srcdoc])').count()).toBe(0);
      writeFileSync(path.join(ARTIFACTS, 'xss-vectors-page-errors.txt'), pageErrors.join('\n'));
      mkdirSync(path.join(ARTIFACTS, 'screenshots'), {recursive: true});
      await page.screenshot({path: path.join(ARTIFACTS, 'screenshots', 'xss-vectors.png'), fullPage: false});
    } finally {
      await context.close();
    }
  });
});
