import type {Handle, Options} from 'mdast-util-to-markdown';
import {defaultMode, EMPTY_TAGS} from './tag';
import type {MkdocsHtml} from './from-markdown';

/**
 * mdast-util-to-markdown handler for `mkdocsHtml` nodes (the tree as parsed),
 * so a tree that holds them can be printed back: the opening tag with its
 * attributes and a `markdown` attribute that gives the same mode, the content,
 * the closing tag on its own line (also for an element that had none).
 */
export function mkdocsHtmlToMarkdown(): Options {
  return {handlers: {mkdocsHtml: handleHtml}};
}

const handleHtml: Handle = function (node: MkdocsHtml, parent, state, info) {
  const attributes = Object.entries(node.attributes).map(([name, value]) =>
    value === null ? ` ${name}` : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
  );
  const markdown = node.mode === defaultMode(node.name) ? ' markdown' : ` markdown="${node.mode}"`;
  const open = `<${node.name}${attributes.join('')}${markdown}>`;
  const close = `</${node.name}>`;
  const tracker = state.createTracker(info);
  // `<hr markdown>` has neither content nor closing tag.
  if (EMPTY_TAGS.has(node.name)) return tracker.move(open);
  const [first] = node.children;
  // In a span-mode element's inline content every character up to the closing tag is the element's: no line breaks added.
  if (parent?.type === 'paragraph') {
    let value = tracker.move(open);
    if (first?.type === 'paragraph') value += tracker.move(state.containerPhrasing(first, {before: '>', after: '<', ...tracker.current()}));
    return value + tracker.move(close);
  }
  let value = tracker.move(open + '\n');
  if (node.mode === 'span') {
    if (first?.type === 'paragraph') value += tracker.move(state.containerPhrasing(first, {before: '\n', after: '\n', ...tracker.current()}));
  } else {
    value += tracker.move(state.containerFlow(node, tracker.current()));
  }
  return value + tracker.move((node.children.length > 0 ? '\n' : '') + close);
};
