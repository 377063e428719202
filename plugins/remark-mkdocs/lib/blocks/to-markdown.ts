import type {Paragraph} from 'mdast';
import type {Handle, Options} from 'mdast-util-to-markdown';
import type {MkdocsBlock} from './from-markdown';

/**
 * mdast-util-to-markdown handler for `mkdocsBlock` nodes (the tree as
 * parsed): the header, the options lines, the content unindented, the end
 * line (when the block had one).
 */
export function mkdocsBlockToMarkdown(): Options {
  return {
    handlers: {mkdocsBlock: handleBlock as Handle},
    // Text starting a line with `///` would read back as a block.
    unsafe: [{character: '/', atBreak: true, after: '//'}],
  };
}

function handleBlock(node: MkdocsBlock, _parent: unknown, state: Parameters<Handle>[2], info: Parameters<Handle>[3]): string {
  const tracker = state.createTracker(info);
  const fence = '/'.repeat(node.fenceLength);
  let value = tracker.move(`${fence} ${node.name}`);
  const [first] = node.children;
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? (first as Paragraph) : undefined;
  if (label) value += tracker.move(` | ${state.containerPhrasing(label, {before: ' ', after: '\n', ...tracker.current()})}`);
  else if (node.argument !== undefined) value += tracker.move(node.argument ? ` | ${node.argument}` : ' |');
  if (node.options !== undefined) value += tracker.move(`\n${node.options}`);
  const body = {...node, children: label ? node.children.slice(1) : node.children};
  if (body.children.length > 0) {
    value += tracker.move('\n\n');
    value += tracker.move(state.containerFlow(body as never, tracker.current()));
  }
  if (node.closed) value += tracker.move(`\n\n${fence}`);
  return value;
}
