/**
 * The imported workshop as the site: `workshop/site.json`, written by
 * `npm run import:mkdocs` from the workshop's mkdocs.yml, read here by
 * docusaurus.config.ts and sidebars.ts. Without that file the site is the demo
 * site. Nothing here edits the config: the config asks this module.
 *
 * Also the pieces the config builds from it that need code: the palette as
 * Infima variables (a style tag), "Edit this page" URLs by MkDocs' rules, the
 * repository link and the footer's social links with their icons.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {infimaShades} from './colors';

export const WORKSHOP_DIR = 'workshop';
export const SITE_FILE = 'workshop/site.json';
export const MANIFEST_FILE = 'workshop/manifest.json';
/** The workshop's lessons (its docs_dir), the site's main docs instance when present; docs/ then holds the demo content. */
export const WORKSHOP_DOCS = 'workshop/docs';
/** Files the site serves for the workshop (logo, favicon): a static directory of the config when present. */
export const STATIC_DIR = 'workshop/static';
/**
 * The workshop's extra_css rules for its lessons' own classes and elements, scoped to the lessons
 * (scripts/import-mkdocs/extra-css.ts): loaded by the classic theme (customCss) when the workshop is the site.
 */
export const WORKSHOP_CSS = 'workshop/extra.css';

/** `./workshop/extra.css` in a list for the theme's customCss when the workshop is the site and the import wrote it. */
export function workshopCustomCss(siteDir: string, site: WorkshopSite | undefined): string[] {
  return site !== undefined && existsSync(path.join(siteDir, ...WORKSHOP_CSS.split('/'))) ? [`./${WORKSHOP_CSS}`] : [];
}

/** An SVG icon as the site draws it inline. */
export interface SvgIcon {
  viewBox: string;
  paths: string[];
}

/** One colour mode's colours: Infima's primary (text-safe, see README) and the link hover colour (Material's accent). */
export interface ModeColors {
  primary: string;
  accent?: string;
}

/** Material's header in one colour mode: its primary colour, and the text drawn on it. */
export interface HeaderColors {
  background: string;
  text: string;
}

export interface WorkshopSite {
  /** site_name. */
  title: string;
  /** site_description. */
  tagline?: string;
  /** site_url split into Docusaurus's url (origin) and baseUrl (path, ending in /). */
  url?: string;
  baseUrl?: string;
  /** Site path (in a static directory: `workshop-assets/logo.svg`) or an http(s) URL. */
  logo?: string;
  /** The logo for dark mode, when it differs (a theme.icon.logo drawn in each mode's primary). */
  logoDark?: string;
  favicon?: string;
  /** Material's palette, as Infima colours that keep text contrast (light: default scheme, dark: slate). */
  colors?: {light: ModeColors; dark: ModeColors};
  /**
   * The colour mode a reader first sees, as Material opens the site: the first palette entry's scheme, following
   * the reader's system setting only where the palette asks (`media: "(prefers-color-scheme…)"`).
   */
  colorMode?: {defaultMode: 'light' | 'dark'; respectPrefersColorScheme: boolean};
  /** Material's header (the navbar here): the primary colour, with its text colour, in each mode. */
  header?: {light: HeaderColors; dark: HeaderColors};
  /** repo_url, repo_name and the icon Material would show beside it. */
  repo?: {url: string; name: string; icon: SvgIcon};
  /** MkDocs' per-page edit URL: repo_url joined with edit_uri + the page's path (or edit_uri_template). */
  edit?: {repoUrl?: string; editUri?: string; template?: string};
  /** copyright as sanitized HTML. */
  copyright?: string;
  /** extra.social. */
  social: Array<{href: string; label: string; icon?: SvgIcon}>;
  /**
   * The heading levels the table of contents lists, as Material listed them (the toc extension's toc_depth; levels 2
   * to 6 by default): Docusaurus's themeConfig.tableOfContents. `false`: Material listed none, so the workshop's
   * pages hide theirs.
   */
  tableOfContents?: {minHeadingLevel: number; maxHeadingLevel: number} | false;
  /**
   * Material's `theme.features` that change how lessons render: `content.code.annotate` (every code block's
   * `# (1)` comments are annotations; without it only blocks with the `annotate` class) and `content.tabs.link`
   * (tab sets with the same labels switch together, across pages). Absent (a site.json of an older import): both on.
   */
  codeAnnotations?: boolean;
  linkedTabs?: boolean;
  /**
   * Material's tags plugin is on (`plugins: - tags` or `material/tags`): the lessons' front matter `tags` are shown
   * (a tag list on the page, tags pages). `false`: Material showed none, so the workshop's lessons show none either
   * (plugins/mkdocs-front-matter). Absent (a site.json of an older import): shown.
   */
  tags?: boolean;
  /** The folder under docs/ the workshop's lessons were imported into ('' for docs/ itself). */
  docsFolder: string;
  /** The workshop has an index page at the site's `/`. */
  home: boolean;
}

