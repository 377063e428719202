/**
 * MDX nodes carried through rehype-raw in one parse instead of one parse each.
 *
 * For `.md` files Docusaurus runs rehype-raw (hast-util-raw) first among the
 * rehype plugins, passing the MDX node types through. hast-util-raw "stitches"
 * each such node: it `structuredClone`s it, feeds the page's parser a comment
 * token in its place and re-parses the node's children with a parser of their
 * own (recursively, so nested JSX is walked again at every level). Our plugins
 * emit dozens of JSX nodes per lesson (boxes, command blocks, tabs,
 * annotations), which made that the largest part of rehype-raw's time.
 *
 * `remarkHideMdxFromRaw`, our last remark step, turns each MDX node into an
 * ordinary `<template data-lessonsaurus-stitch>` element holding the same
 * children, and keeps the node aside; `rehypeRestoreMdx`, our first rehype
 * step, puts the node back with the children the parser built. A `template`
 * is what makes this exact: in the page's parser its start tag is handled
 * like the stitch's comment (in-head rules: no `<p>` is closed, nothing is
 * foster-parented, nothing is reconstructed), and its content is parsed as the
 * stitch parses the children, from the "in template" insertion mode, fenced
 * off from the page (a scope boundary for every end tag, a marker in the list
 * of active formatting elements); `</template>` closes whatever is left open
 * and resets the insertion mode from the stack, as it was.
 *
 * What still differs is what a template shares with the page and the
 * stitch's parser does not: the tokenizer's state, the insertion mode and a
 * few flags. So a node is left to the stitch after raw HTML that may leave
 * them elsewhere (an unclosed comment, `<textarea>`, `<svg>`, `<table>`…,
 * anything `rawHtmlEffect` does not understand), inside an element that sets
 * them (`UNSAFE_CONTEXT`: `<pre>`'s newline skipping survives a start tag but
 * not a comment, foreign content…), and when raw HTML inside it may leave an
 * element open (the stitch never closes it, `</template>` does, with another
 * end position). So are nodes in footnote definitions (the footer moves them
 * after raw HTML that comes later in the text), a node right after a hard
 * break (mdast-util-to-hast trims the first text of an element there, not of
 * an MDX node), and every node of a page with raw HTML without a position
 * (hast-util-raw places its tokens from where the previous node left the
 * tokenizer). hast-util-from-parse5 gives the root a position when it placed
 * any node itself; the restore drops it where the stitch would have had none.
 *
 * The tree after rehype-raw is the same, positions included
 * (`test/raw-stitch.test.ts`, and on the 278 pages of
 * `npm run bench:markdown -- --dump`, whose output is byte for byte the same).
 * A rehype plugin that should run before `rehypeRestoreMdx`
 * (`beforeDefaultRehypePlugins`) would see the placeholders.
 */
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast';
import type {Nodes, Parents, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {location} from 'vfile-location';
import {rawHtmlEffect} from './raw-html-effect';

/** The MDX node types Docusaurus gives rehype-raw as `passThrough`. */
const MDX_TYPES = new Set(['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm']);

/** The placeholder's node type on the mdast side: unknown to mdast-util-to-hast, so `data.hName` makes it an element. */
const PLACEHOLDER_TYPE = 'lessonsaurusRawStitch';
const PLACEHOLDER_TAG = 'template';
/** `data-lessonsaurus-stitch` as a hast property. */
const KEY_PROPERTY = 'dataLessonsaurusStitch';

/**
 * Elements whose parsing state a template would share with the page and a
 * stitch would not: raw text and RCDATA elements (the tokenizer's state),
 * `pre`/`listing`/`textarea` (a newline skipped after the start tag survives
 * the template's start tag), foreign content, the select and table modes.
 * An MDX node inside one of these (up to the nearest MDX ancestor, which
 * starts a fresh context either way) is left to the stitch.
 */
const UNSAFE_CONTEXT = new Set([
  'pre', 'listing', 'textarea', 'title', 'script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext',
  'svg', 'math', 'select', 'option', 'optgroup', 'datalist', 'table', 'caption', 'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr',
  'template', 'form', 'frameset', 'html', 'head', 'body',
]);

/**
 * Elements inside an MDX node that a template would parse differently from a
 * stitch's own parser: `html` first makes the stitch parse a document,
 * `template`/`form` behave differently with a template on the stack,
 * `plaintext` never ends.
 */
const UNSAFE_INSIDE = new Set(['html', 'head', 'body', 'frameset', 'frame', 'template', 'form', 'plaintext']);

type MdxNode = Extract<Nodes, {type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' | 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm'}>;

/**
 * An MDX node set aside: a leaf as it is; a parent with no children (the
 * mdast's, which the placeholder holds: keeping them here would keep the
 * mdast alive through rehype-raw), which gets the parsed ones back.
 */
type Hidden = Record<string, unknown>;

/** The MDX nodes set aside for a file, by key. */
const hidden = new WeakMap<VFile, Map<string, Hidden>>();

interface Walk {
  /** Raw HTML met so far (in document order) may have left the parser in a state a template would share. */
  unsafeRaw: boolean;
  /**
   * Raw HTML without a position: hast-util-raw places its tokens from where
   * the last node it was given left the tokenizer, which a template's
   * children move. Nothing on such a page is hidden.
   */
  unplacedRaw: boolean;
  /** The MDX nodes to hide, where they are. */
  hideable: Array<{siblings: Nodes[]; index: number}>;
}

/** Notes raw HTML met in document order; whether it may be inside a hidden MDX node. */
function noteRaw(value: string, position: {start: {offset?: number}} | undefined, state: Walk): boolean {
  const effect = rawHtmlEffect(value);
  if (position?.start.offset === undefined) state.unplacedRaw = true;
  if (!effect.benign) state.unsafeRaw = true;
  return effect.selfContained && position?.start.offset !== undefined;
}

/** Notes the raw HTML of hast content (`data.hChildren`); whether it all may be inside a hidden MDX node. */
function noteHast(nodes: readonly (HastContent | ElementContent)[], state: Walk): boolean {
  let fits = true;
  for (const node of nodes) {
    if (node.type === 'raw') {
      if (!noteRaw(node.value, node.position, state)) fits = false;
    } else if (node.type === 'element') {
      if (UNSAFE_INSIDE.has(node.tagName.toLowerCase())) fits = false;
      if (!noteHast(node.children, state)) fits = false;
      if (node.content && !noteHast(node.content.children, state)) fits = false;
    }
  }
  return fits;
}

function hName(node: Nodes): string | undefined {
  const name = (node.data as {hName?: unknown} | undefined)?.hName;
  return typeof name === 'string' ? name.toLowerCase() : undefined;
}

/**
 * Walks `parent`'s children in document order, noting each MDX node that the
 * page's parser can take as a placeholder. `unsafeContext`: an ancestor below
 * the nearest MDX one is in UNSAFE_CONTEXT. `hide`: MDX nodes here may be
 * hidden at all. Returns whether everything inside may be inside a hidden MDX
 * node (no raw HTML that could leave an element open, nothing in UNSAFE_INSIDE).
 */
function walk(parent: Parents, state: Walk, unsafeContext: boolean, hide: boolean): boolean {
  let fits = true;
  const children = parent.children as Nodes[];
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    if (node.type === 'html') {
      if (!noteRaw(node.value, node.position, state)) fits = false;
      continue;
    }
    const name = hName(node);
    const hChildren = (node.data as {hChildren?: HastContent[]} | undefined)?.hChildren;
    // The hast replaces the children in the output (which are still converted: footnotes, for one, are counted).
    let nodeFits = !(hChildren && !noteHast(hChildren, state)) && !(name !== undefined && UNSAFE_INSIDE.has(name));
    const mdx = MDX_TYPES.has(node.type);
    const rawBefore = state.unsafeRaw;
    if ('children' in node) {
      const context = mdx ? false : unsafeContext || (name !== undefined && UNSAFE_CONTEXT.has(name));
      // A footnote definition is rendered in the footer, after everything: raw HTML later in the text comes
      // before it there. Its MDX nodes are left to the stitch.
      if (!walk(node, state, context, hide && node.type !== 'footnoteDefinition')) nodeFits = false;
    }
    if (mdx && hide && nodeFits && !rawBefore && !unsafeContext && !(index > 0 && children[index - 1].type === 'break')) {
      state.hideable.push({siblings: children, index});
    }
    if (!nodeFits) fits = false;
  }
  return fits;
}

