/**
 * `docusaurus start`, as a contributor editing a lesson uses it: every
 * lesson's warnings are printed on start (a second start too, on Rspack's warm
 * cache), a saved lesson's warnings are printed again, and the page being
 * edited shows its own warnings in the dev-only panel, updated on save.
 *
 * In a throw-away copy of the site (never the repository's docs/), with a
 * scratch lesson that has one undeclared box type.
 */
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {checkLesson} from '../../plugins/lesson-pipeline';
import {byPlace, formatWarningLine, relativePath, warningsOf} from '../../plugins/lesson-warnings';
import {collectLessons} from '../../scripts/lint-lessons/lint';
import {launchBrowser} from './browser';
import {start, waitFor} from './dev-server';
import {ARTIFACTS, readLog} from './site';
import {createTempSite, type TempSite} from './temp-site';

const LESSON = 'docs/dev-scratch.md';
const FIRST = '# Scratch\n\n!!! nope "Undeclared"\n    A box of a type nobody declared.\n';
const EDITED = `${FIRST}\nA second one, added while the server runs.\n\n!!! alsonope\n    Another.\n`;
const warningFor = (type: string, line: number) => new RegExp(`^${LESSON.replace('.', '\\.')}:${line}:\\d+ {2}Unexpected box type \`${type}\`.*mkdocs-box-type$`, 'm');


const lessonLines = (log: string): string[] => readLog(log).split('\n').filter((line) => /^docs\/\S+\.md:\d+:\d+ {2}/.test(line));

/** What `npm run lint:lessons` (the site's pipeline) says of the copy's lessons now, as the build prints it. */
async function lintLines(site: TempSite): Promise<string[]> {
  const lines: string[] = [];
  for (const lesson of collectLessons(path.join(site.dir, 'docs'))) {
    const file = await checkLesson(lesson, site.dir);
    lines.push(...warningsOf(file).sort(byPlace).map((warning) => formatWarningLine(relativePath(file.path, site.dir), warning)));
  }
  return lines.sort();
}

describe('docusaurus start', () => {
  let site: TempSite;
  let browser: Browser;
  const logs = {first: path.join(ARTIFACTS, 'start-cold.log'), second: path.join(ARTIFACTS, 'start-warm.log')};

  beforeAll(() => {
    site = createTempSite('lessonsaurus-dev-');
    site.write(LESSON, FIRST);
  });
  afterAll(async () => {
    await browser?.close();
    site?.remove();
  });

  test('prints every lesson warning on start, shows the page\'s own in the panel, and both follow a save', {timeout: 900_000}, async () => {
    const server = await start(site, logs.first);
    try {
      await waitFor('the scratch lesson\'s warning in the terminal', () => warningFor('nope', 3).test(readLog(logs.first)));
      // Every lesson is told, not only the one being edited: exactly what lint says of the site's lessons.
      expect(lessonLines(logs.first).sort()).toEqual(await lintLines(site));
      expect(readLog(logs.first)).toMatch(/^docs\/pod-networking\.md:22:1 {2}.*mkdocs-mojibake$/m);

      browser = await launchBrowser();
      const page = await browser.newPage();
      await page.goto(`${server.url}dev-scratch`, {waitUntil: 'load'});
      const panel = page.locator('[data-lesson-warnings]');
      await panel.waitFor({timeout: 60_000});
      expect(await panel.getAttribute('aria-label')).toBe('Lesson warnings (development only)');
      expect(await panel.innerText()).toMatch(/1 lesson warning in docs\/dev-scratch\.md[\s\S]*3:5[\s\S]*Unexpected box type `nope`[\s\S]*mkdocs-box-type/);
      await page.screenshot({path: path.join(ARTIFACTS, 'screenshots', 'dev-warnings-panel.png')});

      // The seed page has its own warning, not the scratch lesson's.
      const seed = await browser.newPage();
      await seed.goto(`${server.url}`, {waitUntil: 'load'});
      await seed.locator('[data-lesson-warnings]').waitFor({timeout: 60_000});
      const seedPanel = await seed.locator('[data-lesson-warnings]').innerText();
      expect(seedPanel).toContain('mkdocs-mojibake');
      expect(seedPanel).not.toContain('nope');
      await seed.close();

      site.write(LESSON, EDITED);
      await waitFor('the saved lesson\'s new warning in the terminal', () => warningFor('alsonope', 8).test(readLog(logs.first)));
      await waitFor('the panel to show the saved lesson\'s two warnings', async () => /2 lesson warnings/.test(await panel.innerText()));
      expect(await panel.innerText()).toMatch(/8:5[\s\S]*Unexpected box type `alsonope`/);
      // The saved lesson's warnings are told again (its unchanged one too): it is a new version.
      expect(readLog(logs.first).split('\n').filter((line) => warningFor('nope', 3).test(line))).toHaveLength(2);
    } finally {
      await server.stop();
    }
  });

  test('a second start, on the warm cache, prints every lesson warning again', {timeout: 900_000}, async () => {
    const server = await start(site, logs.second);
    try {
      await waitFor('the warnings on the second start', () => warningFor('alsonope', 8).test(readLog(logs.second)));
      // Each lesson's warnings once, as lint reports the lessons now (the scratch lesson as saved).
      expect(lessonLines(logs.second).sort()).toEqual(await lintLines(site));
    } finally {
      await server.stop();
    }
  });
});
