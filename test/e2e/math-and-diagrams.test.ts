/**
 * Math and mermaid diagrams on a built page (docs/authoring-math-and-diagrams.md,
 * whose examples render the demo site's arithmatex and mermaid fence): KaTeX's
 * HTML drawn with its own stylesheet (the MathML copy hidden), no raw `$$`
 * left, shell dollars kept as text; every diagram drawn as an SVG by
 * theme-mermaid, in the colours of light and of dark mode; and the diagram
 * library loaded only by a page with a diagram, not by the seed page.
 */
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {launchBrowser, MODES, openPage} from './browser';
import {docUrl} from './pages';
import {findRawMkdocs} from './raw-mkdocs';

const SOURCE = 'docs/authoring-math-and-diagrams.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The diagrams' SVG once theme-mermaid has drawn them (in the browser, after hydration). */
async function diagrams(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('article .docusaurus-mermaid-container svg').length >= n, count, {timeout: 30_000});
  return page.$$eval('article .docusaurus-mermaid-container svg', (svgs) => svgs.map((svg) => svg.outerHTML));
}

/** The article's prose (`proseText`) without KaTeX's MathML copies, which keep the TeX as an annotation for screen readers. */
function visibleProse(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.querySelector('article')?.cloneNode(true) as HTMLElement | undefined;
    clone?.querySelectorAll('pre, code, .katex-mathml').forEach((element) => element.remove());
    return clone?.textContent ?? '';
  });
}

/** Bytes of JavaScript a page downloads until it is idle, and the text of its stylesheets by URL. */
async function pageAssets(url: string): Promise<{scriptBytes: number; stylesheets: Map<string, string>}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let scriptBytes = 0;
  const stylesheets = new Map<string, string>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      response
        .body()
        .then((body) => {
          if (type === 'script') scriptBytes += body.length;
          else stylesheets.set(response.url(), body.toString('utf8'));
        })
        .catch(() => undefined),
    );
  });
  try {
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
    await Promise.all(pending);
    return {scriptBytes, stylesheets};
  } finally {
    await context.close();
  }
}

describe('math and diagrams', () => {
  const drawn: Record<string, string[]> = {};
  for (const mode of MODES) {
    test(`KaTeX math and mermaid diagrams are drawn (${mode})`, async () => {
      const opened = await openPage(browser, docUrl(SOURCE), {mode, width: 1280, themeStorage: inject('themeStorage')});
      try {
        const {page} = opened;
        const prose = await visibleProse(page);
        expect(prose).not.toContain('$$');
        expect(prose).not.toContain('\\begin{');
        expect(prose).toContain('Set $HOME and $PATH first; a node costs $5 and a load balancer $10.');
        expect(findRawMkdocs(await page.content())).toEqual([]);
        // Three inline formulas and two display ones (each display formula is a .katex inside .katex-display).
        expect(await page.locator('article .katex').count()).toBe(5);
        expect(await page.locator('article .katex-display').count()).toBe(2);
        expect(await page.locator('article .katex-error').count()).toBe(0);
        // KaTeX's stylesheet is loaded: the MathML copy (for screen readers) is visually hidden, the fraction is laid out.
        const mathml = await page.locator('article .katex-mathml').first().evaluate((element) => getComputedStyle(element).position);
        expect(mathml).toBe('absolute');
        drawn[mode] = await diagrams(page, 2);
        expect(drawn[mode]).toHaveLength(2);
        expect(drawn[mode]!.every((svg) => svg.includes('<g'))).toBe(true);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  test('diagrams follow the colour mode (light and dark draw differently)', () => {
    expect(drawn.light?.[0]).toBeDefined();
    expect(drawn.dark?.[0]).toBeDefined();
    expect(drawn.dark![0]).not.toBe(drawn.light![0]);
  });

  test('mermaid and KaTeX’s stylesheet are loaded only by pages that use them', async () => {
    const seed = await pageAssets(inject('baseUrl'));
    const withMath = await pageAssets(docUrl(SOURCE));
    // Mermaid is several hundred kB; the seed page must not carry it.
    expect(withMath.scriptBytes - seed.scriptBytes).toBeGreaterThan(300_000);
    // KaTeX's stylesheet (and its fonts) neither linked by nor bundled into what the seed page loads.
    expect([...seed.stylesheets.keys()].filter((url) => url.includes('katex'))).toEqual([]);
    expect([...seed.stylesheets.values()].some((css) => css.includes('KaTeX_'))).toBe(false);
    expect([...withMath.stylesheets.keys()].filter((url) => url.endsWith('/assets/katex/katex.min.css'))).toHaveLength(1);
  });
});
