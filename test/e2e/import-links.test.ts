/**
 * Links and images of an imported MkDocs project resolve as MkDocs resolves
 * them (fixture `fixtures/mkdocs-links`: lessons in sub-folders, links written
 * `../other/lesson.md`, `other.md#anchor`, images next to the lesson and in a
 * shared folder, bare file names found by mkdocs-autolinks-plugin, an image
 * and a file found only relative to the page's MkDocs URL, as the browser found
 * them), and the ones to missing files are kept and warned about, while a
 * missing file the import did not list still fails the build.
 */
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import type {Element, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {UnresolvedLinksFile} from '../../plugins/remark-unresolved-links';
import {serveStatic} from '../../scripts/static-server';
import {launchBrowser} from './browser';
import {buildWarningKeys, builtPageOf, readBuilt, reportWarningKeys, textContent, type ImportedSite, type ImportRun, importAndBuild} from './import-build';
import {ARTIFACTS, readLog, tail} from './site';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/mkdocs-links');

describe('import of fixtures/mkdocs-links', () => {
  let run: ImportRun | undefined;
  let imported: ImportedSite;
  let lesson: Root;
  let other: Root;
  const pageOf = (doc: string) => `/${builtPageOf(imported, doc).replace(/\.html$/, '')}`;

  beforeAll(async () => {
    run = importAndBuild(FIXTURE, 'links');
    imported = await run.done;
    if (imported.build.code !== 0) return;
    lesson = fromHtml(readBuilt(imported, builtPageOf(imported, 'docs/links/part-one/lesson.md')));
    other = fromHtml(readBuilt(imported, builtPageOf(imported, 'docs/links/part-two/other.md')));
  }, 300_000);

  afterAll(() => run?.remove());

  /** The one link or image in the page's article whose text (alt) is `text`. */
  const element = (tree: Root, selector: 'a' | 'img', text: string): Element => {
    const found = selectAll(`article ${selector}`, tree).filter((node) => (selector === 'a' ? textContent(node).trim() : String(node.properties.alt)) === text);
    expect(found, `one <${selector}> "${text}"`).toHaveLength(1);
    return found[0];
  };
  const builtFile = (url: unknown) => path.join(imported.site.dir, 'build', String(url).replace(/^\//, ''));

  test('builds, warning only about the three missing files, the three site-absolute links and images to nothing and the file name two files have, as the import report said', () => {
    expect(imported.build.code, `build exited ${imported.build.code}; ${imported.logFile} ends:\n${tail(imported.log, 40)}`).toBe(0);
    expect(buildWarningKeys(imported).sort()).toEqual([
      'docs/part-one/lesson.md:14:5 import-unresolved-link',
      'docs/part-one/lesson.md:14:53 import-unresolved-link',
      'docs/part-one/lesson.md:18:1 import-unresolved-link',
      'docs/part-one/lesson.md:20:108 mkdocs-autolinks-ambiguous',
      'docs/part-two/other.md:11:1 import-unresolved-link',
      'docs/part-two/other.md:9:33 import-unresolved-link',
      'docs/part-two/other.md:9:5 import-unresolved-link',
    ]);
    expect(reportWarningKeys(imported.report).sort()).toEqual(buildWarningKeys(imported).sort());
    expect(imported.log).not.toMatch(/^\[(?:WARNING|ERROR)\]/m);
  });

  test('`../other/lesson.md` and `../other/lesson.md#anchor` go to that lesson and its heading', () => {
    const target = pageOf('docs/links/part-two/other.md');
    expect(element(lesson, 'a', 'the other lesson').properties.href).toBe(target);
    expect(element(lesson, 'a', 'its setup section').properties.href).toBe(`${target}#setup`);
    expect(select('article h2#setup', other)).not.toBeNull();
  });

  test('`sibling.md#anchor` and `../lesson.md#title` resolve from the lesson\'s own folder', () => {
    expect(element(other, 'a', 'the checklist').properties.href).toBe(`${pageOf('docs/links/part-two/checklist.md')}#before-you-start`);
    expect(element(other, 'a', 'lesson one').properties.href).toBe(`${pageOf('docs/links/part-one/lesson.md')}#lesson-one`);
    const checklist = fromHtml(readBuilt(imported, builtPageOf(imported, 'docs/links/part-two/checklist.md')));
    expect(select('article #before-you-start', checklist)).not.toBeNull();
    // MkDocs gives the page title an id too; the site keeps it (src/theme/Heading).
    expect(select('article h1#lesson-one', lesson)).not.toBeNull();
  });

  test('an image next to the lesson in its sub-folder and one in a shared folder are found and bundled', () => {
    for (const alt of ['A diagram next to the lesson', 'The shared logo']) {
      const src = String(element(lesson, 'img', alt).properties.src);
      // Small images are inlined by the bundler, others become hashed files.
      if (src.startsWith('data:')) expect(src).toMatch(/^data:image\/png;base64,/);
      else {
        expect(src).toMatch(/^\/assets\/images\/(?:diagram|logo)-[\da-f]+\.png$/);
        expect(existsSync(builtFile(src)), `${src} in build/`).toBe(true);
      }
    }
  });

  test('a site-absolute link to nothing (`/1.0`, MkDocs left it as written) is kept as written, Markdown or raw HTML, an image too, and does not fail the build', () => {
    expect(element(other, 'a', 'the old release').properties.href).toBe('/1.0');
    expect(element(other, 'a', 'the old site').properties.href).toBe('/old/');
    // An image too: Docusaurus looks for it in the static folders, and would fail the build.
    expect(element(other, 'img', 'The old logo').properties.src).toBe('/img/old-logo.png');
  });

  test('a relative src in raw HTML resolves against the page\'s MkDocs URL, as the browser did there: broken in MkDocs, broken here, and the report says so', () => {
    // On /links/part-one/lesson/ (use_directory_urls), img/diagram.png is /links/part-one/lesson/img/diagram.png.
    const src = String(element(lesson, 'img', 'The diagram in raw HTML').properties.src);
    expect(src).toBe('/links/part-one/lesson/img/diagram.png');
    expect(existsSync(builtFile(src))).toBe(false);
    expect(imported.report).toContain(
      'docs/part-one/lesson.md:9:1: HTML img/diagram.png: goes to /links/part-one/lesson/img/diagram.png (as on the MkDocs page), where the import puts no page or file: the browser shows it broken, as it did in MkDocs',
    );
  });

  test('mkdocs-autolinks-plugin (in its mkdocs.yml): a bare page name goes to that page and heading, an image name to the first file of that name', () => {
    expect(element(lesson, 'a', 'the checklist by name').properties.href).toBe(`${pageOf('docs/links/part-two/checklist.md')}#before-you-start`);
    // assets/logo.png comes before part-two/logo.png in MkDocs' file order.
    expect(element(lesson, 'img', 'The logo by name').properties.src).toBe(element(lesson, 'img', 'The shared logo').properties.src);
  });

  test('an image and a file link naming no file beside the page file resolve as the browser resolved them on the MkDocs page, and load', async () => {
    // ops/day2/upgrades.md writes ../../Images/x.png: docs/Images/x.png is not there; on /links/ops/day2/upgrades/
    // the browser loaded /links/ops/Images/x.png, docs/ops/Images/x.png.
    const upgrades = fromHtml(readBuilt(imported, builtPageOf(imported, 'docs/links/ops/day2/upgrades.md')));
    const src = String(element(upgrades, 'img', 'Available Upgrades').properties.src);
    if (src.startsWith('data:')) expect(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64')).toEqual(readFileSync(path.join(FIXTURE, 'docs/ops/Images/x.png')));
    else expect(readFileSync(builtFile(src))).toEqual(readFileSync(path.join(FIXTURE, 'docs/ops/Images/x.png')));
    const notes = element(upgrades, 'a', 'upgrade notes');
    expect(notes.properties.href).toBe('/links/ops/Images/upgrade-notes.pdf');
    expect(readFileSync(builtFile(notes.properties.href))).toEqual(readFileSync(path.join(FIXTURE, 'docs/ops/Images/upgrade-notes.pdf')));
    // Neither is reported: both work.
    expect(imported.report).not.toMatch(/upgrades\.md.*(?:x\.png|upgrade-notes\.pdf)/);

    // In Chromium, at the page's MkDocs URL and at its route: the image is drawn, the file downloads.
    const server = await serveStatic(path.join(imported.site.dir, 'build'), {baseUrl: '/'});
    const browser = await launchBrowser();
    try {
      for (const url of ['/links/ops/day2/upgrades/', '/links/ops/day2/upgrades']) {
        const page = await browser.newPage();
        const response = await page.goto(`${server.url.replace(/\/$/, '')}${url}`, {waitUntil: 'load'});
        expect(response?.status(), `GET ${url}`).toBe(200);
        const image = page.locator('article img[alt="Available Upgrades"]');
        expect(await image.evaluate((img) => [(img as HTMLImageElement).complete, (img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight]), url).toEqual([true, 3, 2]);
        const href = await page.locator('article a', {hasText: 'upgrade notes'}).evaluate((a) => (a as HTMLAnchorElement).href);
        const download = await page.request.get(href);
        expect(download.status(), href).toBe(200);
        expect(Buffer.from(await download.body())).toEqual(readFileSync(path.join(FIXTURE, 'docs/ops/Images/upgrade-notes.pdf')));
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test("imported into a folder, the site's own settings apply: the page's front matter tags are shown, a YAML date as written", () => {
    const upgrades = fromHtml(readBuilt(imported, builtPageOf(imported, 'docs/links/ops/day2/upgrades.md')));
    const tags = selectAll('.theme-doc-footer-tags-row a', upgrades).map((link) => `${textContent(link).trim()} ${String(link.properties.href)}`);
    expect(tags).toEqual(['lesson plan /tags/lesson-plan', '2023-09-11 /tags/2023-09-11']);
  });

  test('a link to a PDF that exists goes to its MkDocs URL, served from static/, its attribute list kept', () => {
    const slides = element(lesson, 'a', 'the slides');
    expect(slides.properties.href).toBe('/links/assets/slides.pdf');
    expect(readFileSync(builtFile(slides.properties.href))).toEqual(readFileSync(path.join(FIXTURE, 'docs/assets/slides.pdf')));
    expect(slides.properties.className).toEqual(expect.arrayContaining(['md-button']));
  });

  test('links and images to missing files stay, with their text, going where the browser went on the MkDocs page', () => {
    // On /links/part-one/lesson/ (MkDocs' URL; the site's is /links/part-one/lesson, where a relative URL kept as
    // written would resolve one folder up).
    expect(element(lesson, 'a', 'The missing slides').properties.href).toBe('/links/part-one/assets/missing.pdf');
    expect(element(lesson, 'img', 'a missing picture').properties.src).toBe('/links/part-one/lesson/img/missing.png');
    expect(element(lesson, 'a', 'the lesson that was removed').properties.href).toBe('/links/part-one/part-three/gone.md');
  });

  test('a missing file the import did not list still fails the build', {timeout: 300_000}, async () => {
    const listFile = path.join(imported.site.dir, 'import-unresolved-links.json');
    const list = JSON.parse(readFileSync(listFile, 'utf8')) as UnresolvedLinksFile;
    const dropped = list.links.filter((link) => link.url !== '../assets/missing.pdf');
    expect(dropped).toHaveLength(list.links.length - 1);
    writeFileSync(listFile, JSON.stringify({...list, links: dropped}));
    const logFile = path.join(ARTIFACTS, 'import-links-unlisted-build.log');
    const result = await run!.docusaurus(['build', '--out-dir', 'build-unlisted'], logFile, {DOCUSAURUS_NO_PERSISTENT_CACHE: '1'});
    const log = readLog(logFile);
    expect(result.code, `the build passed; ${logFile}`).not.toBe(0);
    expect(log).toMatch(/broken links[\s\S]*missing\.pdf/i);
  });
});
