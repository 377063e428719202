/**
 * Issue 17's proof: the demo workshop (test/data/demo-workshop) imported with
 * `npm run import:mkdocs` into a throw-away copy of the site, built with no
 * other step, and read in Chromium: the workshop is the site. Its title, logo
 * and favicon, its palette in both colour modes, its repository link, edit
 * links pointing where MkDocs' pointed, its footer (copyright, social links),
 * its index page as `/` with no duplicate route; the demo content under
 * /authoring/; its own icons (Material's custom_icons) drawn inline; its
 * extra_css rule for its own class (`.no-mkdocs`) applied to its lessons only; axe finds
 * nothing. A second import changes nothing; a failed one leaves the site as it was.
 */
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {contentHash, type WorkshopSite} from '../../plugins/workshop-site';
import {main} from '../../scripts/import-mkdocs/cli';
import {DEMO_WORKSHOP} from '../data-paths';
import {MODES, formatViolations, openPage, runAxe, screenshot, type Mode} from './browser';
import {type ImportedSite, servedImport, themeStorageOf} from './import-build';
import {tail} from './site';

/** What the import may touch: everything of the site but its build output, caches and dependencies. */
function siteSnapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder)) {
      if (prefix === '' && ['build', '.docusaurus', 'node_modules'].includes(entry)) continue;
      const full = path.join(folder, entry);
      const relative = prefix === '' ? entry : `${prefix}/${entry}`;
      if (statSync(full).isDirectory()) walk(full, relative);
      else result[relative] = contentHash(readFileSync(full));
    }
  };
  walk(dir, '');
  return result;
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

