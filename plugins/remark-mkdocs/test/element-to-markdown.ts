import type {Blockquote, Paragraph} from 'mdast';
import {defaultHandlers, type Handle, type Options} from 'mdast-util-to-markdown';
import type {Properties} from 'hast';
import type {MkdocsFormat} from '../lib/marks/from-markdown';

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
      mkdocsFormat: format,
    },
  };
}

/** `==x==` and its kin as the element the page receives (`<mark>x</mark>`). */
const format: Handle = function (node: MkdocsFormat, _, state, info) {
  const tracker = state.createTracker(info);
  let value = tracker.move(`<${node.tag}>`);
  value += tracker.move(state.containerPhrasing(node, {before: '>', after: '<', ...tracker.current()}));
  return value + tracker.move(`</${node.tag}>`);
};


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
