/**
 * Global setup of the `e2e` project: build the site once from a clean state
 * (`docusaurus clear`, then `docusaurus build` with the test-only lessons of
 * `test/e2e/lessons/` enabled, output in `artifacts/build.log`), serve
 * `build/` on 127.0.0.1 and hand its URL to the tests through `inject('baseUrl')`.
 *
 * `E2E_SKIP_BUILD=1` reuses an existing `build/` (for iterating on tests only).
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {serveStatic} from '../../scripts/static-server';
import {
  ARTIFACTS,
  BUILD_DIR,
  BUILD_LOG,
  docPermalinks,
  docusaurus,
  readLog,
  siteBaseUrl,
  tail,
  themeStorage,
} from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port><site baseUrl>`, always ending in `/`. */
    baseUrl: string;
    /** Site path (relative to baseUrl) of each doc, keyed by source file: `{'docs/x.md': 'x'}`. */
    permalinks: Record<string, string>;
    /** Where the site keeps the colour mode (`window[type].getItem(key)`). */
    themeStorage: {type: string; key: string};
    /** Seconds `docusaurus build` took (0 when the build was reused). */
    buildSeconds: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(ARTIFACTS, {recursive: true});
  let buildSeconds = 0;
  if (process.env.E2E_SKIP_BUILD && existsSync(path.join(BUILD_DIR, '404.html'))) {
    console.log('[e2e] E2E_SKIP_BUILD: reusing build/');
  } else {
    const clear = await docusaurus(['clear'], path.join(ARTIFACTS, 'clear.log'));
    if (clear.code !== 0) {
      throw new Error(`docusaurus clear failed (exit ${clear.code}):\n${tail(readLog(path.join(ARTIFACTS, 'clear.log')))}`);
    }
    // With the test-only lessons of test/e2e/lessons/ (hostile input) at /test-pages/.
    const build = await docusaurus(['build'], BUILD_LOG, {LESSONSAURUS_TEST_PAGES: '1'});
    buildSeconds = build.seconds;
    if (build.code !== 0) {
      throw new Error(
        `docusaurus build failed (exit ${build.code ?? build.signal}); last lines of artifacts/build.log:\n` +
          tail(readLog(BUILD_LOG)),
      );
    }
    console.log(`[e2e] docusaurus build: ${buildSeconds.toFixed(1)} s (log: artifacts/build.log)`);
  }
  writeFileSync(path.join(ARTIFACTS, 'build-time.json'), `${JSON.stringify({buildSeconds}, null, 2)}\n`);

  const baseUrl = siteBaseUrl();
  const server = await serveStatic(BUILD_DIR, {baseUrl});
  console.log(`[e2e] serving build/ at ${server.url}`);
  project.provide('baseUrl', server.url);
  project.provide('permalinks', docPermalinks(baseUrl));
  const anyPage = ['index.html', '404.html'].map((f) => path.join(BUILD_DIR, f)).find((f) => existsSync(f));
  project.provide('themeStorage', themeStorage(anyPage ? readFileSync(anyPage, 'utf8') : ''));
  project.provide('buildSeconds', buildSeconds);

  return async () => {
    await server.close();
  };
}
