import type {Definition, Html, Nodes, Parent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import type {Position} from 'unist';
import {SKIP, visit} from '../../remark-mkdocs/lib/mdast-util/visit';
import type {VFile} from 'vfile';
import {findUnsafeHtml} from './html';
import {unsafeAttribute, unsafeUrl} from './rules';

export const RULE_ID = 'mkdocs-html-unsafe';
export const SOURCE = 'remark-safe-html';

/** Parents whose children are blocks: an unsafe block of raw HTML becomes a paragraph of text there. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'containerDirective']);
const FLOW_NODES = new Set([
  'paragraph',
  'heading',
  'list',
  'code',
  'blockquote',
  'table',
  'thematicBreak',
  'mdxJsxFlowElement',
  'containerDirective',
]);

/**
 * The remark step: nothing a lesson contains may run script in the reader's
 * browser, and nothing the author wrote disappears.
 *
 * - Raw HTML (`html` nodes: blocks, and inline tags such as the `<script>` in
 *   `!!! note "<script>…</script>"`) holding an unsafe element or attribute is
 *   shown as text, exactly as written.
 * - Links with a `javascript:`/`data:` URL keep their text and lose the link;
 *   such images show their source text.
 * - Unsafe attributes on nodes other plugins built (`data.hProperties`, JSX
 *   attributes: attribute lists, `<div markdown>`) are dropped.
 *
 * Each case is reported at its place with rule `mkdocs-html-unsafe`. Register
 * it after the plugins that build nodes and before the reporter that prints
 * messages, so `docusaurus build` shows the warnings and strict builds fail.
 */
export function makeSafe(tree: Root, file: VFile): void {
  const say = (what: string, expected: string, place: Position | undefined) =>
    file.message(`Unexpected ${what}, expected ${expected}`, {place, ruleId: RULE_ID, source: SOURCE});

  const unsafeDefinitions = new Map<string, string>();
  visit(tree, 'definition', (node: Definition) => {
    const reason = unsafeUrl(node.url, 'link');
    if (!reason) return;
    unsafeDefinitions.set(node.identifier, reason);
    say(`${reason} in a link definition`, 'an http(s), mailto or relative URL: references to it are shown as text', node.position);
    node.url = '';
  });

  // Start tags shown as text whose end tag is still to come, by name: `</b>` after
  // `<b onclick=…>` is shown as text too, or the reader would see the opener but not the closer.
  const openShown = new Map<string, number>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'html' && parent && index !== undefined) {
      const name = endTagName(node.value);
      const findings = findUnsafeHtml(node.value);
      if (name !== undefined && findings.length === 0) {
        const open = openShown.get(name) ?? 0;
        if (open === 0) return;
        openShown.set(name, open - 1);
        parent.children.splice(index, 1, asText(node, parent));
        return SKIP;
      }
      if (findings.length === 0) return;
      const opener = startTagName(node.value);
      if (opener !== undefined) openShown.set(opener, (openShown.get(opener) ?? 0) + 1);
      // A lone `</script>` closes an opener already reported.
      if (!findings.every((finding) => finding.startsWith('end tag'))) {
        say(`${findings.join(', ')} in raw HTML`, 'HTML that runs no script: shown as text', node.position);
      }
      parent.children.splice(index, 1, asText(node, parent));
      return SKIP;
    }
    if ((node.type === 'link' || node.type === 'image') && parent && index !== undefined) {
      const reason = unsafeUrl(node.url, node.type);
      if (!reason) return;
      const replacement =
        node.type === 'link' ? node.children : [{type: 'text' as const, value: sourceOf(node, file) ?? node.alt ?? '', position: node.position}];
      say(`${reason} in ${node.type === 'link' ? 'a link' : 'an image'}`, `an http(s), mailto or relative URL: ${node.type === 'link' ? 'the link text is kept' : 'shown as text'}`, node.position);
      parent.children.splice(index, 1, ...(replacement as RootContent[]));
      return index;
    }
    if ((node.type === 'linkReference' || node.type === 'imageReference') && parent && index !== undefined) {
      if (!unsafeDefinitions.has(node.identifier)) return;
      const replacement =
        node.type === 'linkReference' ? node.children : [{type: 'text' as const, value: sourceOf(node, file) ?? node.alt ?? '', position: node.position}];
      parent.children.splice(index, 1, ...(replacement as RootContent[]));
      return index;
    }
    dropUnsafeProperties(node, say);
    return undefined;
  });
}

/** Elements without an end tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** `b` for a node that is exactly one non-void start tag `<b …>` (quoted values may hold `<` and `>`). */
function startTagName(html: string): string | undefined {
  const bare = html.trim().replace(/"[^"]*"|'[^']*'/g, '""');
  const name = /^<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>$/.exec(bare)?.[1].toLowerCase();
  return name === undefined || VOID_ELEMENTS.has(name) || bare.endsWith('/>') ? undefined : name;
}

/** `b` for a node that is exactly one end tag `</b>`. */
function endTagName(html: string): string | undefined {
  return /^<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>$/.exec(html.trim())?.[1].toLowerCase();
}

/** The raw HTML as a text node, in a paragraph where blocks are expected. */
function asText(node: Html, parent: Parent): RootContent {
  const text = {type: 'text' as const, value: node.value, position: node.position};
  const flow =
    FLOW_PARENTS.has(parent.type) ||
    (parent.type === 'mdxJsxFlowElement' && parent.children.some((child) => FLOW_NODES.has(child.type)));
  return flow ? {type: 'paragraph', children: [text], position: node.position} : (text as RootContent);
}

function sourceOf(node: Nodes, file: VFile): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : String(file.value).slice(start, end);
}

type Say = (what: string, expected: string, place: Position | undefined) => void;

/** Unsafe `data.hProperties` and JSX attributes, dropped and reported. */
function dropUnsafeProperties(node: Nodes, say: Say): void {
  // Some node types narrow `hProperties` (an abbreviation's is `{title}`); every one is a plain record.
  const properties = node.data?.hProperties as Record<string, unknown> | undefined;
  if (properties) {
    for (const [key, value] of Object.entries(properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      const reason = unsafeAttribute(key, text);
      if (reason) {
        delete properties[key];
        say(reason, 'attributes that run no script: dropped', node.position);
      }
    }
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    element.attributes = element.attributes.filter((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return true;
      const reason = unsafeAttribute(attribute.name, attribute.value);
      if (reason) say(reason, 'attributes that run no script: dropped', node.position);
      return !reason;
    });
  }
}
