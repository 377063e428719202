import type {Data, Parent, PhrasingContent, Text} from 'mdast';
import type {Point} from 'unist';
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown';
import type {} from 'mdast-util-to-hast';
import './construct';

export type CriticKind = 'insert' | 'delete' | 'mark' | 'comment';

/**
 * A critic mark (pymdownx.critic, view mode). `data.hName`/`hProperties`
 * make every mdast-util-to-hast user (remark-rehype, MDX) render what
 * pymdownx writes: `<ins class="critic">`, `<del class="critic">`,
 * `<mark class="critic">`, `<span class="critic comment">`. A substitution
 * `{~~ old ~> new ~~}` is a `delete` then an `insert`, as pymdownx writes it,
 * each with `substitution` set so it is written back as one mark.
 */
export interface MkdocsCritic extends Parent {
  type: 'mkdocsCritic';
  kind: CriticKind;
  /** Part of `{~~ old ~> new ~~}`: `old` is the delete, `new` the insert. */
  substitution?: 'old' | 'new';
  /** A comment's child is its text as written (line endings as spaces), not Markdown. */
  children: PhrasingContent[];
  data: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    mkdocsCritic: MkdocsCritic;
  }
  interface PhrasingContentMap {
    mkdocsCritic: MkdocsCritic;
  }
}

const ELEMENTS: Readonly<Record<CriticKind, {hName: string; className: string[]}>> = {
  insert: {hName: 'ins', className: ['critic']},
  delete: {hName: 'del', className: ['critic']},
  mark: {hName: 'mark', className: ['critic']},
  comment: {hName: 'span', className: ['critic', 'comment']},
};

function criticNode(kind: CriticKind, substitution?: 'old' | 'new'): MkdocsCritic {
  const {hName, className} = ELEMENTS[kind];
  return {
    type: 'mkdocsCritic',
    kind,
    ...(substitution && {substitution}),
    children: [],
    data: {hName, hProperties: {className: [...className]}},
  };
}

/** Turns critic tokens into `mkdocsCritic` nodes. */
export function mkdocsCriticFromMarkdown(): Extension {
  return {
    // A mark may run over lines: its line endings are text, as in a paragraph.
    canContainEols: ['mkdocsCritic'],
    enter: {
      mkdocsCritic: enterCritic,
      mkdocsCriticInsert: kindSetter('insert'),
      mkdocsCriticDelete: kindSetter('delete'),
      mkdocsCriticMark: kindSetter('mark'),
      mkdocsCriticComment: kindSetter('comment'),
      mkdocsCriticSubstitution: enterSubstitution,
      mkdocsCriticSubstitutionOld: enterPart('delete', 'old'),
      mkdocsCriticSubstitutionNew: enterPart('insert', 'new'),
    },
    exit: {
      mkdocsCritic: exitCritic,
      mkdocsCriticSubstitutionOld: exitPart,
      mkdocsCriticSubstitutionNew: exitPart,
      mkdocsCriticCommentValue: exitCommentValue,
    },
  };
}

/** The node starts at `{`; its kind is known at the next token. A substitution is a placeholder holding its two parts. */
function enterCritic(this: CompileContext, token: Token): undefined {
  this.enter(criticNode('mark'), token);
}

function kindSetter(kind: CriticKind) {
  return function (this: CompileContext): undefined {
    const node = this.stack[this.stack.length - 1] as MkdocsCritic;
    Object.assign(node, criticNode(kind), {position: node.position, children: node.children});
  };
}

/** Placeholders of substitutions, replaced by their two parts when they end. */
const substitutions = new WeakSet<MkdocsCritic>();

function enterSubstitution(this: CompileContext): undefined {
  substitutions.add(this.stack[this.stack.length - 1] as MkdocsCritic);
}

function enterPart(kind: CriticKind, substitution: 'old' | 'new') {
  return function (this: CompileContext, token: Token): undefined {
    this.enter(criticNode(kind, substitution), token);
  };
}

function exitPart(this: CompileContext, token: Token): undefined {
  this.exit(token);
}

/**
 * A substitution's placeholder is replaced by its parts. A mark inside
 * another is text (its markers as written, its content as parsed): pymdownx
 * replaces marks in one pass over the raw text, so the outer mark's content
 * is never searched again.
 */
function exitCritic(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as MkdocsCritic;
  this.exit(token);
  const parent = this.stack[this.stack.length - 1] as Parent;
  const nested = this.stack.some((ancestor) => ancestor.type === 'mkdocsCritic');
  let replacement: PhrasingContent[] | undefined;
  if (nested) replacement = asText(node, substitutions.has(node));
  else if (substitutions.has(node)) replacement = node.children;
  if (replacement) parent.children.splice(parent.children.indexOf(node), 1, ...(replacement as typeof parent.children));
}

const MARKERS: Readonly<Record<CriticKind, readonly [string, string]>> = {
  insert: ['{++', '++}'],
  delete: ['{--', '--}'],
  mark: ['{==', '==}'],
  comment: ['{>>', '<<}'],
};

/** A mark's markers and content, as phrasing content (for a mark nested in another). */
function asText(node: MkdocsCritic, substitution: boolean): PhrasingContent[] {
  const start = node.position!.start;
  const end = node.position!.end;
  // Markers stand on one line: their places are their first or last character's, shifted.
  const after = (at: Point, length: number): Text => ({type: 'text', value: '', position: {start: at, end: shift(at, length)}});
  const before = (at: Point, length: number): Text => ({type: 'text', value: '', position: {start: shift(at, -length), end: at}});
  const marker = (value: string, place: Text): Text => ({...place, value});
  if (substitution) {
    const [old, replacement] = node.children as MkdocsCritic[];
    return [
      marker('{~~', after(start, 3)),
      ...old!.children,
      marker('~>', before(old!.position!.end, 2)),
      ...replacement!.children,
      marker('~~}', before(end, 3)),
    ];
  }
  const [open, close] = MARKERS[node.kind];
  return [marker(open, after(start, 3)), ...node.children, marker(close, before(end, 3))];
}

function shift(at: Point, by: number): Point {
  return {line: at.line, column: at.column + by, offset: at.offset === undefined ? undefined : at.offset + by};
}

/** pymdownx writes a comment's text raw (escaped), each line ending as a space. */
function exitCommentValue(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as MkdocsCritic;
  const value = this.sliceSerialize(token).replace(/\r\n|\r|\n/g, ' ');
  const last = node.children[node.children.length - 1];
  if (last?.type === 'text') {
    last.value += value;
    if (last.position) last.position.end = point(token.end);
  } else {
    node.children.push({type: 'text', value, position: {start: point(token.start), end: point(token.end)}});
  }
}

function point(at: Token['start']): {line: number; column: number; offset: number} {
  return {line: at.line, column: at.column, offset: at.offset};
}
