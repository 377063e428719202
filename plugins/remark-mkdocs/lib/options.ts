import type {VFile} from 'vfile';
import {includeMarkdownSettings, type IncludeMarkdownSettings} from './include-markdown/include';
import type {SnippetExpansion} from './snippets/expand';
import {MATERIAL_TYPE_NAMES} from './boxes/types';
import {DEFAULT_MARKDOWN_EXTENSIONS, MarkdownExtensions, type MarkdownExtensionsOption} from './markdown-extensions';
import type {CustomIcons} from './emoji/custom-icons';

/** Where the tree goes after the plugin. */
export type Target = 'docusaurus' | 'html';

/** A box type a site adds to Material's twelve (for example `lab`). */
export interface CustomType {
  /** Human name of the type, shown in messages and docs (`'Lab'`). */
  label: string;
  /** Icon for the theme (an SVG path, e.g. from `@mdi/js`); the plugin only passes it on. */
  icon?: string;
  /** Accent colour for the theme (any CSS colour); the plugin only passes it on. */
  color?: string;
}

export interface Options {
  /**
   * `'docusaurus'` (default): boxes become `<admonition>` / `<MkdocsDetails>` JSX
   * nodes for the Docusaurus theme. `'html'`: boxes get the HTML MkDocs emits
   * (`div.admonition`, `details`), for plain `unified()` pipelines and tests.
   */
  target?: Target;
  /** Box types beyond Material's, keyed by the lower-case word used after `!!!`. Default: none. */
  customTypes?: Record<string, CustomType>;
  /** Repair UTF-8 text that was decoded as Windows-1252 (`âœ…` → `✅`) in prose. Default: true. */
  repairMojibake?: boolean;
  /** Turn every warning into a fatal error (the build fails). Default: false. */
  strict?: boolean;
  /**
   * Material's `content.code.annotate` feature: annotation markers bind in
   * every code block, not only in blocks with the class `annotate`. Default: true.
   */
  annotateAllCode?: boolean;
  /**
   * Material's `content.tabs.link` feature (`'docusaurus'` target): tab sets link by label, across pages (the
   * reader's choice is remembered), as Docusaurus's `groupId` links them. Off: each set on its own, its `===+`
   * tab selected. Default: true.
   */
  linkTabs?: boolean;
  /**
   * `'docusaurus'` target: the ids a heading must not get, a list or a test (the site's HTML sanitizer refuses
   * them: an element with the id `define` stands for `window.define` in the page's scripts). A heading whose slug
   * is one gets the next free one, as a repeated heading does (`define_1`). Default: none.
   */
  reservedIds?: readonly string[] | ((id: string) => boolean);
  /**
   * `'docusaurus'` target: the module of each JSX component a page may use,
   * `{CommandBlock: '@site/src/components/CommandBlock', …}` (its default
   * export). A page then imports exactly the components it uses, so they land
   * in its own chunk instead of every page's bundle. Names not listed (or no
   * option) stay plain JSX, resolved through the site's MDXComponents.
   */
  components?: Record<string, string>;
  /**
   * The workshop's `markdown_extensions` (name → options, as in `mkdocs.yml`):
   * constructs of an extension not listed stay text, as in MkDocs. Default:
   * `DEFAULT_MARKDOWN_EXTENSIONS`, what the plugin always rendered
   * (`markdown-extensions.ts`; `MATERIAL_MARKDOWN_EXTENSIONS` is Material's
   * recommended set).
   */
  markdownExtensions?: MarkdownExtensionsOption;
  /**
   * With `pymdownx.snippets` on: the host expanded the `--8<--` includes
   * before the page reached the parser (a Markdown preprocessor) and returns
   * that expansion for a file (`undefined`: none). The plugin then reports its
   * problems and keeps its line map instead of expanding again. Without it,
   * the plugin expands the page itself, before parsing.
   */
  expandedSnippets?: (file: VFile) => SnippetExpansion | undefined;
  /**
   * The workshop uses the mkdocs-include-markdown-plugin: its options as in
   * `mkdocs.yml` (`{}` for its defaults). The page's `{% include-markdown … %}`
   * and `{% include … %}` directives are then expanded before parsing, from
   * the files beside the page (within the file's `cwd`), as the plugin does.
   * Ignored with `expandedSnippets` (the host expanded them).
   */
  includeMarkdown?: Record<string, unknown>;
  /**
   * The icons of Material's `custom_icons` (pymdownx.emoji's `options`), as the
   * host read and vetted them (`customIcons(folders, draw)` of
   * `emoji/custom-icons.ts`: the folders' files, and what of an SVG file may be
   * drawn): `:name:` and `:folder-name:` are drawn inline as the bundled icon
   * sets are. The plugin reads no SVG file itself (an SVG can hold script).
   * Default: none, `custom_icons` draws nothing.
   */
  customIcons?: CustomIcons;
}

