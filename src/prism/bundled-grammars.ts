import type {GrammarLoader} from './grammar-queue';

/**
 * The grammars prism-react-renderer 2 bundles (its language list plus what
 * prismjs's dependency resolver adds for it), in the order that resolver
 * gives: each grammar after those it extends or embeds. A unit test checks
 * that loading these yields exactly prism-react-renderer's grammars, so a
 * lesson highlights as it did with the stock Docusaurus setup.
 */
export const BUNDLED_GRAMMARS = [
  'markup',
  'regex',
  'clike',
  'javascript',
  'actionscript',
  'coffeescript',
  'javadoclike',
  'css',
  'css-extras',
  'yaml',
  'markdown',
  'graphql',
  'sql',
  'js-templates',
  'typescript',
  'jsdoc',
  'flow',
  'n4js',
  'js-extras',
  'jsx',
  'tsx',
  'swift',
  'kotlin',
  'c',
  'objectivec',
  'reason',
  'rust',
  'go',
  'cpp',
  'python',
  'json',
] as const;

export type BundledGrammar = (typeof BUNDLED_GRAMMARS)[number];

/**
 * One `import()` per grammar, so each is evaluated on its own (the queue can
 * yield between them); the chunk name puts them all in one file, one request.
 * Written out because bundlers only split on literal module names.
 */
const LOADERS: Record<BundledGrammar, GrammarLoader> = {
  'markup': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-markup'),
  'regex': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-regex'),
  'clike': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-clike'),
  'javascript': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-javascript'),
  'actionscript': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-actionscript'),
  'coffeescript': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-coffeescript'),
  'javadoclike': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-javadoclike'),
  'css': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-css'),
  'css-extras': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-css-extras'),
  'yaml': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-yaml'),
  'markdown': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-markdown'),
  'graphql': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-graphql'),
  'sql': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-sql'),
  'js-templates': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-js-templates'),
  'typescript': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-typescript'),
  'jsdoc': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-jsdoc'),
  'flow': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-flow'),
  'n4js': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-n4js'),
  'js-extras': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-js-extras'),
  'jsx': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-jsx'),
  'tsx': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-tsx'),
  'swift': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-swift'),
  'kotlin': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-kotlin'),
  'c': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-c'),
  'objectivec': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-objectivec'),
  'reason': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-reason'),
  'rust': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-rust'),
  'go': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-go'),
  'cpp': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-cpp'),
  'python': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-python'),
  'json': () => import(/* webpackChunkName: "prism-grammars" */ 'prismjs/components/prism-json'),
};

export const bundledGrammarLoaders: readonly GrammarLoader[] = BUNDLED_GRAMMARS.map((name) => LOADERS[name]);
