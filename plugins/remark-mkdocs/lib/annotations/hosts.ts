import type {Properties} from 'hast';
import type {Node} from 'unist';
import type {} from 'mdast-util-to-hast';
import {htmlBlockClasses, isMkdocsHtml} from '../md-in-html/from-markdown';
import {isBox} from '../boxes/nodes';

/**
 * Which blocks host Material prose annotations (ANN-5 of the syntax note):
 * every element MkDocs emits with the class `annotate`, read from the three
 * places the plugin keeps a block's classes before the conversion steps.
 */

/** Reads the classes of one kind of node; `undefined` when the node is not of that kind. */
type ClassReader = (node: Node) => readonly string[] | undefined;

/** `{ .annotate }` (attribute lists): `data.hProperties.className` on a paragraph, heading, list item, … */
const fromProperties: ClassReader = (node) => {
  const properties = (node.data as {hProperties?: Properties} | undefined)?.hProperties;
  const value: unknown = properties?.className;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return undefined;
};

/** `!!! note annotate`: a box's class words as written (the type first), as MkDocs puts them on the `div`. */
const fromBox: ClassReader = (node) => (isBox(node) ? node.data.mkdocs.classes : undefined);

/** `<div class="annotate" markdown>` (md_in_html): the `class` attribute as written, before the element is converted. */
const fromHtml: ClassReader = (node) => (isMkdocsHtml(node) ? htmlBlockClasses(node) : undefined);

/** The node kinds that keep their classes elsewhere come first; anything else may have `hProperties`. */
const readers: readonly ClassReader[] = [fromBox, fromHtml, fromProperties];

/** The classes MkDocs would give the block `node` (empty when it has none). */
export function blockClasses(node: Node): readonly string[] {
  for (const read of readers) {
    const classes = read(node);
    if (classes) return classes;
  }
  return [];
}

/**
 * Inline nodes can carry classes too (`*x*{ .annotate }`), but only a block
 * can have "the ordered list right after it"; code blocks annotate through
 * their comments instead (`code-annotations.ts`).
 */
const NOT_HOSTS = new Set([
  'code',
  'delete',
  'emphasis',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'mkdocsAbbreviation',
  'strong',
  'text',
]);

/** A block whose classes contain `annotate`: its markers bind to the ordered list after it. */
export function isAnnotationHost(node: Node): boolean {
  return !NOT_HOSTS.has(node.type) && 'children' in node && blockClasses(node).includes('annotate');
}
