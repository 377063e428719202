/**
 * mkdocs.yml's site settings → `workshop/site.json` (plugins/workshop-site):
 * title, tagline, URL, logo and favicon, palette, repository link, edit links,
 * copyright and social links, each by MkDocs' and Material's own rules. Pure:
 * the config and the docs folder's file list in; the settings, the files to
 * put in the site's workshop static folder and the findings out.
 */
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {defaultSchema, sanitize} from 'hast-util-sanitize';
import {toHtml} from 'hast-util-to-html';
import {contrast, withContrast} from '../../plugins/workshop-site/colors';
import {STATIC_DIR, type HeaderColors, type ModeColors, type SvgIcon, type WorkshopSite} from '../../plugins/workshop-site';
import {resolveIcon} from '../../plugins/remark-mkdocs/lib/emoji/icons';
import {tocSlugify} from '../../plugins/remark-mkdocs/lib/docusaurus/heading-ids';
import {wholeSvg} from '../../plugins/remark-safe-html/lib/svg-file';
import {hasPlugin, markdownExtensionOptions, type MkdocsConfig} from './config';
import {DARK_HEADER_TEXT, DEFAULT_ACCENT, DEFAULT_PRIMARY, HEADER_DARK_TEXT, HEADER_LIGHT_TEXT, MATERIAL_COLORS, materialColorName, type MaterialColor} from './material-palette';
import {LineLocator, finding, type Finding} from './report';
import {TaggedValue, isRecord} from './yaml';
import {siteSnippetsOptions, type SnippetsImportPlan} from './snippets';
import type {CustomIconsPlan} from './custom-icons';
import {withCustomIconFolders} from '../../plugins/remark-mkdocs';

/** Where the import puts the workshop's logo and favicon, inside {@link STATIC_DIR}: served at `/<ASSETS>/…`. */
export const ASSETS = 'workshop-assets';

/** A file the settings need in the site: copied from the docs folder, or generated (an icon's SVG). */
export type SiteAsset = {target: string; source: string} | {target: string; content: string};

export interface SiteSettingsResult {
  site: WorkshopSite;
  assets: SiteAsset[];
  findings: Finding[];
}

/**
 * Backgrounds links and the active sidebar entry sit on (the page, and Infima's
 * emphasis-200 surfaces, darker than the box body tints) in each colour mode.
 * The site's primary must reach WCAG AA's 4.5:1 on all of them.
 */
export const LIGHT_BACKGROUNDS = ['#ffffff', '#ebedf0'];
export const DARK_BACKGROUNDS = ['#1b1b1d', '#2d2e31'];
export const TEXT_CONTRAST = 4.5;

/** The colour, moved just enough to reach {@link TEXT_CONTRAST} on every background of its mode. */
export function textSafe(color: string, backgrounds: readonly string[]): string {
  return backgrounds.reduce((current, background) => withContrast(current, background, TEXT_CONTRAST), color.toLowerCase());
}

