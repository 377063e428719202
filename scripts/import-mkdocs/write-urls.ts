/**
 * The disk side of `plan-urls.ts`: the copies into the site's `static/` and
 * `workshop/routes.json`, merged with what an earlier import wrote (several
 * workshops can live in one site, each under its own `--into` folder).
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {ROUTES_FILE, type RoutesFile} from '../../plugins/mkdocs-urls';
import type {ImportPlan} from './plan';

const ROUTES_COMMENT =
  'Written by npm run import:mkdocs: the URL MkDocs served each imported page and file at. The site gives each page that URL ' +
  '(its slug, plugins/mkdocs-urls), resolves links written as URLs as MkDocs did, and serves the other files from static/ at theirs.';

/**
 * The new routes file: earlier entries for files this import did not place
 * stay, those it placed get the new URLs (or go, if the file is no page now).
 */
export function mergeRoutes(previous: string | undefined, plan: Pick<ImportPlan, 'files' | 'routes'>): string {
  let earlier: Pick<RoutesFile, 'pages' | 'files'> = {pages: {}, files: {}};
  try {
    if (previous !== undefined) {
      const parsed = JSON.parse(previous) as Partial<RoutesFile>;
      earlier = {pages: parsed.pages ?? {}, files: parsed.files ?? {}};
    }
  } catch {
    // An unreadable file is replaced.
  }
  const placed = new Set(plan.files.flatMap((file) => (file.target === undefined ? [] : [`docs/${file.target}`])));
  const merge = (before: Record<string, string>, now: Record<string, string>) => {
    const entries = [...Object.entries(before).filter(([file]) => !placed.has(file)), ...Object.entries(now)];
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  };
  const content: RoutesFile = {comment: ROUTES_COMMENT, pages: merge(earlier.pages, plan.routes.pages), files: merge(earlier.files, plan.routes.files)};
  return `${JSON.stringify(content, null, 2)}\n`;
}

/** Copies the planned static files and writes the routes file; returns what it wrote, relative to the site folder. */
export function writeUrls(siteDir: string, docsPath: string, plan: Pick<ImportPlan, 'files' | 'routes' | 'staticFiles'>): string[] {
  const written: string[] = [];
  for (const file of plan.staticFiles) {
    if (file.action !== 'copy' && file.action !== 'overwrite') continue;
    const to = path.join(siteDir, 'static', ...file.target.split('/'));
    mkdirSync(path.dirname(to), {recursive: true});
    copyFileSync(path.join(docsPath, ...file.source.split('/')), to);
    written.push(`static/${file.target}`);
  }
  const routesPath = path.join(siteDir, ...ROUTES_FILE.split('/'));
  const previous = existsSync(routesPath) ? readFileSync(routesPath, 'utf8') : undefined;
  mkdirSync(path.dirname(routesPath), {recursive: true});
  writeFileSync(routesPath, mergeRoutes(previous, plan));
  written.push(ROUTES_FILE);
  return written;
}
