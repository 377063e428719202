import type {Properties} from 'hast';
import type {List, Nodes, Parent, Root, RootContent, Text} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import type {ObjectExpression, Program} from 'estree-jsx';
import type {Position} from 'unist';
import styleToJs from 'style-to-js';
import type {VFile} from 'vfile';
import {EXIT, visit, visitParents} from '../mdast-util/visit';
import {
  findAllAttributeLists,
  findLastLineAttributeList,
  findLeadingAttributeList,
  findTrailingAttributeList,
  scanAttributeList,
  type AttributeListMatch,
  type AttributeListSearch,
} from './grammar';
import {applyAttributeTokens} from './values';
import {report} from '../messages';
import {textSlicePlace, verbatimIn} from '../mdast-util/text-place';
import {adjacent, directiveToText} from '../mdast-util/directive-text';
import {isIconNode} from '../emoji/transform';

/**
 * Python-Markdown `attr_list` on the mdast: `{ .class #id key="value" }`
 * (colon optional) in the three places MkDocs reads it, applied as
 * `data.hProperties` (what mdast-util-to-hast, and so Docusaurus, renders):
 *
 * - right after a link, image, emphasis, strong, strikethrough, code span,
 *   line break or icon (`[Start](intro.md){ .md-button }`, `![x](y){ width="300" }`);
 * - at the end of a heading or table cell, after a space (`## Title { #id }`);
 * - alone on the last line of a paragraph (`Text (1)\n{ .annotate }`); in a
 *   tight list item the item gets it, as in MkDocs, whose tight items have no `<p>`.
 *
 * A list in any other place cannot be attached: it stays visible, as in
 * MkDocs, and is reported (`mkdocs-attr-list`). Unsafe attributes are dropped
 * and reported (`mkdocs-attr-unsafe`).
 *
 * Run it after the emoji transform, so `:icon:{ .class }` finds its icon, and
 * before Docusaurus's defaults, so the heading-id step sees `hProperties.id`.
 */

export interface AttributeListOptions {
  /**
   * Give `.md-button` links Infima's `button button--secondary` (and
   * `.md-button--primary` ones `button button--primary`), keeping Material's
   * classes too. Default: true; turn off for MkDocs-shaped HTML.
   */
  infimaButtons?: boolean;
}

type ListRule = 'mkdocs-attr-list' | 'mkdocs-attr-unsafe';

/** Inline nodes an inline list attaches to (Python-Markdown elements whose tail may hold one). */
const INLINE_TARGETS = new Set([
  'break',
  'delete',
  'emphasis',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'strong',
]);

/**
 * Properties applied to links and images, kept by node identity: Docusaurus's
 * link and image steps replace local-asset links and images by JSX `<a>`/`<img>`
 * in place, dropping `data`. `restoreAttributeLists` puts them back afterwards.
 */
const applied = new WeakMap<object, Properties>();

