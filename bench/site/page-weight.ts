/**
 * (b) The JavaScript and CSS our components add to the seed page, over what a
 * stock Docusaurus site loads for the same page.
 *
 * Method: two builds of temporary copies of the site: as it is, and "stock"
 * (no swizzled theme components in `src/theme`, no remark/rehype plugins, no
 * custom CSS, no custom-type styles; the same Docusaurus, preset, search
 * plugin and lesson). Each is served with gzip, the seed page `/` is opened in
 * Chromium until it is hydrated and idle, and every script and stylesheet it
 * requested is counted at its gzip size (level 9, as the server sends it).
 * Ours minus stock is what the site adds. Chunks loaded only later (the
 * search index when the reader types) are not part of either figure.
 */
import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {launchBrowser} from '../../test/e2e/browser';
import {serveStatic} from '../../scripts/static-server';
import {createTempSite, docusaurusIn, type TempSite} from './temp-site';

export interface PageWeight {
  js: number;
  css: number;
  /** gzip bytes per file, `assets/js/main.….js` → bytes. */
  files: Map<string, number>;
}

/** The stock variant's config: the site's, minus everything Lessonsaurus adds to Docusaurus. */
const STOCK_CONFIG = `import type {Config} from '@docusaurus/types';
import config from './docusaurus.config';

const preset = config.presets?.[0] as [string, {docs: Record<string, unknown>; theme?: unknown}];
const docs = preset[1].docs;
for (const key of ['beforeDefaultRemarkPlugins', 'remarkPlugins', 'rehypePlugins', 'admonitions']) delete docs[key];
delete preset[1].theme;
const stock: Config = {...config, plugins: []};
export default stock;
`;

/** Make a copy stock: write its config and remove the swizzled theme components. */
export function makeStock(site: TempSite): string {
  site.write('docusaurus.config.stock.ts', STOCK_CONFIG);
  rmSync(path.join(site.dir, 'src/theme'), {recursive: true, force: true});
  return 'docusaurus.config.stock.ts';
}

/** gzip bytes of the scripts and stylesheets the page at `/` of `buildDir` loads. */
export async function measurePage(buildDir: string): Promise<PageWeight> {
  const server = await serveStatic(buildDir, {gzip: true, cacheAssets: true});
  const browser = await launchBrowser();
  const urls = new Set<string>();
  try {
    const page = await browser.newPage({viewport: {width: 412, height: 823}});
    page.on('request', (request) => {
      if (['script', 'stylesheet'].includes(request.resourceType())) urls.add(request.url());
    });
    await page.goto(server.url, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
  } finally {
    await browser.close();
    await server.close();
  }
  const weight: PageWeight = {js: 0, css: 0, files: new Map()};
  for (const url of urls) {
    const relative = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
    const bytes = gzipSync(readFileSync(path.join(buildDir, relative)), {level: 9}).length;
    weight.files.set(relative, bytes);
    if (relative.endsWith('.css')) weight.css += bytes;
    else weight.js += bytes;
  }
  return weight;
}

/** Build a copy (stock or not) and measure its seed page. */
export async function buildAndMeasure(stock: boolean, logDir: string): Promise<PageWeight> {
  const site = createTempSite();
  try {
    const config = stock ? makeStock(site) : undefined;
    const log = path.join(logDir, `build-page-weight-${stock ? 'stock' : 'ours'}.log`);
    const result = await docusaurusIn(site.dir, ['build', ...(config ? ['--config', config] : [])], log);
    if (result.code !== 0) throw new Error(`docusaurus build (${stock ? 'stock' : 'ours'}) failed: see ${log}`);
    return await measurePage(path.join(site.dir, 'build'));
  } finally {
    site.remove();
  }
}
