/**
 * Math on the site (workshops that enable `pymdownx.arithmatex`): remark-mkdocs
 * tokenizes it with arithmatex's rules into mdast-util-math's nodes;
 * rehype-katex renders them to HTML + MathML at build time (no client
 * script); each page with math imports KaTeX's stylesheet from node_modules
 * (bundled with its fonts: no CDN), so pages without math do not load it.
 */
import type {Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import type {Plugin} from 'unified';
import rehypeKatexPlugin from 'rehype-katex';
import {visit} from 'unist-util-visit';

export const KATEX_STYLESHEET = 'katex/dist/katex.min.css';

/**
 * KaTeX as the site runs it. `trust: false` (KaTeX's default, stated so it
 * stays): `\href`, `\url`, `\includegraphics`, `\htmlClass`… render as errors,
 * never as links or attributes a lesson controls. `strict: 'ignore'`: KaTeX's
 * LaTeX-compatibility notes would only be console noise; real errors are
 * reported by rehype-katex (rule `parseerror`, at the math's place) and the
 * TeX is shown as written, in the error colour.
 */
export const KATEX_OPTIONS = {trust: false, strict: 'ignore', output: 'htmlAndMathml'} as const;

export const rehypeKatex: Plugin<[], HastRoot> = function () {
  return rehypeKatexPlugin.call(this, KATEX_OPTIONS);
};

/** A page with math imports KaTeX's stylesheet (an ESM node, as remark-mkdocs adds its component imports). */
export const remarkKatexStylesheet: Plugin<[], Root> = () => (tree) => {
  let math = false;
  visit(tree, (node) => {
    if (node.type === 'inlineMath' || node.type === 'math') math = true;
    return math ? false : undefined;
  });
  if (!math) return;
  const source = {type: 'Literal' as const, value: KATEX_STYLESHEET, raw: JSON.stringify(KATEX_STYLESHEET)};
  const esm: MdxjsEsm = {
    type: 'mdxjsEsm',
    value: `import ${JSON.stringify(KATEX_STYLESHEET)}`,
    data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ImportDeclaration', specifiers: [], source, attributes: []}]}},
  };
  tree.children.unshift(esm);
};
