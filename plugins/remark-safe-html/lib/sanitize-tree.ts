import type {Element, ElementContent, Nodes, Root as HastRoot, RootContent, Text} from 'hast';
import {sanitize} from 'hast-util-sanitize';
import {toHtml} from 'hast-util-to-html';
import type {MdxJsxFlowElementHast, MdxJsxTextElementHast} from 'mdast-util-mdx-jsx';
import {find, html as htmlSchema, svg as svgSchema} from 'property-information';
import styleToJs from 'style-to-js';
import type {VFile} from 'vfile';
import {unsafeCss} from './css';
import {RULE_ID, SOURCE} from './remark';
import {unsafeAttribute, unsafeUrl} from './rules';
import {
  KNOWN_HTML_ELEMENTS,
  FOREIGN_ATTRIBUTES,
  FOREIGN_URL_ATTRIBUTES,
  LESSON_SCHEMA,
  MATHML_ELEMENTS,
  SHOWN_AS_TEXT,
  SVG_ELEMENTS,
  TEXT_ONLY_FOREIGN,
} from './schema';

/** Rule of the warning for a `<style>` element a lesson keeps: its CSS applies to the whole page, the site's navigation included. */
export const STYLE_RULE_ID = 'mkdocs-html-style';

/** Node types our remark plugins and Docusaurus emit as JSX or ESM; rehype-raw passes them through. */
const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const PASS_THROUGH = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

type Node = RootContent | Nodes;
type AnyParent = {children: Node[]};
type Say = (what: string, expected: string, node: Node, ruleId?: string) => void;

/**
 * The allow-list sanitizer, on the tree the page is rendered from: Docusaurus
 * runs rehype-raw first among the rehype plugins, so every piece of a
 * lesson's raw HTML is parsed here, in context, as the browser parses it, and
 * what is checked is what React writes into the page.
 *
 * - HTML elements and attributes go through hast-util-sanitize (the
 *   sanitizer rehype-sanitize runs) with `LESSON_SCHEMA` (GitHub's schema,
 *   extended), one element at a time: rehype-sanitize on the whole tree would
 *   drop our JSX nodes and say nothing of what it removed, where every removal
 *   here is reported at its place. An attribute outside the schema is dropped;
 *   an element outside it is unwrapped (its content stays).
 * - Elements whose content the browser does not read as HTML (`SHOWN_AS_TEXT`:
 *   `<script>`, `<noscript>`, `<template>`, `<textarea>`, …) and iframes that
 *   load no http(s) page are shown as text, their source as written.
 * - `<svg>` and `<math>` stay when every element in them is on the foreign
 *   allow-lists (and integration points hold text only); otherwise the whole
 *   element is shown as text: inside foreign content the browser's parser
 *   follows other rules, and a mismatch is how mutation XSS runs.
 * - `<style>` stays, with a `mkdocs-html-style` warning, unless its CSS could
 *   load a script URL or close the element early: then it is shown as text.
 * - JSX nodes (our components) stay; string attributes that hold a script URL
 *   or a handler are dropped.
 *
 * Everything removed or shown as text is reported at its place with rule
 * `mkdocs-html-unsafe`.
 */
export function sanitizeTree(tree: HastRoot, file: VFile): void {
  const say: Say = (what, expected, node, ruleId = RULE_ID) =>
    file.message(`Unexpected ${what}, expected ${expected}`, {place: node.position, ruleId, source: SOURCE});
  const source = typeof file.value === 'string' ? file.value : file.value === undefined ? undefined : String(file.value);
  const context: Context = {say, source, hoisted: []};
  cleanChildren(tree as unknown as AnyParent, context);
  // Module code (the page's component imports) found inside HTML that is now shown as text still belongs to the page.
  (tree.children as Node[]).push(...context.hoisted);
}

interface Context {
  say: Say;
  source: string | undefined;
  /**
   * `mdxjsEsm` nodes (imports our plugins add) taken out of subtrees replaced
   * by text: an unclosed raw element (`<svg><style>…`) makes rehype-raw put
   * the nodes after it inside it, and without its imports the page's
   * components are undefined and the server render fails.
   */
  hoisted: Node[];
}