/**
 * The last remark step: MDX nodes that the page's parser can take as they are
 * become `template` placeholders (see the module comment).
 */
export const remarkHideMdxFromRaw: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const state: Walk = {unsafeRaw: false, unplacedRaw: false, hideable: []};
  walk(tree, state, false, true);
  if (state.unplacedRaw || state.hideable.length === 0) return;
  const nonce = Math.random().toString(36).slice(2);
  const nodes = new Map<string, Hidden>();
  const seen = new Set<MdxNode>();
  for (const {siblings, index} of state.hideable) {
    const node = siblings[index] as MdxNode;
    // The same node object twice in the tree (no plugin of ours does that) would come out as one object twice.
    if (seen.has(node)) continue;
    seen.add(node);
    const key = `${nonce}-${nodes.size}`;
    if ('children' in node) {
      const {children: _children, ...shallow} = node;
      nodes.set(key, {...shallow, children: []});
    } else {
      nodes.set(key, node as unknown as Hidden);
    }
    siblings[index] = {
      type: PLACEHOLDER_TYPE,
      data: {hName: PLACEHOLDER_TAG, hProperties: {[KEY_PROPERTY]: key}},
      children: 'children' in node ? node.children : [],
    } as unknown as Nodes;
  }
  hidden.set(file, nodes);
  textHiddenFromRaw(file);
};

