import type {Handle, Options} from 'mdast-util-to-markdown';
import type {MkdocsCritic} from './from-markdown';
import type {MkdocsCriticBlock, MkdocsCriticBreak} from './blocks';

/** mdast-util-to-markdown handler: a critic node written back as its mark (a substitution's two parts as one). */
export function mkdocsCriticToMarkdown(): Options {
  return {
    handlers: {mkdocsCritic: handleCritic, mkdocsCriticBlock: handleBlock, mkdocsCriticBreak: handleBreak},
    // Text `{++` (an escaped or unclosed opener) would read back as a mark.
    unsafe: [{character: '{', after: '\\+\\+|--|==|>>|~~'}],
  };
}

const MARKERS: Readonly<Record<string, readonly [string, string]>> = {
  insert: ['{++', '++}'],
  delete: ['{--', '--}'],
  mark: ['{==', '==}'],
  comment: ['{>>', '<<}'],
  old: ['{~~', '~>'],
  new: ['', '~~}'],
};

const handleCritic: Handle = function (node: MkdocsCritic, _, state, info) {
  const [open, close] = MARKERS[node.substitution ?? node.kind]!;
  const tracker = state.createTracker(info);
  let value = tracker.move(open);
  if (node.kind === 'comment') value += tracker.move(node.children.map((child) => ('value' in child ? child.value : '')).join(''));
  else value += tracker.move(state.containerPhrasing(node, {before: open.at(-1) ?? '', after: close[0]!, ...tracker.current()}));
  return value + tracker.move(close);
};

/** A mark around blocks: its opener and closer each a paragraph of their own. */
const handleBlock: Handle = function (node: MkdocsCriticBlock, _, state, info) {
  const [open, close] = MARKERS[node.kind]!;
  return `${open}\n\n${state.containerFlow(node, info)}\n\n${close}`;
};

/** A break inserted (`{++`, blank line, `++}`) or deleted (`{--` … `--}`). */
const handleBreak: Handle = function (node: MkdocsCriticBreak) {
  return node.data.hName === 'del' ? '{--\n\n--}' : '{++\n\n++}';
};
