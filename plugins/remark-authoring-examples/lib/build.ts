import type {Code, Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';

/** The JSX name of the example element (the site's pages import it: remark-mkdocs' `components` option). */
export const EXAMPLE_ELEMENT = 'AuthoringExample';
/** The element that holds the rendered half: one node, so the source block never has the result's blocks as siblings. */
export const RESULT_ELEMENT = 'div';

/**
 * `<AuthoringExample>` with the source as a `markdown` code block, then a
 * `<div>` holding the parsed content. The result is wrapped so that nothing in
 * it sits next to the source block: remark-mkdocs binds an ordered list that
 * follows a code block as its annotations, and would otherwise take an
 * example's first list for the source block's notes.
 */
export function exampleElement(fence: Code, result: Root): MdxJsxFlowElement {
  // A plain `markdown` block: the example's classes (`.example`) and options are not for the reader's copy.
  const source: Code = {type: 'code', lang: 'markdown', meta: null, value: fence.value, position: fence.position};
  const rendered: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: RESULT_ELEMENT,
    attributes: [],
    // A root's children are flow content; its type also allows phrasing, which a parsed document never has at the top.
    children: result.children as MdxJsxFlowElement['children'],
    position: fence.position,
  };
  return {
    type: 'mdxJsxFlowElement',
    name: EXAMPLE_ELEMENT,
    attributes: [],
    children: [source, rendered],
    position: fence.position,
  };
}
