import type {Nodes, Paragraph} from 'mdast';
import {toString} from 'mdast-util-to-string';

/** Children of these are never the description: the box's title, a collapsible's summary. */
export const TITLE_ELEMENTS: ReadonlySet<string> = new Set(['mdxAdmonitionTitle', 'summary']);

/** The boxes remark-mkdocs builds for `!!!` and `???`. */
const BOX_ELEMENTS = ['admonition', 'MkdocsDetails'];

/** Titles and boxes: the first search looks at the lesson's own prose only. */
export const OUTSIDE_BOXES: ReadonlySet<string> = new Set([...TITLE_ELEMENTS, ...BOX_ELEMENTS]);

/** A paragraph's text as one line, as a description shows it. */
export function paragraphText(node: Paragraph): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/** The first paragraph with text in `node`, in document order, not looking inside the `skipped` JSX elements. */
export function firstParagraph(node: Nodes, skipped: ReadonlySet<string>): Paragraph | undefined {
  if (node.type === 'paragraph') return paragraphText(node) === '' ? undefined : node;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== null && skipped.has(node.name)) return undefined;
  if (node.type === 'heading' || node.type === 'code' || node.type === 'html' || node.type === 'table' || !('children' in node)) return undefined;
  for (const child of node.children) {
    const found = firstParagraph(child as Nodes, skipped);
    if (found !== undefined) return found;
  }
  return undefined;
}