export function attributeLists(tree: Root, file: VFile, options: AttributeListOptions = {}): void {
  const infimaButtons = options.infimaButtons ?? true;
  const say = (rule: ListRule, reason: string, place: Position | undefined) =>
    report(file, rule, reason, place);

  /**
   * Apply the list in `text` at `match` to `target`, then keep only the part
   * `[from, to)` of the text (gone when empty), with its own position.
   */
  function attach(target: Nodes, parent: Parent, text: Text, match: AttributeListMatch, [from, to]: [number, number]): void {
    const slice = textSlicePlace(file, text);
    const place = slice(match.start, match.end);
    const {tokens, rest} = scanAttributeList(match.content);
    if (rest !== '') {
      say(
        'mkdocs-attr-list',
        `Unexpected \`${rest}\` in attribute list \`${text.value.slice(match.start, match.end)}\`, expected \`.class\`, \`#id\` or \`key="value"\` tokens; the rest of the list is ignored, as in MkDocs`,
        place,
      );
    }
    const data = (target.data ??= {});
    const result = applyAttributeTokens(tokens, data.hProperties, infimaButtons);
    for (const dropped of result.dropped) say('mkdocs-attr-unsafe', dropped.reason, place);
    for (const replaced of result.replaced) say('mkdocs-attr-list', replaced.reason, place);
    const ownUrl = replacedDestination(target, result.properties);
    if (ownUrl) say('mkdocs-attr-list', ownUrl, place);
    data.hProperties = result.properties;
    if (target.type === 'link' || target.type === 'image') applied.set(target, result.properties);
    if (from >= to) {
      parent.children.splice(parent.children.indexOf(text), 1);
      return;
    }
    text.position = slice(from, to) ?? text.position;
    text.value = text.value.slice(from, to);
  }

  /** The search result, unless its braces were escaped (`\{ .x }`) or written as references. */
  function written<T extends AttributeListSearch>(text: Text, search: T): T | undefined {
    if (!search) return undefined;
    const verbatim = verbatimIn(file, text);
    const closes = 'unclosed' in search ? true : verbatim(search.end - 1, search.end);
    return verbatim(search.start, search.start + 1) && closes ? search : undefined;
  }

  function reportUnclosed(text: Text, search: AttributeListSearch): void {
    if (!search || !('unclosed' in search)) return;
    say(
      'mkdocs-attr-list',
      `Unexpected unclosed attribute list \`${text.value.slice(search.start, search.end)}\`, expected a closing \`}\` on the same line; shown as text`,
      textSlicePlace(file, text)(search.start, search.end),
    );
  }

  // remark-directive (Docusaurus) reads `:word` inside a list (`{ title="Note:x" }`) as a directive.
  const source = String(file);
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    for (let index = 1; index < parent.children.length; index++) {
      const before = parent.children[index - 1];
      const child = parent.children[index];
      if (child.type === 'textDirective' && isPlainText(before) && adjacent(before, child) && insideBraces(before.value)) {
        directiveToText(parent, index, source);
        index = 0; // merged: look again from the start
      }
    }
  });

  visitParents(tree, (node, ancestors) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const last = parent.children.at(-1);

    // Block forms first, as attr_list walks block elements before their inline children.
    if ((node.type === 'heading' || node.type === 'tableCell') && isPlainText(last)) {
      const search = written(last, findTrailingAttributeList(last.value));
      reportUnclosed(last, search);
      if (search && !('unclosed' in search)) {
        let kept = last.value.slice(0, search.start).replace(/ +$/, '');
        // `## Title ## { #id }`: the closing hashes stay in the text; MkDocs strips them.
        if (node.type === 'heading') kept = kept.replace(/(?:^|[ \t]+)#+$/, '').replace(/[ \t]+$/, '');
        attach(node, parent, last, search, [0, kept.length]);
      }
    }
    if (node.type === 'paragraph' && isPlainText(last)) {
      const search = written(last, findLastLineAttributeList(last.value));
      reportUnclosed(last, search);
      if (search && !('unclosed' in search)) {
        const item = ancestors.at(-1);
        const list = ancestors.at(-2);
        const target = item?.type === 'listItem' && list?.type === 'list' && !isLoose(list) ? item : node;
        const kept = last.value.slice(0, search.start).replace(/[ \t]*\n[ \t]*$/, '').replace(/[ \t]+$/, '');
        attach(target, parent, last, search, [0, kept.length]);
      }
    }

    // Inline form: the text right after an element starts with the list.
    for (let index = 0; index < parent.children.length - 1; index++) {
      const child = parent.children[index];
      const next = parent.children[index + 1];
      if (!(INLINE_TARGETS.has(child.type) || isIconNode(child)) || !isPlainText(next)) continue;
      const search = written(next, findLeadingAttributeList(next.value));
      reportUnclosed(next, search);
      if (!search || 'unclosed' in search) continue;
      attach(child, parent, next, search, [search.end, next.value.length]);
    }
  });

  // What is left was written where MkDocs does not read it: it shows as text there too.
  visit(tree, 'text', (node, _index, parent) => {
    if (!node.value.includes('{') || isIconNode(node)) return;
    for (const match of findAllAttributeLists(node.value)) {
      if (!written(node, match)) continue;
      const braces = node.value.slice(match.start, match.end);
      const alone = parent?.type === 'paragraph' && parent.children.length === 1 && node.value.trim() === braces;
      say(
        'mkdocs-attr-list',
        alone
          ? `Unexpected attribute list \`${braces}\` in a paragraph of its own, expected it on the last line of the block it belongs to (no blank line before it); shown as text`
          : `Unexpected attribute list \`${braces}\` after plain text, expected it right after a link, image or emphasis, at the end of a heading after a space, or on the last line of a paragraph; shown as text`,
        textSlicePlace(file, node)(match.start, match.end),
      );
    }
  });
}

/**
 * Run after Docusaurus's default remark plugins (`remarkPlugins`): links and
 * images that Docusaurus turned into JSX `<a>`/`<img>` get their attribute
 * list back as JSX attributes. Width or height from the list, or a style that
 * sizes the image (`max-height: 360px`), replaces the image's intrinsic size
 * (both, so the aspect ratio is not distorted: Material's image has none, and
 * with the intrinsic width kept a capped height squashed it).
 */
