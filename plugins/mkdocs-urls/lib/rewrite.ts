/**
 * Links on imported pages, rewritten at build time (the author's file is not
 * touched) to where they went in MkDocs. The remark step takes Markdown links
 * and link definitions (MkDocs resolves those against the page's file first);
 * the rehype step takes raw HTML `<a href>`, `<img src>` and media sources
 * once rehype-raw has parsed them (MkDocs leaves raw HTML to the browser,
 * which resolves it against the page's URL). See `LinkResolver` for the rules.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Element, Root as HastRoot} from 'hast';
import type {Image, Link, Nodes, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {visit} from '../../remark-mkdocs/lib/mdast-util/visit';
import {snippetSourceOf} from '../../remark-mkdocs/lib/snippets/parse';
import {RULE_ID as UNRESOLVED_LINK_RULE, type UnresolvedLink} from '../../remark-unresolved-links';
import {AUTOLINKS_AMBIGUOUS_RULE, ambiguousAutolinkReason, autolinkApplies, type Autolink} from './autolinks';
import {linkResolver, siteRelative, type LinkResolver, type RoutesFile} from './routes';
import {isRelativeUrl, splitTarget} from './urls';

export interface Options {
  /** The site folder the routes' file paths are relative to. */
  siteDir: string;
  routes: RoutesFile;
  /**
   * Links the import found no target for (`import-unresolved-links.json`): a raw
   * HTML `<a>` among them that resolves to nothing is kept out of Docusaurus's
   * link check and warned about, as MkDocs only warns (Markdown ones are
   * plugins/remark-unresolved-links' to handle, before this step).
   */
  unresolved?: readonly UnresolvedLink[];
  /** Whether a file (absolute path) exists: Docusaurus bundles a Markdown image found beside the page's file. `existsSync` by default. */
  exists?: (file: string) => boolean;
  /**
   * The site's baseUrl (`/AnsibleLabs/`; default `/`): the site-absolute URL of a raw HTML image, video or audio
   * is the browser's to load, where no theme component adds it (links go through the theme's Link, which does).
   */
  baseUrl?: string;
}

/** A site-absolute path under the site's baseUrl (`/img/x.png` on a site at `/w/` is `/w/img/x.png`). */
export function withBaseUrl(url: string, baseUrl = '/'): string {
  return baseUrl === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(baseUrl) ? url : `${baseUrl}${url.slice(1)}`;
}

export const remarkMkdocsUrls: Plugin<[Options], Root> = function ({siteDir, routes, exists = existsSync}) {
  const resolver = linkResolver(routes);
  return function (tree, file) {
    if (!file.path) return;
    const siteFile = siteRelative(siteDir, file.path);
    if (resolver.pageUrl(siteFile) === undefined) return;
    visit(tree, (node) => {
      // mkdocs-autolinks-plugin first: it rewrote the page's text before MkDocs resolved the links.
      if (node.type === 'link' || node.type === 'image') autolink(resolver, siteFile, node, file);
      if (node.type === 'image') {
        const url = resolveImage(resolver, siteFile, node.url, (besidePage) => exists(path.join(siteDir, ...besidePage.split('/'))));
        if (url !== undefined) node.url = url;
        return;
      }
      if (node.type !== 'link' && node.type !== 'definition') return;
      const resolved = resolver.resolve(siteFile, node.url, 'markdown');
      if (resolved !== undefined) node.url = resolved.url;
    });
  };
};

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Where a Markdown image on an imported page goes, as in MkDocs, when Docusaurus would not find it beside the page's
 * file (an image it finds there is left as written: Docusaurus bundles it, as MkDocs linked it). MkDocs resolves an
 * image as a link: a file of the site named relative to the page's file (a `theme.custom_dir` file, only in the
 * static folder), else, MkDocs having left the URL as written, the file the browser loaded relative to the page's
 * MkDocs URL (`../../Images/x.png` on `/ops/day2/upgrades/` is `/ops/Images/x.png`, docs/ops/Images/x.png). Either
 * is given as its URL, site-absolute: Docusaurus finds the file in the static folder that serves it
 * (`workshop/static/`, `static/<into>/`) and bundles it. Undefined to leave the image as written (no such file: the
 * build fails on it unless the import listed it). Shared with the import's check (`exists`: whether a site file,
 * relative to the site folder, is there).
 */
