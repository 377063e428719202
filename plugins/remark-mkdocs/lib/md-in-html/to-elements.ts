import type {Blockquote, Paragraph, Parent, Root, ThematicBreak} from 'mdast';
import type {} from 'mdast-util-to-hast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import type {AttributeToken} from '../attribute-list/grammar';
import {applyAttributeTokens} from '../attribute-list/values';
import {report} from '../messages';
import {isMkdocsHtml, type MkdocsHtml} from './from-markdown';
import {EMPTY_TAGS} from './tag';

/**
 * `mkdocsHtml` nodes → the element itself, for both targets, through
 * mdast-util-to-hast's `data.hName` / `data.hProperties`: a block-mode element
 * becomes a `blockquote` node (the mdast parent of flow content) and a
 * span-mode one its `paragraph` (the parent of inline content), each renamed to
 * the tag. So remark-rehype and Docusaurus render `<figure>`, `<div
 * class="grid">`, … with `className` arrays and `style` strings that
 * Docusaurus's hast-to-JSX step turns into React props (a JSX element with
 * `class` / `style` strings would not render).
 *
 * Attributes go through the attribute-list rules (`applyAttributeTokens`):
 * `class` splits into `className`, and whatever could run script or load
 * content (`on*`, `javascript:` URLs, `style` with `url(`) is dropped with a
 * `mkdocs-attr-unsafe` warning. The `markdown` attribute itself is gone, as
 * in MkDocs' output.
 */
export function htmlElementsToElements(tree: Root, file: VFile, infimaButtons: boolean): void {
  const found: Array<{node: MkdocsHtml; parent: Parent; index: number}> = [];
  visit(tree, isMkdocsHtml, (node: MkdocsHtml, index, parent) => {
    if (parent && index !== undefined) found.push({node, parent, index});
  });
  // The new nodes keep the children arrays, so nested elements converted later still land in them.
  for (const {node, parent, index} of found.reverse()) {
    parent.children[index] = toElement(node, file, infimaButtons);
  }
}

function toElement(node: MkdocsHtml, file: VFile, infimaButtons: boolean): Blockquote | Paragraph | ThematicBreak {
  const tokens: AttributeToken[] = Object.entries(node.attributes).map(([key, value]) => ({
    kind: 'pair',
    key,
    // A bare attribute means its own name, as Python's HTML parser gives it (`hidden` → `hidden="hidden"`).
    value: value ?? key,
  }));
  const {properties, dropped} = applyAttributeTokens(tokens, undefined, infimaButtons);
  for (const attribute of dropped) {
    report(file, 'mkdocs-attr-unsafe', `${attribute.reason} (on \`<${node.name}>\`)`, node.position, [node]);
  }
  const data = {hName: node.name, hProperties: properties};
  // `<hr markdown>`: a void element, which must have no children (React refuses them), as a thematic break has none.
  if (EMPTY_TAGS.has(node.name)) return {type: 'thematicBreak', position: node.position, data};
  // A span-mode element's content is one paragraph, drawn as the element's inline content. A fence in it
  // (superfences reads fences before anything else) made it a paragraph and a code block, or more: drawn as
  // blocks then, nothing left out.
  const [paragraph] = node.children;
  if (node.mode === 'span' && (node.children.length === 0 || (node.children.length === 1 && paragraph?.type === 'paragraph'))) {
    return {type: 'paragraph', children: paragraph?.type === 'paragraph' ? paragraph.children : [], position: node.position, data};
  }
  return {type: 'blockquote', children: node.children, position: node.position, data};
}