export function restoreAttributeLists(tree: Root): void {
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    const properties = applied.get(node);
    if (!properties) return;
    const element = node as MdxJsxTextElement | MdxJsxFlowElement;
    // Read once: whether the style sizes the image, and the object JSX is given.
    const style = properties.style === undefined || properties.style === null ? undefined : styleDeclarations(propertyText(properties.style));
    const sized = 'width' in properties || 'height' in properties || (style !== undefined && Object.keys(style).some((key) => SIZING.has(key)));
    const names = new Set(Object.keys(properties).map(jsxName));
    element.attributes = element.attributes.filter(
      (attribute) =>
        attribute.type !== 'mdxJsxAttribute' ||
        !(names.has(attribute.name) || (sized && (attribute.name === 'width' || attribute.name === 'height'))),
    );
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue;
      const text = propertyText(value);
      if (name === 'style') {
        if (style) element.attributes.push(styleAttribute(style));
        continue;
      }
      element.attributes.push({type: 'mdxJsxAttribute', name: jsxName(name), value: text});
    }
  });
}

/** CSS properties that size a box: with one in an image's style, its intrinsic width and height would fight it. */
const SIZING = new Set(['width', 'height', 'maxWidth', 'maxHeight', 'minWidth', 'minHeight', 'aspectRatio', 'inlineSize', 'blockSize', 'maxInlineSize', 'maxBlockSize']);

/** A property's value as the attribute's text (a class list joined with spaces). */
function propertyText(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * The declarations of an attribute list's `style` as React takes them on a JSX element (`{width: '200px'}`), or
 * undefined for CSS that cannot be parsed (values.ts has dropped such a list's `style` already).
 */
function styleDeclarations(css: string): Record<string, string> | undefined {
  try {
    return styleToJs(css, {reactCompat: true});
  } catch {
    return undefined;
  }
}

/**
 * `style` as a JSX attribute: an object, given as an expression with its estree, as MDX compiles one. A string
 * there fails the page's render, and with it the build.
 */
function styleAttribute(declarations: Record<string, string>): MdxJsxAttribute {
  const entries = Object.entries(declarations);
  const expression: ObjectExpression = {
    type: 'ObjectExpression',
    properties: entries.map(([key, value]) => ({
      type: 'Property',
      key: {type: 'Literal', value: key},
      value: {type: 'Literal', value},
      kind: 'init',
      method: false,
      shorthand: false,
      computed: false,
    })),
  };
  const estree: Program = {type: 'Program', sourceType: 'module', comments: [], body: [{type: 'ExpressionStatement', expression}]};
  return {
    type: 'mdxJsxAttribute',
    name: 'style',
    value: {type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(declarations), data: {estree}},
  };
}

/** React's names for the few HTML attributes it renames. */
function jsxName(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'classname' || lower === 'class') return 'className';
  if (lower === 'for') return 'htmlFor';
  if (lower === 'tabindex') return 'tabIndex';
  return name;
}

/** Whether `value` ends inside `{ …` (a brace opened on its last line and not closed). */
function insideBraces(value: string): boolean {
  const open = value.lastIndexOf('{');
  return open !== -1 && open > value.lastIndexOf('}') && open > value.lastIndexOf('\n');
}

function isPlainText(node: RootContent | undefined): node is Text {
  return node !== undefined && node.type === 'text' && !isIconNode(node);
}

/** mdast-util-to-hast's rule: a list is loose when it or any item is spread. */
function isLoose(list: List): boolean {
  if (list.spread) return true;
  return list.children.some((item) => (item.spread ?? item.children.length > 1) === true);
}

/**
 * `{ href=… }` on a link (`src` on an image) replaces the destination written
 * in the Markdown, as in MkDocs: said, so the replaced one is not lost unseen.
 */
function replacedDestination(target: Nodes, properties: Properties): string | undefined {
  const attribute = target.type === 'link' ? 'href' : target.type === 'image' ? 'src' : undefined;
  if (!attribute || !('url' in target)) return undefined;
  const value = properties[attribute];
  if (value === undefined || value === target.url) return undefined;
  const kind = target.type === 'link' ? 'a link' : 'an image';
  return `Unexpected \`${attribute}="${String(value)}"\` on ${kind} to \`${target.url}\`, expected one ${attribute === 'href' ? 'destination' : 'source'}: the attribute replaces \`${target.url}\`, as in MkDocs`;
}

/**
 * What `restoreAttributeLists` needs of a tree that is copied between threads
 * (plugins/lesson-pipeline/first-stage: a copy has new node identities): the
 * properties kept for its links and images, by pre-order index.
 */
export function appliedAttributeLists(tree: Root): Array<[number, Properties]> {
  const entries: Array<[number, Properties]> = [];
  let index = 0;
  visit(tree, (node) => {
    const properties = applied.get(node);
    if (properties) entries.push([index, properties]);
    index++;
  });
  return entries;
}

/** Keep `entries` (from `appliedAttributeLists` on the original) for the nodes of its copy `tree`. */
export function reapplyAttributeLists(tree: Root, entries: ReadonlyArray<readonly [number, Properties]>): void {
  if (entries.length === 0) return;
  let index = 0;
  let next = 0;
  visit(tree, (node) => {
    if (entries[next][0] === index) applied.set(node, entries[next++][1]);
    index++;
    return next === entries.length ? EXIT : undefined;
  });
}