export function resolveImage(resolver: LinkResolver, siteFile: string, target: string, exists: (siteFile: string) => boolean): string | undefined {
  if (!isRelativeUrl(target)) return undefined;
  // Docusaurus's image step: the path, decoded, joined to the page's folder.
  const beside = path.posix.normalize(path.posix.join(path.posix.dirname(siteFile), decoded(splitTarget(target).pathname)));
  if (exists(beside)) return undefined;
  const resolved = resolver.resolve(siteFile, target, 'markdown');
  return resolved?.to === 'file' ? resolved.url.replace(/^pathname:\/\//, '') : undefined;
}

/**
 * The link's text as the plugin's pattern reads it (`[^\]]+`): an image inside is `![alt](…)`, with a `]`.
 */
function writtenText(node: Nodes): string {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'linkReference' || node.type === 'footnoteReference') return ']';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child) => writtenText(child as Nodes)).join('') : '';
}

/** The plugin replaces the name everywhere in `[text](url "title")`: in the text's words and code too. */
function replaceName(node: Nodes, link: Autolink): void {
  const {name, replacement} = link;
  if ((node.type === 'text' || node.type === 'inlineCode') && node.value.includes(name)) node.value = node.value.split(name).join(replacement);
  if (node.type === 'image' && node.alt?.includes(name)) node.alt = node.alt.split(name).join(replacement);
  if ((node.type === 'image' || node.type === 'link') && node.title?.includes(name)) node.title = node.title.split(name).join(replacement);
  if ('children' in node) for (const child of node.children) replaceName(child as Nodes, link);
}

/**
 * mkdocs-autolinks-plugin on a Markdown link or image of an imported page of a workshop that uses it: a bare file
 * name goes to the file of that name, as a path relative to the page (resolved as any link after it). Only the
 * page's own text: the plugin runs on the page's Markdown before pymdownx.snippets includes anything.
 */
function autolink(resolver: LinkResolver, siteFile: string, node: Link | Image, file: VFile): void {
  const text = node.type === 'image' ? (node.alt ?? '') : writtenText(node);
  if (!autolinkApplies(node.type, text)) return;
  const start = node.position?.start;
  const source = start ? snippetSourceOf(file, start) : undefined;
  if (source && (source.includedAt || path.resolve(source.path) !== path.resolve(file.path))) return;
  const found = resolver.autolink(siteFile, node.url);
  if (!found) return;
  replaceName(node, found);
  node.url = found.url;
  if (found.candidates.length > 1) {
    file.message(ambiguousAutolinkReason(found), {place: node.position, ruleId: AUTOLINKS_AMBIGUOUS_RULE, source: 'mkdocs-urls'});
  }
}

/** Attributes of raw HTML elements holding a URL MkDocs left to the browser. */
const URL_PROPERTIES: Readonly<Record<string, string>> = {a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src'};

export const rehypeMkdocsUrls: Plugin<[Options], HastRoot> = function ({siteDir, routes, unresolved = [], baseUrl = '/'}) {
  const resolver = linkResolver(routes);
  const listed = new Set(unresolved.map((link) => `${path.posix.normalize(link.file)}\n${link.url}`));
  return function (tree, file) {
    if (!file.path) return;
    const siteFile = siteRelative(siteDir, file.path);
    if (resolver.pageUrl(siteFile) === undefined) return;
    visit(tree, 'element', (node: Element) => {
      const property = URL_PROPERTIES[node.tagName];
      const value = property === undefined ? undefined : node.properties[property];
      if (typeof value !== 'string') return;
      const resolved = resolver.resolve(siteFile, value, 'html');
      if (resolved === undefined) return;
      if (node.tagName !== 'a') {
        // Not a link: its file is served from static/ at that path, under the site's baseUrl.
        node.properties[property] = withBaseUrl(resolved.url.replace(/^pathname:\/\//, ''), baseUrl);
        return;
      }
      if (resolved.to === 'nothing' && listed.has(`${siteFile}\n${value}`)) {
        file.message(
          `Unexpected link \`${value}\` to no page or file of the site (the browser asked for \`${resolved.url}\` on the MkDocs page), expected an existing target: kept and not checked, as the MkDocs import reported (MkDocs only warns too)`,
          {place: node.position, ruleId: UNRESOLVED_LINK_RULE, source: 'mkdocs-urls'},
        );
        node.properties[property] = `pathname://${resolved.url}`;
        return;
      }
      node.properties[property] = resolved.url;
    });
  };
};
