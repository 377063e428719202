/**
 * The site files of `plan-urls.ts`: the copies into the site's static folder
 * and `workshop/routes.json`, merged with what an earlier import wrote
 * (several workshops can live in one site, each under its own `--into`
 * folder). `cli.ts` writes them with the rest of the import (`site-writer.ts`),
 * so the manifest lists them and --dry-run and --force cover them.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {ROUTES_FILE, type RoutesFile} from '../../plugins/mkdocs-urls';
import type {FileTree, ImportPlan} from './plan';
import type {Output} from './site-writer';

const ROUTES_COMMENT =
  'Written by npm run import:mkdocs: the URL MkDocs served each imported page and file at. The site gives each page that URL ' +
  '(its slug, plugins/mkdocs-urls), resolves links written as URLs as MkDocs did, and serves the other files from its static folder at theirs.';

/**
 * The new routes file: earlier entries of other imports stay (another
 * `--into` folder), those under this import's folder (`folder`: `docs/<into>`,
 * `workshop/docs`) are replaced by the new ones, so a file the workshop
 * dropped loses its entry. Keys are site files (`docs/<into>/…`, `workshop/docs/…`).
 */
export function mergeRoutes(previous: string | undefined, plan: Pick<ImportPlan, 'routes'>, folder = 'docs'): string {
  let earlier: Pick<RoutesFile, 'pages' | 'files' | 'autolinks'> = {pages: {}, files: {}};
  try {
    if (previous !== undefined) {
      const parsed = JSON.parse(previous) as Partial<RoutesFile>;
      earlier = {pages: parsed.pages ?? {}, files: parsed.files ?? {}, ...(Array.isArray(parsed.autolinks) ? {autolinks: parsed.autolinks} : {})};
    }
  } catch {
    // An unreadable file is replaced.
  }
  const replaced = (file: string) => file.startsWith(`${folder}/`);
  const merge = (before: Record<string, string>, now: Record<string, string>) => {
    const entries = [...Object.entries(before).filter(([file]) => !replaced(file)), ...Object.entries(now)];
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  };
  // The import folders whose workshop uses mkdocs-autolinks-plugin: this one as this import says, the others kept.
  const autolinks = [...(earlier.autolinks ?? []).filter((other) => other !== folder && !replaced(other)), ...(plan.routes.autolinks ?? [])].sort();
  const content: RoutesFile = {
    comment: ROUTES_COMMENT,
    pages: merge(earlier.pages, plan.routes.pages),
    files: merge(earlier.files, plan.routes.files),
    ...(autolinks.length > 0 ? {autolinks} : {}),
  };
  return `${JSON.stringify(content, null, 2)}\n`;
}

/** The static copies (all but name clashes, so the manifest lists those already there too) and the routes file, as site files; `importedInto`: the site folder the lessons went to (`workshop/docs`, `docs/<into>`). */
export function urlOutputs(
  siteDir: string,
  docs: FileTree,
  plan: Pick<ImportPlan, 'routes' | 'staticFiles'>,
  {importedInto, staticDir, theme}: {importedInto: string; staticDir: string; theme?: FileTree},
): Output[] {
  const outputs: Output[] = plan.staticFiles
    .filter((file) => file.action !== 'clash')
    .map((file) => ({file: `${staticDir}/${file.target}`, content: (file.fromTheme ? theme! : docs).read(file.source)}));
  const routesPath = path.join(siteDir, ...ROUTES_FILE.split('/'));
  const previous = existsSync(routesPath) ? readFileSync(routesPath, 'utf8') : undefined;
  outputs.push({file: ROUTES_FILE, content: Buffer.from(mergeRoutes(previous, plan, importedInto)), merged: true});
  return outputs;
}
