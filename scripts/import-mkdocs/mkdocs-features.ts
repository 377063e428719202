/**
 * What this site does with each Material theme feature, MkDocs plugin and
 * Python-Markdown extension a config may name. `carried`: the site does the
 * same (nothing to do, not in the report); `partial` and `missing` are
 * reported as not carried over, with what it would take. Update these tables
 * when the remark plugin or the site learns something new. The site settings
 * (site_name, logo, favicon, palette, repo_url, edit_uri, copyright,
 * extra.social) are carried by site-settings.ts into workshop/site.json.
 */

export type Support = 'carried' | 'partial' | 'missing';

export interface SupportNote {
  support: Support;
  note: string;
}

const carried = (note: string): SupportNote => ({support: 'carried', note});
const partial = (note: string): SupportNote => ({support: 'partial', note});
const missing = (note: string): SupportNote => ({support: 'missing', note});

/** Material for MkDocs `theme.features`. */
export const FEATURES: Readonly<Record<string, SupportNote>> = {
  'navigation.indexes': carried('carried over: a section\'s index page becomes its sidebar category\'s link'),
  'navigation.sections': partial('top-level sections are rendered as collapsible categories, not as always-open groups (set collapsible: false on them in the sidebar to match)'),
  'navigation.tabs': missing('top-level sections as header tabs: split sidebars/imported.json into one sidebar per section and add a docSidebar navbar item for each'),
  'navigation.tabs.sticky': missing('no sticky tab bar: see navigation.tabs'),
  'navigation.expand': missing('categories start collapsed: set collapsed: false on them in the sidebar'),
  'navigation.prune': carried('not needed: Docusaurus renders collapsed categories lazily'),
  'navigation.top': carried('carried over: Docusaurus shows a back-to-top button'),
  'navigation.footer': carried('carried over: Docusaurus shows previous/next links'),
  'navigation.path': carried('carried over: Docusaurus shows breadcrumbs'),
  'navigation.instant': carried('carried over: Docusaurus is a single-page app'),
  'navigation.instant.prefetch': carried('carried over: Docusaurus prefetches linked pages'),
  'navigation.instant.progress': missing('no loading progress bar'),
  'navigation.instant.preview': missing('no link previews'),
  'navigation.tracking': missing('the address bar does not follow the active heading'),
  'toc.follow': carried('carried over: the table of contents highlights the active heading'),
  'toc.integrate': missing('the table of contents stays on the right, not in the sidebar'),
  'search.suggest': partial('the site\'s local search (@easyops-cn/docusaurus-search-local) does its own suggestions'),
  'search.highlight': partial('needs highlightSearchTermsOnTargetPage: true in the search plugin\'s options'),
  'search.share': missing('no share-search link'),
  'header.autohide': missing('set themeConfig.navbar.hideOnScroll: true'),
  'announce.dismiss': missing('set themeConfig.announcementBar (isCloseable: true) for an announcement'),
  'content.code.copy': carried('carried over: code blocks have copy buttons (commands are copied without prompts or output)'),
  'content.code.select': missing('no line-range selection button'),
  'content.code.annotate': carried('carried over: code annotations work in every block (workshop/site.json codeAnnotations; without the feature, only in blocks with the annotate class, as in Material)'),
  'content.tabs.link': carried('carried over: content tabs are linked by label, across pages (workshop/site.json linkedTabs; without the feature, each tab set on its own, as in Material)'),
  'content.tooltips': missing('link and abbreviation titles stay native browser tooltips'),
  'content.footnote.tooltips': missing('footnotes have no tooltips'),
  'content.action.edit': carried('carried over: "Edit this page" links point where MkDocs\' edit button did (repo_url + edit_uri or edit_uri_template, MkDocs\' rules; workshop/site.json)'),
  'content.action.view': missing('no "view source" button'),
};

