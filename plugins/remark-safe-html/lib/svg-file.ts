import type {Element, Root as HastRoot} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {VFile} from 'vfile';
import {sanitizeTree} from './sanitize-tree';

/**
 * An SVG file of a workshop's that the site draws (its logo, `theme.icon.logo`; its icons, Material's
 * `custom_icons`): its one `<svg>` element, as the lessons' allow-list keeps an inline `<svg>` (shapes and text, no
 * script, styles, HTML or animation inside, no attribute dropped), or why not, when the allow-list cannot keep all
 * of it: nothing of such a file is drawn. An XML declaration or a comment around the element is no part of it.
 */
export function wholeSvg(text: string): {svg: Element} | {problem: string} {
  const tree = fromHtml(text, {fragment: true}) as HastRoot;
  const file = new VFile({value: text});
  sanitizeTree(tree, file);
  // The sanitizer's reason ends with what it does to such an element on a page (`: shown as text`): here nothing is drawn.
  if (file.messages.length > 0) return {problem: `the file holds what the site does not serve (${file.messages[0]!.reason.replace(/: (?:shown as text|dropped)$/, '')})`};
  const root = tree.children.find((node): node is Element => node.type === 'element');
  if (!root || root.tagName !== 'svg' || tree.children.some((node) => node.type === 'element' && node !== root)) return {problem: 'the file is not one <svg> element'};
  return {svg: root};
}
