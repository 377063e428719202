import type {Blockquote, Paragraph} from 'mdast';
import {defaultHandlers, type Handle, type Options} from 'mdast-util-to-markdown';
import type {ElementContent, Properties} from 'hast';
import {toHtml} from 'hast-util-to-html';
import type {Node} from 'unist';

/**
 * For the fixtures' `output.mdx`: a `blockquote` or `paragraph` that a
 * transform renamed through `data.hName` (a `<div markdown>` element) is
 * printed as that element with its properties, not as `> …` or a bare
 * paragraph, so the file shows what the page receives. Every other blockquote
 * and paragraph prints as usual.
 */
export function renamedElementsToMarkdown(): Options {
  return {
    handlers: {
      blockquote: renamed(defaultHandlers.blockquote),
      paragraph: renamed(defaultHandlers.paragraph),
      // Nodes the page receives only through `data.hName`/`hProperties`/`hChildren` (math, diagrams): printed as that element.
      inlineMath: dataElement,
      math: dataElement,
      mermaidCodeBlock: dataElement,
    },
  };
}

function dataElement(node: Node): string {
  const data = (node.data ?? {}) as {hName?: string; hProperties?: Properties; hChildren?: ElementContent[]};
  return toHtml({type: 'element', tagName: data.hName ?? 'div', properties: data.hProperties ?? {}, children: data.hChildren ?? []});
}

function renamed(fallback: Handle): Handle {
  return function (node: Blockquote | Paragraph, parent, state, info) {
    const name = node.data?.hName;
    if (typeof name !== 'string') return fallback(node, parent, state, info);
    const open = `<${name}${properties(node.data?.hProperties ?? {})}>`;
    const tracker = state.createTracker(info);
    let value = tracker.move(open + '\n');
    value +=
      node.type === 'paragraph'
        ? tracker.move(state.containerPhrasing(node, {before: '\n', after: '\n', ...tracker.current()}))
        : tracker.move(state.containerFlow(node, tracker.current()));
    return value + tracker.move(`\n</${name}>`);
  };
}

function properties(values: Properties): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([key, value]) => ` ${key}=${JSON.stringify(Array.isArray(value) ? value.join(' ') : String(value))}`)
    .join('');
}
