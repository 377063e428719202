/**
 * `mkdocs.yml` read into the few settings the import uses, and the findings
 * for everything in it the Docusaurus site does not do. Pure: text in, data out.
 */
import {MarkdownExtensions} from '../../plugins/remark-mkdocs';
import {customFences} from '../../plugins/remark-mkdocs/lib/fence/custom-fences';
import {EXTENSIONS, FEATURES, PLUGINS, normalizeExtensionName, normalizePluginName, type Support} from './mkdocs-features';
import {LineLocator, finding, type Finding} from './report';
import {TaggedValue, isRecord, parseYaml, type Env} from './yaml';

export interface NamedEntry {
  /** As written (`material/search`, `markdown.extensions.toc`). */
  name: string;
  options: unknown;
}

export interface MkdocsConfig {
  /** File name, relative to the project (`mkdocs.yml`). */
  file: string;
  siteName?: string;
  /** `docs_dir` as written, `docs` when absent. */
  docsDir: string;
  /** Whether `docs_dir` was given explicitly. */
  docsDirExplicit: boolean;
  /** `nav` as parsed, or undefined when absent. */
  nav?: unknown[];
  themeName?: string;
  features: string[];
  customDir?: string;
  plugins: NamedEntry[];
  markdownExtensions: NamedEntry[];
  extraCss: string[];
  extraJavascript: string[];
  /** Every top-level key, as parsed. */
  raw: Record<string, unknown>;
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof TaggedValue ? value.toString() : String(value);
}

/** Plugins and markdown_extensions: a list of names / one-key mappings, or one mapping of name → options. */
function namedEntries(value: unknown): NamedEntry[] {
  if (value === null || value === undefined) return [];
  if (isRecord(value)) return Object.entries(value).map(([name, options]) => ({name, options}));
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): NamedEntry[] => {
    if (typeof item === 'string') return [{name: item, options: undefined}];
    if (isRecord(item)) return Object.entries(item).map(([name, options]) => ({name, options}));
    return [];
  });
}

/** The Python-Markdown extensions MkDocs loads before the config's own (`builtins` in mkdocs/config/defaults.py). */
const MKDOCS_BUILTIN_EXTENSIONS = ['toc', 'tables', 'fenced_code'];

/**
 * markdown_extensions as MkDocs hands them to Python-Markdown (config_options.MarkdownExtensions): each
 * extension's options by normalised name, in the order the names first appear. An entry with options replaces
 * what its name had; an entry without (`- toc`, `toc: {}`, `toc: null`) keeps it; a name listed again keeps its
 * first place. Python-Markdown's own extensions have two spellings (`markdown.extensions.toc`, `toc`), which
 * MkDocs keeps apart, each with its own options, loaded in order (its builtins first, then each spelling at its
 * first place): the one loaded last replaces the other's processors, so its options are the ones in effect.
 * The site's extensions file, the report and the import's checks of the lessons all read this, so they agree.
 */
export function markdownExtensionOptions(entries: readonly NamedEntry[]): Map<string, Record<string, unknown>> {
  const bySpelling = new Map<string, Record<string, unknown>>();
  for (const {name, options} of entries) {
    if (isRecord(options) && Object.keys(options).length > 0) bySpelling.set(name, options);
    else if (!bySpelling.has(name)) bySpelling.set(name, {});
  }
  const result = new Map<string, Record<string, unknown>>();
  for (const {name} of entries) if (!result.has(normalizeExtensionName(name))) result.set(normalizeExtensionName(name), {});
  // A Map keeps a key's first place when set again: the last spelling loaded wins without moving its name.
  for (const spelling of new Set([...MKDOCS_BUILTIN_EXTENSIONS, ...bySpelling.keys()])) {
    const options = bySpelling.get(spelling);
    const name = normalizeExtensionName(spelling);
    // MkDocs loads its built-ins (toc, tables, fenced_code) whether the workshop lists them or not.
    if (options) result.set(name, options);
    else if (!result.has(name)) result.set(name, {});
  }
  return result;
}

/** extra_css / extra_javascript: strings, or (MkDocs 1.5) mappings with a `path`. */
function assetPaths(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => (typeof item === 'string' ? [item] : isRecord(item) && typeof item.path === 'string' ? [item.path] : []));
}

/**
 * Parses a MkDocs config. Throws {@link ConfigError} when the YAML cannot be
 * read or is not a mapping.
 */
