import type {BlockContent, Data, Paragraph, Parent, PhrasingContent, Root, RootContent} from 'mdast';
import type {} from 'mdast-util-to-hast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {verbatimIn} from '../mdast-util/text-place';
import type {CriticKind, MkdocsCritic} from './from-markdown';

/**
 * A critic mark around whole blocks: its opener and its closer each a
 * paragraph of their own (`{--`, blank line, the blocks, blank line, `--}`).
 * pymdownx writes `<del class="critic block">` around the blocks.
 */
export interface MkdocsCriticBlock extends Parent {
  type: 'mkdocsCriticBlock';
  kind: Exclude<CriticKind, 'comment'>;
  children: BlockContent[];
  data: Data;
}

/** `{++` then only blank lines then `++}`: pymdownx's paragraph break, `<ins class="critic break">&nbsp;</ins>`. */
export interface MkdocsCriticBreak extends Parent {
  type: 'mkdocsCriticBreak';
  children: PhrasingContent[];
  data: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    mkdocsCriticBlock: MkdocsCriticBlock;
    mkdocsCriticBreak: MkdocsCriticBreak;
  }
  interface BlockContentMap {
    mkdocsCriticBlock: MkdocsCriticBlock;
    mkdocsCriticBreak: MkdocsCriticBreak;
  }
  interface PhrasingContentMap {
    mkdocsCriticBreak: MkdocsCriticBreak;
  }
}

const BLOCK_KINDS: Readonly<Record<string, {kind: MkdocsCriticBlock['kind']; close: string; hName: string}>> = {
  '{++': {kind: 'insert', close: '++}', hName: 'ins'},
  '{--': {kind: 'delete', close: '--}', hName: 'del'},
  '{==': {kind: 'mark', close: '==}', hName: 'mark'},
};

/**
 * Critic marks that span blocks, in the two shapes pymdownx gives a meaning
 * of their own. pymdownx replaces marks in the raw text with placeholders and,
 * after rendering, unwraps a `<p>` that holds nothing but placeholders; the
 * tokenizer here reads marks inside one paragraph, so an opener whose closer
 * is blocks later stays text. This step works on that text afterwards, as
 * pymdownx's postprocessor works on the rendered paragraphs:
 *
 * - a paragraph that is only `{--` (or `{++`, `{==`), later blocks, then a
 *   sibling paragraph that is only `--}` (possibly followed by other critic
 *   marks, such as a comment): the blocks between are wrapped in
 *   `mkdocsCriticBlock` (`<del class="critic block">`);
 * - a mark whose content is the break between two paragraphs (see
 *   `acrossParagraphs`).
 *
 * Any other mark spanning blocks stays text, reported by the lint.
 */
export function criticBlocks(tree: Root, file: VFile): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!;
      if (child.type !== 'paragraph') continue;
      const opener = onlyText(child, file);
      const block = opener === undefined ? undefined : BLOCK_KINDS[opener];
      if (block) {
        const end = parent.children.findIndex((sibling, at) => at > index && sibling.type === 'paragraph' && closes(sibling, block.close, file));
        if (end !== -1) {
          wrap(parent, index, end, block);
          continue;
        }
      }
      const next = parent.children[index + 1];
      if (next?.type === 'paragraph') {
        const joined = acrossParagraphs(child, next, file);
        if (joined === 'merged') parent.children.splice(index + 1, 1);
        else if (joined) parent.children.splice(index + 1, 0, joined as RootContent);
        if (joined === 'merged') index--;
        else if (joined) index++;
      }
    }
  });
}

/** The paragraph's text when it is one text node written as such (`{--`), trimmed. */
function onlyText(paragraph: Paragraph, file: VFile): string | undefined {
  const [only, ...rest] = paragraph.children;
  if (rest.length > 0 || only?.type !== 'text' || !verbatimIn(file, only)(0, only.value.length)) return undefined;
  return only.value.trim();
}

/** A paragraph that is the closer, then nothing but critic marks (which pymdownx also unwraps). */
function closes(paragraph: Paragraph, close: string, file: VFile): boolean {
  const [head, ...rest] = paragraph.children;
  if (head?.type !== 'text' || head.value.trim() !== close || !verbatimIn(file, head)(0, head.value.length)) return false;
  return rest.every((node) => node.type === 'mkdocsCritic' || (node.type === 'text' && node.value.trim() === ''));
}