/** MkDocs plugins, by name without Material's `material/` prefix. */
export const PLUGINS: Readonly<Record<string, SupportNote>> = {
  search: carried('carried over: the site has local search (@easyops-cn/docusaurus-search-local)'),
  tags: partial('front matter tags are shown as written (2023-09-11), as a tag list on the page and Docusaurus tags pages (workshop/site.json tags; without the plugin, as in Material, none are); Material\'s tags index marker (<!-- material/tags -->) is not rendered'),
  blog: missing('the Docusaurus blog is disabled (blog: false): enable the classic preset\'s blog and move posts to blog/'),
  social: missing('no generated social cards'),
  offline: missing('no offline build'),
  privacy: missing('external assets are not downloaded'),
  optimize: missing('images are not optimized (Docusaurus has @docusaurus/plugin-ideal-image)'),
  info: missing('not needed (bug report bundles)'),
  meta: missing('.meta.yml files are not read: their front matter defaults are lost'),
  projects: missing('multi-project builds are not supported: import each project separately'),
  group: missing('plugin groups are not evaluated'),
  typeset: missing('navigation labels keep the plain titles'),
  macros: partial('variables are rendered at build time ({{ config.site_name }}, {{ extra.x }}, {{ x }} for extra and front matter keys, page.meta, filters upper, lower and default; workshop/mkdocs-macros.json); macro calls, {% … %} statements, {# … #} comments, other filters and variables from main.py or include_yaml stay literal (listed below)'),
  'awesome-pages': missing('.pages files are not read: the sidebar follows nav, or the folder order'),
  'literate-nav': missing('a SUMMARY.md nav is not read: the sidebar follows nav, or the folder order'),
  'section-index': carried('carried over: a section\'s index page becomes its category\'s link'),
  'git-revision-date': partial('set showLastUpdateTime: true in the docs options'),
  'git-revision-date-localized': partial('set showLastUpdateTime: true in the docs options'),
  'git-authors': partial('set showLastUpdateAuthor: true in the docs options'),
  'git-committers': partial('set showLastUpdateAuthor: true in the docs options'),
  minify: carried('carried over: the production build is minified'),
  redirects: missing('add @docusaurus/plugin-client-redirects with the same redirect_maps'),
  'mermaid2': carried('carried over: mermaid fences are drawn by @docusaurus/theme-mermaid (light and dark) when pymdownx.superfences has Material\'s mermaid custom fence; the plugin itself is not needed'),
  glightbox: missing('images do not open in a lightbox'),
  i18n: missing('translations are not imported: Docusaurus i18n uses i18n/<locale>/ folders'),
  'static-i18n': missing('translations are not imported: Docusaurus i18n uses i18n/<locale>/ folders'),
  'include-markdown': carried('carried over: {% include-markdown %} and {% include %} directives starting and ending a line (spanning lines too) are expanded when the site reads the page (workshop/include-markdown.json), files included from outside docs_dir copied under workshop/snippets/_root/; globs, URLs and files outside the project stay as written and warn'),
  'mkdocs-jupyter': missing('notebooks are not rendered (copied as files)'),
  'print-site': missing('no print-all page'),
  'with-pdf': missing('no PDF export'),
  'pdf-export': missing('no PDF export'),
  'exclude': missing('exclusions are not applied: every file under docs_dir is considered'),
  'exclude-search': missing('search exclusions are not applied'),
  'table-reader': missing('{{ read_csv(…) }} tables are not rendered'),
  'drawio': missing('draw.io diagrams are not rendered'),
  'drawio-exporter': missing('draw.io diagrams are not rendered'),
  'kroki': missing('kroki diagrams render as code'),
  'bibtex': missing('citations are not rendered'),
  autolinks: carried('carried over: links and images to a bare file name ([x](b.md), ![x](pic.png)) go to the file of that name under docs_dir, as mkdocs-autolinks-plugin sends them (workshop/routes.json, plugins/mkdocs-urls; a name several files have goes to the first in MkDocs\' file order and warns, mkdocs-autolinks-ambiguous)'),
  'autorefs': missing('[Title][] cross-references to headings on other pages stay unresolved'),
  'mkdocstrings': missing('API docs (::: identifier) are not generated'),
  'mike': carried('not needed here: versioning is a deployment concern (Docusaurus has its own docs versioning)'),
};

