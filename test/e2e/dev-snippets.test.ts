/**
 * pymdownx.snippets under `docusaurus start`: a lesson that includes a file
 * (`--8<--`) shows the file's text, and saving the included file (not the
 * lesson) updates the page, because the loader declares the included files
 * as dependencies (plugins/lesson-pipeline/snippets-loader.cjs). A warning
 * inside the included text is printed at the included file's line, and a
 * warning after the include at the lesson's own line.
 *
 * In a throw-away copy of the site; the included file lives outside docs/
 * (the site's base path is its root, as MkDocs' is the project root).
 */
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {launchBrowser} from './browser';
import {start, waitFor} from './dev-server';
import {ARTIFACTS, readLog} from './site';
import {createTempSite, type TempSite} from './temp-site';

const LESSON = 'docs/snippet-scratch.md';
const INCLUDED = 'snippet-scratch/shared.md';
const LESSON_TEXT = `# Snippet scratch\n\n--8<-- "${INCLUDED}"\n\n!!! pagenope\n    After the include.\n`;
const included = (word: string) => `The shared text says ${word}.\n\n!!! includednope\n    In the included file.\n`;

describe('docusaurus start with snippets', () => {
  let site: TempSite;
  let browser: Browser;
  const log = path.join(ARTIFACTS, 'start-snippets.log');

  beforeAll(() => {
    site = createTempSite('lessonsaurus-snippets-');
    site.write(INCLUDED, included('FIRSTVERSION'));
    site.write(LESSON, LESSON_TEXT);
  });
  afterAll(async () => {
    await browser?.close();
    site?.remove();
  });

  test('saving an included file updates the page that includes it; warnings name the file they are in', {timeout: 900_000}, async () => {
    const server = await start(site, log);
    try {
      browser = await launchBrowser();
      const page = await browser.newPage();
      await page.goto(`${server.url}snippet-scratch`, {waitUntil: 'load'});
      const article = page.locator('article');
      await waitFor('the included text on the page', async () => (await article.innerText()).includes('FIRSTVERSION'));
      expect(await article.innerText()).not.toContain('--8<--');

      // The included file's box is reported at its own line 3; the lesson's at its line 5, not shifted by the include.
      await waitFor('the warnings in the terminal', () => /pagenope/.test(readLog(log)));
      expect(readLog(log)).toMatch(/^snippet-scratch\/shared\.md:3:5 {2}Unexpected box type `includednope`.*\(included at docs\/snippet-scratch\.md:3\) {2}mkdocs-box-type$/m);
      expect(readLog(log)).toMatch(/^docs\/snippet-scratch\.md:5:5 {2}Unexpected box type `pagenope`.*mkdocs-box-type$/m);

      site.write(INCLUDED, included('SECONDVERSION'));
      await waitFor(
        'the page to show the saved included file',
        async () => {
          if ((await article.innerText()).includes('SECONDVERSION')) return true;
          // Hot reload normally updates the open page; a reload reads what the server compiled now.
          await page.reload({waitUntil: 'load'});
          return (await page.locator('article').innerText()).includes('SECONDVERSION');
        },
        180_000,
      );
      await page.screenshot({path: path.join(ARTIFACTS, 'screenshots', 'dev-snippets.png')});
    } finally {
      await server.stop();
    }
  });
});