function cleanChildren(parent: AnyParent, context: Context): void {
  parent.children = parent.children.flatMap((child) => cleanNode(child, context));
}

function cleanNode(node: Node, context: Context): Node[] {
  switch (node.type) {
    case 'text':
      return [node];
    // Never rendered by Docusaurus; a comment or doctype in the tree is only a place for a parser quirk to hide.
    case 'comment':
    case 'doctype':
      return [];
    case 'element':
      return cleanElement(node, context);
    default:
      break;
  }
  if (JSX_ELEMENTS.has(node.type)) {
    cleanJsx(node as unknown as MdxJsxFlowElementHast | MdxJsxTextElementHast, context);
    cleanChildren(node as unknown as AnyParent, context);
    return [node];
  }
  if (PASS_THROUGH.has(node.type)) return [node];
  const value = (node as {value?: unknown}).value;
  context.say(`\`${node.type}\` node in the page`, 'HTML parsed by rehype-raw: shown as text', node);
  return typeof value === 'string' ? [textNode(value, node)] : [];
}

function cleanElement(element: Element, context: Context): Node[] {
  const {say} = context;
  const name = element.tagName;
  const lower = name.toLowerCase();
  if (lower === 'svg' || lower === 'math') return cleanForeign(element, lower, context);
  if (SHOWN_AS_TEXT.has(lower)) {
    say(`element \`<${lower}>\` in the page`, 'HTML that runs no script and is read as HTML: shown as text', element);
    return [asText(element, context)];
  }
  if (lower === 'iframe') {
    const src = squeeze(String(element.properties.src ?? '')).toLowerCase();
    // A web page in its own origin (a YouTube embed) cannot reach ours; anything else can.
    if (!/^(?:https?:)?\/\/[^/]/.test(src)) {
      say('element `<iframe>` without an http(s) `src`', 'an embedded web page: shown as text', element);
      return [asText(element, context)];
    }
    // Its content is never shown (raw text to the parser); it is only a place to hide markup.
    element.children = [];
  }
  if (lower === 'style') {
    const texts = element.children.every((child) => child.type === 'text');
    const css = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    const reason = !texts ? 'markup inside `<style>`' : /<\//.test(css) ? '`</` inside `<style>`' : unsafeCss(css);
    if (reason) {
      say(`${reason} in the page`, 'CSS that loads no script: the `<style>` element is shown as text', element);
      return [asText(element, context)];
    }
    say(
      '`<style>` element in a lesson',
      'no site-wide CSS: it is kept, and restyles every part of the page while it is shown, the site navigation included',
      element,
      STYLE_RULE_ID,
    );
  }

  // An element HTML does not define is parsed like a `<span>`: kept, with the attributes any element may have.
  const unknown = !KNOWN_HTML_ELEMENTS.has(lower) && lower !== 'admonition' && /^[a-z][a-z0-9-]*$/.test(name);
  const asName = unknown ? 'span' : name;
  const kept = allowedProperties(asName, element.properties);
  if (!kept) {
    say(`element \`<${lower}>\``, 'an element from the allow-list: its content is kept', element);
    cleanChildren(element as unknown as AnyParent, context);
    return element.children;
  }
  // Attribute → why it was dropped (`undefined`: not on the allow-list).
  const dropped = new Map<string, string | undefined>(Object.keys(element.properties).filter((key) => !(key in kept)).map((key) => [key, undefined]));
  for (const [key, value] of Object.entries(kept)) {
    if (value === null || value === undefined || typeof value === 'boolean') continue;
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    const reason =
      (key === 'style' ? (unsafeCss(text) ?? unparsableStyle(text)) : undefined) ??
      ((key === 'src' || key === 'poster') && /^data:/i.test(squeeze(text)) ? unsafeUrl(text, 'image') : undefined) ??
      (key === 'id' || key === 'name' ? clobbering(lower, key, text) : undefined) ??
      unsafeAttribute(key, text);
    if (reason) {
      delete kept[key];
      dropped.set(key, reason);
    }
  }
  if (dropped.size > 0) {
    const names = [...dropped].map(([key, reason]) => `\`${find(htmlSchema, key).attribute}\`${reason ? ` (${reason})` : ''}`);
    say(
      `attribute${names.length === 1 ? '' : 's'} ${names.join(', ')} on \`<${lower}>\``,
      `attributes from the allow-list that run no script: dropped`,
      element,
    );
  }
  element.properties = kept;
  cleanChildren(element as unknown as AnyParent, context);
  return [element];
}

