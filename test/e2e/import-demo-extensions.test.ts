/**
 * Issue 16's proof on a whole workshop: test/data/demo-workshop (its own
 * mkdocs.yml enabling Material's recommended extension set, and a lesson per
 * extension, one of them including shared files with pymdownx.snippets)
 * imported with `npm run import:mkdocs` into a throw-away copy of the site,
 * built, served as a static host serves it, and read in Chromium: no raw
 * MkDocs syntax on any page, every construct drawn (keys, marks, critic,
 * definitions, footnotes, task boxes, math, diagrams, the included text, the
 * annotations of code inside `<div class="annotate" markdown>`), and axe-core
 * finds nothing, in light and dark mode, at 375 and 1280 px.
 */
import path from 'node:path';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, test} from 'vitest';
import {MODES, WIDTHS, formatViolations, openPage, runAxe, screenshot} from './browser';
import {builtPages, readBuilt, type ImportedSite, servedImport, themeStorageOf} from './import-build';
import {findRawMkdocs} from './raw-mkdocs';
import {tail} from './site';

const DEMO = path.resolve(import.meta.dirname, '../data/demo-workshop');

/** Each extension lesson's URL (the workshop is the site: its pages at their MkDocs URLs) and what it must show. */
const LESSONS = [
  'extensions/annotations',
  'extensions/snippets',
  'extensions/keys-and-marks',
  'extensions/critic-symbols-tasks',
  'extensions/definitions-and-footnotes',
  'extensions/math-and-diagrams',
  'extensions/blocks',
] as const;

const site = servedImport(() => DEMO, '');
let imported: ImportedSite;
beforeAll(() => {
  imported = site.imported();
});

const url = (lesson: string) => `${site.origin()}/${lesson}`;

async function open(lesson: string, mode: 'light' | 'dark' = 'light', width = 1280): Promise<{page: Page; close(): Promise<void>; errors: string[]}> {
  // The imported site's own storage key: it is another site (URL) than the one the global setup built.
  const opened = await openPage(site.browser(), url(lesson), {mode, width, themeStorage: themeStorageOf(imported)});
  return {page: opened.page, close: () => opened.close(), errors: opened.errors};
}

describe('the demo workshop, imported and built', () => {
  test('builds, with every extension lesson', () => {
    expect(imported.build.code, `build exited ${imported.build.code}; ${imported.logFile} ends:\n${tail(imported.log, 40)}`).toBe(0);
    const pages = builtPages(imported).join('\n');
    for (const lesson of LESSONS) expect(pages).toContain(lesson);
  });

  test('no built page shows raw MkDocs syntax outside code', () => {
    const leaks = builtPages(imported).flatMap((page) =>
      findRawMkdocs(readBuilt(imported, page)).map((leak) => `${page}: ${leak.construct} in ${leak.where}: "${leak.context}"`),
    );
    expect(leaks).toEqual([]);
  });

  test('no warning on the workshop\'s lessons: every include resolved, every construct read', () => {
    // The site's own pages (the authoring guide, under /authoring/) warn on purpose; the workshop's must not.
    expect(imported.log.split('\n').filter((line) => line.startsWith('workshop/'))).toEqual([]);
  });
});

