import type {MarkdownExtensions} from '../markdown-extensions';
import type {BlockHeader} from './header';
import {parseSelector} from './selector';

/** What a `/// name` block renders as: the plugin's box, tab and element nodes. */
export type BlockKind = 'admonition' | 'details' | 'tab' | 'html';

/** One registered block name (pymdownx.blocks registers one per name, shortcut types included). */
export interface BlockDefinition {
  kind: BlockKind;
  /** Shortcut types (`/// note`): the class and default title the `types` entry gives; absent for the generic block. */
  shortcut?: {className: string; title: string};
  /** `html`: the `custom` option, tag → content mode. */
  customModes?: ReadonlyMap<string, string>;
}

/** Block name (lower case) → definition, for the blocks extensions the workshop lists. */
export type BlockSettings = ReadonlyMap<string, BlockDefinition>;

/** pymdownx.blocks.admonition's default `types`. */
const DEFAULT_ADMONITION_TYPES = ['note', 'attention', 'caution', 'danger', 'error', 'tip', 'hint', 'warning', 'important'];

/** `my_type-name` → `My Type Name`, as pymdownx's `RE_SEP.sub(' ', name).title()`. */
export function defaultTitle(className: string): string {
  return className.replace(/[_-]+/g, ' ').replace(/[A-Za-z]+/g, (word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
}

/**
 * The registered block names, or undefined when no blocks extension is
 * listed. A `types` entry is a name or `{name, class?, title?}`.
 */
export function blockSettings(extensions: MarkdownExtensions): BlockSettings | undefined {
  const map = new Map<string, BlockDefinition>();
  const typed = (kind: 'admonition' | 'details', defaults: readonly unknown[]) => {
    const extension = `pymdownx.blocks.${kind}`;
    if (!extensions.has(extension)) return;
    map.set(kind, {kind});
    const types = extensions.options(extension)?.types;
    for (const entry of Array.isArray(types) ? types : defaults) {
      const object = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
      const name = String(object ? object.name : entry);
      if (!name || name === 'undefined') continue;
      const className = object && typeof object.class === 'string' ? object.class : name;
      const title = object && typeof object.title === 'string' ? object.title : defaultTitle(className);
      map.set(name.toLowerCase(), {kind, shortcut: {className, title}});
    }
  };
  typed('admonition', DEFAULT_ADMONITION_TYPES);
  typed('details', []);
  if (extensions.has('pymdownx.blocks.tab')) map.set('tab', {kind: 'tab'});
  if (extensions.has('pymdownx.blocks.html')) {
    const custom = extensions.options('pymdownx.blocks.html')?.custom;
    const customModes = new Map<string, string>();
    for (const entry of Array.isArray(custom) ? (custom as Array<Record<string, unknown>>) : []) {
      if (typeof entry?.tag === 'string') customModes.set(entry.tag.toLowerCase(), typeof entry.mode === 'string' ? entry.mode : 'auto');
    }
    map.set('html', {kind: 'html', customModes});
  }
  return map.size > 0 ? map : undefined;
}

/**
 * A header starts a block when its name is registered and, for `tab` and
 * `html`, it has the argument they require (for `html`, a readable selector):
 * as in pymdownx, whose block then fails validation and leaves the lines as text.
 */
export function opensBlock(header: BlockHeader, blocks: BlockSettings, line: string): boolean {
  const definition = blocks.get(header.name);
  if (!definition) return false;
  if (definition.kind !== 'tab' && definition.kind !== 'html') return true;
  if (header.argument === undefined || header.argument.end === header.argument.start) return false;
  return definition.kind === 'tab' || parseSelector(line.slice(header.argument.start, header.argument.end)).ok;
}
