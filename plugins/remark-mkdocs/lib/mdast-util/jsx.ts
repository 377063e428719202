import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Node} from 'unist';

/** Tiny builders for the JSX nodes the Docusaurus target emits (never string templates). */
export function jsxAttribute(name: string, value: string | null): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

export function jsxFlowElement(
  name: string,
  attributes: MdxJsxAttribute[],
  children: Node[],
  position?: Node['position'],
): MdxJsxFlowElement {
  // Titles put inline nodes straight into a flow element, as Docusaurus's own
  // admonition transform does for `mdxAdmonitionTitle`.
  return {type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'], position};
}
