import type {Data, Node} from 'mdast';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import './construct';

/**
 * `++ctrl+alt+del++` as parsed: `value` is the text between the `++` markers,
 * as written. The transform reads the key names (with the options' key map)
 * and gives the node its element (`data.hName`, `hProperties`, `hChildren`:
 * `span.keys > kbd.key-* + span`), or turns it back into text when a name is
 * not a key, as pymdownx leaves such a match as text.
 */
export interface MkdocsKeys extends Node {
  type: 'mkdocsKeys';
  value: string;
  data?: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    mkdocsKeys: MkdocsKeys;
  }
  interface PhrasingContentMap {
    mkdocsKeys: MkdocsKeys;
  }
}

export function mkdocsKeysFromMarkdown(): Extension {
  return {
    enter: {mkdocsKeys: enterKeys},
    exit: {mkdocsKeys: exitKeys, mkdocsKeysValue: exitValue},
  };
}

function enterKeys(this: CompileContext, token: Token): undefined {
  this.enter({type: 'mkdocsKeys', value: ''}, token);
}

function exitValue(this: CompileContext, token: Token): undefined {
  (this.stack[this.stack.length - 1] as MkdocsKeys).value = this.sliceSerialize(token);
}

function exitKeys(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
