import type {Data, Root} from 'mdast';
import type {Element} from 'hast';
import type {Node} from 'unist';
import type {MarkdownExtensions} from '../markdown-extensions';
import {visit} from '../mdast-util/visit';
import {parseFenceInfo} from './info';

/**
 * Mermaid diagrams: pymdownx.superfences' `custom_fences` entries whose
 * class is `mermaid` (Material's setup: `{name: mermaid, class: mermaid,
 * format: !!python/name:pymdownx.superfences.fence_code_format}`), by fence
 * name. Material draws every `.mermaid` element; so does this.
 */
export interface MermaidFence {
  /** `fence_div_format` writes `<div class="mermaid">`; `fence_code_format` (and any other) `<pre class="mermaid"><code>`. */
  format: 'code' | 'div';
}

/** A diagram, as Docusaurus's mermaid step shapes it: nothing but `data` (to-hast reads `hName`, `hProperties`, `hChildren`). */
export interface MermaidCodeBlock extends Node {
  type: 'mermaidCodeBlock';
  data: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    mermaidCodeBlock: MermaidCodeBlock;
  }
  interface BlockContentMap {
    mermaidCodeBlock: MermaidCodeBlock;
  }
}

export function mermaidFences(extensions: MarkdownExtensions): ReadonlyMap<string, MermaidFence> {
  const fences = new Map<string, MermaidFence>();
  if (!extensions.has('pymdownx.superfences')) return fences;
  const custom = extensions.options('pymdownx.superfences').custom_fences;
  if (!Array.isArray(custom)) return fences;
  for (const entry of custom as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const {name, class: className, format} = entry as Record<string, unknown>;
    if (typeof name !== 'string' || className !== 'mermaid') continue;
    const formatName = typeof format === 'string' ? format : typeof format === 'object' && format !== null ? String(Object.values(format)[0]) : '';
    fences.set(name, {format: formatName.endsWith('fence_div_format') ? 'div' : 'code'});
  }
  return fences;
}

/**
 * The diagram fences, before any other step reads code (annotations, fence
 * attributes, shell classification), so none of them touches a diagram:
 * - `docusaurus`: Docusaurus's own `mermaidCodeBlock` node (what its
 *   `markdown.mermaid` remark step makes of ```` ```mermaid ````), which
 *   `@docusaurus/theme-mermaid` draws in the browser, in the colour mode's theme.
 * - `html`: superfences' `fence_code_format` / `fence_div_format` output.
 */
export function mermaidFencesToTarget(tree: Root, fences: ReadonlyMap<string, MermaidFence>, docusaurus: boolean): void {
  if (fences.size === 0) return;
  visit(tree, 'code', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const language = parseFenceInfo(node.lang, node.meta).language;
    const fence = language === undefined ? undefined : fences.get(language);
    if (!fence) return;
    const text = {type: 'text' as const, value: node.value};
    const code: Element = {type: 'element', tagName: 'code', properties: {}, children: [text]};
    const data = docusaurus
      ? {hName: 'mermaid', hProperties: {value: node.value}}
      : fence.format === 'div'
        ? {hName: 'div', hProperties: {className: ['mermaid']}, hChildren: [text]}
        : {hName: 'pre', hProperties: {className: ['mermaid']}, hChildren: [code]};
    const diagram: MermaidCodeBlock = {type: 'mermaidCodeBlock', position: node.position, data: data as Data};
    parent.children[index] = diagram;
  });
}
