import type {Data, Root} from 'mdast';
import type {Element} from 'hast';
import type {Node} from 'unist';
import type {MarkdownExtensions} from '../markdown-extensions';
import {visit} from '../mdast-util/visit';
import {parseFenceInfo} from './info';

/**
 * pymdownx.superfences' `custom_fences` with its two stock formats, by fence
 * name. Mermaid diagrams are those of class `mermaid` (Material's setup:
 * `{name: mermaid, class: mermaid, format: !!python/name:pymdownx.superfences.fence_code_format}`):
 * Material draws every `.mermaid` element; so does the site.
 */
export interface CustomFence {
  className: string;
  /** `fence_div_format` writes `<div class>`; `fence_code_format` `<pre class><code>`. */
  format: 'code' | 'div';
}

/**
 * A diagram, as Docusaurus's mermaid step shapes it (`docusaurus` target), or
 * a custom fence's HTML (`html` target, `mkdocsCustomFence`): nothing but
 * `data` (to-hast reads `hName`, `hProperties`, `hChildren`).
 */
export interface MermaidCodeBlock extends Node {
  type: 'mermaidCodeBlock' | 'mkdocsCustomFence';
  data: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    mermaidCodeBlock: MermaidCodeBlock;
    mkdocsCustomFence: MermaidCodeBlock;
  }
  interface BlockContentMap {
    mermaidCodeBlock: MermaidCodeBlock;
    mkdocsCustomFence: MermaidCodeBlock;
  }
}

export function customFences(extensions: MarkdownExtensions): ReadonlyMap<string, CustomFence> {
  const fences = new Map<string, CustomFence>();
  if (!extensions.has('pymdownx.superfences')) return fences;
  const custom = extensions.options('pymdownx.superfences').custom_fences;
  if (!Array.isArray(custom)) return fences;
  for (const entry of custom as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const {name, class: className, format} = entry as Record<string, unknown>;
    if (typeof name !== 'string' || typeof className !== 'string') continue;
    // `!!python/name:…` as a string, or as the oracle's `{'!!python/name': …}`, superfences' default when absent;
    // other formatters are Python code we cannot run.
    const formatName =
      format === undefined ? '.fence_code_format' : typeof format === 'string' ? format : typeof format === 'object' && format !== null ? String(Object.values(format)[0]) : '';
    if (formatName.endsWith('.fence_code_format')) fences.set(name, {className, format: 'code'});
    else if (formatName.endsWith('.fence_div_format')) fences.set(name, {className, format: 'div'});
  }
  return fences;
}

/** Whether a page of this workshop can hold a mermaid diagram (the site loads `@docusaurus/theme-mermaid` only then). */
export function hasMermaidFence(extensions: MarkdownExtensions): boolean {
  return [...customFences(extensions).values()].some((fence) => fence.className === 'mermaid');
}

/**
 * Custom fences, before any other step reads code (annotations, fence
 * attributes, shell classification), so none of them touches a diagram:
 * - `docusaurus`: a mermaid fence becomes Docusaurus's own `mermaidCodeBlock`
 *   node (what its `markdown.mermaid` remark step makes of ```` ```mermaid ````),
 *   which `@docusaurus/theme-mermaid` draws in the browser, in the colour
 *   mode's theme. Other custom fences stay code blocks.
 * - `html`: superfences' `fence_code_format` / `fence_div_format` output
 *   (the id and classes of a `{ .name .class #id }` header; other attributes
 *   are not carried).
 */
export function customFencesToTarget(tree: Root, fences: ReadonlyMap<string, CustomFence>, docusaurus: boolean): void {
  if (fences.size === 0) return;
  visit(tree, 'code', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const info = parseFenceInfo(node.lang, node.meta);
    const fence = info.language === undefined ? undefined : fences.get(info.language);
    if (!fence || (docusaurus && fence.className !== 'mermaid')) return;
    const text = {type: 'text' as const, value: node.value};
    const code: Element = {type: 'element', tagName: 'code', properties: {}, children: [text]};
    const properties = {...(info.id ? {id: info.id} : {}), className: [fence.className, ...info.classes].filter(Boolean)};
    const data = docusaurus
      ? {hName: 'mermaid', hProperties: {value: node.value}}
      : fence.format === 'div'
        ? {hName: 'div', hProperties: properties, hChildren: [text]}
        : {hName: 'pre', hProperties: properties, hChildren: [code]};
    const diagram: MermaidCodeBlock = {type: docusaurus ? 'mermaidCodeBlock' : 'mkdocsCustomFence', position: node.position, data: data as Data};
    parent.children[index] = diagram;
  });
}