/**
 * What hast-util-sanitize keeps of an element's properties under `LESSON_SCHEMA` (a new object, which the caller
 * may change), or undefined when the schema does not allow the element. The answer depends on the name and the
 * properties alone, and pages repeat the same few elements (`<p>`, `<code>`, `<span class="…">`), so it is
 * remembered by their text; properties of other kinds of value are sanitized each time.
 */
function allowedProperties(tagName: string, properties: Element['properties']): Element['properties'] | undefined {
  const key = propertiesKey(tagName, properties);
  let allowed = key === undefined ? undefined : sanitized.get(key);
  if (allowed === undefined) {
    const shell = sanitize({type: 'element', tagName, properties, children: []}, LESSON_SCHEMA);
    allowed = shell.type === 'element' && shell.tagName === tagName ? shell.properties : null;
    if (key === undefined) return allowed ?? undefined;
    if (sanitized.size >= SANITIZED_LIMIT) sanitized.clear();
    sanitized.set(key, allowed);
  }
  // The remembered object stays as sanitize returned it; the caller gets its own copy.
  return copyProperties(allowed) ?? undefined;
}

/** Sanitized properties by `propertiesKey` (null: the element is not allowed). */
const sanitized = new Map<string, Element['properties'] | null>();
const SANITIZED_LIMIT = 10_000;

/**
 * The element as JSON text, or undefined when a value is not a string, a boolean, a finite number or a list of
 * strings and numbers (JSON would blur `undefined` with `null`, or `-0` with `0`: those are not remembered).
 */
function propertiesKey(tagName: string, properties: Element['properties']): string | undefined {
  const entries = Object.entries(properties);
  for (const [, value] of entries) {
    const plain = Array.isArray(value) ? value.every(isPlainValue) : isPlainValue(value) || typeof value === 'boolean';
    if (!plain) return undefined;
  }
  return JSON.stringify([tagName, entries]);
}

function isPlainValue(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0));
}

function copyProperties(properties: Element['properties'] | null): Element['properties'] | null {
  if (properties === null) return null;
  const copy: Element['properties'] = {};
  for (const [name, value] of Object.entries(properties)) copy[name] = Array.isArray(value) ? [...value] : value;
  return copy;
}

/**
 * An `<svg>` or `<math>` element: kept when everything in it is allowed, else
 * shown as text. Attributes outside the allow-list that run nothing are
 * dropped; one that runs script (a handler, a script URL) shows the whole
 * element as text, like a forbidden element.
 */
