import type {ContainerDirective} from 'mdast-util-directive';
import type {Paragraph} from 'mdast';
import type {Point} from 'unist';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import type {MkdocsBoxData} from './node-data';
import './node-data';
import './token-types';

/**
 * Turns box tokens into the mdast that `:::type[Title]` produces with
 * remark-directive: a `containerDirective` named after the type, extra
 * classes in `attributes.class`, and the title as a first paragraph marked
 * `data.directiveLabel`. What only MkDocs has (collapsible, open, `""`) sits in
 * `data.mkdocs`.
 */
export function mkdocsBoxFromMarkdown(): Extension {
  return {
    enter: {
      mkdocsBox: enterBox,
      mkdocsBoxTitle: enterTitle,
      mkdocsBoxTitleString: enterTitleString,
    },
    exit: {
      mkdocsBox: exitBox,
      mkdocsBoxHeader: exitHeader,
      mkdocsBoxMarker: exitMarker,
      mkdocsBoxClasses: exitClasses,
      mkdocsBoxTitleString: exitNode,
    },
  };
}

function enterBox(this: CompileContext, token: Token): undefined {
  const data: MkdocsBoxData = {kind: 'admonition', open: false, classes: [], title: 'default'};
  const node: ContainerDirective = {type: 'containerDirective', name: '', attributes: {}, children: [], data: {mkdocs: data}};
  this.enter(node, token);
}

function currentBox(context: CompileContext): {node: ContainerDirective; data: MkdocsBoxData} {
  const node = context.stack[context.stack.length - 1] as ContainerDirective;
  return {node, data: node.data!.mkdocs!};
}

function exitMarker(this: CompileContext, token: Token): undefined {
  const marker = this.sliceSerialize(token);
  const {data} = currentBox(this);
  data.kind = marker.startsWith('!') ? 'admonition' : marker.startsWith('?') ? 'details' : 'tab';
  data.open = marker.includes('+');
  if (data.kind === 'tab') data.newSet = marker.includes('!');
}

function exitClasses(this: CompileContext, token: Token): undefined {
  const {node, data} = currentBox(this);
  data.classes = this.sliceSerialize(token)
    .split(/[ \t]+/)
    .map((word) => word.toLowerCase());
  data.typePoint = {line: token.start.line, column: token.start.column, offset: token.start.offset};
  node.name = data.classes[0] ?? '';
  const extra = data.classes.slice(1);
  if (extra.length > 0) node.attributes = {class: extra.join(' ')};
}

function enterTitle(this: CompileContext): undefined {
  currentBox(this).data.title = 'empty';
}

function enterTitleString(this: CompileContext, token: Token): undefined {
  currentBox(this).data.title = 'custom';
  const label: Paragraph = {type: 'paragraph', data: {directiveLabel: true}, children: []};
  this.enter(label, token);
}

/** Where each box's header ends, until the box itself is exited. */
const headerEnds = new WeakMap<ContainerDirective, Point>();

function exitHeader(this: CompileContext, token: Token): undefined {
  headerEnds.set(currentBox(this).node, token.end);
}

/**
 * The body token runs over trailing blank lines (they might have been
 * followed by more body); the node ends where its content does.
 */
function exitBox(this: CompileContext, token: Token): undefined {
  const {node} = currentBox(this);
  this.exit(token);
  const last = node.children[node.children.length - 1];
  const end = last?.position?.end ?? headerEnds.get(node);
  if (node.position && end) node.position.end = {line: end.line, column: end.column, offset: end.offset};
}

function exitNode(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
