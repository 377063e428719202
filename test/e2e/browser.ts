/**
 * Browser helpers for the end-to-end tests: Debian's Chromium through
 * playwright-core, pages opened in a given colour mode and width with their
 * console errors collected, axe-core audits and screenshots in `artifacts/`.
 */
import {existsSync, mkdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {AxeResults, Result as AxeResult} from 'axe-core';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {ARTIFACTS} from './site';
import {CHROMIUM_FLAGS, chromiumPath} from '../../scripts/chromium';

export type Mode = 'light' | 'dark';

export const MODES: readonly Mode[] = ['light', 'dark'];
export const WIDTHS: readonly number[] = [375, 1280];

const requireHere = createRequire(import.meta.url);
const AXE_SCRIPT = requireHere.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  // Fail saying what to install: playwright-core's own message names the missing path, not how to get the browser.
  if (!existsSync(executablePath)) {
    return Promise.reject(
      new Error(`Chromium not found at ${executablePath}: install Debian's (\`apt-get install chromium\`, as .ci/run does) or set CHROMIUM_PATH to a Chromium binary`),
    );
  }
  return chromium.launch({executablePath, args: [...CHROMIUM_FLAGS]});
}

export interface OpenOptions {
  mode: Mode;
  width: number;
  height?: number;
  /** Where the site keeps its colour mode (`inject('themeStorage')`). */
  themeStorage: {type: string; key: string};
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, in the order they happened. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Open `url` in a fresh context of `width` × `height` in colour mode `mode`:
 * both the `prefers-color-scheme` media feature and the colour mode stored by
 * Docusaurus' switch are set before the page loads. Waits for React to hydrate
 * and checks that the page really shows `mode`.
 */
export async function openPage(browser: Browser, url: string, options: OpenOptions): Promise<OpenedPage> {
  const {mode, width, height = 900, themeStorage} = options;
  const context = await browser.newContext({viewport: {width, height}, colorScheme: mode, reducedMotion: 'reduce'});
  await context.addInitScript(
    ({type, key, value}) => {
      try {
        (window as unknown as Record<string, Storage>)[type].setItem(key, value);
      } catch {
        // Storage blocked: prefers-color-scheme still applies.
      }
    },
    {type: themeStorage.type, key: themeStorage.key, value: mode},
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const {url: where, lineNumber} = message.location();
      errors.push(`console.error: ${message.text()}${where ? ` (${where}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));

  const response = await page.goto(url, {waitUntil: 'load'});
  if (!response?.ok()) {
    await context.close();
    throw new Error(`GET ${url}: HTTP ${response?.status() ?? 'no response'}`);
  }
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
  const shown = await page.evaluate(() => document.documentElement.dataset.theme);
  if (shown !== mode) {
    await context.close();
    throw new Error(`${url} shows data-theme="${shown}", expected "${mode}"`);
  }
  return {page, context, errors, close: () => context.close()};
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Run axe-core on the whole document with the WCAG 2.0/2.1 A+AA and best-practice rules. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({path: AXE_SCRIPT});
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as {axe: {run(context: Document, options: object): Promise<AxeResults>}}).axe.run(document, {
        runOnly: {type: 'tag', values: tags},
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return results.violations.map((violation: AxeResult) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
  }));
}

/** One line per violation, for assertion messages: `id (impact): help → target, target`. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} → ${v.targets.slice(0, 8).join(' | ')}`)
    .join('\n');
}

/** Full-page screenshot at `artifacts/screenshots/<name>-<mode>-<width>.png`; returns its path. */
export async function screenshot(page: Page, name: string, mode: Mode, width: number): Promise<string> {
  const dir = path.join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, {recursive: true});
  const file = path.join(dir, `${name}-${mode}-${width}.png`);
  await page.screenshot({path: file, fullPage: true});
  return file;
}

// ---------------------------------------------------------------------------
// The clipboard, as a reader's paste gets it
// ---------------------------------------------------------------------------

const SENTINEL = '(the clipboard was not written)';

/** Grant clipboard access to the page's origin (Chromium asks otherwise). */
export async function allowClipboard(opened: OpenedPage): Promise<void> {
  // The origin of the page it opened (this module stays free of vitest: the benchmarks import it too).
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(opened.page.url()).origin});
}

/** Put the sentinel on the clipboard, run `act`, and return what the clipboard holds after it changed. */
export async function clipboardAfter(page: Page, act: () => Promise<void>, what: string): Promise<string> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), SENTINEL);
  await act();
  let text = SENTINEL;
  const deadline = Date.now() + 3_000;
  while (text === SENTINEL && Date.now() < deadline) {
    text = await page.evaluate(() => navigator.clipboard.readText());
    if (text === SENTINEL) await page.waitForTimeout(25);
  }
  if (text === SENTINEL) throw new Error(`${what}: nothing was copied`);
  return text;
}
