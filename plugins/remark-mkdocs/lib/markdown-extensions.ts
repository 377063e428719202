/**
 * Which Python-Markdown extensions a lesson is written for: the workshop's
 * `markdown_extensions`, as `mkdocs.yml` lists them. MkDocs renders a
 * construct only when its extension is listed (`++ctrl++` is plain text
 * without `pymdownx.keys`, `$x$` is not math without `pymdownx.arithmatex`),
 * so the plugin does the same for every construct added since this switch:
 * each reads `extensions.has(name)` and `extensions.options(name)`.
 *
 * The constructs the plugin had before (admonition, details, tabbed, abbr,
 * attr_list, md_in_html, emoji, superfences' fence attributes) stay on whatever
 * the list says: a workshop that writes `!!! note` has always enabled
 * `admonition`, and turning them off would only show raw syntax.
 */

/** One extension's options, as written under its name in `mkdocs.yml` (`{}` when none). */
export type ExtensionOptions = Readonly<Record<string, unknown>>;

/**
 * The option as given to the plugin: extension name → options (or `null`/`true`
 * for none), in the order of `mkdocs.yml`. Names as MkDocs accepts them; the
 * `markdown.extensions.` prefix of Python-Markdown's own is stripped.
 */
export type MarkdownExtensionsOption = Readonly<Record<string, ExtensionOptions | null | true>>;

/**
 * Without the option: what the plugin always rendered. A site that wants
 * more lists them (the Lessonsaurus site: `plugins/lesson-pipeline`).
 */
export const DEFAULT_MARKDOWN_EXTENSIONS: MarkdownExtensionsOption = {
  abbr: null,
  admonition: null,
  attr_list: null,
  md_in_html: null,
  tables: null,
  toc: null,
  'pymdownx.details': null,
  'pymdownx.emoji': null,
  'pymdownx.highlight': null,
  'pymdownx.superfences': null,
  'pymdownx.tabbed': {alternate_style: true},
};

/**
 * Material for MkDocs' recommended set (its "Setup › Extensions" pages), plus
 * the three its pages document separately (snippets, critic, and the mermaid
 * custom fence of superfences): what a Material workshop enables.
 */
export const MATERIAL_MARKDOWN_EXTENSIONS: MarkdownExtensionsOption = {
  abbr: null,
  admonition: null,
  attr_list: null,
  def_list: null,
  footnotes: null,
  md_in_html: null,
  tables: null,
  toc: {permalink: true},
  'pymdownx.arithmatex': {generic: true},
  'pymdownx.betterem': {smart_enable: 'all'},
  'pymdownx.caret': null,
  'pymdownx.critic': null,
  'pymdownx.details': null,
  'pymdownx.emoji': null,
  'pymdownx.highlight': null,
  'pymdownx.inlinehilite': null,
  'pymdownx.keys': null,
  'pymdownx.mark': null,
  'pymdownx.smartsymbols': null,
  'pymdownx.snippets': null,
  'pymdownx.superfences': {custom_fences: [{name: 'mermaid', class: 'mermaid', format: 'pymdownx.superfences.fence_code_format'}]},
  'pymdownx.tabbed': {alternate_style: true},
  'pymdownx.tasklist': {custom_checkbox: true},
  'pymdownx.tilde': null,
};

/** Names Python-Markdown also accepts with a dotted prefix. */
export function normalizeExtensionName(name: string): string {
  return name.replace(/^markdown\.extensions\./, '');
}

export class MarkdownExtensions {
  readonly #options: ReadonlyMap<string, ExtensionOptions>;

  constructor(option: MarkdownExtensionsOption) {
    const map = new Map<string, ExtensionOptions>();
    for (const [name, options] of Object.entries(option)) {
      map.set(normalizeExtensionName(name), options === null || options === true ? {} : options);
    }
    this.#options = map;
  }

  /** Whether the workshop enables the extension (`pymdownx.extra` implies its parts, as in Python-Markdown). */
  has(name: string): boolean {
    if (this.#options.has(name)) return true;
    const extra = EXTRA_PARTS[name];
    return extra !== undefined && extra.some((bundle) => this.#options.has(bundle));
  }

  /** The extension's options (`{}` when listed without, or enabled through `extra`). */
  options(name: string): ExtensionOptions {
    return this.#options.get(name) ?? {};
  }

  /** Names in `mkdocs.yml` order. */
  names(): string[] {
    return [...this.#options.keys()];
  }
}

/** `extra` and `pymdownx.extra` load these (Python-Markdown's extra.py, pymdownx/extra.py). */
const EXTRA_PARTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['extra', 'pymdownx.extra'],
  attr_list: ['extra', 'pymdownx.extra'],
  def_list: ['extra', 'pymdownx.extra'],
  footnotes: ['extra', 'pymdownx.extra'],
  md_in_html: ['extra', 'pymdownx.extra'],
  tables: ['extra', 'pymdownx.extra'],
  fenced_code: ['extra'],
  'pymdownx.betterem': ['pymdownx.extra'],
  'pymdownx.superfences': ['pymdownx.extra'],
};
