import type {BlockContent, Data, DefinitionContent, Paragraph, Parent} from 'mdast';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import {EMPTY_TAGS, readMarkdownTag, spanNestedTag, type HtmlMode, type OpeningTag} from './tag';
import {implicitlyClosed} from './construct';
import './token-types';

/**
 * `<div class="x" markdown>…</div>` as parsed (Python-Markdown `md_in_html`).
 * Block mode: the children are the content's blocks. Span mode: one
 * paragraph holding the inline content (none when the element is empty).
 * The transforms turn it into an element for the target (`data.hName`).
 */
export interface MkdocsHtml extends Parent {
  type: 'mkdocsHtml';
  /** Lower-cased tag name. */
  name: string;
  /** The opening tag's attributes but `markdown`, names lower-cased, values decoded; `null` for a bare attribute. */
  attributes: Record<string, string | null>;
  mode: HtmlMode;
  /** False when the container ended before the matching closing tag. */
  closed: boolean;
  children: Array<BlockContent | DefinitionContent>;
  data?: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    mkdocsHtml: MkdocsHtml;
  }
  interface BlockContentMap {
    mkdocsHtml: MkdocsHtml;
  }
}

export function isMkdocsHtml(node: unknown): node is MkdocsHtml {
  return (node as MkdocsHtml | undefined)?.type === 'mkdocsHtml';
}

/**
 * The element's classes as written (`class="annotate grid"` → `['annotate',
 * 'grid']`), for transforms that look for a class before the element is
 * converted (annotations in prose look for `annotate`).
 */
export function htmlBlockClasses(node: MkdocsHtml): string[] {
  return (node.attributes.class ?? '').split(/[ \t\n\f\r]+/).filter(Boolean);
}

/** Turns the `<tag markdown>` tokens into `mkdocsHtml` nodes. */
export function mkdocsHtmlFromMarkdown(): Extension {
  return {
    enter: {mkdocsHtml: enterElement, mkdocsHtmlSpan: enterParagraph},
    exit: {
      mkdocsHtml: exitElement,
      mkdocsHtmlOpen: exitOpen,
      mkdocsHtmlClose: exitClose,
      mkdocsHtmlSpan: exitNode,
    },
  };
}

function enterElement(this: CompileContext, token: Token): undefined {
  const node: MkdocsHtml = {type: 'mkdocsHtml', name: '', attributes: {}, mode: 'block', closed: false, children: []};
  this.enter(node, token);
}

function current(context: CompileContext): MkdocsHtml {
  return context.stack[context.stack.length - 1] as MkdocsHtml;
}

/** Where each element's opening tag ends, until the element is exited. */
const openEnds = new WeakMap<MkdocsHtml, Token['end']>();

function exitOpen(this: CompileContext, token: Token): undefined {
  const node = current(this);
  // The tokenizer accepted this tag; read it again from the source as written (tabs kept).
  const source = this.sliceSerialize(token);
  // An element in a span-mode element's inline content (its paragraph) is span mode whatever its `markdown` says.
  const inInlineContent = this.stack[this.stack.length - 2]?.type === 'paragraph';
  const result = inInlineContent ? spanNestedResult(source) : readMarkdownTag(source);
  if (result?.ok) {
    node.name = result.tag.name;
    node.mode = result.mode;
    for (const {name, value} of result.tag.attributes) if (name !== 'markdown') node.attributes[name] = value;
    // `<hr markdown>` is complete with its opening tag.
    if (EMPTY_TAGS.has(node.name)) node.closed = true;
  }
  openEnds.set(node, token.end);
}

function spanNestedResult(source: string): {ok: true; tag: OpeningTag; mode: HtmlMode} | undefined {
  const tag = spanNestedTag(source);
  return tag && {ok: true, tag, mode: 'span'};
}

function exitClose(this: CompileContext): undefined {
  current(this).closed = true;
}

function enterParagraph(this: CompileContext, token: Token): undefined {
  const paragraph: Paragraph = {type: 'paragraph', children: []};
  this.enter(paragraph, token);
}

/**
 * A closed element ends at its closing tag. An unclosed one runs over
 * trailing blank lines its container might still have continued with; it
 * ends where its content does.
 */
function exitElement(this: CompileContext, token: Token): undefined {
  const node = current(this);
  if (implicitlyClosed.has(token)) node.closed = true;
  this.exit(token);
  if (node.closed || !node.position) return;
  const last = node.children[node.children.length - 1];
  const end = last?.position?.end ?? openEnds.get(node);
  if (end) node.position.end = {line: end.line, column: end.column, offset: end.offset};
}

function exitNode(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