export function readMkdocsConfig(source: string, options: {file?: string; env?: Env} = {}): MkdocsConfig {
  const file = options.file ?? 'mkdocs.yml';
  let parsed: unknown;
  try {
    parsed = parseYaml(source, {filename: file, env: options.env});
  } catch (error) {
    const mark = (error as {mark?: {line: number}}).mark;
    const reason = (error as {reason?: string}).reason ?? (error as Error).message;
    throw new ConfigError(`Cannot read the MkDocs config: ${reason}`, file, mark ? mark.line + 1 : undefined);
  }
  if (parsed === null || parsed === undefined) parsed = {};
  if (!isRecord(parsed)) throw new ConfigError('Cannot read the MkDocs config: expected a mapping at the top level', file, 1);
  const theme = parsed.theme;
  const themeRecord = isRecord(theme) ? theme : {};
  const docsDir = text(parsed.docs_dir);
  return {
    file,
    siteName: text(parsed.site_name),
    docsDir: docsDir ?? 'docs',
    docsDirExplicit: docsDir !== undefined,
    nav: Array.isArray(parsed.nav) ? parsed.nav : undefined,
    themeName: typeof theme === 'string' ? theme : text(themeRecord.name),
    // Only names: Material looks features up by name, so an entry written as a mapping (`- navigation.top: true`) enables nothing.
    features: Array.isArray(themeRecord.features) ? themeRecord.features.filter((feature) => typeof feature === 'string') : [],
    customDir: text(themeRecord.custom_dir),
    plugins: namedEntries(parsed.plugins),
    markdownExtensions: namedEntries(parsed.markdown_extensions),
    extraCss: assetPaths(parsed.extra_css),
    extraJavascript: assetPaths(parsed.extra_javascript),
    raw: parsed,
  };
}

export function hasPlugin(config: Pick<MkdocsConfig, 'plugins'>, name: string): boolean {
  return config.plugins.some((plugin) => normalizePluginName(plugin.name) === name && !isDisabled(plugin.options));
}

function isDisabled(options: unknown): boolean {
  return isRecord(options) && (options.enabled === false || options.enabled === 'false');
}

function severityOf(support: Support): 'warning' | 'info' {
  return support === 'missing' || support === 'partial' ? 'warning' : 'info';
}

/**
 * Findings for the config itself: what of its theme features, plugins,
 * markdown extensions, extra CSS/JavaScript, theme overrides and other
 * settings the site cannot carry, each with what to do instead (what it
 * carries is not listed). `source` is the config text, for line numbers.
 */