export interface ResolvedOptions {
  target: Target;
  customTypes: ReadonlyMap<string, CustomType>;
  repairMojibake: boolean;
  strict: boolean;
  annotateAllCode: boolean;
  linkTabs: boolean;
  reservedIds: (id: string) => boolean;
  /** JSX name → module specifier; empty without the option. */
  components: ReadonlyMap<string, string>;
  /** The enabled extensions and their options. */
  extensions: MarkdownExtensions;
  expandedSnippets: ((file: VFile) => SnippetExpansion | undefined) | undefined;
  includeMarkdown: IncludeMarkdownSettings | undefined;
  customIcons: CustomIcons | undefined;
}

const KNOWN_KEYS = ['target', 'customTypes', 'repairMojibake', 'strict', 'annotateAllCode', 'linkTabs', 'reservedIds', 'components', 'markdownExtensions', 'expandedSnippets', 'includeMarkdown', 'customIcons'];
/** A name MDX resolves from the module's scope: an identifier starting with a capital (lower-case ones are HTML tags). */
const COMPONENT_NAME = /^[A-Z][A-Za-z0-9_$]*$/;
const TYPE_NAME = /^[\p{L}\p{N}_-]+$/u;

/** Validate options once, when the plugin is attached, with messages that list the valid values. */
export function resolveOptions(options: Options | null | undefined): ResolvedOptions {
  const raw = (options ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new TypeError(`remark-mkdocs: expected an options object, got ${describe(raw)}`);
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) {
      throw new TypeError(
        `remark-mkdocs: unknown option \`${key}\`, expected one of ${KNOWN_KEYS.map((k) => `\`${k}\``).join(', ')}`,
      );
    }
  }
  const target = raw.target ?? 'docusaurus';
  if (target !== 'docusaurus' && target !== 'html') {
    throw new TypeError(`remark-mkdocs: option \`target\` must be 'docusaurus' or 'html', got ${describe(target)}`);
  }
  for (const key of ['repairMojibake', 'strict', 'annotateAllCode', 'linkTabs'] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== 'boolean') {
      throw new TypeError(`remark-mkdocs: option \`${key}\` must be true or false, got ${describe(raw[key])}`);
    }
  }
  return {
    target,
    customTypes: resolveCustomTypes(raw.customTypes),
    repairMojibake: (raw.repairMojibake as boolean | undefined) ?? true,
    strict: (raw.strict as boolean | undefined) ?? false,
    annotateAllCode: (raw.annotateAllCode as boolean | undefined) ?? true,
    linkTabs: (raw.linkTabs as boolean | undefined) ?? true,
    reservedIds: resolveReservedIds(raw.reservedIds),
    components: resolveComponents(raw.components),
    extensions: resolveMarkdownExtensions(raw.markdownExtensions),
    expandedSnippets: resolveExpandedSnippets(raw.expandedSnippets),
    includeMarkdown: resolveIncludeMarkdown(raw.includeMarkdown),
    customIcons: resolveCustomIcons(raw.customIcons),
  };
}

function resolveReservedIds(value: unknown): (id: string) => boolean {
  if (value === undefined) return () => false;
  if (typeof value === 'function') return (id) => Boolean((value as (id: string) => unknown)(id));
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    const ids = new Set<string>(value);
    return (id) => ids.has(id);
  }
  throw new TypeError(`remark-mkdocs: option \`reservedIds\` must be an array of strings or a function, got ${describe(value)}`);
}

