/**
 * A workshop imported into the site itself (the import's default) with its
 * own `index.md`: that page is the site's `/`, as in MkDocs, and the demo
 * lesson, which is `/` otherwise, moves with the rest of the site's own docs/
 * under /authoring/: no duplicate route. Its front matter tags
 * (`ops/day2/upgrades.md`: `tags: [lesson plan, 2023-09-11]`) are shown only
 * when the workshop uses Material's tags plugin, as in Material, and then as
 * written.
 */
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {buildWarningKeys, builtPageOf, readBuilt, reportWarningKeys, textContent, type ImportedSite, type ImportRun, importAndBuild} from './import-build';
import {tail} from './site';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/mkdocs-links');

describe('import of fixtures/mkdocs-links into the site itself', () => {
  let run: ImportRun | undefined;
  let imported: ImportedSite;

  beforeAll(async () => {
    run = importAndBuild(FIXTURE, '');
    imported = await run.done;
  }, 300_000);

  afterAll(() => run?.remove());

  test('builds without a duplicate route', () => {
    expect(imported.build.code, `build exited ${imported.build.code}; ${imported.logFile} ends:\n${tail(imported.log, 40)}`).toBe(0);
    expect(imported.log).not.toMatch(/Duplicate routes/i);
  });

  test('`/` is the workshop\'s index page', () => {
    const home = fromHtml(readBuilt(imported, 'index.html'));
    expect(textContent(select('article h1', home)!).trim()).toBe('Links fixture');
  });

  test('the demo lesson keeps a page of its own, under /authoring/', () => {
    const demo = fromHtml(readBuilt(imported, 'authoring/pod-networking.html'));
    expect(textContent(select('article h1', demo)!).trim()).toBe('Pod Networking');
  });

  test('the report says so, as information', () => {
    expect(imported.report).toContain("docs/index.md: becomes the site's / page, as in MkDocs (the site's own docs/, the demo lesson and the authoring guide, moves under /authoring/)");
  });

  test("without Material's tags plugin, a page's front matter tags are not shown (no tag list, no tags pages), and nothing is said", () => {
    expect(JSON.parse(readFileSync(path.join(imported.site.dir, 'workshop/site.json'), 'utf8'))).toMatchObject({tags: false});
    const upgrades = fromHtml(readBuilt(imported, builtPageOf(imported, 'workshop/docs/ops/day2/upgrades.md')));
    expect(textContent(select('article h1', upgrades)!).trim()).toBe('Upgrades');
    expect(tagLinks(upgrades)).toEqual([]);
    expect(existsSync(path.join(imported.site.dir, 'build', 'tags'))).toBe(false);
    expect(imported.report).not.toMatch(/tags/);
    expect(buildWarningKeys(imported)).toEqual(reportWarningKeys(imported.report));
    expect(imported.log).not.toMatch(/upgrades\.md.*mkdocs-meta/);
  });
});

/** The page's tag links (Docusaurus's doc footer): text and href. */
function tagLinks(page: Root): string[] {
  return selectAll('.theme-doc-footer-tags-row a', page).map((link) => `${textContent(link).trim()} ${String(link.properties.href)}`);
}

describe("the same workshop with Material's tags plugin, imported into the site itself", () => {
  let run: ImportRun | undefined;
  let imported: ImportedSite;
  let project: string | undefined;

  beforeAll(async () => {
    project = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-tags-workshop-'));
    cpSync(FIXTURE, project, {recursive: true});
    const config = path.join(project, 'mkdocs.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('plugins:\n', 'plugins:\n  - tags\n'));
    run = importAndBuild(project, '', 'tags');
    imported = await run.done;
  }, 300_000);

  afterAll(async () => {
    await run?.remove();
    if (project) rmSync(project, {recursive: true, force: true});
  });

  test('builds, with no warning about the tags', () => {
    expect(imported.build.code, `build exited ${imported.build.code}; ${imported.logFile} ends:\n${tail(imported.log, 40)}`).toBe(0);
    expect(buildWarningKeys(imported)).toEqual(reportWarningKeys(imported.report));
    expect(imported.log).not.toMatch(/upgrades\.md.*mkdocs-meta/);
  });

  test('the tags are shown, a YAML date as written (not "Mon Sep 11 2023 …"), each with its tags page', () => {
    expect(JSON.parse(readFileSync(path.join(imported.site.dir, 'workshop/site.json'), 'utf8'))).toMatchObject({tags: true});
    const upgrades = readBuilt(imported, builtPageOf(imported, 'workshop/docs/ops/day2/upgrades.md'));
    expect(tagLinks(fromHtml(upgrades))).toEqual(['lesson plan /tags/lesson-plan', '2023-09-11 /tags/2023-09-11']);
    expect(upgrades).not.toMatch(/GMT/);
    for (const [page, label] of [['tags/lesson-plan.html', 'lesson plan'], ['tags/2023-09-11.html', '2023-09-11']]) {
      const tagPage = fromHtml(readBuilt(imported, page));
      expect(textContent(select('h1', tagPage)!)).toContain(label);
      expect(selectAll('article a', tagPage).map((link) => String(link.properties.href))).toContain('/ops/day2/upgrades');
    }
  });
});
