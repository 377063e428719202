import type {Paragraph, Parent} from 'mdast';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import './token-types';

/**
 * A `/// name` block as parsed, before it is given the shape of the node it
 * renders as (`to-nodes.ts`, which needs the settings and reports option
 * errors): its name, argument (as an inline label paragraph for every block
 * but `html`), the raw options text, whether its end line was found.
 */
export interface MkdocsBlock extends Parent {
  type: 'mkdocsBlock';
  name: string;
  /** The argument as written (undefined without `|`). */
  argument?: string;
  /** The indented options lines, as written (undefined when there are none). */
  options?: string;
  fenceLength: number;
  closed: boolean;
  children: Parent['children'];
}

declare module 'mdast' {
  interface RootContentMap {
    mkdocsBlock: MkdocsBlock;
  }
  interface BlockContentMap {
    mkdocsBlock: MkdocsBlock;
  }
}

export function isMkdocsBlock(node: unknown): node is MkdocsBlock {
  return (node as MkdocsBlock).type === 'mkdocsBlock';
}

export function mkdocsBlockFromMarkdown(): Extension {
  return {
    enter: {mkdocsBlock: enterBlock, mkdocsBlockArgument: enterArgument},
    exit: {
      mkdocsBlock: exitBlock,
      mkdocsBlockFence: exitFence,
      mkdocsBlockHeader: exitHeader,
      mkdocsBlockName: exitName,
      mkdocsBlockArgument: exitArgument,
      mkdocsBlockOptions: exitOptions,
      mkdocsBlockClose: exitClose,
    },
  };
}

function current(context: CompileContext): MkdocsBlock {
  for (let index = context.stack.length - 1; index >= 0; index--) {
    const node = context.stack[index] as unknown as MkdocsBlock;
    if (node.type === 'mkdocsBlock') return node;
  }
  throw new Error('no mkdocsBlock on the stack');
}

function enterBlock(this: CompileContext, token: Token): undefined {
  const node: MkdocsBlock = {type: 'mkdocsBlock', name: '', fenceLength: 3, closed: false, children: []};
  this.enter(node as never, token);
}

function exitFence(this: CompileContext, token: Token): undefined {
  current(this).fenceLength = this.sliceSerialize(token).length;
}

function exitName(this: CompileContext, token: Token): undefined {
  current(this).name = this.sliceSerialize(token).toLowerCase();
}

/** `/// admonition |`: an empty argument (no token), which means "no title". */
function exitHeader(this: CompileContext, token: Token): undefined {
  const node = current(this);
  if (node.argument === undefined && /^\s*\/+\s*[\w-]+\s*\|/.test(this.sliceSerialize(token))) node.argument = '';
}

/** The argument of a Markdown block is a label paragraph (its inline content is tokenized as text). */
function enterArgument(this: CompileContext, token: Token): undefined {
  const node = current(this);
  if (node.name === 'html') return;
  const label: Paragraph = {type: 'paragraph', data: {directiveLabel: true}, children: []};
  this.enter(label, token);
}

function exitArgument(this: CompileContext, token: Token): undefined {
  const node = current(this);
  node.argument = this.sliceSerialize(token);
  if (node.name !== 'html') this.exit(token);
}

function exitOptions(this: CompileContext, token: Token): undefined {
  const node = current(this);
  const line = this.sliceSerialize(token);
  node.options = node.options === undefined ? line : `${node.options}\n${line}`;
}

function exitClose(this: CompileContext): undefined {
  current(this).closed = true;
}

function exitBlock(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
