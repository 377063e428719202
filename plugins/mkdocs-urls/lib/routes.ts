/**
 * `workshop/routes.json`, written by `npm run import:mkdocs`: the MkDocs URL
 * of every imported page and of every other file it copied (those also into
 * `static/`, so they are served at that URL). The site reads it to give each
 * imported page its MkDocs URL (`slugFor`), to resolve links as MkDocs did
 * (`linkResolver`) and to serve each directory URL (`/a/b/`) too.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileTarget, isRelativeUrl, isSiteAbsolutePath, resolveAgainstPage, servedAt, splitTarget} from './urls';
import {autolinkIndex, resolveAutolink, type Autolink, type AutolinkIndex} from './autolinks';

export const ROUTES_FILE = 'workshop/routes.json';

export interface RoutesFile {
  comment: string;
  /** Site file (`docs/<into>/labs/1-essentials.md`) → its MkDocs URL, site-absolute, not encoded (`/<into>/labs/1-essentials/`). */
  pages: Record<string, string>;
  /** Site file of a non-Markdown file (`docs/<into>/resources/Dockerfile`) → its MkDocs URL, where `static/` serves its copy. */
  files: Record<string, string>;
  /**
   * The site folders of the imports (`workshop/docs`, `docs/<into>`) whose mkdocs.yml lists mkdocs-autolinks-plugin
   * (`plugins: - autolinks`): their pages' links to a bare file name go to the file of that name (`./autolinks.ts`).
   */
  autolinks?: string[];
}

export function emptyRoutes(): RoutesFile {
  return {comment: '', pages: {}, files: {}};
}

/** The site's routes file; none when nothing was imported. */
export function readRoutes(siteDir: string): RoutesFile {
  const file = path.join(siteDir, ...ROUTES_FILE.split('/'));
  if (!existsSync(file)) return emptyRoutes();
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<RoutesFile>;
  if (typeof parsed.pages !== 'object' || parsed.pages === null || typeof parsed.files !== 'object' || parsed.files === null) {
    throw new TypeError(`${file}: expected {"pages": {...}, "files": {...}}`);
  }
  const autolinks = Array.isArray(parsed.autolinks) ? parsed.autolinks.filter((folder): folder is string => typeof folder === 'string') : [];
  return {comment: parsed.comment ?? '', pages: parsed.pages, files: parsed.files, ...(autolinks.length > 0 ? {autolinks} : {})};
}

/**
 * The Docusaurus slug that serves a page at its MkDocs URL: the URL without
 * its final slash (the site's `trailingSlash: false` route; the URL with the
 * slash is served too, see `directoryAliases`). `/` stays `/`.
 */
export function slugOf(url: string): string {
  return url === '/' ? url : url.replace(/\/$/, '');
}

/** `siteFile` relative to the site folder, POSIX (`docs/x.md`), from an absolute or relative path. */
export function siteRelative(siteDir: string, filePath: string): string {
  return path.relative(siteDir, path.resolve(siteDir, filePath)).split(path.sep).join('/');
}

export type LinkKind = 'markdown' | 'html';

/** Where a link goes: a page of the workshop (its MkDocs URL), a file of it (`pathname://` + its URL), or a path matching neither. */
export interface ResolvedLink {
  url: string;
  to: 'page' | 'file' | 'nothing';
}

export interface LinkResolver {
  /** The MkDocs URL of an imported page (site file relative to the site folder), or undefined. */
  pageUrl(siteFile: string): string | undefined;
  /**
   * Where a link on an imported page goes, as in MkDocs, or undefined to leave it as written:
   * - a link to a `.md` file is left to Docusaurus, which resolves it to the page's slug;
   * - a Markdown link first names a file, relative to the page's file (MkDocs rewrites it):
   *   its URL under `static/`;
   * - otherwise (and always for raw HTML, which MkDocs does not touch) the browser resolved it
   *   against the page's URL: to a page's URL, a file's, or, matching neither, the path it asked for;
   * - a site-absolute path (`/1.0`), which MkDocs leaves as written, likewise goes to what is served there.
   * A file's URL is given as `pathname://…`, Docusaurus's mark for a link its router and link
   * checker leave alone (the file is not a route).
   */
  resolve(siteFile: string, target: string, kind: LinkKind): ResolvedLink | undefined;
  /**
   * Where mkdocs-autolinks-plugin sends a Markdown link or image written `target` (a bare file name) on an
   * imported page of a workshop that uses it: the file of that name among the import's pages and files, as a path
   * relative to the page (to resolve as any link then; its `target` and `candidates` relative to the import folder,
   * MkDocs' docs_dir); undefined to leave it as written.
   */
  autolink(siteFile: string, target: string): Autolink | undefined;
}

