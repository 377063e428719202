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
 * What still differs is the tokenizer and a few parser flags, which a
 * template shares with the page and the stitch's parser does not: raw HTML
 * before the node or inside it (an unclosed comment, `<textarea>`, `<svg>`,
 * `<table>`…), an enclosing `<pre>` (its newline-skipping flag survives a
 * start tag but not a comment), and foreign content. Such a node is left to
 * the stitch (`hideable` lists the cases); so are nodes in footnote
 * definitions (the footer moves them after raw HTML that comes later in the
 * text) and a node right after a hard break (mdast-util-to-hast trims the
 * first text of an element there, not of an MDX node). The pages come out
 * byte for byte as before: `npm run bench:markdown -- --dump` before/after.
 */
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast';
import type {Nodes, Parents, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';

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

/** The MDX nodes set aside for a file, by key. */
const hidden = new WeakMap<VFile, Map<string, MdxNode>>();

interface Walk {
  /** Raw HTML was met (in document order): the tokenizer may be in any state from here on. */
  raw: boolean;
  nonce: string;
  count: number;
  nodes: Map<string, MdxNode>;
}

/** What hast content (`data.hChildren`) holds: raw HTML, or an element a template would parse differently. */
function scanHast(nodes: readonly (HastContent | ElementContent)[], found: {raw: boolean; unsafe: boolean}): void {
  for (const node of nodes) {
    if (node.type === 'raw') found.raw = true;
    else if (node.type === 'element') {
      if (UNSAFE_INSIDE.has(node.tagName.toLowerCase())) found.unsafe = true;
      scanHast(node.children, found);
      if (node.content) scanHast(node.content.children, found);
    }
  }
}

function hName(node: Nodes): string | undefined {
  const name = (node.data as {hName?: unknown} | undefined)?.hName;
  return typeof name === 'string' ? name.toLowerCase() : undefined;
}

/**
 * Walks `parent`'s children in document order, replacing each MDX node that
 * can be parsed in the page's parser by a placeholder. `unsafeContext`: an
 * ancestor below the nearest MDX one is in UNSAFE_CONTEXT. Returns whether
 * the children hold anything a template would parse differently (raw HTML,
 * UNSAFE_INSIDE), which rules out the MDX ancestors.
 */
function walk(parent: Parents, state: Walk, unsafeContext: boolean): boolean {
  let unsafe = false;
  const children = parent.children as Nodes[];
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    if (node.type === 'html') {
      state.raw = true;
      unsafe = true;
      continue;
    }
    const name = hName(node);
    const data = node.data as {hChildren?: HastContent[]} | undefined;
    let inner = false;
    if (data?.hChildren) {
      // The hast replaces the children in the output (they are still converted: footnotes, for one, are counted).
      const found = {raw: false, unsafe: false};
      scanHast(data.hChildren, found);
      if (found.raw) state.raw = true;
      if (found.raw || found.unsafe) inner = true;
    }
    if (name !== undefined && UNSAFE_INSIDE.has(name)) inner = true;
    if (node.type === 'footnoteDefinition') {
      // Rendered in the footer, after everything: raw HTML later in the text comes before it there. Left to the stitch.
      if ('children' in node) walkLeftAlone(node, state);
      continue;
    }
    const mdx = MDX_TYPES.has(node.type);
    const rawBefore = state.raw;
    if ('children' in node) {
      const context = mdx ? false : unsafeContext || (name !== undefined && UNSAFE_CONTEXT.has(name));
      if (walk(node, state, context)) inner = true;
    }
    if (mdx && !inner && !rawBefore && !unsafeContext && !(index > 0 && children[index - 1].type === 'break')) {
      children[index] = hide(node as MdxNode, state);
    }
    if (inner) unsafe = true;
  }
  return unsafe;
}

/** Marks raw HTML met in a subtree whose MDX nodes stay as they are. */
function walkLeftAlone(parent: Parents, state: Walk): void {
  for (const node of parent.children as Nodes[]) {
    const data = node.data as {hChildren?: HastContent[]} | undefined;
    if (node.type === 'html') state.raw = true;
    else if (data?.hChildren) {
      const found = {raw: false, unsafe: false};
      scanHast(data.hChildren, found);
      if (found.raw) state.raw = true;
    }
    if ('children' in node) walkLeftAlone(node, state);
  }
}

function hide(node: MdxNode, state: Walk): Nodes {
  const key = `${state.nonce}-${state.count++}`;
  state.nodes.set(key, node);
  const placeholder = {
    type: PLACEHOLDER_TYPE,
    data: {hName: PLACEHOLDER_TAG, hProperties: {[KEY_PROPERTY]: key}},
    children: 'children' in node ? node.children : [],
  };
  return placeholder as unknown as Nodes;
}

/**
 * The last remark step: MDX nodes that the page's parser can take as they are
 * become `template` placeholders (see the module comment).
 */
export const remarkHideMdxFromRaw: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const state: Walk = {raw: false, nonce: Math.random().toString(36).slice(2), count: 0, nodes: new Map()};
  walk(tree, state, false);
  if (state.nodes.size > 0) hidden.set(file, state.nodes);
};

/**
 * The first rehype step: each placeholder becomes its MDX node again, as
 * mdast-util-to-hast passes it through (a copy of the node, its children
 * converted), with the children rehype-raw parsed.
 */
export const rehypeRestoreMdx: Plugin<[], HastRoot> = () => (tree: HastRoot, file: VFile) => {
  const nodes = hidden.get(file);
  if (!nodes) return;
  hidden.delete(file);
  restore(tree, nodes);
};

function restore(parent: {children: HastContent[]}, nodes: Map<string, MdxNode>): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    let node = children[index];
    if (node.type === 'element' && node.tagName === PLACEHOLDER_TAG) {
      const key = node.properties[KEY_PROPERTY];
      const mdx = typeof key === 'string' ? nodes.get(key) : undefined;
      if (mdx) {
        nodes.delete(key as string);
        node = unhide(node, mdx);
        children[index] = node;
      }
    }
    if ('children' in node) restore(node as {children: HastContent[]}, nodes);
  }
}

function unhide(placeholder: Element, mdx: MdxNode): HastContent {
  // rehype-raw parsed the children into the template's content; without rehype-raw (`.mdx`) they are its children.
  const children = placeholder.content ? placeholder.content.children : placeholder.children;
  if (!('children' in mdx)) return structuredClone(mdx) as unknown as HastContent;
  const {children: _mdast, ...shallow} = mdx;
  return {...structuredClone(shallow), children} as unknown as HastContent;
}
