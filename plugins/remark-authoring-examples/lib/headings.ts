import type {Data, Heading, Parent, PhrasingContent, Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {visit, SKIP} from '../../remark-mkdocs/lib/mdast-util/visit';
import {EXAMPLE_ELEMENT} from './build';

/**
 * A heading shown inside an example: rendered as the same `<hN>`, but not a
 * `heading` node, so Docusaurus' TOC step (which lists every `heading` node in
 * the tree) leaves it out of the page's table of contents, and its heading-id
 * step gives it no generated id (only the `{ #id }` the author wrote).
 */
export interface ExampleHeading extends Parent {
  type: 'authoringExampleHeading';
  depth: Heading['depth'];
  children: PhrasingContent[];
  data: Data & {hName: string};
}

declare module 'mdast' {
  interface RootContentMap {
    authoringExampleHeading: ExampleHeading;
  }
}

/**
 * Run after remark-mkdocs (which reads `{ #id }` off headings, into
 * `data.hProperties.id`) and before Docusaurus' defaults (which build the
 * TOC). Headings outside examples are left alone.
 */
const remarkAuthoringExampleHeadings: Plugin<[], Root> = function () {
  return function transform(tree: Root, file: VFile): undefined {
    // An example element comes from a fence whose header has the class `example`, or from an MDX page's own
    // `<AuthoringExample>`: a page without the word in any case has none, and is not walked (a tree without its
    // text is).
    if (file.value !== undefined && !/example/i.test(String(file))) return;
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== EXAMPLE_ELEMENT) return undefined;
      const result = node.children[1];
      if (result && 'children' in result) demoteHeadings(result);
      return SKIP;
    });
  };
};

export default remarkAuthoringExampleHeadings;

function demoteHeadings(parent: Parent): void {
  visit(parent, 'heading', (heading: Heading, index, container) => {
    if (!container || index === undefined) return undefined;
    const replacement: ExampleHeading = {
      type: 'authoringExampleHeading',
      depth: heading.depth,
      children: heading.children,
      data: {...heading.data, hName: `h${heading.depth}`},
      position: heading.position,
    };
    container.children[index] = replacement;
    return SKIP;
  });
}
