import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from '../mdast-util/visit';
import {jsxAttribute} from '../mdast-util/jsx';

/** What the theme draws a box type with: its default title and its icon (SVG path data, 24×24). */
export interface BoxTheme {
  label: string;
  icon?: string;
}

/** The elements that draw a box, by JSX name: ours and Docusaurus's `:::type` ones. */
const BOX_ELEMENTS = new Set(['admonition', 'MkdocsDetails']);

/**
 * Gives every box of a themed type its `label` and `iconPath` as props: the
 * page carries the one icon it shows, and the theme needs no table of every
 * type's icon in the bundle every page loads. Runs after Docusaurus's
 * defaults so `:::bug` boxes (directives it has named `admonition`) get them
 * too. A box whose type is not in `themes` (`:::caution`) is left to the theme.
 */
export function themeBoxes(tree: Root, themes: ReadonlyMap<string, BoxTheme>): void {
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' && node.name && BOX_ELEMENTS.has(node.name)) {
      themeElement(node, themes);
    } else if (node.type === 'containerDirective' && node.data?.hName === 'admonition') {
      const properties = (node.data.hProperties ??= {});
      const theme = typeof properties.type === 'string' ? themes.get(properties.type) : undefined;
      if (!theme) return;
      properties.label ??= theme.label;
      if (theme.icon !== undefined) properties.iconPath ??= theme.icon;
    }
  });
}

function themeElement(node: MdxJsxFlowElement, themes: ReadonlyMap<string, BoxTheme>): void {
  const value = (name: string) =>
    node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
  const type = value('type');
  const theme = typeof type === 'string' ? themes.get(type) : undefined;
  if (!theme) return;
  if (value('label') === undefined) node.attributes.push(jsxAttribute('label', theme.label));
  if (theme.icon !== undefined && value('iconPath') === undefined) node.attributes.push(jsxAttribute('iconPath', theme.icon));
}
