/**
 * Material's `custom_icons` for the site's lessons: the folders `pymdownx.emoji`'s
 * options list in the site's extensions (`workshop/markdown-extensions.json`:
 * where the MkDocs import copied the workshop's icons, `workshop/icons/…`),
 * resolved against the site folder as Material resolves them against the
 * project root, each icon drawn only when the lessons' SVG allow-list keeps all
 * of its file (`wholeSvg`, as for the imported logo). The import reads the
 * workshop's own folders with the same function, so its report says what the
 * build will say.
 */
import path from 'node:path';
import {MarkdownExtensions, customIconFolders, customIconIndex, customIcons, iconFolderOnDisk, type CustomIcons, type IconFolder, type MarkdownExtensionsOption} from '../remark-mkdocs';
import {wholeSvg} from '../remark-safe-html/lib/svg-file';
import {SITE_FILE} from '../workshop-site';
import {whileFilesUnchanged} from '../workshop-site/data-file';
import {isOwnPage, lessonMarkdownExtensions, WORKSHOP_EXTENSIONS_FILE} from './markdown-extensions';

/** Where the MkDocs import copies the workshop's custom icons (its folders at their project paths under it). */
export const WORKSHOP_ICONS_DIR = 'workshop/icons';

/** The icons of these folders (in `custom_icons` order), drawn when the allow-list keeps their whole file. */
export function vettedCustomIcons(folders: readonly IconFolder[]): CustomIcons {
  return customIcons(folders, wholeSvg);
}

/** The site's custom icons for lessons read with `extensions`; undefined when they list none. */
export function siteCustomIcons(siteDir: string, extensions: MarkdownExtensionsOption): CustomIcons | undefined {
  const folders = customIconFolders(new MarkdownExtensions(extensions).options('pymdownx.emoji'));
  return folders.length === 0 ? undefined : vettedCustomIcons(folders.map((folder) => iconFolderOnDisk(path.resolve(siteDir, folder))));
}

/** pymdownx.emoji's shortcode pattern (`:[+\-\w]+:`, Python's Unicode `\w`). */
const SHORTCODE = /:([\p{L}\p{N}_+-]+):/gu;

/**
 * The custom icon files a lesson's text names (absolute paths), for the bundler to watch (`addLessonDependencies`):
 * a page drawn from an icon is built again when the icon's file changes (a new import, `docusaurus start`), and
 * Rspack's persistent cache does not keep the old drawing. Every `:name:` of an icon counts, wherever it is.
 */
export function customIconDependencies(text: string, filePath: string, siteDir: string): string[] {
  if (!text.includes(':')) return [];
  const own = isOwnPage(siteDir, filePath);
  const files = [path.join(siteDir, SITE_FILE), path.join(siteDir, WORKSHOP_EXTENSIONS_FILE)];
  const byName = whileFilesUnchanged(`custom-icon-files:${own ? 'own' : 'workshop'}:${siteDir}`, files, () => {
    const folders = customIconFolders(new MarkdownExtensions(lessonMarkdownExtensions(siteDir, filePath)).options('pymdownx.emoji')).map((folder) => path.resolve(siteDir, folder));
    const {icons} = customIconIndex(folders.map((folder) => iconFolderOnDisk(folder)));
    return new Map([...icons].map(([name, entry]) => [name, path.join(folders[entry.folder]!, ...entry.file.split('/'))]));
  });
  if (byName.size === 0) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(SHORTCODE)) {
    const file = byName.get(match[1]!);
    if (file !== undefined) found.add(file);
  }
  return [...found];
}