describe('the demo workshop imported into docs/: the workshop is the site', () => {
  // Imported as it is: its nav names every lesson, and every one exists.
  const workshop = DEMO_WORKSHOP;
  const served = servedImport(() => workshop, '');
  let imported: ImportedSite;
  let settings: WorkshopSite;
  let themeStorage: {type: string; key: string};

  beforeAll(() => {
    imported = served.imported();
    settings = JSON.parse(readFileSync(path.join(imported.site.dir, 'workshop/site.json'), 'utf8')) as WorkshopSite;
  });

  /** The build's output, or an error naming its log (the tests that read the built site need it). */
  const built = () => {
    if (imported.build.code !== 0) throw new Error(`the build failed; ${imported.logFile} ends:\n${tail(imported.log, 40)}`);
  };

  const open = async (mode: Mode, sitePath = '') => {
    built();
    themeStorage ??= themeStorageOf(imported);
    return openPage(served.browser(), `${served.origin()}/${sitePath}`, {mode, width: 1280, themeStorage});
  };

  test('builds with no other step, and no duplicate route', () => {
    expect(imported.build.code, `build exited ${imported.build.code}; ${imported.logFile} ends:\n${tail(imported.log, 40)}`).toBe(0);
    expect(imported.log).not.toMatch(/Duplicate routes/i);
  });

  test.each(MODES)('%s mode: title, logo, favicon, palette, repository link, edit link, footer, / is the workshop\'s index', async (mode) => {
    const opened = await open(mode);
    try {
      const {page} = opened;
      await screenshot(page, 'import-site-home', mode, 1280);
      // The page's title is its nav entry's (`Home: index.md`), as MkDocs titles it; its heading stays on the page.
      expect(await page.title()).toBe('Home | Cluster Basics Workshop');
      expect((await page.locator('.navbar__title').textContent())?.trim()).toBe('Cluster Basics Workshop');
      expect((await page.locator('article h1').first().textContent())?.trim()).toBe('Cluster Basics Workshop');
      // The logo: the workshop's file, loaded.
      const logo = page.locator('.navbar__logo img').first();
      expect(await logo.getAttribute('src')).toBe('/workshop-assets/img/logo.svg');
      expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/workshop-assets/img/favicon.png');
      // The palette: teal, text-safe, in this mode; links in running text use it.
      const colors = settings.colors![mode === 'light' ? 'light' : 'dark'];
      expect(colors.primary).toBe(mode === 'light' ? '#00796d' : '#00ccb8');
      const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ifm-color-primary').trim());
      expect(primary).toBe(colors.primary);
      expect(await page.locator('article a[href*="extensions"]').first().evaluate((a) => getComputedStyle(a).color)).toBe(rgb(colors.primary));
      // Material's header: the navbar in the primary (teal, darkened for white text at 4.5:1), its title and links white.
      const header = settings.header![mode === 'light' ? 'light' : 'dark'];
      expect(header).toEqual({background: '#008578', text: '#ffffff'});
      expect(await page.locator('.navbar').first().evaluate((nav) => getComputedStyle(nav).backgroundColor)).toBe(rgb(header.background));
      expect(await page.locator('.navbar__title').first().evaluate((title) => getComputedStyle(title).color)).toBe(rgb(header.text));
      expect(await page.locator('.navbar a.lsr-repo-link').first().evaluate((a) => getComputedStyle(a).color)).toBe(rgb(header.text));
      // The repository link: repo_name with GitHub's icon.
      const repo = page.locator('.navbar a.lsr-repo-link');
      expect(await repo.getAttribute('href')).toBe('https://github.com/example-org/cluster-basics');
      expect((await repo.textContent())?.trim()).toBe('example-org/cluster-basics');
      expect(await repo.locator('svg path').count()).toBeGreaterThan(0);
      // "Edit this page": where MkDocs' edit button pointed (repo_url + edit_uri + the page's path).
      expect(await page.locator('a.theme-edit-this-page').getAttribute('href')).toBe('https://github.com/example-org/cluster-basics/edit/main/docs/index.md');
      // The footer: the copyright (its &copy; an ©), the social links named by their name or host.
      expect((await page.locator('.footer__copyright').textContent())?.trim()).toBe('Copyright © 2026 Example Org — CC BY 4.0');
      const social = await page.locator('.footer a.lsr-social-link').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label'), a.querySelector('svg') !== null]));
      expect(social).toEqual([
        ['https://github.com/example-org', 'Example Org on GitHub', true],
        ['https://fosstodon.org/@example', 'fosstodon.org', true],
      ]);
      // The demo content is out of the way: one navbar item, on the right.
      expect(await page.locator('.navbar__items--right a.navbar__link', {hasText: 'Authoring'}).count()).toBe(1);
      expect(await page.locator('.navbar', {hasText: 'Lessons'}).count()).toBe(0);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test.each(MODES)('%s mode: axe finds no violations on the imported home page', async (mode) => {
    const opened = await open(mode);
    try {
      const violations = await runAxe(opened.page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("the workshop's own icons (Material's custom_icons) are drawn inline where their shortcodes were, with their attribute list's classes; one that would run script is not imported, and the report names it", async () => {
    const opened = await open('light');
    try {
      const {page} = opened;
      const article = page.locator('article');
      expect(await article.textContent()).not.toMatch(/:cluster:|:example-logo:|\{ \.lg/);
      // `- :cluster:{ .lg .middle } **Your first cluster**`: the file's shapes, in a twemoji span with the list's classes.
      const cluster = article.locator('li', {hasText: 'Your first cluster'}).locator(':scope > span.twemoji.lg.middle > svg');
      expect(await cluster.count()).toBe(1);
      expect(await cluster.locator('circle').count()).toBe(3);
      expect(await cluster.locator('g line').count()).toBe(3);
      expect(await cluster.getAttribute('aria-hidden')).toBe('true');
      // Sized as Material's .lg icons (1.5em), centred on the line (.middle).
      const size = await cluster.evaluate((svg) => [svg.getBoundingClientRect().width, Number.parseFloat(getComputedStyle(svg).fontSize)]);
      expect(size[0]).toBeCloseTo(1.5 * size[1], 0);
      expect(await cluster.evaluate((svg) => getComputedStyle(svg.parentElement!).verticalAlign)).toBe('middle');
      // `:example-logo:`: a file in a subfolder (`example/logo.svg`), sized by width and height only: drawn whole, one line high.
      const logo = article.locator('li', {hasText: 'Made by Example Org'}).locator(':scope > span.twemoji > svg');
      expect(await logo.getAttribute('viewBox')).toBe('0 0 24 24');
      expect(await logo.locator('path').count()).toBe(2);
      await screenshot(page, 'import-site-custom-icons', 'light', 1280);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
    // Copied into workshop/icons/ (the site's custom_icons), recorded in the manifest; the scripted icon is not, and the report says why.
    const icons = 'workshop/icons/overrides/.icons';
    const extensions = JSON.parse(readFileSync(path.join(imported.site.dir, 'workshop/markdown-extensions.json'), 'utf8')) as Record<string, {options?: unknown}>;
    expect(extensions['pymdownx.emoji']!.options).toEqual({custom_icons: [icons]});
    const manifest = JSON.parse(readFileSync(path.join(imported.site.dir, 'workshop/manifest.json'), 'utf8')) as {files: Record<string, string>};
    expect(Object.keys(manifest.files).filter((file) => file.startsWith('workshop/icons/'))).toEqual([`${icons}/cluster.svg`, `${icons}/example/logo.svg`]);
    expect(readdirSync(path.join(imported.site.dir, icons))).not.toContain('tracker.svg');
    expect(imported.report).toMatch(/^overrides\/\.icons\/tracker\.svg: custom icon :tracker: .*the file holds what the site does not serve \(Unexpected element `<script>`.*: not imported, the shortcode stays text$/m);
    expect(readFileSync(path.join(imported.site.dir, 'build/index.html'), 'utf8')).not.toContain('tracker.example');
  });

  test("extra_css rules for the workshop's own classes apply to its lessons only (workshop/extra.css); Material's are left out, with file:line", async () => {
    const opened = await open('light');
    try {
      const {page} = opened;
      // `<div class="no-mkdocs" markdown>` (slide-only content), hidden by the workshop's `.no-mkdocs { display: none }`.
      const slideOnly = page.locator('article .no-mkdocs');
      expect(await slideOnly.count()).toBe(1);
      expect(await slideOnly.isHidden()).toBe(true);
      expect(await page.locator('article').textContent()).toContain('Welcome!');
      // Scoped to the lessons' container: the same class in the navbar or the sidebar is not hidden.
      const outside = await page.evaluate(() =>
        ['.navbar', '.theme-doc-sidebar-container', 'article .theme-doc-markdown'].map((selector) => {
          const probe = document.createElement('span');
          probe.className = 'no-mkdocs';
          probe.textContent = 'probe';
          document.querySelector(selector)!.append(probe);
          const display = getComputedStyle(probe).display;
          probe.remove();
          return display;
        }),
      );
      // (A flex container's child is blockified: only `none` matters.)
      expect(outside.map((display) => display === 'none')).toEqual([false, false, true]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
    expect(readFileSync(path.join(imported.site.dir, 'workshop/extra.css'), 'utf8')).toContain(':where(.plugin-id-default .theme-doc-markdown) .no-mkdocs {');
    expect(imported.report).toMatch(/^docs\/stylesheets\/extra\.css:1: extra_css: carried over into workshop\/extra\.css, .*: \.no-mkdocs \(line 2\), :root's custom properties --c-trial \(line 12\), /m);
    expect(imported.report).toMatch(/^docs\/stylesheets\/extra\.css:7: extra_css rule \.md-header: not carried over, Material's own markup/m);
  });

  test.each(MODES)(
    "%s mode: extra_css as Material applied it: the workshop's own custom properties (its slate scheme in dark mode), rem at Material's 20px, code blocks keeping their padding; its box type's colour and icon",
    async (mode) => {
      const opened = await open(mode);
      try {
        const {page} = opened;
        // `color: var(--c-trial)`, declared on :root (and [data-md-color-scheme="slate"]); `font-size: 0.8rem` is Material's 16px.
        const accented = page.locator('article .accented');
        expect(await accented.evaluate((element) => getComputedStyle(element).color)).toBe(rgb(mode === 'light' ? '#6b3fa0' : '#c9a8f0'));
        expect(await accented.evaluate((element) => getComputedStyle(element).fontSize)).toBe('16px');
        // `.md-typeset code { padding: 0.1em 0.3em }` is for inline code: the code block keeps its own padding, and each
        // command's copy button stays in the gutter, inside the block, where a click reaches it.
        const block = page.locator('article pre', {hasText: 'kubectl get nodes'}).first();
        await block.scrollIntoViewIfNeeded();
        const code = block.locator(':scope > code');
        const padding = await code.evaluate((element) => [Number.parseFloat(getComputedStyle(element).paddingLeft), Number.parseFloat(getComputedStyle(element).paddingTop)]);
        expect(padding[0]).toBeGreaterThan(20);
        expect(padding[1]).toBeGreaterThan(8);
        const hits = await page.evaluate(() => {
          const pre = Array.from(document.querySelectorAll('article pre')).find((element) => element.textContent?.includes('kubectl get nodes'))!;
          const box = pre.getBoundingClientRect();
          return Array.from(pre.querySelectorAll('button')).map((button) => {
            const rect = button.getBoundingClientRect();
            const x = rect.left + rect.width / 2;
            const y = rect.top + rect.height / 2;
            return {inside: x > box.left && x < box.right, hit: button.contains(document.elementFromPoint(x, y))};
          });
        });
        expect(hits).toEqual([
          {inside: true, hit: true},
          {inside: true, hit: true},
        ]);
        // `<div class="hero" markdown>`: the workshop's class, not Infima's hero (a flex row on a coloured band).
        const hero = await page.locator('article .hero').evaluate((element) => {
          const style = getComputedStyle(element);
          return [style.display, style.backgroundColor, style.borderTopColor, style.borderTopWidth];
        });
        expect(hero).toEqual(['block', 'rgba(0, 0, 0, 0)', rgb(mode === 'light' ? '#6b3fa0' : '#c9a8f0'), '3px']);
        await screenshot(page, 'import-site-extra-css', mode, 1280);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
      const types = JSON.parse(readFileSync(path.join(imported.site.dir, 'src/admonitions/imported-types.json'), 'utf8')) as Record<string, {color?: string; icon?: string}>;
      expect(types.trial?.color).toBe('#6b3fa0');
      expect(types.trial?.icon).toBeTruthy();
      expect(imported.report).toMatch(/custom admonition type trial: carried over .*colour #6b3fa0 \(its border's var\(--c-trial\)\), its icon \(Material's example icon\)/);
    },
  );

  test('the authoring guide and the demo lesson live under /authoring/', async () => {
    const opened = await open('light', 'authoring/pod-networking');
    try {
      expect((await opened.page.locator('article h1').first().textContent())?.trim()).toBe('Pod Networking');
      expect(await opened.page.locator('.menu__link', {hasText: 'Authoring lessons'}).count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  test('every file of docs_dir that is no page is served at its MkDocs URL (workshop/static/, at the site root), as routes.json says', async () => {
    built();
    const routes = JSON.parse(readFileSync(path.join(imported.site.dir, 'workshop/routes.json'), 'utf8')) as {pages: Record<string, string>; files: Record<string, string>};
    expect(routes.pages['workshop/docs/index.md']).toBe('/');
    expect(Object.keys(routes.files)).toEqual(expect.arrayContaining(['workshop/docs/img/logo.svg', 'workshop/docs/includes/service.yaml']));
    for (const [file, url] of Object.entries(routes.files)) {
      const response = await fetch(`${served.origin()}${url}`);
      expect(response.status, url).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(imported.site.dir, file))), url).toBe(true);
    }
  });

  test('a second import changes nothing, and says so', () => {
    const before = siteSnapshot(imported.site.dir);
    const again = main([workshop, '--out', imported.site.dir], {});
    expect(again.code).toBe(0);
    expect(again.output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
    expect(siteSnapshot(imported.site.dir)).toEqual(before);
  });

  test('a failed import (a nav entry outside the docs folder) exits 1 with file:line and leaves the site as it was', () => {
    const broken = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-broken-workshop-'));
    try {
      cpSync(workshop, broken, {recursive: true});
      const config = readFileSync(path.join(broken, 'mkdocs.yml'), 'utf8');
      writeFileSync(path.join(broken, 'mkdocs.yml'), config.replace('  - Home: index.md', '  - Home: index.md\n  - Outside: ../NOTES.md'));
      const line = config.split('\n').indexOf('  - Home: index.md') + 2;
      const before = siteSnapshot(imported.site.dir);
      const failed = main([broken, '--out', imported.site.dir], {});
      expect(failed).toEqual({code: 1, output: `mkdocs.yml:${line}: nav entry ../NOTES.md: outside the docs folder (docs): MkDocs publishes only files inside it\n`});
      expect(siteSnapshot(imported.site.dir)).toEqual(before);
    } finally {
      rmSync(broken, {recursive: true, force: true});
    }
  });
});
