/**
 * MkDocs syntax a reader would see as text on a built page: markers the
 * plugin should have turned into boxes, tabs, abbreviations, attributes, icons,
 * emoji, definition lists or footnotes. Read from the parsed HTML (text nodes and the description the page
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
  // A term and its definition left in one paragraph: a line of it starts with `: ` (def_list).
  {construct: '\\n: (definition)', pattern: /\n[ ]{0,3}:[ ]{1,3}\S/},
  // A footnote reference or definition left as text (footnotes).
  {construct: '[^ (footnote)', pattern: /\[\^[^\]\s]+\]/},
  // pymdownx.keys, mark, caret, tilde: a pair of markers around text with no space inside its edges.
  {construct: '++ctrl+… (keys)', pattern: /\+\+[\p{L}\p{N}_"'-]+(?:\+[\p{L}\p{N}_"'-]+)*\+\+/u},
  {construct: '==x== (mark)', pattern: /==[^\s=](?:[^=\n]*[^\s=])?==/},
  {construct: '^^x^^ (insert)', pattern: /\^\^[^\s^](?:[^^\n]*[^\s^])?\^\^/},
  {construct: '~~x~~ (delete)', pattern: /~~[^\s~](?:[^~\n]*[^\s~])?~~/},
  {construct: 'x^2^ (superscript)', pattern: /[\p{L}\p{N}]\^[^\s^]+\^(?!\^)/u},
  {construct: 'H~2~ (subscript)', pattern: /[\p{L}\p{N}]~[^\s~/]+~(?!~)/u},
  // Display math KaTeX should have drawn (pymdownx.arithmatex); inline `$x$` is left out: `$HOME` is prose.
  {construct: '$$ (arithmatex block math)', pattern: /\$\$/},
  {construct: '\\begin{ (arithmatex environment)', pattern: /\\begin\{/},
  {construct: '{++ {-- {== {>> {~~ (critic mark)', pattern: /\{(?:\+\+|--|==|>>|~~)/},
  {construct: '++} --} ==} <<} ~~} (critic mark)', pattern: /(?:\+\+|--|==|<<|~~)\}/},
  {construct: '(c) (tm) (r) +/- =/= (smart symbol)', pattern: /\((?:c|tm|r)\)|\+\/-|=\/=/},
  // A pymdownx.blocks header or end line left as text (`/// note | Title` … `///`): blocks render only when the workshop lists them.
  {construct: '/// (pymdownx.blocks)', pattern: /^[ \t]*\/{3,}(?:[ \t]*[A-Za-z][\w-]*[ \t]*(?:\||$)|[ \t]*$)/m},
];


/**
 * A definition after a blank line that was not rendered is a paragraph of its
 * own starting with `: ` (a text node can start so after inline code, `<code>x</code>: y`,
 * so only a paragraph's first child counts).
 */
const DEFINITION_PARAGRAPH = /^[ ]{0,3}:[ ]{1,3}\S/;

/** pymdownx.inlinehilite's prefix left in inline code (`#!python print()`): code, but the prefix is syntax. */
const INLINE_HILITE_PREFIX = /^(?:#!|:{3,})[\w#.+-]*\s/;

/** A task box left as text at the start of a list item (pymdownx.tasklist, GFM). */
const TASK_BOX = /^\s*\[[ xX]\]\s/;

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
      if (node.tagName === 'code' && !path.at(-1)?.startsWith('pre')) {
        const code = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        if (INLINE_HILITE_PREFIX.test(code)) found.push({construct: '`#!lang (inline hilite)', where: path.join(' > '), context: code.slice(0, 60)});
      }
      if (node.tagName === 'li' && node.children[0]?.type === 'text' && TASK_BOX.test(node.children[0].value)) {
        found.push({construct: '[ ] / [x] (task list)', where: path.join(' > '), context: node.children[0].value.slice(0, 60)});
      }
      if (NOT_PROSE.has(node.tagName)) return;
      const first = node.children[0];
      if (node.tagName === 'p' && first?.type === 'text' && DEFINITION_PARAGRAPH.test(first.value)) {
        found.push({construct: ': (definition)', where: [...path, 'p'].join(' > '), context: first.value.slice(0, 100).replace(/\s+/g, ' ').trim()});
      }
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
