/**
 * Links on imported pages, rewritten at build time (the author's file is not
 * touched) to where they went in MkDocs. The remark step takes Markdown links
 * and link definitions (MkDocs resolves those against the page's file first);
 * the rehype step takes raw HTML `<a href>` and `<img src>` once rehype-raw
 * has parsed them (MkDocs leaves raw HTML to the browser, which resolves it
 * against the page's URL). See `LinkResolver` for the rules.
 */
import type {Element, Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {linkResolver, siteRelative, type RoutesFile} from './routes';

export interface Options {
  /** The site folder the routes' file paths are relative to. */
  siteDir: string;
  routes: RoutesFile;
}

export const remarkMkdocsUrls: Plugin<[Options], Root> = function ({siteDir, routes}) {
  const resolver = linkResolver(routes);
  return function (tree, file) {
    if (!file.path) return;
    const siteFile = siteRelative(siteDir, file.path);
    if (resolver.pageUrl(siteFile) === undefined) return;
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = resolver.resolve(siteFile, node.url, 'markdown');
      if (url !== undefined) node.url = url;
    });
  };
};

/** Attributes of raw HTML elements holding a URL MkDocs left to the browser. */
const URL_PROPERTIES: Readonly<Record<string, string>> = {a: 'href', img: 'src'};

export const rehypeMkdocsUrls: Plugin<[Options], HastRoot> = function ({siteDir, routes}) {
  const resolver = linkResolver(routes);
  return function (tree, file) {
    if (!file.path) return;
    const siteFile = siteRelative(siteDir, file.path);
    if (resolver.pageUrl(siteFile) === undefined) return;
    visit(tree, 'element', (node: Element) => {
      const property = URL_PROPERTIES[node.tagName];
      const value = property === undefined ? undefined : node.properties[property];
      if (typeof value !== 'string') return;
      const url = resolver.resolve(siteFile, value, 'html');
      if (url === undefined) return;
      // An image is no link: its file is served from static/ at that path.
      node.properties[property] = node.tagName === 'img' ? url.replace(/^pathname:\/\//, '') : url;
    });
  };
};
