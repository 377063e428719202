/**
 * Material's `custom_icons` (pymdownx.emoji's `options`) in an imported
 * workshop: the SVG icons of each folder it lists (relative to the project
 * root, where `mkdocs` runs: `overrides/.icons`, the usual place, inside
 * theme.custom_dir) are copied to the same folder under `workshop/icons/`
 * (`workshop/icons/overrides/.icons/arista/logo.svg`), and the site's
 * `custom_icons` lists those folders, relative to the site, which the lesson
 * pipeline resolves against the site folder (plugins/lesson-pipeline/custom-icons.ts)
 * and draws `:arista-logo:` from, inline, as Material does.
 *
 * Only icons the lessons' SVG allow-list keeps whole are copied (`wholeSvg`, as
 * for the imported logo): one it cannot keep is not drawn, and the report
 * names its file. The lesson checks read the icons the site will have, with
 * the build's own lookup, so the report says exactly what the build will.
 */
import {posix} from 'node:path';
import {customIconIndex, customIconName, emojiFor, withCustomIconFolders, type CustomIcons, type IconFolder} from '../../plugins/remark-mkdocs';
import {WORKSHOP_ICONS_DIR, vettedCustomIcons} from '../../plugins/lesson-pipeline/custom-icons';
import {wholeSvg} from '../../plugins/remark-safe-html/lib/svg-file';
import {markdownExtensionOptions, type MkdocsConfig} from './config';
import type {FileTree} from './plan';
import type {PlanContext} from './plan-context';
import {LineLocator} from './report';
import {isRecord} from './yaml';

export interface CustomIconsPlan {
  /** Icon files to copy: project path → site path. */
  copies: Array<{source: string; target: string}>;
  /** The site's `custom_icons`: the folders the icons were copied to, relative to the site, in the workshop's order. */
  folders: string[];
  /** The icons the site will draw, as the build looks them up (for the lesson checks). */
  icons: CustomIcons;
}

/** `custom_icons` as written in pymdownx.emoji's options, or undefined when the workshop sets none. */
export function customIconsSetting(config: Pick<MkdocsConfig, 'markdownExtensions'>): unknown {
  const emoji = markdownExtensionOptions(config.markdownExtensions).get('pymdownx.emoji');
  const options = emoji?.options;
  return isRecord(options) ? options.custom_icons : undefined;
}

/** The folder a `custom_icons` entry is in the project (POSIX, normalised), or undefined when it is not inside it. */
export function projectIconFolder(entry: string): string | undefined {
  const folder = posix.normalize(entry.replace(/\\/g, '/')).replace(/\/$/, '');
  return folder === '..' || folder.startsWith('../') || posix.isAbsolute(folder) || /^[a-z]:/i.test(folder) ? undefined : folder;
}

/** Where the site keeps a project folder's icons: the same path under `workshop/icons/` (the root: `_root`). */
export function siteIconFolder(folder: string): string {
  return posix.join(WORKSHOP_ICONS_DIR, folder === '.' ? '_root' : folder);
}

/**
 * Step 1b of the import plan: the icons of `custom_icons`, from the folders the command line listed
 * (`input.customIconFolders`: each entry of the project's that is a folder inside it, by the entry as written).
 */
export function planCustomIcons(context: PlanContext): CustomIconsPlan | undefined {
  const {config, input, add} = context;
  if (!config) return undefined;
  const setting = customIconsSetting(config);
  if (setting === undefined || setting === null) return undefined;
  const locate = input.config ? new LineLocator(input.config.text) : undefined;
  const extensions = locate?.block('markdown_extensions');
  const settingLine = extensions && locate ? (locate.find('custom_icons', extensions.start, {key: true, before: extensions.end}) ?? extensions.start) : undefined;
  const where = 'markdown_extensions pymdownx.emoji custom_icons';
  if (!Array.isArray(setting)) {
    add('warning', `${where}: not a list of folders (Material reads each character of a text as a folder): no custom icons; write each folder as a list item (- overrides/.icons)`, config.file, settingLine);
    return undefined;
  }
  const lineOf = (entry: string) => (locate && settingLine !== undefined ? (locate.find(entry, settingLine, {before: extensions?.end}) ?? settingLine) : settingLine);

  const copies: CustomIconsPlan['copies'] = [];
  const folders: string[] = [];
  // The folders as the site will have them: only the icons it keeps.
  const kept: IconFolder[] = [];
  // Each folder's indexed files (for the shadowing notes), and the project folder they came from.
  const listed: Array<{folder: string; files: string[]}> = [];
  for (const entry of setting) {
    if (typeof entry !== 'string' || entry.trim() === '') continue;
    const folder = projectIconFolder(entry);
    if (folder === undefined) {
      add('warning', `${where} ${entry}: outside the project folder: its icons are not imported (their shortcodes stay text); move them into the project`, config.file, lineOf(entry));
      continue;
    }
    const tree: FileTree | undefined = input.customIconFolders?.get(entry);
    if (tree === undefined) {
      add('info', `${where} ${entry}: no such folder in the project: no icons from it (Material finds none there either)`, config.file, lineOf(entry));
      continue;
    }
    const target = siteIconFolder(folder);
    const files: string[] = [];
    const texts = new Map<string, string>();
    for (const file of tree.files) {
      const name = customIconName(file);
      if (name === undefined) continue;
      const source = posix.join(folder, file);
      const text = tree.read(file).toString('utf8');
      const drawn = wholeSvg(text);
      if (!('svg' in drawn)) {
        add('warning', `custom icon :${name}: (${where} ${entry}): ${drawn.problem}: not imported, the shortcode stays text`, source);
        continue;
      }
      files.push(file);
      texts.set(file, text);
      copies.push({source, target: posix.join(target, file)});
    }
    folders.push(target);
    kept.push({files, read: (file) => texts.get(file)!});
    listed.push({folder, files});
    add('info', `${where} ${entry}: carried over: ${files.length} icon${files.length === 1 ? '' : 's'} copied to ${target}/, drawn inline as Material draws them (\`:name:\`, \`:folder-name:\`)`, config.file, lineOf(entry));
  }
  // What Material would never draw either: a second file of a name, a name an emoji has.
  const {shadowed} = customIconIndex(kept, (name) => emojiFor(name) !== undefined);
  for (const {name, folder, file, by} of shadowed) {
    const source = posix.join(listed[folder]!.folder, file);
    add('info', by ? `custom icon :${name}: is ${posix.join(listed[by.folder]!.folder, by.file)}, found first (as in Material): this file is not drawn` : `custom icon :${name}: is the name of an emoji, which wins (as in Material): this file is not drawn`, source);
  }
  return {copies, folders, icons: vettedCustomIcons(kept)};
}

/** pymdownx.emoji's options for the site: `custom_icons` naming the folders the icons were copied to. */
export function siteEmojiOptions(options: Record<string, unknown>, plan: CustomIconsPlan): Record<string, unknown> {
  return withCustomIconFolders(options, plan.folders);
}
