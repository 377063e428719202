import type {Paragraph} from 'mdast';
import {directiveToMarkdown, type ContainerDirective} from 'mdast-util-directive';
import type {Handle, Options} from 'mdast-util-to-markdown';
import type {MkdocsBoxData} from './node-data';
import './node-data';

/**
 * mdast-util-to-markdown handler for boxes, so remark-stringify writes them
 * back as MkDocs wrote them: the header (`!!! type classes "Title"`,
 * `???+ …`, `===! "Label"`) from `data.mkdocs` and the label paragraph, then
 * the body indented 4 columns. A `containerDirective` without `data.mkdocs`
 * (remark-directive's `:::`) is written by mdast-util-directive, as before.
 */
export function mkdocsBoxToMarkdown(): Options {
  return {
    handlers: {containerDirective: handleBox},
    // Text that starts a line with a marker (a header MkDocs refused, kept as
    // a paragraph) is escaped, or it would read back as a box.
    unsafe: [
      {character: '!', atBreak: true, after: '!!'},
      {character: '?', atBreak: true, after: '\\?\\?'},
      {character: '=', atBreak: true, after: '=='},
    ],
  };
}

const writeDirective = directiveToMarkdown().handlers!.containerDirective as Handle;

const handleBox: Handle = function (node: ContainerDirective, parent, state, info) {
  const box = node.data?.mkdocs;
  if (!box) return writeDirective(node, parent, state, info);
  const tracker = state.createTracker(info);
  let value = tracker.move(marker(box));
  if (box.classes.length > 0) value += tracker.move(` ${box.classes.join(' ')}`);
  const [first] = node.children;
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? (first as Paragraph) : undefined;
  if (box.title === 'empty') value += tracker.move(' ""');
  if (box.title === 'custom' && label) {
    value += tracker.move(' "');
    value += tracker.move(state.containerPhrasing(label, {before: '"', after: '"', ...tracker.current()}));
    value += tracker.move('"');
  }
  const body: ContainerDirective = {...node, children: label ? node.children.slice(1) : node.children};
  if (body.children.length === 0) return value;
  value += tracker.move('\n');
  tracker.shift(4);
  const flow = state.containerFlow(body, tracker.current());
  return value + state.indentLines(flow, (line, _, blank) => (blank ? '' : '    ') + line);
};

function marker(box: MkdocsBoxData): string {
  if (box.kind === 'admonition') return '!!!';
  if (box.kind === 'details') return box.open ? '???+' : '???';
  return `===${box.open ? '+' : ''}${box.newSet ? '!' : ''}`;
}