function cleanForeign(root: Element, kind: 'svg' | 'math', context: Context): Node[] {
  const problems: string[] = [];
  const dropped: string[] = [];
  const elements = kind === 'svg' ? SVG_ELEMENTS : MATHML_ELEMENTS;
  const schema = kind === 'svg' ? svgSchema : htmlSchema;
  // What each element becomes if the whole is kept: applied only then, so that an element shown as text is shown
  // as it was (most are kept: icons, KaTeX's MathML, which need no text made of them).
  const kept: Array<{element: Element; properties: Element['properties']; children: ElementContent[]}> = [];

  const walk = (element: Element): void => {
    const name = element.tagName;
    if (!elements.has(kind === 'svg' ? name : name.toLowerCase())) problems.push(`element \`<${name}>\``);
    const properties: Element['properties'] = {};
    for (const [key, value] of Object.entries(element.properties)) {
      if (value === null || value === undefined) continue;
      const attribute = find(schema, key).attribute.toLowerCase();
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      const squeezed = squeeze(text).toLowerCase();
      if (/^on/.test(attribute) || /(?:java|vb|live)script:/.test(squeezed)) {
        problems.push(`attribute \`${attribute}\``);
      } else if (FOREIGN_URL_ATTRIBUTES.has(attribute)) {
        // Same-document references (`#icon`) everywhere; a link or an image only on `<a>` and `<image>`.
        const ok = squeezed.startsWith('#') || ((name === 'a' || name === 'image') && unsafeUrl(text, name === 'a' ? 'link' : 'image') === undefined);
        if (ok) properties[key] = value;
        else problems.push(`\`${attribute}\` to \`${text.slice(0, 40)}\``);
      } else if (attribute === 'style' && unsafeCss(text)) {
        problems.push(unsafeCss(text)!);
      } else if (attribute === 'style' && unparsableStyle(text)) {
        dropped.push(`\`style\` on \`<${name}>\` (${unparsableStyle(text)})`);
      } else if (FOREIGN_ATTRIBUTES.has(attribute) || attribute.startsWith('data-')) {
        properties[key] = value;
      } else {
        dropped.push(`\`${attribute}\` on \`<${name}>\``);
      }
    }
    const textOnly = TEXT_ONLY_FOREIGN.has(name.toLowerCase());
    const children = element.children.filter((child) => child.type !== 'comment');
    kept.push({element, properties, children});
    for (const child of children) {
      if (child.type === 'element') {
        if (textOnly) problems.push(`element \`<${child.tagName}>\` inside \`<${name}>\``);
        walk(child);
      } else if (child.type !== 'text') {
        problems.push(`\`${child.type}\` node`);
      }
    }
  };
  hoistEsm(root as {children?: Node[]}, context);
  walk(root);
  if (problems.length > 0) {
    // `<b>` inside `<desc>` says more than `<b>` alone: keep the longer phrase only.
    const unique = [...new Set(problems)].filter((problem) => !problems.some((other) => other !== problem && other.startsWith(`${problem} inside`)));
    context.say(
      `${unique.join(', ')} in \`<${kind}>\``,
      `${kind === 'svg' ? 'SVG' : 'MathML'} from the allow-list (shapes and text, no script, style, HTML or animation inside): shown as text`,
      root,
    );
    return [asText(root, context)];
  }
  for (const {element, properties, children} of kept) {
    element.properties = properties;
    element.children = children;
  }
  if (dropped.length > 0) {
    context.say(`attribute${dropped.length === 1 ? '' : 's'} ${dropped.join(', ')}`, `${kind === 'svg' ? 'SVG' : 'MathML'} attributes from the allow-list: dropped`, root);
  }
  return [root];
}

/** String attributes of our components: a handler or a script URL from an author's text never reaches them. */
function cleanJsx(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, context: Context): void {
  node.attributes = node.attributes.filter((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return true;
    const reason = unsafeAttribute(attribute.name, attribute.value) ?? (attribute.name === 'style' ? unsafeCss(attribute.value) : undefined);
    if (reason) context.say(`${reason} on \`<${node.name ?? ''}>\``, 'attributes that run no script: dropped', node as unknown as Node);
    return !reason;
  });
}

/**
 * The element as text: its source as the author wrote it when the tree knows
 * where it was and the source holds its end tag, else its HTML as parsed (an
 * unclosed element holds what follows it, which its source slice would lose).
 * React escapes text, so it shows.
 */
function asText(element: Element, context: Context): Text {
  hoistEsm(element, context);
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (context.source !== undefined && start !== undefined && end !== undefined && end > start) {
    const slice = context.source.slice(start, end);
    if (new RegExp(`</${element.tagName}\\s*>\\s*$`, 'i').test(slice) || isVoid(element)) return textNode(slice, element);
  }
  return textNode(toHtml(withoutJsx(element)), element);
}

/** Elements without content or end tag (`<base>`, `<meta>`, `<link>`, …). */
function isVoid(element: Element): boolean {
  return ['area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'].includes(element.tagName.toLowerCase());
}

