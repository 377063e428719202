/**
 * mkdocs-autolinks-plugin (`plugins: - autolinks` in mkdocs.yml, 0.7.1): a
 * Markdown link or image whose destination is a bare file name
 * (`[lesson B](b.md)`, `![diagram](pic.png#x)`: no `/`, a `.md`, `.png`,
 * `.jpg`, `.jpeg`, `.bmp`, `.gif`, `.svg` or `.webp` name, case as written,
 * an optional `#anchor`) goes to the file of that name wherever it is under
 * docs_dir: the plugin replaces the name with the file's path relative to the
 * page (percent-encoded as Python's `quote` does), before Python-Markdown
 * reads the page, and MkDocs then resolves that path as any relative link.
 * Several files of that name: the first in MkDocs' file order (`get_files`:
 * a folder's files before its sub-folders, `index`/`README` first, then by
 * name; sub-folders by name), with a warning; none: the link stays as written
 * (the plugin warns too). The plugin's replacement is a text replace over the
 * whole `[text](url "title")`, so the name is replaced in the link text and
 * title as well (`[b.md](b.md)` reads `sub/b.md` in MkDocs).
 *
 * The plugin's pattern also needs link text (`[](b.md)` is left alone, an
 * image's empty alt is not) without a `]` in it; those conditions are the
 * caller's (`autolinkApplies`).
 */
import path from 'node:path';

/** The build's and the import report's rule id for a name several files have. */
export const AUTOLINKS_AMBIGUOUS_RULE = 'mkdocs-autolinks-ambiguous';

/** A destination the plugin rewrites: a file name with one of its extensions, no `/` or `)`, then an optional `#anchor`. */
const FILE_NAME = /^([^)/]+\.(?:md|png|jpg|jpeg|bmp|gif|svg|webp))((?:#[^)]*)?)$/;

/** The name a bare destination names and the `#anchor` after it, or undefined when the plugin leaves it alone. */
export function autolinkName(url: string): {name: string; anchor: string} | undefined {
  const match = FILE_NAME.exec(url);
  return match ? {name: match[1]!, anchor: match[2]!} : undefined;
}

/** Whether the plugin's pattern takes a Markdown link or image with this text (alt): none is needed for an image, and a `]` stops it. */
export function autolinkApplies(kind: 'link' | 'image', text: string): boolean {
  return !text.includes(']') && (kind === 'image' || text !== '');
}

/** MkDocs' `_file_sort_key`: `index` and `README` (by stem, case as written) before the others, then by name (code points). */
function fileKey(name: string): [number, string] {
  const stem = path.posix.parse(name).name;
  return [stem === 'index' || stem === 'README' ? 0 : 1, name];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order in which MkDocs' `get_files` lists docs_dir (`os.walk`, top down:
 * a folder's files, sorted by `_file_sort_key`, then each sub-folder by name,
 * depth first), for docs_dir-relative POSIX paths.
 */
export function compareMkdocsFileOrder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; ; index += 1) {
    const leftIsFile = index === left.length - 1;
    const rightIsFile = index === right.length - 1;
    if (left[index] === right[index] && !leftIsFile && !rightIsFile) continue;
    // A folder's files come before its sub-folders.
    if (leftIsFile !== rightIsFile) return leftIsFile ? -1 : 1;
    if (!leftIsFile) return compareText(left[index]!, right[index]!);
    const [leftRank, leftName] = fileKey(left[index]!);
    const [rightRank, rightName] = fileKey(right[index]!);
    return leftRank - rightRank || compareText(leftName, rightName);
  }
}

/** File name → the docs_dir-relative paths of the files so named, in MkDocs' file order (the plugin's lookup table). */
export type AutolinkIndex = ReadonlyMap<string, readonly string[]>;

export function autolinkIndex(files: Iterable<string>): AutolinkIndex {
  const index = new Map<string, string[]>();
  for (const file of [...new Set(files)].sort(compareMkdocsFileOrder)) {
    const name = path.posix.basename(file);
    index.set(name, [...(index.get(name) ?? []), file]);
  }
  return index;
}

/** Python's `urllib.parse.quote` with its default `safe='/'`: letters, digits, `_.-~` and `/` stay. */
function quote(value: string): string {
  return encodeURIComponent(value)
    .replace(/%2F/g, '/')
    .replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface Autolink {
  /** The destination the plugin writes: the file's path relative to the page, encoded, the anchor kept. */
  url: string;
  /** The name as written, which the plugin replaces wherever it occurs in the link (text, title). */
  name: string;
  /** What the plugin replaces it with (`url` without the anchor). */
  replacement: string;
  /** The file it goes to, docs_dir-relative. */
  target: string;
  /** Every file of that name, docs_dir-relative, in MkDocs' order (the first is `target`): more than one is ambiguous. */
  candidates: readonly string[];
}

/** Where the plugin sends `url` written on the page `page` (docs_dir-relative), or undefined when it leaves it as written. */
export function resolveAutolink(index: AutolinkIndex, page: string, url: string): Autolink | undefined {
  const named = autolinkName(url);
  const candidates = named ? index.get(named.name) : undefined;
  if (!named || !candidates || candidates.length === 0) return undefined;
  const target = candidates[0]!;
  const replacement = quote(path.posix.relative(path.posix.dirname(page), target));
  return {url: `${replacement}${named.anchor}`, name: named.name, replacement, target, candidates};
}

/** The warning for a name several files have (the plugin warns too), as the build and the import report say it. */
export function ambiguousAutolinkReason(link: Autolink): string {
  const others = link.candidates.slice(1).map((file) => `\`${file}\``);
  return (
    `Unexpected file name \`${link.name}\` that ${link.candidates.length} files of the docs folder have, expected a name only one has: ` +
    `goes to \`${link.target}\` (the first in MkDocs' file order, as mkdocs-autolinks-plugin picks it), not to ${others.join(', ')}`
  );
}