function str(value: unknown): string | undefined {
  if (value === null || value === undefined || value instanceof TaggedValue || isRecord(value) || Array.isArray(value)) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

const isUrl = (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//');

/** An icon of Material's sets (`material/school`, `fontawesome/brands/github`) as SVG paths. */
export function materialIcon(name: string): SvgIcon | undefined {
  const lookup = resolveIcon(name.replace(/\//g, '-'));
  return lookup && 'found' in lookup ? {viewBox: lookup.found.viewBox, paths: lookup.found.paths.map((p) => p.d)} : undefined;
}

/** MkDocs' repo_name when unset: GitHub, Bitbucket, GitLab, else the host's first label, title-cased (config_options.RepoName). */
export function defaultRepoName(repoUrl: string): string {
  const host = hostOf(repoUrl);
  if (host === 'github.com') return 'GitHub';
  if (host === 'bitbucket.org') return 'Bitbucket';
  if (host === 'gitlab.com') return 'GitLab';
  const first = host.split('.')[0];
  return first.charAt(0).toUpperCase() + first.slice(1).toLowerCase();
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** MkDocs' edit_uri: as given (`''` turns edit links off), else by repo host; a trailing `/` added (config_options.EditURI). */
export function effectiveEditUri(editUri: string | null | undefined, repoUrl: string | undefined): string | undefined {
  let uri = editUri ?? undefined;
  if (uri === undefined && repoUrl !== undefined) {
    const host = hostOf(repoUrl);
    if (host === 'github.com' || host === 'gitlab.com') uri = 'edit/master/docs/';
    else if (host === 'bitbucket.org') uri = 'src/default/docs/';
  }
  if (uri && !uri.endsWith('/')) uri += '/';
  return uri || undefined;
}

/** The brand icon of the repository's host; Material's own default (`theme.icon.repo`) is git-alt for every host. */
function repoIconName(repoUrl: string): string {
  const host = hostOf(repoUrl);
  if (host === 'github.com') return 'fontawesome/brands/github';
  if (host === 'gitlab.com') return 'fontawesome/brands/gitlab';
  if (host === 'bitbucket.org') return 'fontawesome/brands/bitbucket';
  return 'fontawesome/brands/git-alt';
}

/** copyright as HTML the site may show: GitHub's allow-list (hast-util-sanitize); whether something was removed. */
export function sanitizeCopyright(html: string): {html: string; removed: boolean} {
  const tree = fromHtml(html, {fragment: true});
  const before = toHtml(tree);
  const clean = toHtml(sanitize(tree, defaultSchema));
  return {html: clean, removed: clean !== before};
}

type CssColorRole = 'primary' | 'accent' | 'link';

/**
 * Material's colour variables in extra_css, the default scheme's and slate's: `--md-primary-fg-color` (the header,
 * and links unless set apart), `--md-accent-fg-color` (hover) and `--md-typeset-a-color` (links), as hex or
 * `rgb()`/`rgba()` (made opaque), in whatever rule sets them (`:root`, `.md-content`, `[data-md-color-scheme=slate]`).
 */
export function customCssColors(css: string): {light: Partial<Record<CssColorRole, string>>; dark: Partial<Record<CssColorRole, string>>} {
  const found = {light: {} as Partial<Record<CssColorRole, string>>, dark: {} as Partial<Record<CssColorRole, string>>};
  // CSS rules are `selector { declarations }`; comments removed first (Material's recipe is flat, no nesting).
  for (const rule of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const slate = /slate/.test(rule[1]);
    for (const declaration of rule[2].matchAll(/--md-(primary-fg|accent-fg|typeset-a)-color\s*:\s*([^;]+)/g)) {
      const value = cssHex(declaration[2].trim());
      if (value === undefined) continue;
      const which: CssColorRole = declaration[1] === 'typeset-a' ? 'link' : declaration[1] === 'accent-fg' ? 'accent' : 'primary';
      if (slate) found.dark[which] ??= value;
      else found.light[which] ??= value;
    }
  }
  return found;
}

/** A hex colour, or `rgb(r, g, b)` / `rgba(…)` as hex (its alpha dropped); undefined for anything else. */
function cssHex(value: string): string | undefined {
  if (/^#[0-9a-f]{3,8}$/i.test(value)) return value;
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/][^)]*)?\)$/i.exec(value);
  if (!rgb) return undefined;
  return `#${rgb.slice(1, 4).map((channel) => Math.min(255, Number(channel)).toString(16).padStart(2, '0')).join('')}`;
}

interface SchemeColors {
  scheme: string;
  primary: string;
  accent: string;
}

/** theme.palette: one mapping, or a list of schemes (the first default-scheme one is light, the first slate one dark). */
function paletteSchemes(palette: unknown): {light?: SchemeColors; dark?: SchemeColors} {
  const entries = Array.isArray(palette) ? palette : palette === undefined || palette === null ? [] : [palette];
  const schemes = entries.filter(isRecord).map((entry) => ({
    scheme: str(entry.scheme) ?? 'default',
    primary: materialColorName(str(entry.primary) ?? DEFAULT_PRIMARY),
    accent: materialColorName(str(entry.accent) ?? DEFAULT_ACCENT),
  }));
  return {light: schemes.find((s) => s.scheme !== 'slate') ?? schemes[0], dark: schemes.find((s) => s.scheme === 'slate') ?? schemes[0]};
}

/**
 * The colour mode Material opens the site in: the first palette entry's scheme (`slate` is dark), or light without
 * a palette; it follows the reader's system only when an entry has a `prefers-color-scheme` media query (Material's
 * automatic mode). The site keeps its light/dark switch either way.
 */
export function paletteColorMode(palette: unknown): NonNullable<WorkshopSite['colorMode']> {
  const entries = (Array.isArray(palette) ? palette : palette === undefined || palette === null ? [] : [palette]).filter(isRecord);
  const first = entries[0];
  return {
    defaultMode: first !== undefined && str(first.scheme) === 'slate' ? 'dark' : 'light',
    respectPrefersColorScheme: entries.some((entry) => /prefers-color-scheme/.test(str(entry.media) ?? '')),
  };
}

export interface PaletteResult {
  colors: NonNullable<WorkshopSite['colors']>;
  header: NonNullable<WorkshopSite['header']>;
  notes: string[];
}

/**
 * Material's palette as the site's colours. Docusaurus draws links, the
 * active sidebar entry and buttons in `--ifm-color-primary`, so the primary
 * here is Material's link colour for each scheme (`--md-typeset-a-color`),
 * moved just enough to keep WCAG AA on the site's backgrounds where
 * Material's is lighter than that (teal #009485 is 3.7:1 on white); the
 * accent, Material's hover colour, becomes the link hover colour, likewise.
 * Colours extra_css sets (`--md-primary-fg-color`, `--md-accent-fg-color`:
 * Material's recipe for `custom`) win, as they do in Material.
 */
export function paletteColors(palette: unknown, extraCss: readonly string[] = []): PaletteResult {
  const schemes = paletteSchemes(palette);
  const notes: string[] = [];
  const custom = extraCss.map(customCssColors);
  const customValue = (mode: 'light' | 'dark', which: CssColorRole) =>
    custom.map((found) => found[mode][which] ?? found.light[which]).find((value) => value !== undefined);
  const mode = (which: 'light' | 'dark', scheme: SchemeColors | undefined, backgrounds: readonly string[]): ModeColors => {
    const primaryName = scheme?.primary ?? DEFAULT_PRIMARY;
    const accentName = scheme?.accent ?? DEFAULT_ACCENT;
    let material: MaterialColor | undefined = MATERIAL_COLORS[primaryName];
    // extra_css's variable wins over a named colour too: Material loads extra_css last.
    const cssPrimary = customValue(which, 'primary');
    if (cssPrimary !== undefined) material = {primary: cssPrimary};
    else if (primaryName === 'custom') {
      notes.push(`primary custom: no --md-primary-fg-color hex colour in extra_css for the ${which} scheme: indigo instead`);
      material = MATERIAL_COLORS.indigo;
    } else if (!material) {
      notes.push(`primary ${primaryName}: not one of Material's colours: indigo instead`);
      material = MATERIAL_COLORS.indigo;
    }
    // extra_css's `--md-typeset-a-color` colours links apart from the header, as in Material.
    const link = customValue(which, 'link') ?? (which === 'dark' ? (material.slateLink ?? material.link ?? material.primary) : (material.link ?? material.primary));
    const accentSource = customValue(which, 'accent') ?? (accentName === 'custom' ? undefined : MATERIAL_COLORS[accentName]?.accent);
    if (accentSource === undefined) notes.push(`accent ${accentName}: ${accentName === 'custom' ? 'no --md-accent-fg-color hex colour in extra_css' : "not one of Material's accent colours"}: links hover in a primary shade`);
    const primary = textSafe(link, backgrounds);
    const accent = accentSource === undefined ? undefined : textSafe(accentSource, backgrounds);
    const adjusted = [primary !== link.toLowerCase() ? `links ${primary} (Material's ${link})` : undefined, accent !== undefined && accentSource !== undefined && accent !== accentSource.toLowerCase() ? `hover ${accent} (Material's ${accentSource})` : undefined].filter(Boolean);
    if (adjusted.length > 0) notes.push(`${which} mode: ${adjusted.join(', ')}, ${which === 'light' ? 'darkened' : 'lightened'} to keep text at WCAG AA (4.5:1)`);
    headers[which] = header(which, primaryName, cssPrimary ?? material.primary, cssPrimary !== undefined);
    return {primary, ...(accent === undefined ? {} : {accent})};
  };
  /**
   * Material's header: the primary colour (not the link colour: a black or white header, an amber one), with
   * Material's text colour on it (dark on its light primaries, white elsewhere; for an extra_css colour, whichever
   * reads better), the colour moved just enough to keep that text at WCAG AA, as links are.
   */
  const headers: Partial<PaletteResult['header']> = {};
  const header = (which: 'light' | 'dark', name: string, color: string, custom: boolean): HeaderColors => {
    const text = custom
      ? contrast(HEADER_LIGHT_TEXT, color) >= contrast(HEADER_DARK_TEXT, color)
        ? HEADER_LIGHT_TEXT
        : HEADER_DARK_TEXT
      : DARK_HEADER_TEXT.has(name)
        ? HEADER_DARK_TEXT
        : HEADER_LIGHT_TEXT;
    const background = withContrast(color, text, TEXT_CONTRAST);
    if (background !== color.toLowerCase()) notes.push(`${which} mode: header ${background} (Material's ${color}), ${text === HEADER_LIGHT_TEXT ? 'darkened' : 'lightened'} to keep its text at WCAG AA (4.5:1)`);
    return {background, text};
  };
  const colors = {light: mode('light', schemes.light, LIGHT_BACKGROUNDS), dark: mode('dark', schemes.dark, DARK_BACKGROUNDS)};
  return {colors, header: {light: headers.light!, dark: headers.dark!}, notes};
}

/** Python's int() of a YAML value (toc.py reads toc_depth with it), or undefined where it raises. */
function pythonInt(value: unknown): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(value)) return Number(value.replace(/_/g, ''));
  return undefined;
}

