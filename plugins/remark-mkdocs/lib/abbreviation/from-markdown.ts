import type {Data, Node, Text} from 'mdast';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import {decodeCharacterReferences} from '../python-markdown';
import './construct';

/**
 * `*[TERM]: Title` as parsed. The transform collects these (the last
 * definition of a term wins, wherever it is) and removes them.
 */
export interface MkdocsAbbreviationDefinition extends Node {
  type: 'mkdocsAbbreviationDefinition';
  /** As written, surrounding whitespace removed (case matters). */
  term: string;
  /** As a reader sees it: tabs expanded, character references decoded, nothing else (no Markdown, no escapes). May be empty. */
  title: string;
  data?: Data;
}

export interface MkdocsAbbreviationData extends Data {
  hName: 'abbr';
  hProperties: {title: string};
}

/**
 * An occurrence of a defined term in prose. `data.hName`/`hProperties` make
 * every mdast-util-to-hast user (remark-rehype, MDX) render `<abbr title>`.
 */
export interface MkdocsAbbreviation extends Node {
  type: 'mkdocsAbbreviation';
  children: [Text];
  data: MkdocsAbbreviationData;
}

declare module 'mdast' {
  interface RootContentMap {
    mkdocsAbbreviationDefinition: MkdocsAbbreviationDefinition;
    mkdocsAbbreviation: MkdocsAbbreviation;
  }
  interface DefinitionContentMap {
    mkdocsAbbreviationDefinition: MkdocsAbbreviationDefinition;
  }
  interface PhrasingContentMap {
    mkdocsAbbreviation: MkdocsAbbreviation;
  }
}

/** Turns abbreviation definition tokens into `mkdocsAbbreviationDefinition` nodes. */
export function mkdocsAbbreviationFromMarkdown(): Extension {
  return {
    enter: {mkdocsAbbreviationDefinition: enterDefinition},
    exit: {
      mkdocsAbbreviationDefinition: exitDefinition,
      mkdocsAbbreviationTerm: exitTerm,
      mkdocsAbbreviationTitle: exitTitle,
    },
  };
}

function enterDefinition(this: CompileContext, token: Token): undefined {
  this.enter({type: 'mkdocsAbbreviationDefinition', term: '', title: ''}, token);
}

function current(context: CompileContext): MkdocsAbbreviationDefinition {
  return context.stack[context.stack.length - 1] as MkdocsAbbreviationDefinition;
}

function exitTerm(this: CompileContext, token: Token): undefined {
  current(this).term = this.sliceSerialize(token, true);
}

/** The title as a reader sees it: Python-Markdown writes it raw into the `title` attribute. */
function exitTitle(this: CompileContext, token: Token): undefined {
  current(this).title = decodeCharacterReferences(this.sliceSerialize(token, true));
}

function exitDefinition(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
