/**
 * test/data/url-workshop (docs_dir `Labs`, numbered folders holding README.md,
 * links written as MkDocs URLs, a Dockerfile beside a lab, nav sections with
 * an index page and an external link, a not_in_nav page) imported into a
 * folder of a throw-away site, built with `onBrokenLinks: 'throw'`, served
 * as a static host serves it, and read in Chromium: every MkDocs URL opens
 * its page, every link written as a URL lands on the right page and heading,
 * the Dockerfile downloads from its MkDocs URL.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {URL_WORKSHOP} from '../data-paths';
import {buildWarningKeys, type ImportedSite, servedImport} from './import-build';
import {tail} from './site';

const INTO = 'urls';

/** Each page at the URL MkDocs served it at (use_directory_urls), and its title. */
const PAGES = [
  {url: '/urls/', h1: 'URL workshop'},
  {url: '/urls/about-instructor/', h1: 'About the instructor'},
  {url: '/urls/01-Namespace/', h1: 'Namespaces'},
  {url: '/urls/02-Pod/', h1: 'Pods'},
  {url: '/urls/03-Deployment/', h1: 'Deployments'},
  {url: '/urls/03-Deployment/rolling/', h1: 'Rolling updates'},
  {url: '/urls/notes/draft/', h1: 'Draft notes'},
];

/** Links as the lessons write them, and where MkDocs sent the reader (`to`: without the final slash, the site's route). */
const LINKS = [
  {page: '/urls/', text: 'the instructor', to: '/urls/about-instructor', hash: '', h1: 'About the instructor'},
  {page: '/urls/', text: 'first lab', to: '/urls/01-Namespace', hash: '', h1: 'Namespaces'},
  {page: '/urls/', text: 'pods lab', to: '/urls/02-Pod', hash: '', h1: 'Pods'},
  {page: '/urls/about-instructor/', text: 'start', to: '/urls', hash: '', h1: 'URL workshop'},
  {page: '/urls/01-Namespace/', text: 'pods', to: '/urls/02-Pod', hash: '', h1: 'Pods'},
  {page: '/urls/02-Pod/', text: 'created the namespace', to: '/urls/01-Namespace', hash: '#create-a-namespace', h1: 'Namespaces'},
  {page: '/urls/02-Pod/', text: 'deployments', to: '/urls/03-Deployment', hash: '', h1: 'Deployments'},
  {page: '/urls/03-Deployment/', text: 'rolling updates', to: '/urls/03-Deployment/rolling', hash: '', h1: 'Rolling updates'},
  {page: '/urls/03-Deployment/', text: 'rolling section', to: '/urls/03-Deployment/rolling', hash: '#roll-back', h1: 'Rolling updates'},
  // On /urls/03-Deployment/rolling/ a relative URL resolves against that URL, not against its folder.
  {page: '/urls/03-Deployment/rolling/', text: 'up', to: '/urls/03-Deployment', hash: '', h1: 'Deployments'},
  {page: '/urls/03-Deployment/rolling/', text: 'pods', to: '/urls/02-Pod', hash: '', h1: 'Pods'},
];

/** Files that are no page, linked from a lesson, served at their MkDocs URL. */
const FILES = [
  {page: '/urls/02-Pod/', text: 'Dockerfile', url: '/urls/02-Pod/resources/Dockerfile', source: 'Labs/02-Pod/resources/Dockerfile'},
  {page: '/urls/02-Pod/', text: 'it in the browser', url: '/urls/02-Pod/resources/Dockerfile', source: 'Labs/02-Pod/resources/Dockerfile'},
  {page: '/urls/', text: 'here', url: '/urls/files/cheatsheet.txt', source: 'Labs/files/cheatsheet.txt'},
];

/** A page opened at `address` and hydrated, with the errors it logged. */
async function openHydrated(browser: Browser, address: string): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(address, {waitUntil: 'load'});
  expect(response?.status(), `GET ${address}`).toBe(200);
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
  return {page, errors};
}

