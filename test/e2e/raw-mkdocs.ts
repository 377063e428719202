/**
 * MkDocs syntax a reader would see as text on a built page: markers the
 * plugin should have turned into boxes, tabs, abbreviations, attributes, icons
 * or emoji. Read from the parsed HTML (text nodes and the description the page
 * gives to search engines and link previews), never from code, where authors
 * show such syntax on purpose.
 */
import type {Element, Nodes, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {gemoji} from 'gemoji';

export interface RawSyntax {
  /** What was found (`!!!`, `:material-…:`). */
  construct: string;
  /** The text around it, for the failure message. */
  context: string;
  /** Tag path of the element holding it (`article > div > p`). */
  where: string;
}

/** Elements whose text is code or not shown: raw syntax there is not a leak. */
const NOT_PROSE = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'noscript', 'template', 'svg', 'math']);

const EMOJI_NAMES = new Set(gemoji.flatMap((entry) => entry.names));

/** Markers a MkDocs lesson uses, each as Python-Markdown and pymdown-extensions read it. */
const MARKERS: ReadonlyArray<{construct: string; pattern: RegExp}> = [
  {construct: '!!! (admonition)', pattern: /!!!/},
  {construct: '??? (collapsible)', pattern: /\?\?\?/},
  {construct: '=== " (content tab)', pattern: /===\s*"/},
  {construct: '*[ (abbreviation)', pattern: /\*\[/},
  {construct: '{ . (attribute list)', pattern: /\{\s*\./},
  {construct: '{: (attribute list)', pattern: /\{:/},
  {construct: ':octicons-…: (icon)', pattern: /:octicons-/},
  {construct: ':material-…: (icon)', pattern: /:material-/},
  {construct: ':fontawesome-…: (icon)', pattern: /:fontawesome-/},
  {construct: '--8<-- (snippets include)', pattern: /-+8<-+/},
  {construct: 'markdown> (md_in_html)', pattern: /markdown(?:="[^"]*"|='[^']*'|=\S+)?\s*>/},
];

function unconvertedShortcodes(text: string): string[] {
  return [...text.matchAll(/:([a-z0-9_+-]+):/g)].map((match) => match[1]).filter((name) => EMOJI_NAMES.has(name) || /^(?:material|octicons|fontawesome|simple)-/.test(name));
}

function findIn(text: string, where: string, found: RawSyntax[]): void {
  const report = (construct: string, index: number) =>
    found.push({construct, where, context: text.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ').trim()});
  for (const {construct, pattern} of MARKERS) {
    const match = pattern.exec(text);
    if (match) report(construct, match.index);
  }
  for (const name of unconvertedShortcodes(text)) report(`:${name}: (shortcode)`, text.indexOf(`:${name}:`));
}

/**
 * Every raw MkDocs marker in the page's visible prose, its `<title>` and its
 * meta descriptions. Each text node is one run of text between tags (the
 * parser merges adjacent text), which is where a marker the plugin missed
 * ends up: it never renders a marker split by markup.
 */
export function findRawMkdocs(html: string): RawSyntax[] {
  const tree: Root = fromHtml(html);
  const found: RawSyntax[] = [];
  const walk = (node: Nodes, path: string[]): void => {
    if (node.type === 'text') {
      findIn(node.value, path.join(' > '), found);
      return;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element') {
      if (NOT_PROSE.has(node.tagName)) return;
      const description = metaDescription(node);
      if (description !== undefined) findIn(description, `meta[${String(node.properties.name ?? node.properties.property)}]`, found);
    }
    const next = node.type === 'element' ? [...path, label(node)] : path;
    for (const child of node.children) walk(child, next);
  };
  walk(tree, []);
  return found;
}

function metaDescription(element: Element): string | undefined {
  if (element.tagName !== 'meta') return undefined;
  const name = String(element.properties.name ?? element.properties.property ?? '');
  return /description$/.test(name) && typeof element.properties.content === 'string' ? element.properties.content : undefined;
}

function label(element: Element): string {
  const className = element.properties.className;
  const first = Array.isArray(className) ? className.find((name) => typeof name === 'string' && !/_[A-Za-z0-9]{4}$/.test(name)) : undefined;
  return first === undefined ? element.tagName : `${element.tagName}.${String(first)}`;
}
