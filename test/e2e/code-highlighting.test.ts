/**
 * Code highlighting with the deferred Prism (src/prism): the grammars are not
 * in the start-up bundle, yet a reader gets the same highlighted code as the
 * server rendered, in both colour modes, on first load and after a
 * client-side navigation, with no hydration error.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import type {PrismTheme} from 'prism-react-renderer';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {MODES, launchBrowser, openPage} from './browser';
import {docUrl} from './pages';
import {BUILD_DIR} from './site';

const AUTHORING = 'docs/authoring-commands.md';
const SEED = 'docs/pod-networking.md';
const BOXES = 'docs/authoring-boxes.md';

interface TokenInfo {
  className: string;
  text: string;
}

/** Each code block of the article: its token spans (class and text). `html` reads a server page instead of the live DOM. */
function readCodeTokens(page: Page, html?: string): Promise<TokenInfo[][]> {
  return page.evaluate((source) => {
    const root = source === undefined ? document : new DOMParser().parseFromString(source, 'text/html');
    return Array.from(root.querySelectorAll('article pre')).map((pre) =>
      Array.from(pre.querySelectorAll('.token')).map((token) => ({className: token.className, text: token.textContent ?? ''})),
    );
  }, html);
}

function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

let browser: Browser;
let themes: {light: PrismTheme; dark: PrismTheme};
beforeAll(async () => {
  browser = await launchBrowser();
  const config = (await import('../../docusaurus.config')).default;
  const prism = (config.themeConfig as {prism: {theme: PrismTheme; darkTheme: PrismTheme}}).prism;
  themes = {light: prism.theme, dark: prism.darkTheme};
});
afterAll(async () => {
  await browser?.close();
});

describe('the start-up bundle', () => {
  const js = path.join(BUILD_DIR, 'assets', 'js');
  const files = readdirSync(js);
  const read = (pattern: RegExp) => files.filter((file) => pattern.test(file)).map((file) => readFileSync(path.join(js, file), 'utf8'));

  test('holds no Prism grammar; they are in a chunk of their own', () => {
    // Texts only grammars contain: bash's variable list and markup's doctype pattern.
    const grammarMarks = ['BASH_ALIASES', 'DOCTYPE(?:'];
    const [main] = read(/^main\.[0-9a-f]+\.js$/);
    expect(main).toBeDefined();
    for (const mark of grammarMarks) expect(main.includes(mark), mark).toBe(false);
    const grammars = read(/^prism-grammars\.[0-9a-f]+\.js$/);
    expect(grammars).toHaveLength(1);
    for (const mark of grammarMarks) expect(grammars[0].includes(mark), mark).toBe(true);
  });
});

describe.each(MODES)('%s mode', (mode) => {
  test('a page of code blocks shows the tokens the server rendered, highlighted in the mode’s theme', async () => {
    const url = docUrl(AUTHORING);
    const opened = await openPage(browser, url, {mode, width: 1280, themeStorage: inject('themeStorage')});
    try {
      const serverHtml = await (await fetch(url)).text();
      const server = await readCodeTokens(opened.page, serverHtml);
      const live = await readCodeTokens(opened.page);
      expect(server.length).toBeGreaterThan(40);
      expect(live).toEqual(server);
      expect(live.flat().filter((token) => token.className.includes('function')).length).toBeGreaterThan(5);
      // The colour of a `function` token comes from this mode's Prism theme (dark is re-rendered after hydration).
      const expected = themes[mode].styles.find((entry) => entry.types.includes('function'))?.style.color;
      expect(expected).toMatch(/^#[0-9a-f]{6}$/i);
      const shown = await opened.page.evaluate(() => getComputedStyle(document.querySelector('article pre .token.function')!).color);
      expect(shown).toBe(rgb(expected!));
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('code blocks reached by client-side navigation are highlighted too', async () => {
    const opened = await openPage(browser, docUrl(SEED), {mode, width: 1280, themeStorage: inject('themeStorage')});
    try {
      const target = new URL(docUrl(AUTHORING)).pathname;
      await opened.page.click(`nav a[href="${target}"]`);
      await opened.page.waitForURL((url) => url.pathname === target);
      await opened.page.waitForFunction(() => document.querySelectorAll('article pre').length > 40);
      const serverHtml = await (await fetch(docUrl(AUTHORING))).text();
      await expect.poll(() => readCodeTokens(opened.page)).toEqual(await readCodeTokens(opened.page, serverHtml));
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('grammars that arrive late', () => {
  test('a page reached before they load shows its code as plain text, then highlighted once they arrive', async () => {
    // /search has no code block, so it hydrates without waiting for the grammars; their chunk is held back.
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, reducedMotion: 'reduce'});
    const errors: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/prism-grammars\.[0-9a-f]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      const page = await context.newPage();
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(String(error)));
      // The held chunk delays the load event: wait for the document only.
      await page.goto(new URL('search', inject('baseUrl')).href, {waitUntil: 'domcontentloaded'});
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
      const target = new URL(docUrl(BOXES)).pathname;
      await page.click(`nav a[href="${target}"]`);
      // Not waitForURL: it waits for a load event the held chunk keeps from firing.
      await page.waitForFunction((path) => location.pathname === path && document.querySelectorAll('article pre').length > 5, target);
      const server = await readCodeTokens(page, await (await fetch(docUrl(BOXES))).text());
      const highlighted = (blocks: TokenInfo[][]) => blocks.flat().filter((token) => token.className !== 'token plain').length;
      expect(highlighted(server)).toBeGreaterThan(10);
      // Before the grammars: the same text, all plain.
      const before = await readCodeTokens(page);
      expect(highlighted(before)).toBe(0);
      expect(before.map((block) => block.map((token) => token.text).join(''))).toEqual(server.map((block) => block.map((token) => token.text).join('')));
      release();
      await expect.poll(() => readCodeTokens(page), {timeout: 10_000}).toEqual(server);
      expect(errors).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  });
});
