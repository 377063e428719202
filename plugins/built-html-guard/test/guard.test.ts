import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {afterAll, describe, expect, test} from 'vitest';
import builtHtmlGuard, {NOTHING_OWN, checkBuiltSite, checkBuiltSiteInWorker, findUnsafeInPage, learnSiteOwn} from '../index';
import {THREAD_NAMES} from '../../thread-name.cjs';

const THEME_SCRIPT = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const REFERENCE = page(`<script src="/assets/js/main.1.js" defer></script>`, `<script>${THEME_SCRIPT}</script><div id="__docusaurus"></div>`);
const own = learnSiteOwn(REFERENCE, ['/assets/js/main.1.js', '/assets/js/runtime~main.2.js']);

describe('findUnsafeInPage', () => {
  test.each([
    ['<img src=x onerror=alert(1)>', 'event-handler attribute `onerror` on `<img>`'],
    ['<svg><g ONLOAD="alert(1)"></g></svg>', 'event-handler attribute `onload` on `<g>`'],
    ['<a href="java&#x09;script:alert(1)">x</a>', 'a script URL in `href` of `<a>`'],
    ['<a href=" &#106;avascript:alert(1)">x</a>', 'a script URL in `href` of `<a>`'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'a `data:` URL that is not an image in `href` of `<a>`'],
    ['<iframe src="data:text/html,x"></iframe>', 'a `data:` URL that is not an image in `src` of `<iframe>`'],
    ['<form action="vbscript:x"></form>', 'a script URL in `action` of `<form>`'],
    ['<svg><a><animate attributeName="href" values="x;javascript:alert(1)"/></a></svg>', 'a script URL in `values` of `<animate>`'],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'a script URL in `xlink:href` of `<a>`'],
    ['<script>alert(1)</script>', 'inline `<script>` that the site does not write: `alert(1)`'],
    ['<script src="https://evil.example/x.js"></script>', '`<script src="https://evil.example/x.js">` that is not one of the site\'s bundles'],
    ['<base href="https://evil.example/">', '`<base>`'],
    ['<meta http-equiv="refresh" content="0;url=https://x">', '`<meta http-equiv="refresh">` that the site does not write'],
    ['<object data="x.swf"></object>', '`<object>`'],
    ['<embed src="x.swf">', '`<embed>`'],
    ['<iframe srcdoc="<b>x</b>"></iframe>', '`<iframe srcdoc>`'],
    ['<template><img src=x onerror=alert(1)></template>', 'event-handler attribute `onerror` on `<img>`'],
    ['<style>*{background:url("\\6a avascript:alert(1)")}</style>', 'CSS that loads script (`javascript:`) in a `<style>`'],
    ['<div style="background:url(java\\73 cript:x)">x</div>', 'CSS that loads script (`javascript:`) in the `style` of `<div>`'],
    ['<math><mtext><mglyph><style></style></mglyph><img src=x onerror=alert(1)></mtext></math>', 'event-handler attribute `onerror` on `<img>`'],
  ])('%s', (body, finding) => {
    expect(findUnsafeInPage(page('', body), own)).toContain(finding);
  });

  test('the site’s own scripts, structured data, images and plain links pass', () => {
    const html = page(
      `<script src="/assets/js/runtime~main.2.js" defer></script><script type="application/ld+json">{"@type":"BreadcrumbList"}</script>`,
      `<script>${THEME_SCRIPT}</script><a href="https://example.org/?q=javascript:">x</a><img src="data:image/png;base64,AA"><iframe src="https://www.youtube.com/embed/x"></iframe><style>p{color:red}</style>`,
    );
    expect(findUnsafeInPage(html, own)).toEqual([]);
  });

  test('a script the site writes on one page only is not the site’s (so none may differ from 404.html)', () => {
    expect(findUnsafeInPage(page('', `<script>${THEME_SCRIPT};x()</script>`), own)).toHaveLength(1);
    expect(findUnsafeInPage(page('', `<script>${THEME_SCRIPT}</script>`), NOTHING_OWN)).toHaveLength(1);
  });
});

