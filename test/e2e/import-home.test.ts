/**
 * A workshop imported into the site itself (the import's default) with its
 * own `index.md`: that page is the site's `/`, as in MkDocs, and the demo
 * lesson, which is `/` otherwise, moves with the rest of the site's own docs/
 * under /authoring/: no duplicate route.
 */
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {select} from 'hast-util-select';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {readBuilt, textContent, type ImportedSite, type ImportRun, importAndBuild} from './import-build';
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
});
