import type {Blockquote, Paragraph, Parent, ThematicBreak} from 'mdast';
import {phrasing} from 'mdast-util-phrasing';
import {defaultHandlers, type Handle, type Options} from 'mdast-util-to-markdown';
import type {ElementContent, Properties} from 'hast';
import {toHtml} from 'hast-util-to-html';
import type {Node} from 'unist';
import type {MkdocsFormat} from '../lib/marks/from-markdown';

/**
 * For the fixtures' `output.mdx`: a `blockquote` or `paragraph` that a
 * transform renamed through `data.hName` (a `<div markdown>` element) is
 * printed as that element with its properties, not as `> …` or a bare
 * paragraph, so the file shows what the page receives. Every other blockquote
 * and paragraph prints as usual. Definition lists (`defList`, `defListTerm`,
 * `defListDescription`, named `dl`/`dt`/`dd` the same way) print as those
 * elements; a tight definition holds its text directly.
 */
export function renamedElementsToMarkdown(): Options {
  return {
    handlers: {
      blockquote: renamed(defaultHandlers.blockquote),
      paragraph: renamed(defaultHandlers.paragraph),
      thematicBreak: renamedVoid,
      defList: element,
      defListTerm: element,
      defListDescription: element,
      mkdocsFormat: format,
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

const element: Handle = function (node: Parent, _parent, state, info) {
  const name = String(node.data?.hName);
  const tracker = state.createTracker(info);
  let value = tracker.move(`<${name}>\n`);
  value += node.children.every((child) => phrasing(child))
    ? tracker.move(state.containerPhrasing(node as Paragraph, {before: '\n', after: '\n', ...tracker.current()}))
    : tracker.move(state.containerFlow(node as Blockquote, tracker.current()));
  return value + tracker.move(`\n</${name}>`);
};

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

/** `<hr markdown>`: a thematic break renamed through `data.hName`, printed as that void element. */
const renamedVoid: Handle = function (node: ThematicBreak, parent, state, info) {
  const name = node.data?.hName;
  if (typeof name !== 'string') return defaultHandlers.thematicBreak(node, parent, state);
  return `<${name}${properties(node.data?.hProperties ?? {})} />`;
};

function properties(values: Properties): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([key, value]) => ` ${key}=${JSON.stringify(Array.isArray(value) ? value.join(' ') : String(value))}`)
    .join('');
}
