/**
 * MkDocs serves a page with directory URLs at `/a/b/` (its file is
 * `a/b/index.html`); the site, with `trailingSlash: false`, writes the page
 * as `a/b.html` for the route `/a/b`. A static host answers `/a/b/` only with
 * `a/b/index.html`, so after the build each imported page with a directory
 * URL is written there too, the same page: links from outside keep working,
 * and the client router takes `/a/b/` for `/a/b` (its routes are not strict
 * about the final slash).
 */
import {copyFileSync, existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {readRoutes, slugOf, type RoutesFile} from './routes';

/**
 * Copies of built pages, both relative to the build folder: each page with a
 * directory URL at `<url>index.html`; and each page with an `.html` URL
 * (`use_directory_urls: false`) at `<url>.html` as well, only because
 * @easyops-cn/docusaurus-search-local (0.55) reads every page of a
 * `trailingSlash: false` site from `<route>.html` (it would fail the build
 * on `labs/1.html.html`); that copy is a harmless extra file.
 */
export function pageCopies(routes: Pick<RoutesFile, 'pages'>): Array<{from: string; to: string}> {
  return Object.values(routes.pages).flatMap((url) => {
    if (url.endsWith('/') && url !== '/') return [{from: `${slugOf(url).slice(1)}.html`, to: `${url.slice(1)}index.html`}];
    if (url.endsWith('.html')) return [{from: url.slice(1), to: `${url.slice(1)}.html`}];
    return [];
  });
}

export default function mkdocsDirectoryUrls(context: LoadContext): Plugin {
  return {
    name: 'lessonsaurus-mkdocs-directory-urls',
    async postBuild({outDir}) {
      for (const {from, to} of pageCopies(readRoutes(context.siteDir))) {
        const source = path.join(outDir, ...from.split('/'));
        const target = path.join(outDir, ...to.split('/'));
        // A file of the workshop's own (static/) at that path wins, as it would in MkDocs.
        if (!existsSync(source) || existsSync(target)) continue;
        mkdirSync(path.dirname(target), {recursive: true});
        copyFileSync(source, target);
      }
    },
  };
}
