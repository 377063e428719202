/**
 * Math on the site (workshops that enable `pymdownx.arithmatex`): remark-mkdocs
 * tokenizes it with arithmatex's rules into mdast-util-math's nodes;
 * rehype-katex renders them to HTML + MathML at build time (no client
 * script); each page with math renders `<KatexStylesheet />`, which links
 * KaTeX's stylesheet, self-hosted from node_modules with its fonts
 * (plugins/katex-assets.ts; no CDN), so pages without math do not load it.
 */
import type {Element, Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import rehypeKatexPlugin from 'rehype-katex';
import {EXIT, SKIP, visit} from '../remark-mkdocs/lib/mdast-util/visit';

/** The component a page with math renders once (it links the stylesheet). */
export const KATEX_STYLESHEET_COMPONENT = {name: 'KatexStylesheet', module: '@site/src/components/KatexStylesheet'};

/**
 * KaTeX as the site runs it. `trust: false` (KaTeX's default, stated so it
 * stays): `\href`, `\url`, `\includegraphics`, `\htmlClass`… render as errors,
 * never as links or attributes a lesson controls. `strict: 'ignore'`: KaTeX's
 * LaTeX-compatibility notes would only be console noise; real errors are
 * reported by rehype-katex (rule `parseerror`, at the math's place) and the
 * TeX is shown as written, in the error colour.
 */
export const KATEX_OPTIONS = {trust: false, strict: 'ignore', output: 'htmlAndMathml'} as const;

/**
 * rehype-katex, its warnings saying what KaTeX found (its reason alone,
 * "Could not render math with KaTeX", leaves the author guessing; KaTeX's own
 * message is the `cause`).
 */
export const rehypeKatex: Plugin<[], HastRoot> = function () {
  const render = rehypeKatexPlugin.call(this, KATEX_OPTIONS) as (tree: HastRoot, file: VFile) => undefined;
  return (tree: HastRoot, file: VFile) => {
    // Most pages have no math: a quick walk that stops at the first math element spares them rehype-katex's walk,
    // which builds the list of ancestors of every node.
    if (!hasKatexElement(tree)) return;
    const before = file.messages.length;
    render(tree, file);
    flattenTokenElements(tree);
    for (const message of file.messages.slice(before)) {
      if (message.source === 'rehype-katex' && message.cause instanceof Error) message.reason += `: ${message.cause.message}`;
    }
  };
};

/** MathML's token elements: the browser's HTML parser reads what is inside them as HTML (text integration points). */
const TOKEN_ELEMENTS = new Set(['mi', 'mn', 'mo', 'ms', 'mtext']);

/**
 * KaTeX writes a few operators as elements inside a token element (`\bmod`: `<mo><mrow><mi>m</mi><mi>o</mi><mi>d</mi>
 * </mrow></mo>`), which the sanitizer refuses (an element there is HTML once the browser reads the page) and showed,
 * MathML and all, as text to screen readers and the search index. The token gets its text (`<mo>mod</mo>`): what a
 * screen reader reads, and what the browser would make of it.
 */
function flattenTokenElements(tree: HastRoot): void {
  visit(tree, 'element', (mathml: Element) => {
    // KaTeX's MathML only (`<span class="katex-mathml">`): a lesson's own raw `<math>` is the sanitizer's to judge.
    const classes = mathml.properties.className;
    if (!Array.isArray(classes) || !classes.includes('katex-mathml')) return undefined;
    visit(mathml, 'element', (element: Element) => {
      if (!TOKEN_ELEMENTS.has(element.tagName) || !element.children.some((child) => child.type === 'element')) return undefined;
      element.children = [{type: 'text', value: textOf(element)}];
      return SKIP;
    });
    return SKIP;
  });
}

function textOf(node: Element | HastRoot['children'][number]): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Element)).join('') : '';
}

/** The elements rehype-katex renders: a `className` list with `language-math`, `math-display` or `math-inline`. */
const KATEX_CLASSES = ['language-math', 'math-display', 'math-inline'];

function hasKatexElement(tree: HastRoot): boolean {
  let found = false;
  visit(tree, 'element', (element: Element) => {
    const classes = element.properties.className;
    found = Array.isArray(classes) && KATEX_CLASSES.some((name) => classes.includes(name));
    return found ? EXIT : undefined;
  });
  return found;
}

/** A page with math renders `<KatexStylesheet />`, imported as remark-mkdocs imports its components (an ESM node with its estree). */
export const remarkKatexStylesheet: Plugin<[], Root> = () => (tree) => {
  let math = false;
  visit(tree, (node) => {
    if (node.type === 'inlineMath' || node.type === 'math') math = true;
    return math ? false : undefined;
  });
  if (!math) return;
  const {name, module} = KATEX_STYLESHEET_COMPONENT;
  const source = {type: 'Literal' as const, value: module, raw: JSON.stringify(module)};
  const local = {type: 'Identifier' as const, name};
  const esm: MdxjsEsm = {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(module)}`,
    data: {
      estree: {type: 'Program', sourceType: 'module', body: [{type: 'ImportDeclaration', specifiers: [{type: 'ImportDefaultSpecifier', local}], source, attributes: []}]},
    },
  };
  const element: MdxJsxFlowElement = {type: 'mdxJsxFlowElement', name, attributes: [], children: []};
  tree.children.unshift(esm, element);
};