/**
 * The heading levels Material's table of contents lists, as Docusaurus's themeConfig.tableOfContents (levels 2 to
 * 6). Python-Markdown's toc (extensions/toc.py) reads `toc_depth` (default 6) as levels 1 to n, or a string "t-b" as
 * levels t to b; Material's toc.html then leaves out a first h1 and lists its children, so a range from 1 lists
 * from 2, as Docusaurus does. `false`: no level is listed (`toc_depth: 1`, `"4-3"`); undefined: Python-Markdown
 * cannot read the value (MkDocs fails to load toc).
 */
export function tocLevels(tocDepth: unknown = 6): NonNullable<WorkshopSite['tableOfContents']> | undefined {
  let top = 1;
  let bottom: number | undefined;
  if (typeof tocDepth === 'string' && tocDepth.includes('-')) {
    const parts = tocDepth.split('-').map(pythonInt);
    if (parts.length !== 2 || parts[0] === undefined || parts[1] === undefined) return undefined;
    [top, bottom] = parts as [number, number];
  } else {
    bottom = pythonInt(tocDepth);
    if (bottom === undefined) return undefined;
  }
  const minHeadingLevel = Math.max(top, 2);
  const maxHeadingLevel = Math.min(bottom, 6);
  return minHeadingLevel > maxHeadingLevel ? false : {minHeadingLevel, maxHeadingLevel};
}

