import type {ElementContent} from 'hast';
import type {InlineMath, Math} from 'mdast-util-math';
import type {Root} from 'mdast';
import {visit} from '../mdast-util/visit';
import type {ArithmatexSettings} from './grammar';

/**
 * What math becomes for each target, through mdast-util-to-hast's
 * `data.hName`/`hProperties`/`hChildren`:
 * - `docusaurus`: the elements remark-math gives rehype-katex
 *   (`code.language-math.math-inline`, `pre > code.language-math.math-display`),
 *   which the site's rehype-katex renders to HTML at build time.
 * - `html`: what arithmatex writes into MkDocs' page, generic
 *   (`<span class="arithmatex">\(…\)</span>`, `<div class="arithmatex">\[…\]</div>`)
 *   or MathJax 2's scripts (`generic: false`, arithmatex's default).
 */
export function mathToTarget(tree: Root, settings: ArithmatexSettings, docusaurus: boolean): void {
  visit(tree, (node) => node.type === 'inlineMath' || node.type === 'math', (node) => {
    const math = node as InlineMath | Math;
    const form = math.data?.arithmatex;
    if (docusaurus) math.data = {...katexElements(math), arithmatex: form};
    else math.data = {...(math.type === 'inlineMath' ? inlineHtml(math.value, settings) : blockHtml(math.value, settings)), arithmatex: form};
  });
}

function katexElements(node: InlineMath | Math) {
  const text: ElementContent = {type: 'text', value: node.value};
  if (node.type === 'inlineMath') {
    return {hName: 'code', hProperties: {className: ['language-math', 'math-inline']}, hChildren: [text]};
  }
  // The `code` element is the one rehype-katex renders and reports on: it carries the math's place, as the `pre` does.
  return {
    hName: 'pre',
    hProperties: {},
    hChildren: [{type: 'element' as const, tagName: 'code', properties: {className: ['language-math', 'math-display']}, children: [text], ...(node.position ? {position: node.position} : {})}],
  };
}

/** arithmatex's `_inline_generic_format` / `_inline_mathjax_format`. */
function inlineHtml(math: string, settings: ArithmatexSettings) {
  if (settings.generic) {
    const [open, close] = settings.texInlineWrap;
    return {hName: settings.inlineTag, hProperties: {className: ['arithmatex']}, hChildren: [{type: 'text' as const, value: open + math + close}]};
  }
  const children: ElementContent[] = [];
  if (settings.preview) children.push({type: 'element', tagName: 'span', properties: {className: ['MathJax_Preview']}, children: [{type: 'text', value: math}]});
  children.push({type: 'element', tagName: 'script', properties: {type: 'math/tex'}, children: [{type: 'text', value: math}]});
  return {hName: settings.inlineTag, hProperties: {className: ['arithmatex']}, hChildren: children};
}

/** arithmatex's block processor: `generic_output` / `mathjax_output`. */
function blockHtml(math: string, settings: ArithmatexSettings) {
  if (settings.generic) {
    const [open, close] = settings.texBlockWrap;
    return {hName: settings.blockTag, hProperties: {className: ['arithmatex']}, hChildren: [{type: 'text' as const, value: open + math + close}]};
  }
  const children: ElementContent[] = [];
  if (settings.preview) children.push({type: 'element', tagName: 'div', properties: {className: ['MathJax_Preview']}, children: [{type: 'text', value: math}]});
  children.push({type: 'element', tagName: 'script', properties: {type: 'math/tex; mode=display'}, children: [{type: 'text', value: math}]});
  return {hName: settings.blockTag, hProperties: {className: ['arithmatex']}, hChildren: children};
}