export function configFindings(config: MkdocsConfig, source: string): Finding[] {
  const locate = new LineLocator(source);
  const file = config.file;
  const findings: Finding[] = [];
  const inBlock = (key: string, needle: string): number | undefined => {
    const block = locate.block(key);
    return block ? (locate.find(needle, block.start + 1, {before: block.end}) ?? block.start) : undefined;
  };
  // Nested under theme: the `features:` line, then each entry.
  const themeBlock = locate.block('theme');
  const featuresLine = themeBlock ? locate.find('features', themeBlock.start, {key: true, before: themeBlock.end}) : undefined;

  if (config.themeName !== undefined && config.themeName !== 'material') {
    findings.push(finding('warning', `theme.name ${config.themeName}: only Material for MkDocs lessons are expected; its look is not reproduced`, file, locate.find('name', themeBlock?.start ?? 1, {key: true})));
  }

  const themeRaw = isRecord(config.raw.theme) ? config.raw.theme : {};
  for (const entry of Array.isArray(themeRaw.features) ? themeRaw.features : []) {
    if (!isRecord(entry)) continue;
    for (const name of Object.keys(entry)) {
      const line = featuresLine === undefined ? themeBlock?.start : (locate.find(name, featuresLine, {before: themeBlock?.end}) ?? featuresLine);
      findings.push(finding('info', `theme.features ${name}: written as a mapping (\`- ${name}: …\`), which Material does not read as a feature name: not enabled in MkDocs either; write \`- ${name}\` to enable it`, file, line));
    }
  }

  // What the site does as Material did is not reported: the report lists what cannot be carried, and what to do instead.
  // A feature listed twice is reported at each of its lines.
  const seenAt = new Map<string, number>();
  for (const feature of config.features) {
    const support = FEATURES[feature] ?? {support: 'missing', note: 'unknown to the importer'};
    const from = seenAt.has(feature) ? seenAt.get(feature)! + 1 : featuresLine;
    const found = from === undefined ? undefined : locate.find(feature, from, {before: themeBlock?.end});
    if (found !== undefined) seenAt.set(feature, found);
    if (support.support === 'carried') continue;
    const line = featuresLine === undefined ? themeBlock?.start : (found ?? featuresLine);
    findings.push(finding(severityOf(support.support), `theme.features ${feature}: ${support.note}`, file, line));
  }

  if (config.customDir !== undefined) {
    findings.push(
      finding(
        'warning',
        `theme.custom_dir ${config.customDir}: Material template overrides (Jinja HTML, partials, .icons but the one theme.icon.logo names and the folders of pymdownx.emoji custom_icons) are not carried over (its static files are, at the paths MkDocs served them); Docusaurus customises through swizzled theme components in src/theme/`,
        file,
        locate.find('custom_dir', themeBlock?.start ?? 1, {key: true}),
      ),
    );
  }
  // theme.logo, favicon, palette, icon.logo and icon.repo are carried into workshop/site.json (site-settings.ts).
  const themeNotes: Record<string, string> = {
    font: "not carried over: the site keeps Infima's system fonts; to use these, load them in src/css/custom.css and set --ifm-font-family-base / --ifm-font-family-monospace",
    language: 'not carried over: the site is in English; set i18n.defaultLocale in docusaurus.config.ts (Docusaurus translates its own labels)',
  };
  for (const [key, note] of Object.entries(themeNotes)) {
    if (themeRecordHas(config, key)) {
      findings.push(finding('info', `theme.${key}: ${note}`, file, locate.find(key, themeBlock?.start ?? 1, {key: true, before: themeBlock?.end})));
    }
  }
  // theme.icon: logo and repo are carried (site-settings.ts); each other key Material reads is said, at its line.
  const icons = isRecord(config.raw.theme) && isRecord(config.raw.theme.icon) ? config.raw.theme.icon : {};
  const iconLine = locate.find('icon', themeBlock?.start ?? 1, {key: true, before: themeBlock?.end});
  for (const key of Object.keys(icons)) {
    if (key === 'logo' || key === 'repo' || icons[key] === undefined || icons[key] === null) continue;
    const line = iconLine === undefined ? themeBlock?.start : (locate.find(key, iconLine + 1, {key: true, before: themeBlock?.end}) ?? iconLine);
    findings.push(finding('info', `theme.icon.${key}: ${THEME_ICON_NOTES[key] ?? "not carried over: the site's theme draws its own icon there"}`, file, line));
  }

  for (const plugin of config.plugins) {
    const name = normalizePluginName(plugin.name);
    const line = inBlock('plugins', plugin.name);
    if (isDisabled(plugin.options)) {
      findings.push(finding('info', `plugins ${plugin.name}: disabled in the config, ignored`, file, line));
      continue;
    }
    const support = PLUGINS[name] ?? {support: 'missing', note: 'unknown to the importer: whatever it does at build time is not done'};
    if (support.support === 'carried') continue;
    findings.push(finding(severityOf(support.support), `plugins ${plugin.name}: ${support.note}`, file, line));
  }

  // Each extension once, at its first entry, with the options MkDocs reads it with.
  const extensionOptions = markdownExtensionOptions(config.markdownExtensions);
  const seenExtensions = new Set<string>();
  for (const extension of config.markdownExtensions) {
    const name = normalizeExtensionName(extension.name);
    if (seenExtensions.has(name)) continue;
    seenExtensions.add(name);
    const options = extensionOptions.get(name) ?? {};
    const line = inBlock('markdown_extensions', extension.name);
    const support = EXTENSIONS[name] ?? {support: 'missing', note: 'unknown to the importer and the remark plugin: its syntax shows as text'};
    if (support.support !== 'carried') findings.push(finding(severityOf(support.support), `markdown_extensions ${extension.name}: ${support.note}`, file, line));
    // A Pygments style (`pygments_style: monokai`, with `noclasses: true` written into each block) colours the
    // code in MkDocs; the site colours code with its Prism themes, light and dark.
    const style = options.pygments_style;
    if ((name === 'codehilite' || name === 'pymdownx.highlight') && typeof style === 'string' && style !== 'default') {
      findings.push(
        finding(
          'info',
          `markdown_extensions ${extension.name} pygments_style ${style}: not carried over: code is coloured by the site's Prism themes (prism.theme and prism.darkTheme in docusaurus.config.ts; prism-react-renderer ships several)`,
          file,
          inBlock('markdown_extensions', 'pygments_style'),
        ),
      );
    }
    if (name === 'pymdownx.superfences' && Array.isArray(options.custom_fences)) {
      const names = options.custom_fences.map((fence) => (isRecord(fence) ? String(fence.name) : '?'));
      // What the remark plugin reads: a fence of class `mermaid` with superfences' stock format is a diagram.
      const fences = customFences(new MarkdownExtensions({[name]: options}));
      const diagrams = new Set([...fences].filter(([, fence]) => fence.className === 'mermaid').map(([fenceName]) => fenceName));
      const others = names.filter((fenceName) => !diagrams.has(fenceName));
      const where = inBlock('markdown_extensions', 'custom_fences');
      if (diagrams.size > 0) {
        findings.push(finding('info', `markdown_extensions pymdownx.superfences custom_fences ${[...diagrams].join(', ')}: carried over: mermaid diagrams drawn by @docusaurus/theme-mermaid, light and dark`, file, where));
      }
      if (others.length > 0) {
        findings.push(
          finding(
            'warning',
            `markdown_extensions pymdownx.superfences custom_fences ${others.join(', ')}: custom fences render as plain code blocks${others.includes('mermaid') ? ' (a mermaid diagram fence needs class: mermaid, as Material documents it)' : ''}`,
            file,
            where,
          ),
        );
      }
    }
  }

  for (const css of config.extraCss) {
    findings.push(
      finding(
        'warning',
        `extra_css ${css}: not loaded; copied with the docs, but to apply it add it to the classic preset's theme.customCss in docusaurus.config.ts, and port Material's selectors and variables (.md-typeset, --md-*) to Docusaurus/Infima ones`,
        file,
        inBlock('extra_css', css),
      ),
    );
  }
  for (const script of config.extraJavascript) {
    findings.push(
      finding(
        'warning',
        `extra_javascript ${script}: not loaded; a Docusaurus site adds scripts through the config's scripts field or a client module (clientModules), and Material's document$ / instant-loading hooks do not exist there`,
        file,
        inBlock('extra_javascript', script),
      ),
    );
  }

  const raw = config.raw;
  const simple: Array<[string, string]> = [
    ['INHERIT', 'config inheritance is not followed: only this file is read'],
    ['use_directory_urls', 'applied: every page keeps its MkDocs URL (workshop/routes.json), and links written as URLs resolve as they did'],
    ['exclude_docs', 'not applied: every file under docs_dir is considered; remove excluded files by hand'],
    ['not_in_nav', 'applied: the pages it matches are reachable by their URL and not in the sidebar, as in MkDocs, and the report does not list them as left out of nav'],
    ['hooks', 'Python hooks do not run'],
    ['extra_templates', 'Jinja templates are not rendered'],
    ['validation', 'not applied: the Docusaurus build checks links itself (onBrokenLinks)'],
    ['strict', 'not applied: LESSONSAURUS_STRICT=1 makes lesson warnings fail the build'],
  ];
  for (const [key, note] of simple) {
    if (key in raw && raw[key] !== null && raw[key] !== '') {
      const severity = key === 'INHERIT' || key === 'hooks' || key === 'exclude_docs' ? 'warning' : 'info';
      findings.push(finding(severity, `${key}: ${note}`, file, locate.topLevelKey(key)));
    }
  }
  if (isRecord(raw.extra)) {
    for (const key of Object.keys(raw.extra)) {
      if (key === 'social') continue; // carried into the footer (site-settings.ts)
      // With mkdocs-macros the lessons read extra's keys ({{ x }}, {{ extra.x }}), and so does the site.
      if (!EXTRA_NOTES[key] && hasPlugin(config, 'macros')) continue;
      const note = EXTRA_NOTES[key] ?? 'a template variable: Material\'s templates are not used, so nothing reads it (Markdown does not see it either)';
      findings.push(finding('warning', `extra.${key}: ${note}`, file, inBlock('extra', key)));
    }
  }
  return findings;
}