export interface SiteSettingsInput {
  config: MkdocsConfig;
  /** The config's text, for line numbers. */
  source: string;
  /** Docs-relative files of the workshop, and a reader (extra_css). */
  docsFiles: ReadonlySet<string>;
  read(file: string): string;
  /** Folder under the site's docs/ the lessons go to. */
  into: string;
  /** The workshop has an index page (index.md or README.md) the site serves at `/`. */
  home: boolean;
  /** A file of the MkDocs project by its project-relative path (theme.custom_dir's icons), or undefined when there is none. */
  readProject?(file: string): string | undefined;
}

/**
 * An icon of the workshop's own, `<custom_dir>/.icons/<name>.svg` (Material
 * looks there before its own sets: `theme.icon.logo: ibm_8bar_reverse_2`,
 * `custom/logo`), as the SVG file the site serves for the logo, once per
 * colour mode: what the lessons' sanitizer keeps of an inline `<svg>` (shapes
 * and text; an icon with script, styles, HTML or animation inside is refused
 * with the reason), painted in the mode's `fill` where it paints nothing
 * itself, as Material paints it in the header's text colour (`fill:
 * currentcolor`; an `<img>` has no text colour, so `color` is set too).
 */
export function customIconSvgs(svg: string, fills: readonly string[]): {svgs: string[]} | {problem: string} {
  const drawn = wholeSvg(svg);
  if (!('svg' in drawn)) return drawn;
  const root = drawn.svg;
  // A file of its own is XML: the namespaces an inline <svg> may leave out are declared.
  const xlink = /\sxlink:/.test(toHtml(root, {space: 'svg'})) ? {xmlnsXLink: 'http://www.w3.org/1999/xlink'} : {};
  const svgs = fills.map((fill) => `${toHtml({...root, properties: {...root.properties, xmlns: 'http://www.w3.org/2000/svg', ...xlink, fill, color: fill}}, {space: 'svg'})}\n`);
  return {svgs};
}