const title = (page: Page) => page.locator('article h1').first().textContent({timeout: 10_000});

/** Follows the link named `text` in the page's article; resolves once the browser is at `to` and shows the page titled `h1` (client-side navigation changes the URL first). */
async function follow(page: Page, text: string, to: string, h1: string): Promise<void> {
  await page.locator('article').getByRole('link', {name: text, exact: true}).click();
  await page.waitForURL((url) => url.pathname === to, {timeout: 10_000});
  await page.locator('article h1', {hasText: h1}).first().waitFor({timeout: 10_000});
}

describe('import of test/data/url-workshop', () => {
  const site = servedImport(() => URL_WORKSHOP, INTO);
  const {origin} = site;
  const open = (url: string) => openHydrated(site.browser(), `${origin()}${url}`);
  let imported: ImportedSite;
  beforeAll(() => {
    imported = site.imported();
  });

  test('builds with onBrokenLinks: throw, no warning on its lessons, no duplicate route', () => {
    expect(imported.build.code, `build exited ${imported.build.code}; ${imported.logFile} ends:\n${tail(imported.log, 40)}`).toBe(0);
    expect(buildWarningKeys(imported)).toEqual([]);
    expect(imported.log).not.toMatch(/Duplicate routes|\[WARNING\]|\[ERROR\]/);
  });

  test('the report honours not_in_nav and lists no unresolved link', () => {
    expect(imported.report).not.toContain('not in nav');
    expect(imported.result.plan.unresolvedLinks).toEqual([]);
    expect(imported.result.written).toEqual(expect.arrayContaining(['workshop/routes.json', 'static/urls/02-Pod/resources/Dockerfile', 'static/urls/files/cheatsheet.txt']));
  });

  test('each page is built at its route and at its MkDocs directory URL', () => {
    for (const {url} of PAGES) {
      const route = url.replace(/\/$/, '');
      expect(existsSync(path.join(imported.site.dir, 'build', `${route.slice(1)}.html`)), `${route}.html`).toBe(true);
      expect(existsSync(path.join(imported.site.dir, 'build', url.slice(1), 'index.html')), `${url}index.html`).toBe(true);
    }
  });

  test.each(PAGES)('$url opens "$h1", and so does the route without the final slash', async ({url, h1}) => {
    for (const address of [url, url.replace(/\/$/, '')]) {
      const {page, errors} = await open(address);
      expect(await title(page), address).toBe(h1);
      expect(errors, address).toEqual([]);
      await page.close();
    }
  });

  test.each(LINKS)('on $page, "$text" goes to $to, anchor "$hash"', async ({page: from, text, to, hash, h1}) => {
    const {page} = await open(from);
    await follow(page, text, to, h1);
    expect(await title(page)).toBe(h1);
    expect(await page.evaluate(() => window.location.hash)).toBe(hash);
    if (hash !== '') expect(await page.locator(`article ${hash}`).count(), `${to}${hash} has the heading`).toBe(1);
    await page.close();
  });

  test.each(FILES)('on $page, "$text" downloads $url', async ({page: from, text, url, source}) => {
    const {page} = await open(from);
    const link = page.locator('article').getByRole('link', {name: text, exact: true});
    expect(await link.getAttribute('href')).toBe(url);
    const response = await page.request.get(`${origin()}${url}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe(readFileSync(path.join(URL_WORKSHOP, source), 'utf8'));
    await page.close();
  });

  test('the sidebar follows nav: sections, the section index page as its link, the external link', async () => {
    const {page} = await open('/urls/02-Pod/');
    const sidebar = page.locator('nav.menu');
    expect(await sidebar.getByRole('link', {name: 'Kubernetes docs'}).getAttribute('href')).toBe('https://kubernetes.io/docs/');
    expect(await sidebar.getByRole('link', {name: 'Deployments', exact: true}).getAttribute('href')).toBe('/urls/03-Deployment');
    expect(await sidebar.getByRole('link', {name: 'Labs', exact: true}).getAttribute('href')).toBe('/urls/01-Namespace');
    expect(await sidebar.getByRole('link', {name: 'Draft notes'}).count()).toBe(0);
    await page.close();
  });

  test('a lesson opening with `---`, a heading, a list and `---` shows them, as MkDocs does', async () => {
    const {page} = await open('/urls/03-Deployment/');
    expect(await page.locator('article .theme-doc-markdown hr').count()).toBe(2);
    expect(await page.locator('article .theme-doc-markdown li').allTextContents()).toEqual(['a ReplicaSet keeps the pods running', 'a Deployment rolls out new versions']);
    await page.close();
  });
});

/** Without use_directory_urls MkDocs serves `a/b.md` at `/a/b.html`, `a/index.md` at `/a/index.html`: so does the site. */
const FLAT_WORKSHOP: Record<string, string> = {
  'mkdocs.yml': 'site_name: Flat URLs\nuse_directory_urls: false\n',
  'docs/index.md': '# Flat home\n\n[Essentials](labs/1-essentials.html) and <a href="labs/index.html">the labs</a>.\n',
  'docs/labs/index.md': '# Labs\n\nStart with the [first lab](1-essentials.html).\n',
  'docs/labs/1-essentials.md': '# Essentials\n\n[Next](2-deployments.html#scale), or [home](../index.html).\n',
  'docs/labs/2-deployments.md': '# Deployments\n\n## Scale\n\nMore replicas.\n',
};

describe('import of a workshop with use_directory_urls: false', () => {
  let project: string | undefined;
  beforeAll(() => {
    project = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-flat-urls-'));
    for (const [file, text] of Object.entries(FLAT_WORKSHOP)) {
      mkdirSync(path.dirname(path.join(project, file)), {recursive: true});
      writeFileSync(path.join(project, file), text);
    }
  });
  afterAll(() => {
    if (project !== undefined) rmSync(project, {recursive: true, force: true});
  });
  const site = servedImport(() => project!, 'flat');
  const open = (url: string) => openHydrated(site.browser(), `${site.origin()}${url}`);
  let imported: ImportedSite;
  beforeAll(() => {
    imported = site.imported();
  });

  test('builds, with nothing unresolved', () => {
    expect(imported.build.code, `build exited ${imported.build.code}; ${imported.logFile} ends:\n${tail(imported.log, 40)}`).toBe(0);
    expect(imported.result.plan.unresolvedLinks).toEqual([]);
    expect(buildWarningKeys(imported)).toEqual([]);
  });

  test.each([
    {url: '/flat/labs/1-essentials.html', h1: 'Essentials'},
    {url: '/flat/labs/2-deployments.html', h1: 'Deployments'},
    {url: '/flat/labs/index.html', h1: 'Labs'},
    // The home page stays at the folder's URL (a static host serves /flat/index.html with it too).
    {url: '/flat/', h1: 'Flat home'},
  ])('$url opens "$h1"', async ({url, h1}) => {
    const {page, errors} = await open(url);
    expect(await title(page)).toBe(h1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    {from: '/flat/', text: 'Essentials', to: '/flat/labs/1-essentials.html', hash: '', h1: 'Essentials'},
    {from: '/flat/', text: 'the labs', to: '/flat/labs/index.html', hash: '', h1: 'Labs'},
    {from: '/flat/labs/index.html', text: 'first lab', to: '/flat/labs/1-essentials.html', hash: '', h1: 'Essentials'},
    {from: '/flat/labs/1-essentials.html', text: 'Next', to: '/flat/labs/2-deployments.html', hash: '#scale', h1: 'Deployments'},
    {from: '/flat/labs/1-essentials.html', text: 'home', to: '/flat', hash: '', h1: 'Flat home'},
  ])('on $from, "$text" goes to $to', async ({from, text, to, hash, h1}) => {
    const {page} = await open(from);
    await follow(page, text, to, h1);
    expect(await title(page)).toBe(h1);
    expect(await page.evaluate(() => window.location.hash)).toBe(hash);
    await page.close();
  });
});