/** Material's `extra` settings the site cannot carry, with what to do instead. */
const EXTRA_NOTES: Readonly<Record<string, string>> = {
  analytics: 'analytics are not carried over: add @docusaurus/plugin-google-gtag (Google) or your provider\'s Docusaurus plugin with the same property id',
  consent: 'no cookie consent banner: Docusaurus has none built in; add one through a client module (clientModules) if the analytics need it',
  version: 'no version selector (mike): Docusaurus versions docs itself (npm run docusaurus docs:version)',
  alternate: 'no language selector: Docusaurus i18n has one (themeConfig.navbar items: localeDropdown) once the site has locales',
  generator: 'nothing to do: the site shows no "Made with Material" notice',
  homepage: 'not carried over: the navbar logo links to the site\'s /',
  tags: 'tag icons are not carried over: Docusaurus tags pages list front matter tags without icons',
  annotate: 'not needed: code annotations work in every code block',
  status: 'page status icons are not carried over: Docusaurus has no per-page status',
};

/** What becomes of Material's `theme.icon` keys other than logo and repo (carried into workshop/site.json). */
const THEME_ICON_NOTES: Record<string, string> = {
  admonition:
    "not carried over: boxes keep Material's default icon for each type; to change one, give src/admonitions/box-types.ts that type's icon (an @mdi/js path)",
  annotation: "not carried over: code annotation markers keep the site's numbered marker",
  tag: 'not carried over: Docusaurus tags pages list front matter tags without icons',
  edit: "not carried over: the theme's \"Edit this page\" link keeps its pencil icon",
  view: 'not carried over: the site has no "view source" button',
};

function themeRecordHas(config: MkdocsConfig, key: string): boolean {
  const theme = config.raw.theme;
  return isRecord(theme) && theme[key] !== undefined && theme[key] !== null;
}