/**
 * hast-util-from-parse5 gives every root it converts the position of the whole
 * file, computed with a fresh vfile-location index of `String(file)`: the
 * page's root, and the content of each `template` placeholder. Indexing the
 * file once per placeholder (dozens per lesson) was a tenth of rehype-raw's
 * time. A placeholder's content position is dropped (`unhide`), so until
 * `rehypeRestoreMdx` the file reads as empty to them, and the page's root gets
 * the position an index of the real text gives (`restoreRootPosition`).
 */
const ownToString = new WeakMap<VFile, {own: boolean; toString: VFile['toString']}>();

function textHiddenFromRaw(file: VFile): void {
  if (ownToString.has(file)) return;
  ownToString.set(file, {own: Object.hasOwn(file, 'toString'), toString: file.toString});
  file.toString = () => '';
}

/** The file's text back; the page's root position as hast-util-from-parse5 gives it from that text. */
function restoreRootPosition(tree: HastRoot, file: VFile, parsed: boolean): void {
  const saved = ownToString.get(file);
  if (!saved) return;
  ownToString.delete(file);
  if (saved.own) file.toString = saved.toString;
  else delete (file as {toString?: unknown}).toString;
  if (!parsed) return;
  const text = String(file);
  const index = location(text);
  const start = index.toPoint(0);
  const end = index.toPoint(text.length);
  if (!start || !end) return;
  const whole = (): HastRoot['position'] => ({start: {...start}, end: {...end}});
  if (tree.position) tree.position = whole();
  // The lesson's own `<template>` elements keep their content: a content without both tags placed has the file's span.
  // Only a lesson that writes one has one (the placeholders are restored by now): the others skip the walk.
  if (!/<template/i.test(text)) return;
  const walk = (node: HastRoot | HastContent): void => {
    if (node.type === 'element' && node.content) {
      const position = node.content.position;
      if (position && position.start.offset === 0 && position.end.offset === 0) node.content.position = whole();
      walk(node.content);
    }
    if ('children' in node) for (const child of node.children as HastContent[]) walk(child);
  };
  walk(tree);
}

/**
 * The first rehype step: each placeholder becomes its MDX node again, as
 * mdast-util-to-hast passes it through (a copy of the node, its children
 * converted), with the children rehype-raw parsed.
 */
export const rehypeRestoreMdx: Plugin<[], HastRoot> = () => (tree: HastRoot, file: VFile) => {
  const nodes = hidden.get(file);
  if (!nodes) return;
  hidden.delete(file);
  const seen: Seen = {parsed: false, placedOutside: false};
  restore(tree, nodes, true, seen);
  restoreRootPosition(tree, file, seen.parsed);
  // hast-util-from-parse5 gives the root a position when any node it converted has one. The stitch converts
  // an MDX node's children on their own, so a page whose positioned nodes are all inside MDX nodes had none.
  if (seen.parsed && !seen.placedOutside) delete tree.position;
};

interface Seen {
  /** rehype-raw ran (placeholders hold their children in `content`). */
  parsed: boolean;
  /** A node outside every MDX node has a position. */
  placedOutside: boolean;
}

function restore(parent: {children: HastContent[]}, nodes: Map<string, Hidden>, outside: boolean, seen: Seen): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    let node = children[index];
    if (node.type === 'element' && node.tagName === PLACEHOLDER_TAG) {
      const key = node.properties[KEY_PROPERTY];
      const mdx = typeof key === 'string' ? nodes.get(key) : undefined;
      if (mdx) {
        nodes.delete(key as string);
        if (node.content) seen.parsed = true;
        node = unhide(node, mdx);
        children[index] = node;
      }
    }
    const inside = !outside || MDX_TYPES.has(node.type);
    if (!inside && node.position) seen.placedOutside = true;
    if ('children' in node) restore(node as {children: HastContent[]}, nodes, !inside, seen);
  }
}

/**
 * The MDX node with its parsed children. Not copied, unlike mdast-util-to-hast
 * and hast-util-raw (twice `structuredClone`, the costliest part of the
 * stitch): nothing reads the mdast after remark-rehype, and a node met twice
 * in the mdast is hidden once (`remarkHideMdxFromRaw`), so no two hast nodes
 * share anything.
 */
function unhide(placeholder: Element, mdx: Hidden): HastContent {
  if ('children' in mdx) {
    // rehype-raw parsed the children into the template's content; without rehype-raw (`.mdx`) they are its children.
    mdx.children = placeholder.content ? placeholder.content.children : placeholder.children;
  }
  return mdx as unknown as HastContent;
}