/** A docs-relative path of a theme file (logo, favicon), or why it is not one. */
function docsFile(value: string, files: ReadonlySet<string>): {file: string} | {problem: string} {
  const file = path.posix.normalize(value.replace(/^\.\//, ''));
  if (file.startsWith('../') || file === '..' || path.posix.isAbsolute(file)) return {problem: 'outside the docs folder'};
  return files.has(file) ? {file} : {problem: 'not in the docs folder'};
}

/** Material's tags plugin (`tags`, `material/tags`, not `enabled: false`): the only thing that shows a page's front matter tags. */
export function usesTagsPlugin(config: Pick<MkdocsConfig, 'plugins'>): boolean {
  return hasPlugin(config, 'tags');
}

export function siteSettings(input: SiteSettingsInput): SiteSettingsResult {
  const {config, docsFiles} = input;
  const raw = config.raw;
  const theme = isRecord(raw.theme) ? raw.theme : {};
  const locate = new LineLocator(input.source);
  const themeBlock = locate.block('theme');
  const themeLine = (key: string) => locate.find(key, themeBlock?.start ?? 1, {key: true, before: themeBlock?.end});
  const findings: Finding[] = [];
  const note = (severity: Finding['severity'], message: string, line?: number) => findings.push(finding(severity, message, config.file, line));
  const assets: SiteAsset[] = [];

  const title = str(raw.site_name) ?? 'Workshop';
  const tagline = str(raw.site_description);
  const site: WorkshopSite = {title, ...(tagline ? {tagline} : {}), social: [], docsFolder: input.into, home: input.home};

  const siteUrl = str(raw.site_url);
  if (siteUrl) {
    try {
      const url = new URL(siteUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        site.url = url.origin;
        site.baseUrl = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
      } else note('warning', `site_url ${siteUrl}: not an http(s) address: the site keeps its own url`, locate.topLevelKey('site_url'));
    } catch {
      note('warning', `site_url ${siteUrl}: not an address: the site keeps its own url`, locate.topLevelKey('site_url'));
    }
  }

  const tocOptions = markdownExtensionOptions(config.markdownExtensions).get('toc');
  // A slugify the build cannot run (the workshop's own Python): links written for MkDocs' heading ids may miss.
  if (tocOptions?.slugify !== undefined && tocSlugify(String(tocOptions.slugify)) === undefined) {
    const extensions = locate.block('markdown_extensions');
    note(
      'warning',
      `markdown_extensions toc slugify ${String(tocOptions.slugify)}: not one of pymdownx.slugs' functions, which the build runs: headings get Docusaurus's ids, so a link to a heading written for the MkDocs site (page.md#id) may not find it`,
      extensions ? (locate.find('slugify', extensions.start, {key: true, before: extensions.end}) ?? extensions.start) : undefined,
    );
  }
  const tocDepth = tocOptions?.toc_depth;
  const tableOfContents = tocLevels(tocDepth);
  site.tableOfContents = tableOfContents ?? {minHeadingLevel: 2, maxHeadingLevel: 6};
  // How the lessons render, as Material's features have them: annotations in every code block, tab sets linked.
  site.codeAnnotations = config.features.includes('content.code.annotate');
  site.linkedTabs = config.features.includes('content.tabs.link');
  // The pages' front matter tags, shown only by Material's tags plugin.
  site.tags = usesTagsPlugin(config);
  if (tableOfContents === undefined) {
    const extensions = locate.block('markdown_extensions');
    note(
      'warning',
      `markdown_extensions toc toc_depth ${JSON.stringify(jsonOptions(tocDepth))}: neither a level (3) nor a range of levels ("2-4"): MkDocs fails to load toc with it; the table of contents lists levels 2 to 6`,
      extensions ? (locate.find('toc_depth', extensions.start, {key: true, before: extensions.end}) ?? extensions.start) : undefined,
    );
  }

  const extraCss = config.extraCss.map((file) => path.posix.normalize(file)).filter((file) => docsFiles.has(file)).map((file) => input.read(file));
  const palette = paletteColors(theme.palette, extraCss);
  site.colors = palette.colors;
  site.header = palette.header;
  site.colorMode = paletteColorMode(theme.palette);
  for (const message of palette.notes) note('info', `theme.palette: ${message}`, themeLine('palette'));


  /** theme.logo / theme.favicon: a URL as is, a file of the docs folder copied into the workshop's static folder. */
  const themeFile = (key: 'logo' | 'favicon', value: string, otherwise: string): string | undefined => {
    if (isUrl(value)) return value;
    const found = docsFile(value, docsFiles);
    if (!('file' in found)) {
      note('warning', `theme.${key} ${value}: ${found.problem}: ${otherwise}`, themeLine(key));
      return undefined;
    }
    assets.push({source: found.file, target: `${STATIC_DIR}/${ASSETS}/${found.file}`});
    return `${ASSETS}/${found.file}`;
  };

  // Logo: theme.logo, else theme.icon.logo (an icon of Material's sets).
  const logo = str(theme.logo);
  const iconLogo = isRecord(theme.icon) ? str(theme.icon.logo) : undefined;
  if (logo) {
    const file = themeFile('logo', logo, "the site shows no logo (MkDocs' page links to a missing file)");
    if (file) site.logo = file;
  } else if (iconLogo) {
    // custom_dir's .icons first, as Material looks them up; then Material's own sets.
    const iconFile = config.customDir === undefined ? undefined : path.posix.join(config.customDir, '.icons', `${iconLogo}.svg`);
    const own = iconFile === undefined ? undefined : input.readProject?.(iconFile);
    const icon = own === undefined ? materialIcon(iconLogo) : undefined;
    // An <img> does not inherit the text colour: one file per colour mode, in the header's text colour, as Material draws it.
    const fills = [palette.header.light.text, palette.header.dark.text];
    let svgs: string[] | undefined;
    if (own !== undefined) {
      const drawn = customIconSvgs(own, fills);
      if ('svgs' in drawn) svgs = drawn.svgs;
      else note('warning', `theme.icon.logo ${iconLogo}: ${iconFile}: ${drawn.problem}: the site shows no logo`, themeLine('logo'));
    } else if (icon) {
      svgs = fills.map((fill) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${icon.viewBox}">${icon.paths.map((d) => `<path fill="${fill}" d="${d}"/>`).join('')}</svg>\n`);
    } else {
      const where = iconFile === undefined ? "the site's icon sets" : `the site's icon sets or in ${iconFile}`;
      note('warning', `theme.icon.logo ${iconLogo}: no such icon in ${where}: the site shows no logo`, themeLine('logo'));
    }
    if (svgs) {
      site.logo = `${ASSETS}/logo.svg`;
      site.logoDark = `${ASSETS}/logo-dark.svg`;
      assets.push({target: `${STATIC_DIR}/${site.logo}`, content: svgs[0]}, {target: `${STATIC_DIR}/${site.logoDark}`, content: svgs[1]});
    }
  }
  const favicon = str(theme.favicon);
  const faviconFile = favicon ? themeFile('favicon', favicon, 'the site keeps its own favicon') : undefined;
  if (faviconFile) site.favicon = faviconFile;

  // A template's placeholders never filled in (`repo_url: https://github.com/{{cookiecutter.github_username}}/…`, a
  // cookiecutter project published as it was): MkDocs shows them as written, and so does the site; said, to fix.
  for (const key of ['site_name', 'site_url', 'repo_url', 'repo_name', 'edit_uri'] as const) {
    const value = str(raw[key]);
    if (value && /\{\{.*?\}\}|\{%.*?%\}/.test(value)) {
      note('warning', `${key} ${value}: holds template placeholders never filled in (a project template published as it was): shown and linked as written, as in MkDocs`, locate.topLevelKey(key));
    }
  }
  const repoUrl = str(raw.repo_url);
  if (repoUrl) {
    const iconName = (isRecord(theme.icon) ? str(theme.icon.repo) : undefined) ?? repoIconName(repoUrl);
    const icon = materialIcon(iconName) ?? materialIcon('fontawesome/brands/git-alt');
    if (icon) site.repo = {url: repoUrl, name: str(raw.repo_name) ?? defaultRepoName(repoUrl), icon};
  }
  const rawEditUri = raw.edit_uri === null ? undefined : typeof raw.edit_uri === 'string' ? raw.edit_uri : undefined;
  const editUri = effectiveEditUri(rawEditUri, repoUrl);
  const template = str(raw.edit_uri_template);
  if (editUri || template) {
    if (config.features.includes('content.action.edit')) {
      site.edit = {...(repoUrl ? {repoUrl} : {}), ...(template ? {template} : editUri ? {editUri} : {})};
    } else {
      note('info', 'edit_uri: no "Edit this page" links, as in Material 9: theme.features has no content.action.edit (add it to show them)', locate.topLevelKey('edit_uri') ?? locate.topLevelKey('repo_url'));
    }
  }

  const copyright = str(raw.copyright);
  if (copyright) {
    const clean = sanitizeCopyright(copyright);
    site.copyright = clean.html;
    if (clean.removed) note('warning', 'copyright: HTML the site does not allow (scripts, handlers, styles, unknown elements) was removed from the footer', locate.topLevelKey('copyright'));
  }

  const extra = isRecord(raw.extra) ? raw.extra : {};
  if (Array.isArray(extra.social)) {
    for (const entry of extra.social) {
      if (!isRecord(entry)) continue;
      const href = str(entry.link);
      if (!href || !/^(https?:|mailto:)/i.test(href)) {
        note('warning', `extra.social ${href ?? JSON.stringify(entry)}: not an http(s) or mailto link: left out of the footer`, locate.find(href ?? 'link', locate.block('extra')?.start ?? 1));
        continue;
      }
      const iconName = str(entry.icon);
      const icon = iconName ? materialIcon(iconName) : undefined;
      if (iconName && !icon) note('warning', `extra.social ${iconName}: no such icon in the site's icon sets: the link shows its name`, locate.find(iconName, locate.block('extra')?.start ?? 1));
      // Material's title: the name, else the link's host.
      const label = str(entry.name) ?? (href.includes('//') ? href.split('//')[1].split('/')[0] : href);
      site.social.push({href, label, ...(icon ? {icon} : {})});
    }
  }
  return {site, assets, findings};
}

/** Where the import writes the workshop's markdown_extensions, which the lesson pipeline reads. */
export {WORKSHOP_EXTENSIONS_FILE as MARKDOWN_EXTENSIONS_FILE} from '../../plugins/lesson-pipeline/markdown-extensions';

/** Options as JSON: a `!!python/name:…` (or any unknown tag) becomes its tag string, as written. */
export function jsonOptions(value: unknown): unknown {
  if (value instanceof TaggedValue) return value.toString();
  if (Array.isArray(value)) return value.map(jsonOptions);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonOptions(item)]));
  return value;
}

