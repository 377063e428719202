/**
 * Step 1b of the import plan: the URLs. Each imported page keeps the URL
 * MkDocs served it at (`use_directory_urls`, README.md as its folder's index,
 * number prefixes kept), and every other file of docs_dir is served at its
 * MkDocs path too: a copy goes to the site's static folder served at the
 * lessons' root URL (`static/`, or `workshop/static/` when the workshop is the
 * site; the one in the docs folder stays for Markdown images, which Docusaurus bundles). The site reads the
 * result from `workshop/routes.json` (plugins/mkdocs-urls).
 */
import path from 'node:path';
import {emptyRoutes, mkdocsUrl, type RoutesFile} from '../../plugins/mkdocs-urls';
import {isDocusaurusDoc} from '../../plugins/workshop-site/doc-ids';
import type {Action, PlannedFile} from './plan';
import type {PlanContext} from './plan-context';
import {svgCopyDecision} from './svg-scripts';
import {hasPlugin} from './config';

/** A copy of a non-Markdown file into the site's static folder, where it is served at its MkDocs URL. */
export interface PlannedStatic {
  /** Relative to the docs folder (or, `fromTheme`, to theme.custom_dir). */
  source: string;
  /** A static file of theme.custom_dir, which MkDocs copies into the site beside the docs' files. */
  fromTheme?: boolean;
  /** Relative to the site's static folder (`static`, `workshop/static`): the same path as under the lessons' docs folder. */
  target: string;
  action: Exclude<Action, 'skip'>;
}

export interface PlannedUrls {
  routes: Pick<RoutesFile, 'pages' | 'files' | 'autolinks'>;
  staticFiles: PlannedStatic[];
}

/** MkDocs' `use_directory_urls`, true unless the config says false. */
export function usesDirectoryUrls({config}: Pick<PlanContext, 'config'>): boolean {
  return config?.raw.use_directory_urls !== false;
}

/** A docs_dir-relative MkDocs URL (`labs/1/`, `''`) as a site path under the folder imported into (`/<into>/labs/1/`). */
export function siteUrl(into: string, url: string): string {
  // The root index page ('') is the folder itself, with its final slash like every folder URL.
  return into === '' ? `/${url}` : `/${into}/${url}`;
}

/**
 * The home page stays at the folder's URL (`/`, `/<into>/`) without
 * use_directory_urls too, where MkDocs names it `index.html`: readers and
 * hosts open a site at `/`, and the client router knows a page by one URL only.
 */
function siteRootUrl(url: string): string {
  return url === 'index.html' ? '' : url;
}

export function planUrls({input, into, lessonsDir, staticDir, shown, add, config}: PlanContext, files: readonly PlannedFile[]): PlannedUrls {
  const directoryUrls = usesDirectoryUrls({config});
  const routes = emptyRoutes();
  const staticFiles: PlannedStatic[] = [];
  const siteStatic = new Set(input.static?.files ?? []);
  /** Copy, unchanged, overwrite (the import's own, or --force) or clash (the site's own file, kept: `clash` says so). */
  const staticAction = (target: string, read: () => Buffer, clash: () => void): PlannedStatic['action'] => {
    if (!siteStatic.has(target) || !input.static) return 'copy';
    if (input.static.read(target).equals(read())) return 'unchanged';
    if (input.ownedStatic?.has(target) || input.force) return 'overwrite';
    clash();
    return 'clash';
  };
  for (const file of files) {
    if (file.target === undefined || file.action === 'skip' || file.action === 'clash') continue;
    const docsPath = into === '' ? file.target : path.posix.relative(into, file.target);
    const url = siteUrl(into, siteRootUrl(mkdocsUrl(docsPath, directoryUrls)));
    if (file.kind === 'page') {
      if (isDocusaurusDoc(file.target)) routes.pages[`${lessonsDir}/${file.target}`] = url;
      continue;
    }
    const target = file.target;
    const action = staticAction(target, () => input.docs.read(file.source), () =>
      add('warning', `name clash: the site already has a different ${staticDir}/${target}: not copied there, so ${url} serves the site's file (--force overwrites it)`, shown(file.source)),
    );
    staticFiles.push({source: file.source, target, action});
    if (action !== 'clash') routes.files[`${lessonsDir}/${file.target}`] = url;
  }
  // theme.custom_dir's static files (`overrides/assets/images/x.png`): MkDocs serves them at the site's root, where
  // a docs file of the same path wins. Served at the same path here, so a page's `../assets/images/x.png` works.
  const theme = input.theme;
  const taken = new Set([...files].map((file) => (into === '' ? file.target : path.posix.relative(into, file.target ?? ''))));
  for (const source of theme ? theme.files.files.filter(isThemeStaticFile).sort() : []) {
    if (taken.has(source)) continue;
    const shownSource = path.posix.join(theme!.dir, source);
    // As for the docs' SVG files (plan-files.ts): without what runs script, or not at all.
    const svg = svgCopyDecision(theme!.files, source);
    if (svg) add('warning', svg.warning, shownSource);
    if (svg && !svg.copy) continue;
    const target = into === '' ? source : path.posix.join(into, source);
    const action = staticAction(target, () => theme!.files.read(source), () =>
      add('warning', `name clash: the site already has a different ${staticDir}/${target}: not copied there (--force overwrites it)`, shownSource),
    );
    staticFiles.push({source, target, action, fromTheme: true});
    if (action !== 'clash') routes.files[`${lessonsDir}/${target}`] = siteUrl(into, source);
  }
  // mkdocs-autolinks-plugin: the site resolves this import's bare file names as the plugin did (plugins/mkdocs-urls).
  const autolinks = config && hasPlugin(config, 'autolinks') ? {autolinks: [into === '' ? lessonsDir : `${lessonsDir}/${into}`]} : {};
  return {routes: {pages: routes.pages, files: routes.files, ...autolinks}, staticFiles};
}

/**
 * The files of a theme folder MkDocs copies into the built site
 * (`Files.add_files_from_theme`, MkDocs 1.4–1.6): not templates (`*.html`,
 * `sitemap.xml`), Python, Markdown, READMEs, `mkdocs_theme.yml`, translations, or anything
 * under a dot folder (`.icons/`); `fnmatch`'s `*` crosses folders.
 */
export function isThemeStaticFile(file: string): boolean {
  const name = file.toLowerCase();
  if (name.startsWith('.') || name.includes('/.')) return false;
  if (/\.(?:py|pyc|html|md|markdown|mdown|mkdn|mkd)$/.test(name)) return false;
  // MkDocs renders `sitemap.xml` (a static template of every theme) rather than copying it.
  return !name.includes('readme') && name !== 'mkdocs_theme.yml' && name !== 'sitemap.xml' && !name.startsWith('locales/');
}
