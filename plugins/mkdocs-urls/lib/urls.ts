/**
 * Where MkDocs puts each file of docs_dir, and how a browser resolves a
 * relative link on a page MkDocs built. Mirrors MkDocs 1.6
 * (`mkdocs/structure/files.py`: `File.name`, `_get_dest_path`, `_get_url`,
 * `get_files`; `mkdocs/structure/pages.py`: `_RelativePathTreeprocessor.path_to_url`):
 *
 * - a page is a file ending `.md`, `.markdown`, `.mdown`, `.mkdn` or `.mkd`;
 * - its name is its stem, `README` counting as `index`;
 * - with `use_directory_urls` (the default) `a/b.md` is served at `a/b/`, an
 *   index page `a/index.md` or `a/README.md` at `a/`; without, at `a/b.html`
 *   and `a/index.html`;
 * - a `README.md` beside an `index.md` is left out of the site (index wins);
 * - every other file is served at its own path.
 *
 * URLs here are site paths relative to MkDocs' site root, without a leading
 * slash and not percent-encoded (`a/b/`, `''` for the root index page).
 */
import path from 'node:path';

const PAGE_EXTENSIONS = ['.markdown', '.mdown', '.mkdn', '.mkd', '.md'];

/** MkDocs' `is_markdown_file` (case-sensitive, as `str.endswith`). */
export function isMkdocsPage(srcUri: string): boolean {
  return PAGE_EXTENSIONS.some((extension) => srcUri.endsWith(extension));
}

/** MkDocs' `File.name`: the stem, `README` read as `index`. */
function pageName(srcUri: string): string {
  const stem = path.posix.basename(srcUri, path.posix.extname(srcUri));
  return stem === 'README' ? 'index' : stem;
}

/** The file MkDocs writes for `srcUri` (`dest_uri`): `a/b/index.html`, `a/b.html`, or the path itself for a non-page. */
export function mkdocsDestination(srcUri: string, useDirectoryUrls: boolean): string {
  if (!isMkdocsPage(srcUri)) return srcUri;
  const parent = path.posix.dirname(srcUri);
  const name = pageName(srcUri);
  const join = (...parts: string[]) => path.posix.join(...parts.filter((part) => part !== '.'));
  if (!useDirectoryUrls || name === 'index') return join(parent, `${name}.html`);
  return join(parent, name, 'index.html');
}

/** The URL MkDocs serves `srcUri` at (`File.url`, not encoded, no leading `./`): `a/b/`, `a/b.html`, `''` for the root index. */
export function mkdocsUrl(srcUri: string, useDirectoryUrls: boolean): string {
  const destination = mkdocsDestination(srcUri, useDirectoryUrls);
  if (useDirectoryUrls && path.posix.basename(destination) === 'index.html') {
    const directory = path.posix.dirname(destination);
    return directory === '.' ? '' : `${directory}/`;
  }
  return destination;
}

/**
 * The files MkDocs publishes among `srcUris` (docs_dir-relative): all of
 * them but a `README.md` that has the same destination as another page
 * (MkDocs 1.6's `get_files` keeps `index.md` over `README.md`).
 */
export function publishedFiles(srcUris: readonly string[], useDirectoryUrls: boolean): string[] {
  const byDestination = new Map<string, string[]>();
  for (const file of srcUris) {
    const destination = mkdocsDestination(file, useDirectoryUrls);
    byDestination.set(destination, [...(byDestination.get(destination) ?? []), file]);
  }
  return srcUris.filter((file) => {
    const rivals = byDestination.get(mkdocsDestination(file, useDirectoryUrls)) ?? [];
    return rivals.length === 1 || pageName(file) !== 'index' || path.posix.basename(file, path.posix.extname(file)) !== 'README';
  });
}

/** A link target split as MkDocs splits it (`urlsplit`): the path, and the `?query#hash` after it. */
export function splitTarget(target: string): {pathname: string; suffix: string} {
  const index = target.search(/[?#]/);
  return index === -1 ? {pathname: target, suffix: ''} : {pathname: target.slice(0, index), suffix: target.slice(index)};
}

/** A URL a Markdown link or raw HTML leaves to the browser: relative, with a path (not `#x`, `?x`, `/x`, `//host`, `scheme:`). */
export function isRelativeUrl(target: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/') || target.startsWith('\\')) return false;
  return splitTarget(target).pathname !== '';
}

/** A path from the server's root (`/1.0`), neither a protocol-relative URL (`//host/x`) nor a relative one. */
export function isSiteAbsolutePath(target: string): boolean {
  return /^\/(?![/\\])/.test(target);
}

function decoded(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/**
 * The site path a browser requests for the relative `target` on a page
 * served at `pageUrl` (both site-absolute: `/a/b/`): what MkDocs leaves to
 * the browser (raw HTML, and Markdown links to no file). Decoded, with the
 * query and hash kept as written.
 */
export function resolveAgainstPage(pageUrl: string, target: string): {pathname: string; suffix: string} {
  const {pathname, suffix} = splitTarget(target);
  const resolved = new URL(pathname.replace(/\\/g, '/'), `https://mkdocs.invalid${encodeURI(pageUrl)}`);
  return {pathname: decoded(resolved.pathname), suffix};
}

/**
 * The docs-relative file a Markdown link names, as MkDocs looks it up
 * (`_target_uri`: the path joined to the page's folder and normalised), or
 * undefined when it climbs out of docs_dir.
 */
export function fileTarget(srcUri: string, target: string): string | undefined {
  const {pathname} = splitTarget(target);
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(srcUri), decoded(pathname)));
  return joined === '..' || joined.startsWith('../') ? undefined : joined.replace(/\/$/, '');
}

/**
 * Every site path a static web server answers with the file MkDocs wrote for
 * a page at `url` (site-absolute): `/a/b/` also as `/a/b` (the server
 * redirects a folder) and `/a/b/index.html`; `/a/index.html` also as `/a/` and `/a`.
 */
export function servedAt(url: string): string[] {
  if (url.endsWith('/')) return url === '/' ? ['/', '/index.html'] : [url, url.slice(0, -1), `${url}index.html`];
  if (url.endsWith('/index.html')) {
    const folder = url.slice(0, -'index.html'.length);
    return folder === '/' ? [url, '/'] : [url, folder, folder.slice(0, -1)];
  }
  return [url];
}
