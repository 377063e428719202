import {readdirSync, readFileSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Element, ElementContent} from 'hast';
import type {ExtensionOptions} from '../markdown-extensions';

/**
 * Material's `custom_icons` (an option of its Twemoji index,
 * `material.extensions.emoji.twemoji`, under `pymdownx.emoji`'s `options`):
 * folders of SVG files, each drawn inline for the shortcode of its path in the
 * folder, `/` as `-`, without `.svg` (`overrides/.icons/arista/logo.svg` is
 * `:arista-logo:`), as the bundled sets are (`<span class="twemoji"><svg>`).
 * Material indexes `<folder>/**\/*.svg` with Python's glob (no hidden file or
 * folder below the folder, `.svg` in lower case), the folders in the order
 * listed, then its own sets: the first file of a name wins, and an emoji name
 * wins over every icon.
 *
 * The plugin reads no SVG file on its own: the host gives the folders' files
 * and decides what of an SVG may be drawn (`draw`: the site's SVG allow-list),
 * since an SVG can hold script. Without the `customIcons` option, `custom_icons`
 * draws nothing.
 */

/** One folder of `custom_icons`: its files (POSIX paths relative to it) and their text. */
export interface IconFolder {
  /** Every file under the folder; those Material does not index are left out here. */
  files: readonly string[];
  read(file: string): string;
}

/** An icon's SVG file as the host can draw it: the `<svg>` element to inline, or why it cannot be drawn. */
export type DrawnSvg = {svg: Element} | {problem: string};

/** A custom icon: its `<svg>`, or why its file cannot be drawn; `file` is its path in its folder. */
export type CustomIconLookup = {found: Element; file: string} | {problem: string; file: string};

export interface CustomIcons {
  /** The icon of a shortcode (without colons), or undefined when no custom icon has that name. */
  lookUp(name: string): CustomIconLookup | undefined;
  /**
   * The folder of custom icons the name starts with, before a dash (`arista` for `:arista-nothere:`, from
   * `arista/logo.svg`), or undefined: a shortcode there that names no icon is reported, as one of Material's sets is.
   */
  inFolder(name: string): string | undefined;
}

/** Where one custom icon comes from. */
export interface CustomIconEntry {
  /** Index of its folder in `custom_icons`. */
  folder: number;
  /** Its path in the folder (`arista/logo.svg`). */
  file: string;
}

/** The folders of `custom_icons` as written in pymdownx.emoji's options (`options.custom_icons`, a list of paths). */
export function customIconFolders(emojiOptions: ExtensionOptions): string[] {
  const options = emojiOptions.options;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return [];
  const folders = (options as Record<string, unknown>).custom_icons;
  return Array.isArray(folders) ? folders.filter((folder): folder is string => typeof folder === 'string' && folder !== '') : [];
}

/**
 * pymdownx.emoji's options with `custom_icons` replaced (the folders where the site keeps the icons), or as they
 * are when there is none.
 */
export function withCustomIconFolders(emojiOptions: ExtensionOptions, folders: readonly string[]): Record<string, unknown> {
  const options = emojiOptions.options;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return {...emojiOptions};
  return {...emojiOptions, options: {...(options as Record<string, unknown>), custom_icons: [...folders]}};
}

/**
 * The shortcode name Material gives a file of a `custom_icons` folder (`arista/logo.svg` → `arista-logo`), or
 * undefined for a file it does not index: not `*.svg`, or hidden (a file or folder below the folder starting with `.`).
 */
export function customIconName(file: string): string | undefined {
  const segments = file.split('/');
  if (!file.endsWith('.svg') || segments.some((segment) => segment === '' || segment.startsWith('.'))) return undefined;
  const name = file.slice(0, -'.svg'.length).split('/').join('-');
  return name === '' ? undefined : name;
}

/**
 * The order Python's recursive glob yields a folder's files in (`**` expands to the folder, then each folder below
 * it, depth first), folders and files by name: a folder's files before those of its subfolders.
 */
function globOrder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  const leftDirs = left.slice(0, -1);
  const rightDirs = right.slice(0, -1);
  for (let index = 0; index < Math.min(leftDirs.length, rightDirs.length); index++) {
    if (leftDirs[index] !== rightDirs[index]) return leftDirs[index] < rightDirs[index] ? -1 : 1;
  }
  if (leftDirs.length !== rightDirs.length) return leftDirs.length - rightDirs.length;
  const leftName = left[left.length - 1]!;
  const rightName = right[right.length - 1]!;
  return leftName < rightName ? -1 : leftName > rightName ? 1 : 0;
}