describe('each construct is drawn', () => {
  test('annotations of code inside <div class="annotate" markdown> bind to the list after it', async () => {
    const {page, close, errors} = await open('extensions/annotations');
    try {
      const code = page.locator('article .annotate pre', {hasText: 'kind: Deployment'});
      const marker = code.getByRole('button', {name: 'Annotation 2'});
      await marker.click();
      const note = page.locator(`[id="${await marker.getAttribute('aria-controls')}"]`);
      expect(await note.textContent()).toContain('How many pods run at once');
      expect(await code.textContent()).not.toMatch(/\(\d\)/);
      // The list after </div> is consumed: no visible numbered list repeats the notes.
      expect(await page.locator('article ol:visible', {hasText: 'How many pods run at once'}).count()).toBe(0);
      // Sample output is plain text to Material: the marker at the end of a line of the table binds too.
      const output = page.locator('article .annotate figure', {hasText: 'RESTARTS'});
      const restarts = output.getByRole('button', {name: 'Annotation 1'});
      await restarts.click();
      expect(await page.locator(`[id="${await restarts.getAttribute('aria-controls')}"]`).textContent()).toContain('How often Kubernetes restarted');
      expect(await output.locator('pre').textContent()).not.toMatch(/\(\d\)/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('snippets: the included steps, sections and line ranges are on the page', async () => {
    const {page, close} = await open('extensions/snippets');
    try {
      const text = (await page.locator('article').textContent()) ?? '';
      // A whole file, a named section of another, a line range and the block form.
      for (const included of ['kubectl version --client', 'kind create cluster --name workshop', 'kind delete cluster --name workshop', 'targetPort: 8080']) {
        expect(text).toContain(included);
      }
      // Only the escaped line (`;--8<--`) shows an include, as text, as in MkDocs.
      expect(text.split('--8<--').length - 1).toBe(1);
    } finally {
      await close();
    }
  });

  test('keys, mark, insert, delete, superscript and subscript', async () => {
    const {page, close} = await open('extensions/keys-and-marks');
    try {
      expect(await page.locator('article .keys kbd').count()).toBeGreaterThan(1);
      for (const tag of ['mark', 'ins', 'del', 'sup', 'sub']) expect(await page.locator(`article ${tag}`).count(), tag).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  test('critic marks, smart symbols and Material task boxes', async () => {
    const {page, close} = await open('extensions/critic-symbols-tasks');
    try {
      expect(await page.locator('article ins.critic').count()).toBeGreaterThan(0);
      expect(await page.locator('article del.critic').count()).toBeGreaterThan(0);
      expect(await page.locator('article li input[type="checkbox"]').count()).toBeGreaterThan(0);
      expect(await page.locator('article').textContent()).toMatch(/©|™|→/);
    } finally {
      await close();
    }
  });

  test('definition lists and footnotes', async () => {
    const {page, close} = await open('extensions/definitions-and-footnotes');
    try {
      expect(await page.locator('article dl dt').count()).toBeGreaterThan(1);
      expect(await page.locator('article dl dd').count()).toBeGreaterThan(1);
      expect(await page.locator('article sup a[href*="fn"]').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  test('pymdownx.blocks: admonitions, collapsibles, tab sets and HTML elements', async () => {
    const {page, close, errors} = await open('extensions/blocks');
    try {
      const warning = page.locator('article .theme-admonition', {hasText: 'Before you start'});
      expect(await warning.count()).toBe(1);
      expect(await warning.textContent()).toContain('kubectl version --client');
      // Two tab sets (`new: true` starts the second), the second opens on its selected tab.
      const tabLists = page.locator('article [role="tablist"]');
      expect(await tabLists.count()).toBeGreaterThanOrEqual(2);
      expect(await tabLists.nth(1).locator('[role="tab"][aria-selected="true"]').textContent()).toContain('Deployment');
      // The open collapsible is open, the other closed; nesting keeps its tabs inside.
      expect(await page.locator('article details[open]', {hasText: 'The answer is open by default'}).count()).toBe(1);
      expect(await page.locator('article details:not([open])', {hasText: 'What does'}).count()).toBe(1);
      expect(await page.locator('article details', {hasText: 'Troubleshooting'}).locator('[role="tablist"]').count()).toBe(1);
      expect(await page.locator('article div.grid.cards li').count()).toBe(2);
      expect(await page.locator('article').textContent()).not.toContain('///');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const mode of MODES) {
    test(`math and diagrams (${mode})`, async () => {
      const {page, close} = await open('extensions/math-and-diagrams', mode);
      try {
        expect(await page.locator('article .katex').count()).toBeGreaterThan(0);
        expect(await page.locator('article .katex-error').count()).toBe(0);
        await page.waitForFunction(() => document.querySelectorAll('article .docusaurus-mermaid-container svg').length > 0, undefined, {timeout: 30_000});
      } finally {
        await close();
      }
    });
  }
});

describe.each(MODES.flatMap((mode) => WIDTHS.map((width) => ({mode, width}))))('axe-core, $mode mode, $width px', ({mode, width}) => {
  for (const lesson of LESSONS) {
    test(lesson, async () => {
      const {page, close} = await open(lesson, mode, width);
      try {
        await screenshot(page, `demo-${lesson.replace(/\//g, '-')}`, mode, width);
        const violations = await runAxe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