/**
 * markdown_extensions as `{"<name>": {<options>}}`, in the config's order,
 * names normalised (`markdown.extensions.toc` → `toc`), `{}` for none, each
 * with the options MkDocs reads it with (`markdownExtensionOptions`: a bare
 * repeat keeps the options given before). With pymdownx.snippets, its
 * `base_path` is the one the import planned for the site's layout
 * (`siteSnippetsOptions`: the included files' site folders, relative to the
 * site), so the site finds what MkDocs found.
 */
export function markdownExtensionsSetting(config: Pick<MkdocsConfig, 'markdownExtensions'>, snippets?: SnippetsImportPlan, customIcons?: Pick<CustomIconsPlan, 'folders'>): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const [name, options] of markdownExtensionOptions(config.markdownExtensions)) {
    const json = jsonOptions(options);
    result[name] = isRecord(json) ? json : {};
  }
  if (snippets && result['pymdownx.snippets']) result['pymdownx.snippets'] = siteSnippetsOptions(result['pymdownx.snippets'], snippets);
  // Material's custom_icons: the folders under workshop/icons/ the icons were copied to, relative to the site.
  if (customIcons && result['pymdownx.emoji']) result['pymdownx.emoji'] = withCustomIconFolders(result['pymdownx.emoji'], customIcons.folders);
  return result;
}