export function linkResolver(routes: Pick<RoutesFile, 'pages' | 'files' | 'autolinks'>): LinkResolver {
  const pageByServedPath = new Map<string, string>();
  for (const url of Object.values(routes.pages)) {
    for (const served of servedAt(url)) if (!pageByServedPath.has(served)) pageByServedPath.set(served, url);
  }
  const fileUrls = new Set(Object.values(routes.files));
  const asFile = (url: string, suffix: string): ResolvedLink => ({url: `pathname://${encodeURI(url)}${suffix}`, to: 'file'});
  // mkdocs-autolinks-plugin's lookup table for each import folder that uses it, made when first needed.
  const autolinkFolders = routes.autolinks ?? [];
  const indexes = new Map<string, AutolinkIndex>();
  const indexOf = (folder: string): AutolinkIndex => {
    let index = indexes.get(folder);
    if (!index) {
      const prefix = `${folder}/`;
      const inFolder = [...Object.keys(routes.pages), ...Object.keys(routes.files)].filter((file) => file.startsWith(prefix));
      index = autolinkIndex(inFolder.map((file) => file.slice(prefix.length)));
      indexes.set(folder, index);
    }
    return index;
  };
  return {
    pageUrl: (siteFile) => routes.pages[siteFile],
    autolink(siteFile, target) {
      if (routes.pages[siteFile] === undefined) return undefined;
      const folder = autolinkFolders.find((candidate) => siteFile.startsWith(`${candidate}/`));
      if (folder === undefined) return undefined;
      // Paths in it relative to the import folder: MkDocs' docs_dir.
      return resolveAutolink(indexOf(folder), siteFile.slice(folder.length + 1), target);
    },
    resolve(siteFile, target, kind) {
      const pageUrl = routes.pages[siteFile];
      if (pageUrl === undefined) return undefined;
      // A site-absolute path (`/1.0`): MkDocs leaves it as written (validation.links.absolute_links: info), and the
      // browser asks the server for it, so it goes to the page or file served there, or to nothing; Docusaurus would
      // fail the build on nothing (onBrokenLinks) where MkDocs did not warn.
      const siteAbsolute = isSiteAbsolutePath(target);
      if (!siteAbsolute && !isRelativeUrl(target)) return undefined;
      // Links to `.md` files are Docusaurus's to resolve (to the page's slug), before the rehype step sees them.
      if (/\.mdx?$/i.test(splitTarget(target).pathname)) return undefined;
      if (kind === 'markdown' && !siteAbsolute) {
        const named = fileTarget(siteFile, target);
        if (named !== undefined) {
          const fileUrl = routes.files[named];
          if (fileUrl !== undefined) return asFile(fileUrl, splitTarget(target).suffix);
        }
      }
      const {pathname, suffix} = resolveAgainstPage(pageUrl, target);
      const page = pageByServedPath.get(pathname);
      if (page !== undefined) return {url: `${encodeURI(page)}${suffix}`, to: 'page'};
      if (fileUrls.has(pathname)) return asFile(pathname, suffix);
      return {url: `${encodeURI(pathname)}${suffix}`, to: 'nothing'};
    },
  };
}

/**
 * For a link the import listed as unresolved (plugins/remark-unresolved-links): where the browser went with it
 * on the imported page's MkDocs URL, a site-absolute path (`link` on `/workshop/` is `/workshop/link`), or
 * undefined to keep it as written (not an imported page, a URL with a scheme or host). Kept as written, a
 * relative URL would resolve against the site's URL for the page (`/workshop`, no final slash): elsewhere.
 */
export function browserUrlOnMkdocsPage(siteDir: string, routes: RoutesFile): (filePath: string, url: string) => string | undefined {
  return (filePath, url) => {
    const pageUrl = routes.pages[siteRelative(siteDir, filePath)];
    if (pageUrl === undefined || !(isRelativeUrl(url) || isSiteAbsolutePath(url))) return undefined;
    const {pathname, suffix} = resolveAgainstPage(pageUrl, url);
    return `${encodeURI(pathname)}${suffix}`;
  };
}
