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

/** Built file of the route → the file that serves the page's MkDocs URL too, both relative to the build folder. */
export function directoryAliases(routes: RoutesFile): Array<{from: string; to: string}> {
  return Object.values(routes.pages)
    .filter((url) => url.endsWith('/') && url !== '/')
    .map((url) => ({from: `${slugOf(url).slice(1)}.html`, to: `${url.slice(1)}index.html`}));
}

export default function mkdocsDirectoryUrls(context: LoadContext): Plugin {
  return {
    name: 'lessonsaurus-mkdocs-directory-urls',
    async postBuild({outDir}) {
      for (const {from, to} of directoryAliases(readRoutes(context.siteDir))) {
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