function resolveCustomIcons(value: unknown): ResolvedOptions['customIcons'] {
  if (value === undefined) return undefined;
  const icons = value as Partial<CustomIcons> | null;
  if (icons !== null && typeof icons === 'object' && typeof icons.lookUp === 'function' && typeof icons.inFolder === 'function') return icons as CustomIcons;
  throw new TypeError(`remark-mkdocs: option \`customIcons\` must be the icons of custom_icons (customIcons(folders, draw)), got ${describe(value)}`);
}

function resolveIncludeMarkdown(value: unknown): ResolvedOptions['includeMarkdown'] {
  if (value === undefined) return undefined;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return includeMarkdownSettings(value as Record<string, unknown>);
  throw new TypeError(`remark-mkdocs: option \`includeMarkdown\` must be the plugin's options (an object, {} for its defaults), got ${describe(value)}`);
}

function resolveExpandedSnippets(value: unknown): ResolvedOptions['expandedSnippets'] {
  if (value === undefined || typeof value === 'function') return value as ResolvedOptions['expandedSnippets'];
  throw new TypeError(`remark-mkdocs: option \`expandedSnippets\` must be a function (file) => expansion, got ${describe(value)}`);
}

function resolveMarkdownExtensions(value: unknown): MarkdownExtensions {
  if (value === undefined) return new MarkdownExtensions(DEFAULT_MARKDOWN_EXTENSIONS);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `remark-mkdocs: option \`markdownExtensions\` must be an object such as {'pymdownx.keys': {}}, got ${describe(value)}`,
    );
  }
  for (const [name, options] of Object.entries(value)) {
    if (options !== null && options !== true && (typeof options !== 'object' || Array.isArray(options))) {
      throw new TypeError(`remark-mkdocs: markdown extension \`${name}\`: options must be an object or null, got ${describe(options)}`);
    }
  }
  return new MarkdownExtensions(value as MarkdownExtensionsOption);
}

function resolveComponents(value: unknown): ReadonlyMap<string, string> {
  const result = new Map<string, string>();
  if (value === undefined) return result;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `remark-mkdocs: option \`components\` must be an object such as {Tabs: '@theme/Tabs'}, got ${describe(value)}`,
    );
  }
  for (const [name, module] of Object.entries(value)) {
    if (!COMPONENT_NAME.test(name)) {
      throw new TypeError(
        `remark-mkdocs: component name \`${name}\` must be a JavaScript identifier starting with a capital letter (the JSX name)`,
      );
    }
    if (typeof module !== 'string' || module === '') {
      throw new TypeError(`remark-mkdocs: component \`${name}\` needs a module specifier string, got ${describe(module)}`);
    }
    result.set(name, module);
  }
  return result;
}

function resolveCustomTypes(value: unknown): ReadonlyMap<string, CustomType> {
  const result = new Map<string, CustomType>();
  if (value === undefined) return result;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `remark-mkdocs: option \`customTypes\` must be an object such as {lab: {label: 'Lab'}}, got ${describe(value)}`,
    );
  }
  for (const [name, spec] of Object.entries(value)) {
    if (!TYPE_NAME.test(name) || name !== name.toLowerCase()) {
      throw new TypeError(
        `remark-mkdocs: custom type name \`${name}\` must be lower-case letters, digits, \`_\` or \`-\` (the word written after \`!!!\`)`,
      );
    }
    if (MATERIAL_TYPE_NAMES.includes(name)) {
      throw new TypeError(`remark-mkdocs: custom type \`${name}\` is already a Material type or alias`);
    }
    if (typeof spec !== 'object' || spec === null || typeof (spec as CustomType).label !== 'string') {
      throw new TypeError(
        `remark-mkdocs: custom type \`${name}\` needs a \`label\` string, e.g. {label: 'Lab'}, got ${describe(spec)}`,
      );
    }
    const {label, icon, color} = spec as CustomType;
    for (const [key, v] of [['icon', icon], ['color', color]] as const) {
      if (v !== undefined && typeof v !== 'string') {
        throw new TypeError(`remark-mkdocs: custom type \`${name}\`: \`${key}\` must be a string, got ${describe(v)}`);
      }
    }
    result.set(name, {label, icon, color});
  }
  return result;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