/** Python-Markdown extensions, by short name (`toc`, not `markdown.extensions.toc`). */
export const EXTENSIONS: Readonly<Record<string, SupportNote>> = {
  admonition: carried('carried over by the remark plugin'),
  'pymdownx.details': carried('carried over by the remark plugin'),
  'pymdownx.tabbed': carried('carried over by the remark plugin'),
  'pymdownx.superfences': carried('carried over: fences nest in boxes, tabs and lists; custom_fences: mermaid diagrams (see below)'),
  'pymdownx.highlight': carried('carried over: Prism highlights code; title, hl_lines and linenums are read from the fence, and linenums: true numbers every fence, auto_title (with auto_title_map) titles every block by its language'),
  codehilite: carried('carried over: Prism highlights code'),
  fenced_code: carried('carried over: CommonMark fences'),
  'pymdownx.emoji': carried('carried over by the remark plugin: :emoji: shortcodes and Material icons'),
  attr_list: carried('carried over by the remark plugin'),
  md_in_html: carried('carried over by the remark plugin: <div markdown>, <figure markdown>, … to the matching closing tag, block and span modes, elements nested in span-mode content, several elements on one line, <hr markdown>, raw elements ending at their closing tag; Python-Markdown\'s own tests agree but for intended deviations (a raw element with a blank line inside, an unclosed nested element, a tab at a paragraph\'s end)'),
  tables: carried('carried over: GFM tables'),
  footnotes: carried('carried over: GFM syntax with Python-Markdown\'s meaning (exact labels, definition order, every note listed, its options); content.footnote.tooltips is not'),
  toc: carried('carried over: Docusaurus builds the table of contents, listing the heading levels toc_depth gives (2 to 6 by default: workshop/site.json, themeConfig.tableOfContents); permalink anchors are always on'),
  meta: carried('carried over: front matter'),
  'pymdownx.tasklist': carried('carried over by the remark plugin: - [ ] / - [x] as pymdownx reads them (text on the box\'s line), custom_checkbox drawn as Material\'s round check, clickable_checkbox'),
  'pymdownx.saneheaders': carried('carried over: CommonMark also needs a space after #'),
  sane_lists: carried('carried over by the remark plugin: a list joins only a list of its own kind, and keeps its start number'),
  'pymdownx.betterem': partial('emphasis follows CommonMark'),
  'pymdownx.magiclink': partial('bare URLs become links (GFM autolinks); repository shorthands (@user, #123) do not'),
  def_list: carried('carried over by the remark plugin: <dl> with Python-Markdown\'s rules (several terms and definitions, blocks inside, loose after a blank line); lists inside definitions follow CommonMark'),
  abbr: carried('carried over by the remark plugin: *[ABBR]: definitions give every use an <abbr> title'),
  smarty: missing('quotes and dashes stay straight (--, "…")'),
  'pymdownx.smartsymbols': carried('carried over by the remark plugin: (c) (tm) (r) c/o +/- --> <-- <--> =/= fractions and ordinals, with its options; never in code, URLs or HTML'),
  'pymdownx.snippets': carried('carried over: --8<-- includes are expanded before parsing as pymdownx does (line ranges, sections, nesting); base_path is rewritten for the site and included files outside docs_dir are copied under workshop/snippets/'),
  'pymdownx.keys': carried('carried over by the remark plugin: ++ctrl+c++ keys with pymdownx\'s key names, aliases and options (separator, strict, camel_case, key_map), styled as Material'),
  'pymdownx.mark': carried('carried over by the remark plugin: ==marked== text, with smart_mark'),
  'pymdownx.caret': carried('carried over by the remark plugin: ^^insert^^ and ^superscript^, with smart_insert, insert and superscript'),
  'pymdownx.tilde': carried('carried over by the remark plugin: ~~delete~~ and ~subscript~ (GFM\'s single-tilde strikethrough is off), with smart_delete, delete and subscript'),
  'pymdownx.inlinehilite': partial('`#!lang code` and `:::lang code` are highlighted inline with Prism (tokens at build time), the prefix gone; custom_inline formatters (Python functions) are not run: such spans stay plain code'),
  'pymdownx.critic': partial('carried over by the remark plugin: {++ ++} {-- --} {~~ ~> ~~} {== ==} {>> <<} as Material shows them (view, accept, reject), and marks around whole blocks; a mark whose closer is in a later paragraph (other than the block shapes) stays text with a warning, and marks inside code stay code'),
  'pymdownx.arithmatex': carried('carried over by the remark plugin: $…$, \\(…\\), $$…$$, \\[…\\] and \\begin{env} with arithmatex\'s rules (smart dollars: $HOME stays text), drawn by KaTeX at build time (MathJax-only macros may not render)'),
  'pymdownx.progressbar': missing('[=50%] progress bars show as text'),
  'pymdownx.escapeall': missing('backslash escapes follow CommonMark'),
  'pymdownx.striphtml': carried('not needed'),
  'pymdownx.pathconverter': carried('not needed: Docusaurus resolves relative links'),
  'pymdownx.b64': missing('images are not inlined'),
  'pymdownx.blocks.admonition': carried('carried over by the remark plugin: /// admonition and the shortcut types (`types`) render as the !!! boxes do; `attrs` other than class are not rendered (reported)'),
  'pymdownx.blocks.details': carried('carried over by the remark plugin: /// details (open, type, `types`) render as the ??? collapsibles do; `attrs` other than class are not rendered (reported)'),
  'pymdownx.blocks.tab': carried('carried over by the remark plugin: /// tab blocks form tab sets as === tabs do (new, select); tab ids are not slugified (slugify, combine_header_slug are ignored)'),
  'pymdownx.blocks.caption': missing('/// caption blocks show as text'),
  'pymdownx.blocks.html': partial('carried over by the remark plugin: /// html | tag.class#id[attr] elements with Markdown inside (block, inline, raw modes, `custom`); `markdown: html` content is shown escaped, not as raw HTML'),
  'pymdownx.blocks.definition': missing('/// define blocks show as text'),
  'pymdownx.extra': carried('carried over: its parts (abbr, attr_list, def_list, footnotes, md_in_html, tables, betterem, superfences) are'),
  extra: carried('carried over: its parts (abbr, attr_list, def_list, footnotes, md_in_html, tables, fenced_code) are'),
  nl2br: missing('single newlines do not become line breaks'),
  wikilinks: missing('[[WikiLinks]] show as text'),
  'markdown_include.include': missing('{!file!} includes show as text'),
  'material.extensions.preview': missing('no instant previews'),
};

/** `material/search` → `search`, `mkdocs-macros-plugin` stays as is. */
export function normalizePluginName(name: string): string {
  return name.replace(/^material\//, '');
}

/** `markdown.extensions.toc` → `toc`, `pymdownx.emoji` stays (the remark plugin's own reading). */
export {normalizeExtensionName} from '../../plugins/remark-mkdocs/lib/markdown-extensions';