/** Moves the `mdxjsEsm` nodes under `parent` to `context.hoisted`. */
function hoistEsm(parent: {children?: Node[]; content?: {children?: Node[]}}, context: Context): void {
  // A `<template>` keeps what it holds in `content`, where rehype-raw puts the nodes after an unclosed one.
  if (parent.content) hoistEsm(parent.content, context);
  if (!parent.children) return;
  parent.children = parent.children.filter((child) => {
    // rehype-raw leaves the nodes it passes through as placeholder comments (`{stitch: node}`) where its
    // stitching does not look: inside a `<template>`'s content.
    const stitched = child.type === 'comment' ? (child.value as unknown as {stitch?: Node} | string | undefined) : undefined;
    const node = typeof stitched === 'object' && stitched.stitch ? stitched.stitch : child;
    if (node.type === 'mdxjsEsm') {
      context.hoisted.push(node);
      return false;
    }
    hoistEsm(child as {children?: Node[]}, context);
    return true;
  });
}

/**
 * A copy of the tree for hast-util-to-html: JSX nodes replaced by their
 * children, ESM and comments (whose value the comment syntax Docusaurus
 * enables may leave unset) dropped, a template's content included.
 */
function withoutJsx(element: Element): Element {
  const strip = (nodes: Node[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (JSX_ELEMENTS.has(node.type)) return strip((node as unknown as AnyParent).children);
      if (PASS_THROUGH.has(node.type) || node.type === 'comment') return [];
      if (node.type === 'element') return [copy(node)];
      if (node.type === 'text') return [{type: 'text', value: String(node.value ?? '')}];
      return [];
    });
  const copy = (node: Element): Element => {
    const result: Element = {...node, children: strip(node.children)};
    const content = (node as Element & {content?: HastRoot}).content;
    if (content) (result as Element & {content?: HastRoot}).content = {type: 'root', children: strip(content.children)};
    return result;
  };
  return copy(element);
}

/** Elements whose `name` becomes a property of `document` (HTML's named properties of Document). */
const DOCUMENT_NAMED = new Set(['embed', 'form', 'iframe', 'img', 'object']);

/** Globals the site's scripts (Docusaurus, its bundler runtime, Prism, UMD wrappers) look up before or without defining them. */
const READ_GLOBALS = new Set(['docusaurus', 'module', 'exports', 'define', 'require', 'global', 'globalThis', 'process', 'Prism', 'dataLayer', 'gtag']);

/** An id the site's scripts would read as `window.<id>` (see `clobbering`): refused on any element. */
export function standsForReadGlobal(id: string): boolean {
  return READ_GLOBALS.has(id) || /^webpackChunk/i.test(id) || id.startsWith('__');
}

/**
 * Why an `id` or `name` would clobber the page's scripts (DOM clobbering), or
 * undefined. A `name` on `<img>`, `<form>`, `<iframe>`, `<embed>`, `<object>`
 * replaces `document.<name>` (a vector's `<img name=createElement>` broke
 * every script of the page), so it is never kept. An element's `id` (or such a
 * `name`) also stands for `window.<id>` wherever no global of that name
 * exists: the ids the site's scripts would read that way (the bundler's
 * `webpackChunk…` list, `__…` internals, `window.docusaurus`, UMD's `module`
 * and `define`) are refused. Other ids are kept as written: lessons link to
 * their anchors, and a global nobody reads clobbers nothing.
 */
function clobbering(tag: string, key: 'id' | 'name', value: string): string | undefined {
  if (key === 'name' && DOCUMENT_NAMED.has(tag)) return `it would replace \`document.${value}\``;
  if (standsForReadGlobal(value)) {
    return `it would stand for \`window.${value}\` in the site's scripts`;
  }
  return undefined;
}

/**
 * Why Docusaurus could not turn this `style` attribute into React's style
 * object (it parses it with style-to-js and fails the whole build when that
 * throws), or undefined: a lesson's broken CSS loses its style, not the site.
 */
function unparsableStyle(css: string): string | undefined {
  try {
    styleToJs(css, {reactCompat: true});
    return undefined;
  } catch {
    return 'CSS that cannot be parsed';
  }
}

function textNode(value: string, at: Node): Text {
  return at.position ? {type: 'text', value, position: at.position} : {type: 'text', value};
}

function squeeze(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]/g, '');
}
