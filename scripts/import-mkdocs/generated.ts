/**
 * The two small files the import generates for the site to read, merged with
 * what an earlier import wrote (several workshops can live in one site, each
 * under its own `--into` folder). Pure: previous content and plan in, text out.
 */
import {UNRESOLVED_LINKS_FILE, type UnresolvedLink, type UnresolvedLinksFile} from '../../plugins/remark-unresolved-links';
import {IMPORTED_TYPES_FILE, type CssBoxType} from './css';

export {IMPORTED_TYPES_FILE, UNRESOLVED_LINKS_FILE};

const LINKS_COMMENT =
  'Written by npm run import:mkdocs (see import-report.txt): links and images of imported lessons to no page or file of the site. ' +
  'The build keeps them as written and warns (plugins/remark-unresolved-links), as MkDocs does; any other broken link still fails it. ' +
  'Delete an entry once its target exists or the lesson is fixed.';

function parsedLinks(previous: string | undefined): UnresolvedLink[] {
  if (previous === undefined) return [];
  try {
    const parsed = JSON.parse(previous) as Partial<UnresolvedLinksFile>;
    return Array.isArray(parsed.links) ? parsed.links : [];
  } catch {
    return [];
  }
}

/**
 * The new list: earlier entries for lessons this import did not write stay,
 * those for lessons it wrote are replaced by `links` (the lesson may have changed).
 */
export function mergeUnresolvedLinks(previous: string | undefined, writtenLessons: ReadonlySet<string>, links: readonly UnresolvedLink[]): string {
  const kept = parsedLinks(previous).filter((link) => !writtenLessons.has(link.file));
  const all = [...kept, ...links].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const content: UnresolvedLinksFile = {comment: LINKS_COMMENT, links: all};
  return `${JSON.stringify(content, null, 2)}\n`;
}

/**
 * The entries of `previous` stay, a type imported again taking the new values. The caller passes as `previous` only
 * entries the import did not write (a file changed since, the site's own): its own are replaced by `types`.
 */
export function mergeImportedTypes(previous: string | undefined, types: Readonly<Record<string, CssBoxType>>): string {
  let earlier: Record<string, CssBoxType> = {};
  try {
    if (previous !== undefined) earlier = JSON.parse(previous) as Record<string, CssBoxType>;
  } catch {
    // An unreadable file is replaced.
  }
  const merged = {...earlier, ...types};
  const sorted = Object.fromEntries(Object.keys(merged).sort().map((key) => [key, merged[key]]));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