function wrap(parent: Parent, open: number, close: number, block: (typeof BLOCK_KINDS)[string]): void {
  const closer = parent.children[close] as Paragraph;
  const trailing = closer.children.slice(1).filter((node) => node.type === 'mkdocsCritic');
  const wrapped: MkdocsCriticBlock = {
    type: 'mkdocsCriticBlock',
    kind: block.kind,
    children: parent.children.slice(open + 1, close) as BlockContent[],
    data: {hName: block.hName, hProperties: {className: ['critic', 'block']}},
    position: parent.children[open]!.position && closer.position && {start: parent.children[open]!.position!.start, end: closer.position.start},
  };
  const after: RootContent[] = trailing.length > 0 ? [{type: 'paragraph', children: trailing, position: closer.position}] : [];
  parent.children.splice(open, close - open + 1, wrapped as RootContent, ...after);
}

/**
 * A mark whose content is the paragraph break between two paragraphs (the
 * opener ends one, the closer starts the next), as pymdownx draws it:
 *
 * - `{++` / `++}`: an insert of a break, `<ins class="critic break">&nbsp;</ins>`
 *   between the paragraphs (returned, to insert);
 * - `{--` / `--}`: a delete of the break; pymdownx's placeholder has no
 *   blank lines around it, so the two paragraphs become one with
 *   `<del class="critic break">&nbsp;</del>` where they meet (`'merged'`);
 * - `{~~` / `~> new ~~}`: both: one paragraph, the delete of the break, then
 *   `new` inserted (`'merged'`);
 * - `{~~ old ~>` / `~~}`: `old` deleted at the end of the first paragraph,
 *   then an inserted break (returned).
 */
function acrossParagraphs(before: Paragraph, after: Paragraph, file: VFile): RootContent | 'merged' | undefined {
  const last = before.children.at(-1);
  const first = after.children[0];
  if (last?.type !== 'text' || first?.type !== 'text') return undefined;
  const tail = /\{(\+\+|--|~~)([^]*?)\s*$/.exec(last.value);
  if (!tail || !verbatimIn(file, last)(tail.index, tail.index + 3)) return undefined;
  const cut = () => (last.value = last.value.slice(0, tail.index));
  const rest = (from: number) => (first.value = first.value.slice(from).replace(/^\s+/, ''));
  const opener = tail[1]!;
  const inside = tail[2]!;
  if (opener === '++' && inside === '' && first.value.startsWith('++}')) {
    cut();
    rest(3);
    return criticBreak('ins');
  }
  if (opener === '--' && inside === '' && first.value.startsWith('--}')) {
    cut();
    first.value = first.value.slice(3);
    before.children.push(criticBreak('del') as PhrasingContent, ...after.children);
    return 'merged';
  }
  if (opener !== '~~') return undefined;
  if (inside === '' && first.value.startsWith('~>')) {
    const close = first.value.indexOf('~~}');
    if (close === -1) return undefined;
    cut();
    const inserted = first.value.slice(2, close);
    first.value = first.value.slice(close + 3);
    before.children.push(criticBreak('del') as PhrasingContent, criticText('insert', inserted), ...after.children);
    return 'merged';
  }
  const old = /^([^]*?)~>$/.exec(inside);
  if (old && first.value.startsWith('~~}')) {
    cut();
    before.children.push(criticText('delete', old[1]!));
    rest(3);
    return criticBreak('ins');
  }
  return undefined;
}

function criticBreak(hName: 'ins' | 'del'): MkdocsCriticBreak {
  return {type: 'mkdocsCriticBreak', children: [{type: 'text', value: '\u00a0'}], data: {hName, hProperties: {className: ['critic', 'break']}}};
}

function criticText(kind: 'insert' | 'delete', value: string): PhrasingContent {
  const critic: MkdocsCritic = {
    type: 'mkdocsCritic',
    kind,
    children: value === '' ? [] : [{type: 'text', value}],
    data: {hName: kind === 'insert' ? 'ins' : 'del', hProperties: {className: ['critic']}},
  };
  return critic;
}
