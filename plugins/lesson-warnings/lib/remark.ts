import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Node, Parent} from 'unist';
import type {Plugin} from 'unified';
import {importUsedComponents} from '../../remark-mkdocs';
import {relativePath, warningsOf, type LessonWarning} from './format';
import type {LessonWarningsStore} from './store';

export interface RecorderOptions {
  /** Where the warnings are kept for the Docusaurus plugin to print (the loader's output may be cached). */
  store: LessonWarningsStore;
  /**
   * Module of the dev-only panel component: when given, a page with warnings
   * ends with `<LessonWarnings warnings="…"/>`, imported by the page. Give it
   * under `docusaurus start` only: production pages never carry the panel.
   */
  panelComponent?: string;
}

/** The JSX name of the panel; the page imports it itself (it is in no MDXComponents). */
export const PANEL_ELEMENT = 'LessonWarnings';

/**
 * Records the warnings every earlier plugin attached to the lesson, by
 * content, for the Docusaurus plugin to print (Docusaurus drops them:
 * facebook/docusaurus#9953). It only reads the file, so it works on either
 * tree: the site runs it among the rehype plugins, after the sanitizer, so
 * remark and rehype warnings alike are recorded. It prints nothing itself:
 * printing from the loader would say nothing on a warm cache, where the loader
 * does not run. With a panel component it appends the panel (MDX JSX and ESM
 * nodes, which mdast and, passed through rehype-raw, hast both carry).
 */
const remarkLessonWarnings: Plugin<[RecorderOptions], Node> = function (options) {
  const {store, panelComponent} = options;
  return function (tree, file) {
    const relative = relativePath(file.path, store.siteDir);
    const warnings = warningsOf(file, store.siteDir);
    const anchors = file.data.lessonAnchors;
    store.set(store.key(relative, String(file.value)), {file: relative, warnings, ...(anchors ? {anchors} : {})});
    if (panelComponent !== undefined && warnings.length > 0) {
      (tree as Parent).children.push(panelElement(relative, warnings));
      importUsedComponents(tree as Root, new Map([[PANEL_ELEMENT, panelComponent]]));
    }
  };
};

export default remarkLessonWarnings;

/** The warnings travel as one JSON string prop: a string attribute holds author text safely. */
function panelElement(file: string, warnings: readonly LessonWarning[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: PANEL_ELEMENT,
    attributes: [
      {type: 'mdxJsxAttribute', name: 'file', value: file},
      {type: 'mdxJsxAttribute', name: 'warnings', value: JSON.stringify(warnings)},
    ],
    children: [],
  };
}
