import type {Paragraph, PhrasingContent, Parent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import './node-data';
import type {MkdocsBoxData} from './node-data';
import {capitalize} from './header';
import {MATERIAL_TYPES, NEUTRAL_TYPE, materialCanonicalType} from './types';
import type {ResolvedOptions} from '../options';

/** A `containerDirective` that came from a `!!!`, `???` or `===` header. */
export interface BoxNode extends ContainerDirective {
  data: ContainerDirective['data'] & {mkdocs: MkdocsBoxData};
}

export function isBox(node: unknown): node is BoxNode {
  return (node as ContainerDirective).type === 'containerDirective' && Boolean((node as ContainerDirective).data?.mkdocs);
}

/** The title label paragraph, when the author wrote a non-empty quoted title. */
export function boxLabel(node: BoxNode): Paragraph | undefined {
  const first = node.children[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
}

/** The body: every child but the label. */
export function boxBody(node: BoxNode): ContainerDirective['children'] {
  const label = boxLabel(node);
  return label ? node.children.slice(1) : node.children;
}

/**
 * The title's inline content as MkDocs shows it: the quoted title, or the
 * first class capitalised (`!!! caution` → "Caution"), or nothing for `""`.
 */
export function boxTitle(node: BoxNode): PhrasingContent[] | undefined {
  const {title, classes} = node.data.mkdocs;
  if (title === 'empty') return undefined;
  if (title === 'custom') return boxLabel(node)?.children ?? [];
  const word = classes[0] ?? '';
  return [{type: 'text', value: capitalize(word), position: node.data.mkdocs.typePoint && pointSpan(node, word)}];
}

function pointSpan(node: BoxNode, word: string) {
  const start = node.data.mkdocs.typePoint!;
  return {start, end: {line: start.line, column: start.column + word.length, offset: (start.offset ?? 0) + word.length}};
}

export type TypeStatus = 'material' | 'custom' | 'none' | 'unknown';

/** The type a box is styled as: canonical Material type, custom type, or neutral. */
export function resolveBoxType(node: BoxNode, options: ResolvedOptions): {type: string; status: TypeStatus} {
  const word = node.data.mkdocs.classes[0];
  if (word === undefined) return {type: 'note', status: 'none'};
  const material = materialCanonicalType(word);
  if (material) return {type: material, status: 'material'};
  if (options.customTypes.has(word)) return {type: word, status: 'custom'};
  return {type: NEUTRAL_TYPE, status: 'unknown'};
}

export function knownTypeList(options: ResolvedOptions): string {
  return [...Object.keys(MATERIAL_TYPES), ...options.customTypes.keys()].join(', ');
}

export type {Parent};
