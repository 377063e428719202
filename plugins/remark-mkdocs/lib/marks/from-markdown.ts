import type {Data, Parent, PhrasingContent} from 'mdast';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import type {FormatTag} from './patterns';
import './resolve';

/**
 * `==mark==`, `^^ins^^`, `^sup^`, `~~del~~`, `~sub~` as parsed. `data.hName`
 * makes every mdast-util-to-hast user (remark-rehype, Docusaurus's MDX step)
 * render the element itself, in both targets.
 */
export interface MkdocsFormat extends Parent {
  type: 'mkdocsFormat';
  tag: FormatTag;
  /** The marker as written on each side (`==`, `^^`, `^`, `~~`, `~`). */
  marker: string;
  children: PhrasingContent[];
  data: Data & {hName: FormatTag};
}

declare module 'mdast' {
  interface RootContentMap {
    mkdocsFormat: MkdocsFormat;
  }
  interface PhrasingContentMap {
    mkdocsFormat: MkdocsFormat;
  }
}

export function mkdocsFormatFromMarkdown(): Extension {
  return {
    // A line break inside `==…==` stays in the text, as in emphasis.
    canContainEols: ['mkdocsFormat'],
    enter: {mkdocsFormat: enterFormat},
    exit: {mkdocsFormat: exitFormat, mkdocsFormatSequence: exitSequence},
  };
}

function enterFormat(this: CompileContext, token: Token): undefined {
  const tag = token._formatTag!;
  this.enter({type: 'mkdocsFormat', tag, marker: '', children: [], data: {hName: tag}}, token);
}

function exitSequence(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as MkdocsFormat;
  if (node.marker === '') node.marker = this.sliceSerialize(token);
}

function exitFormat(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
