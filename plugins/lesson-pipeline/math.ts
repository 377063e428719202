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
import {EXIT, visit} from '../remark-mkdocs/lib/mdast-util/visit';

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
    for (const message of file.messages.slice(before)) {
      if (message.source === 'rehype-katex' && message.cause instanceof Error) message.reason += `: ${message.cause.message}`;
    }
  };
};

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