describe('checkBuiltSite and the plugin', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'built-html-guard-'));
  afterAll(() => rmSync(outDir, {recursive: true, force: true}));
  mkdirSync(path.join(outDir, 'assets/js'), {recursive: true});
  mkdirSync(path.join(outDir, 'test-pages'), {recursive: true});
  writeFileSync(path.join(outDir, 'assets/js/main.1.js'), '');
  writeFileSync(path.join(outDir, '404.html'), REFERENCE);
  writeFileSync(path.join(outDir, 'index.html'), REFERENCE.replace('<div id="__docusaurus"></div>', '<div id="__docusaurus"><p>Safe lesson</p></div>'));
  writeFileSync(path.join(outDir, 'test-pages/hostile.html'), REFERENCE.replace('<div id="__docusaurus"></div>', '<div id="__docusaurus"><img src=x onerror=alert(1)></div>'));
  const sources = new Map([
    ['/', 'docs/pod-networking.md'],
    ['/test-pages/hostile', 'test/e2e/lessons/hostile.md'],
  ]);

  test('names the page and the lesson it was built from, and only that one', () => {
    expect(checkBuiltSite(outDir, '/', sources)).toEqual(['test-pages/hostile.html (lesson test/e2e/lessons/hostile.md): event-handler attribute `onerror` on `<img>`']);
  });

  test('an SVG file that runs script when opened on its own is named; a plain one passes', () => {
    mkdirSync(path.join(outDir, 'img'), {recursive: true});
    writeFileSync(path.join(outDir, 'img/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><style>.a{fill:red}</style><rect class="a"/></svg>');
    writeFileSync(path.join(outDir, 'img/chart.SVG'), '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script><![CDATA[go()]]></script></svg>');
    try {
      expect(checkBuiltSite(outDir, '/', sources)).toEqual([
        'test-pages/hostile.html (lesson test/e2e/lessons/hostile.md): event-handler attribute `onerror` on `<img>`',
        'img/chart.SVG (an SVG file, served as it is: opened on its own, it runs): inline `<script>` that the site does not write: `go()`',
      ]);
    } finally {
      rmSync(path.join(outDir, 'img'), {recursive: true, force: true});
    }
  });

  test('the worker thread finds the same (it loads the TypeScript scan itself)', async () => {
    expect(await checkBuiltSiteInWorker(outDir, '/', sources)).toEqual(checkBuiltSite(outDir, '/', sources));
  });

  test.runIf(process.platform === 'linux')('the worker thread names itself while it scans (`npm run bench:site` tells its CPU apart)', () => {
    // In a process of its own, which watches its threads' names while the scan runs.
    const script = `
      const {readdirSync, readFileSync} = require('node:fs');
      const load = require(${JSON.stringify(path.resolve(import.meta.dirname, '../../load-typescript.cjs'))})(${JSON.stringify(import.meta.filename)});
      const {checkBuiltSiteInWorker} = load('../index.ts');
      const seen = new Set();
      const watch = setInterval(() => {
        for (const tid of readdirSync('/proc/self/task')) {
          try { seen.add(readFileSync('/proc/self/task/' + tid + '/comm', 'utf8').trim()); } catch {}
        }
      }, 2);
      checkBuiltSiteInWorker(${JSON.stringify(outDir)}, '/', new Map()).finally(() => {
        clearInterval(watch);
        console.log(JSON.stringify([...seen]));
      });
    `;
    const seen = JSON.parse(execFileSync(process.execPath, ['-e', script], {encoding: 'utf8'})) as string[];
    expect(seen).toContain(THREAD_NAMES.htmlGuard);
  });

  test('postBuild fails the build with that list', async () => {
    const plugin = builtHtmlGuard({baseUrl: '/'} as LoadContext);
    await plugin.allContentLoaded?.({
      allContent: {
        'docusaurus-plugin-content-docs': {
          'test-pages': {loadedVersions: [{docs: [{permalink: '/test-pages/hostile', source: '@site/test/e2e/lessons/hostile.md'}]}]},
        },
      },
      actions: {} as never,
    });
    await expect(async () => plugin.postBuild?.({outDir} as never)).rejects.toThrow(/test-pages\/hostile\.html \(lesson test\/e2e\/lessons\/hostile\.md\)/);
  });
});