/**
 * Whether a lesson (its path relative to the site folder) shows its front matter tags: all but the workshop's
 * lessons (`workshop/docs/`) when the workshop does not use Material's tags plugin.
 */
export function lessonShowsTags(site: WorkshopSite | undefined, file: string): boolean {
  return !(site?.tags === false && file.startsWith(`${WORKSHOP_DOCS}/`));
}

/** `workshop/site.json` of a site folder, or undefined (no workshop imported, or an unreadable file). */
export function readWorkshopSite(siteDir: string): WorkshopSite | undefined {
  const file = path.join(siteDir, SITE_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as WorkshopSite;
}

function variables(colors: ModeColors, linkHover: string): string {
  const shades = Object.entries(infimaShades(colors.primary)).map(([name, value]) => `--ifm-color-${name}: ${value};`);
  return [...shades, `--ifm-link-hover-color: ${colors.accent ?? linkHover};`].join(' ');
}

/**
 * The palette as Infima variables for both colour modes. In dark mode the
 * hover colour defaults to a lighter shade (a darker one would lose contrast on the dark page).
 */
export function paletteCss(colors: NonNullable<WorkshopSite['colors']>, header?: WorkshopSite['header']): string {
  // Each selector one element more specific than the site stylesheet's (src/css/custom.css), which loads after this tag.
  return [
    `html:root { ${variables(colors.light, 'var(--ifm-color-primary-dark)')} }`,
    `html[data-theme='dark'] { ${variables(colors.dark, 'var(--ifm-color-primary-light)')} }`,
    // Boxes set their own link colours from the primary; the hover follows the accent there too.
    `html div.lsr-admonition, html details.lsr-admonition { --ifm-link-hover-color: ${colors.light.accent ?? 'var(--ifm-color-primary-dark)'}; }`,
    `html[data-theme='dark'] div.lsr-admonition, html[data-theme='dark'] details.lsr-admonition { --ifm-link-hover-color: ${colors.dark.accent ?? 'var(--ifm-color-primary-light)'}; }`,
    ...(header ? [headerCss('html:root', header.light), headerCss("html[data-theme='dark']", header.dark)] : []),
  ].join('\n');
}

/**
 * Material's header: the navbar in the primary colour, its title, links,
 * buttons and icons in the header's text colour (the active link underlined,
 * as it can no longer be told by colour). The phone menu's panel keeps the
 * page's colours under a bar of the header's (its logo is drawn in the
 * header's text colour).
 */
function headerCss(mode: string, {background, text}: HeaderColors): string {
  const textOnHeader = `--ifm-navbar-link-color: ${text}; --ifm-navbar-link-hover-color: ${text}; --ifm-navbar-link-active-color: ${text}; color: ${text};`;
  return [
    `${mode} .navbar { --ifm-navbar-background-color: ${background}; ${textOnHeader} }`,
    `${mode} .navbar .navbar__link--active { text-decoration: underline; text-underline-offset: 0.3em; }`,
    `${mode} .navbar .navbar__link:hover, ${mode} .navbar .navbar__brand:hover { opacity: 0.8; }`,
    `${mode} .navbar-sidebar { --ifm-navbar-background-color: var(--ifm-background-surface-color); --ifm-navbar-link-color: var(--ifm-font-color-base); --ifm-navbar-link-hover-color: var(--ifm-color-primary); --ifm-navbar-link-active-color: var(--ifm-color-primary); color: var(--ifm-font-color-base); }`,
    `${mode} .navbar-sidebar .navbar__link--active { text-decoration: none; }`,
    `${mode} .navbar-sidebar__brand { background-color: ${background}; ${textOnHeader} }`,
  ].join('\n');
}

/** A Docusaurus plugin putting the workshop's palette in every page's head, after the site's stylesheet would lose to it. */
export function workshopPalettePlugin(site: WorkshopSite): Plugin {
  return {
    name: 'lessonsaurus-workshop-palette',
    injectHtmlTags() {
      return site.colors ? {headTags: [{tagName: 'style', innerHTML: paletteCss(site.colors, site.header)}]} : {};
    },
  };
}

interface SidebarItemLike {
  type: string;
  id?: string;
  items?: SidebarItemLike[];
  link?: {type: string; id?: string};
}

function firstDocId(items: readonly SidebarItemLike[] = []): string | undefined {
  for (const item of items) {
    if (item.type === 'doc' && item.id) return item.id;
    if (item.type === 'category') {
      const found = item.link?.type === 'doc' ? item.link.id : firstDocId(item.items);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * `/` for a workshop without an index page, so the navbar's home link (and
 * readers typing the address) land somewhere: a page sending them on to the
 * first page of the workshop's sidebar.
 */
export function workshopHomePlugin(context: LoadContext, site: WorkshopSite): Plugin {
  return {
    name: 'lessonsaurus-workshop-home',
    allContentLoaded({allContent, actions}) {
      const docs = (allContent['docusaurus-plugin-content-docs'] as Record<string, {loadedVersions: Array<{docs: Array<{id: string; permalink: string}>; sidebars: Record<string, SidebarItemLike[]>}>}> | undefined)?.default;
      const version = docs?.loadedVersions[0];
      if (!version) return;
      const id = firstDocId(version.sidebars.imported);
      const target = version.docs.find((doc) => doc.id === id) ?? version.docs[0];
      if (!target || target.permalink === context.baseUrl) return;
      actions.addRoute({path: context.baseUrl, exact: true, component: '@site/plugins/workshop-site/HomeRedirect.tsx', props: {to: target.permalink, title: site.title}});
    },
  };
}

/**
 * The URL MkDocs gives a page's edit button (mkdocs/structure/pages.py
 * `_set_edit_url`): edit_uri_template formatted with the page's path, or
 * edit_uri + the path; joined onto repo_url (which gets a trailing slash
 * unless the edit URI starts with `?` or `#`). `srcUri` is the page's path
 * relative to docs_dir. Undefined when MkDocs gives none, or the URL is not http(s).
 */
export function mkdocsEditUrl(edit: NonNullable<WorkshopSite['edit']>, srcUri: string): string | undefined {
  let fileEditUri: string;
  if (edit.template) {
    const noext = srcUri.replace(/\.[^./]*$/, '');
    // str.format with `path`, `path_noext` and MkDocs' `!q` conversion (quoted, safe='').
    fileEditUri = edit.template.replace(/\{(path|path_noext)(!q)?\}/g, (_all, name: string, quote?: string) => {
      const value = name === 'path' ? srcUri : noext;
      return quote ? encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : value;
    });
  } else if (edit.editUri) {
    fileEditUri = edit.editUri + srcUri;
  } else return undefined;
  let base = edit.repoUrl;
  if (base && !fileEditUri.startsWith('?') && !fileEditUri.startsWith('#') && !base.endsWith('/')) base += '/';
  try {
    const url = base ? new URL(fileEditUri, base) : new URL(fileEditUri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The docs plugin's editUrl for the workshop's pages: their MkDocs edit URL; the site's own pages get none. */
export function workshopEditUrl(site: WorkshopSite): (params: {docPath: string}) => string | undefined {
  const prefix = site.docsFolder === '' ? '' : `${site.docsFolder}/`;
  return ({docPath}) => {
    const posix = docPath.split(path.sep).join('/');
    if (!site.edit || !posix.startsWith(prefix)) return undefined;
    return mkdocsEditUrl(site.edit, posix.slice(prefix.length));
  };
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** An inline SVG icon, hidden from assistive technology (the link names itself). */
export function svgHtml(icon: SvgIcon, size = 20): string {
  return `<svg viewBox="${escapeHtml(icon.viewBox)}" width="${size}" height="${size}" fill="currentColor" aria-hidden="true" focusable="false">${icon.paths
    .map((d) => `<path d="${escapeHtml(d)}"></path>`)
    .join('')}</svg>`;
}

/** The navbar's repository link: Material's repo icon and repo_name, as in Material's header. */
export function repoNavbarItem(repo: NonNullable<WorkshopSite['repo']>) {
  return {
    type: 'html' as const,
    position: 'right' as const,
    value: `<a class="navbar__item navbar__link lsr-repo-link" href="${escapeHtml(repo.url)}" target="_blank" rel="noopener noreferrer">${svgHtml(repo.icon)}<span>${escapeHtml(repo.name)}</span></a>`,
  };
}

/** The footer: copyright (already sanitized by the import) and extra.social as icon links named by their label. */
export function workshopFooter(site: WorkshopSite) {
  const links = site.social.map((social) => ({
    html: `<a class="footer__link-item lsr-social-link" href="${escapeHtml(social.href)}" target="_blank" rel="noopener noreferrer" aria-label="${escapeHtml(social.label)}" title="${escapeHtml(social.label)}">${
      social.icon ? svgHtml(social.icon, 24) : escapeHtml(social.label)
    }</a>`,
  }));
  return {
    style: 'light' as const,
    ...(links.length > 0 ? {links} : {}),
    ...(site.copyright ? {copyright: site.copyright} : {}),
  };
}

/** A short stable hash (the manifest's, for the content of a file). */
export function contentHash(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}
