import type {Handle, Options} from 'mdast-util-to-markdown';
import type {DefList, DefListDescription, DefListTerm} from './nodes';

/**
 * mdast-util-to-markdown handlers, so remark-stringify writes definition
 * lists back as Python-Markdown reads them: each term on its own line, each
 * definition as `:   ` and its body indented 4 columns; a blank line before a
 * loose definition and between groups.
 */
export function mkdocsDefListToMarkdown(): Options {
  return {
    handlers: {defList: handleList, defListTerm: handleTerm, defListDescription: handleDescription},
    // A paragraph line starting with `: ` would read back as a definition.
    unsafe: [{character: ':', atBreak: true, after: ' '}],
  };
}

const handleList: Handle = function (node: DefList, _parent, state, info) {
  const tracker = state.createTracker(info);
  let value = '';
  node.children.forEach((child, index) => {
    if (index > 0) value += tracker.move(separator(node.children[index - 1]!, child));
    value += tracker.move(state.handle(child, node, state, {before: '\n', after: '\n', ...tracker.current()}));
  });
  return value;
};

function separator(before: DefListTerm | DefListDescription, after: DefListTerm | DefListDescription): string {
  if (after.type === 'defListTerm') return before.type === 'defListTerm' ? '\n' : '\n\n';
  return after.spread ? '\n\n' : '\n';
}

const handleTerm: Handle = function (node: DefListTerm, _parent, state, info) {
  return state.containerPhrasing(node, {before: '\n', after: '\n', ...state.createTracker(info).current()});
};

const handleDescription: Handle = function (node: DefListDescription, _parent, state, info) {
  const tracker = state.createTracker(info);
  const value = tracker.move(':   ');
  tracker.shift(4);
  const flow = state.containerFlow(node, tracker.current());
  return value + state.indentLines(flow, (line, index, blank) => (index === 0 || blank ? '' : '    ') + line);
};