export interface CustomIconIndex {
  /** Name → the file that draws it (the first of that name). */
  icons: Map<string, CustomIconEntry>;
  /** Files whose name an earlier file (or an emoji, `isEmoji`) already has: Material never draws them. */
  shadowed: Array<CustomIconEntry & {name: string; by?: CustomIconEntry}>;
}

/** Material's index of the icons of `custom_icons` (see the top of this file); `isEmoji`: names an emoji takes. */
export function customIconIndex(folders: ReadonlyArray<Pick<IconFolder, 'files'>>, isEmoji: (name: string) => boolean = () => false): CustomIconIndex {
  const icons = new Map<string, CustomIconEntry>();
  const shadowed: CustomIconIndex['shadowed'] = [];
  folders.forEach(({files}, folder) => {
    const indexed = files.filter((file) => customIconName(file) !== undefined).sort(globOrder);
    for (const file of indexed) {
      const name = customIconName(file)!;
      const earlier = icons.get(name);
      if (earlier !== undefined || isEmoji(name)) shadowed.push({name, folder, file, ...(earlier ? {by: earlier} : {})});
      else icons.set(name, {folder, file});
    }
  });
  return {icons, shadowed};
}

/**
 * The custom icons of `folders` (in `custom_icons` order), each file read and drawn (`draw`) once, when a page
 * first names it.
 */
export function customIcons(folders: readonly IconFolder[], draw: (svg: string) => DrawnSvg): CustomIcons {
  let index: Map<string, CustomIconEntry> | undefined;
  let prefixes: string[] | undefined;
  const drawn = new Map<string, CustomIconLookup>();
  const icons = () => (index ??= customIconIndex(folders).icons);
  return {
    lookUp(name) {
      const entry = icons().get(name);
      if (entry === undefined) return undefined;
      let lookup = drawn.get(name);
      if (lookup === undefined) {
        const {file} = entry;
        let result: DrawnSvg;
        try {
          result = draw(folders[entry.folder]!.read(file));
        } catch (error) {
          result = {problem: `the file cannot be read (${(error as Error).message})`};
        }
        lookup = 'svg' in result ? {found: withoutPositions(result.svg), file} : {problem: result.problem, file};
        drawn.set(name, lookup);
      }
      return lookup;
    },
    inFolder(name) {
      // Every folder holding icons, those whose names another file took included.
      prefixes ??= [...new Set(folders.flatMap(({files}) => files.filter((file) => file.includes('/') && customIconName(file) !== undefined).map((file) => `${file.split('/')[0]}-`)))];
      const prefix = prefixes.find((folder) => name.startsWith(folder) && name.length > folder.length);
      return prefix?.slice(0, -1);
    },
  };
}

/**
 * A folder on disk as Material's glob reads it: its files, hidden ones left out, folders behind links followed
 * (once each); none when it does not exist. Listed when first asked.
 */
export function iconFolderOnDisk(folder: string): IconFolder {
  let files: string[] | undefined;
  return {
    get files() {
      return (files ??= listSvgFiles(folder));
    },
    read: (file) => readFileSync(path.join(folder, ...file.split('/')), 'utf8'),
  };
}

function listSvgFiles(root: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, {withFileTypes: true});
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      const stats = entry.isSymbolicLink() ? statSync(full, {throwIfNoEntry: false}) : entry;
      if (!stats) continue;
      if (stats.isDirectory()) walk(full, relative);
      else if (stats.isFile() && entry.name.endsWith('.svg')) found.push(relative);
    }
  };
  walk(root, '');
  return found;
}

/** The element with no source positions (they are the SVG file's, not the page's), copied. */
function withoutPositions(element: Element): Element {
  const copy = (node: ElementContent): ElementContent => {
    if (node.type === 'element') {
      const {position: _position, ...rest} = node;
      return {...rest, properties: {...node.properties}, children: node.children.map(copy)};
    }
    const {position: _position, ...rest} = node;
    return {...rest} as ElementContent;
  };
  return copy(element) as Element;
}
