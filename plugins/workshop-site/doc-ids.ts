/**
 * The doc ids Docusaurus 3.10 gives Markdown files, so the imported sidebar
 * points at the ids that exist. Mirrors `@docusaurus/plugin-content-docs`
 * (`lib/docs.js` `doProcessDocMetadata`, `lib/numberPrefix.js`
 * `DefaultNumberPrefixParser`) with the default `numberPrefixParser`:
 *
 * - the file's number prefix is stripped: `1_introduction.md` → `introduction`,
 *   `01 - intro.md` → `intro`; not date- or version-like names (`2021-01-notes`,
 *   `7.0-upgrade`), which keep theirs;
 * - every directory's number prefix is stripped too: `02-basics/01-pods.md` → `basics/pods`;
 * - front matter `id` replaces the file part; `parse_number_prefixes: false` keeps the prefixes.
 *
 * The test checks the parser against Docusaurus's own on a list of names.
 */
import path from 'node:path';

const IGNORED_PREFIX = /^\d+[-_.]\d+/;
const NUMBER_PREFIX = /^(?<numberPrefix>\d+)\s*[-_.]+\s*(?<suffix>[^-_.\s].*)$/;

export function parseNumberPrefix(name: string): {filename: string; numberPrefix?: number} {
  if (IGNORED_PREFIX.test(name)) return {filename: name};
  const match = NUMBER_PREFIX.exec(name);
  if (!match?.groups) return {filename: name};
  return {filename: match.groups.suffix, numberPrefix: Number.parseInt(match.groups.numberPrefix, 10)};
}

/**
 * `relativePath`: POSIX path of the file inside the docs folder
 * (`course_material/1_intro.md`).
 */
export function docusaurusDocId(relativePath: string, frontMatter: Record<string, unknown> = {}): string {
  const parse = frontMatter.parse_number_prefixes !== false;
  const extension = path.posix.extname(relativePath);
  const stem = path.posix.basename(relativePath, extension);
  const directory = path.posix.dirname(relativePath);
  const baseId = typeof frontMatter.id === 'string' ? frontMatter.id : parse ? parseNumberPrefix(stem).filename : stem;
  const prefix =
    directory === '.' ? undefined : parse ? directory.split('/').map((segment) => parseNumberPrefix(segment).filename).join('/') : directory;
  return [prefix, baseId].filter(Boolean).join('/');
}

/**
 * Markdown files Docusaurus's docs plugin turns into pages: its default
 * `include` (`**\/*.{md,mdx}`) minus `GlobExcludeDefault` (`_` files and
 * folders, `__tests__`) and dotfiles (globby skips them).
 */
export function isDocusaurusDoc(relativePath: string): boolean {
  if (!/\.mdx?$/.test(relativePath)) return false;
  return !relativePath.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'));
}
