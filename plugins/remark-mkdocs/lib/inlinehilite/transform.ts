import type {InlineCode, PhrasingContent, Root, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import {visit} from '../mdast-util/visit';
import {jsxAttribute} from '../mdast-util/jsx';
import {plainInlineHilite, readInlineHilite} from './grammar';
import {highlightTokens} from './prism';

export interface InlineHiliteOptions {
  /** `style_plain_text`: a span with a prefix but no language is highlighted (as plain text) too. */
  stylePlainText: boolean;
  /** The class of highlighted code: inlinehilite's `css_class`, else pymdownx.highlight's (`highlight`). */
  cssClass: string;
  /** `custom_inline` names (`math`…): their formatters are Python functions, so such spans stay plain code. */
  customNames: Set<string>;
  /** pymdownx.highlight's `use_pygments: false`: highlighted code gets the class `language-<lang>` (its `language_prefix`). */
  languageClassPrefix: string | undefined;
}

export function inlineHiliteOptions(options: Readonly<Record<string, unknown>>, highlight: Readonly<Record<string, unknown>> = {}): InlineHiliteOptions {
  const custom = Array.isArray(options.custom_inline) ? (options.custom_inline as Array<Record<string, unknown>>) : [];
  const cssClass = typeof options.css_class === 'string' && options.css_class !== '' ? options.css_class : typeof highlight.css_class === 'string' ? highlight.css_class : 'highlight';
  const prefix = typeof highlight.language_prefix === 'string' ? highlight.language_prefix : 'language-';
  return {
    stylePlainText: options.style_plain_text === true,
    languageClassPrefix: highlight.use_pygments === false ? prefix : undefined,
    cssClass,
    customNames: new Set(custom.flatMap((entry) => (typeof entry?.name === 'string' ? [entry.name] : []))),
  };
}

/**
 * pymdownx.inlinehilite: `` `#!python print()` `` is highlighted inline code,
 * the prefix gone. pymdownx reads it with its own code span pattern; here the
 * code span is CommonMark's (micromark's), and this step reads its content.
 *
 * `html` target: what pymdownx writes, `<code class="highlight">` holding the
 * code (without Pygments' token spans: see the README's deviations); a span
 * with an empty language (`#! x`) and no `style_plain_text` is plain `<code>`.
 * `docusaurus` target: `<InlineHilite language className>` whose children are
 * the code cut into Prism tokens at build time (`span.token.<type>`); the
 * component colours them with the site's Prism theme, light and dark.
 */
export function inlineHilite(tree: Root, options: InlineHiliteOptions, docusaurus: boolean): void {
  visit(tree, 'inlineCode', (node, index, parent) => {
    if (index === undefined || !parent) return;
    // With `style_plain_text`, pymdownx styles every code span, prefix or not.
    const read = readInlineHilite(node.value) ?? (options.stylePlainText ? plainInlineHilite(node.value) : undefined);
    if (!read) return;
    const {language, code} = read;
    const custom = options.customNames.has(language) || options.customNames.has('*');
    const highlighted = !custom && (options.stylePlainText || language !== '');
    if (!highlighted || !docusaurus || language === '') {
      node.value = code;
      if (highlighted) addClass(node, options.cssClass);
      if (highlighted && language !== '' && options.languageClassPrefix !== undefined) addClass(node, options.languageClassPrefix + language);
      else if (custom) addClass(node, language);
      return;
    }
    const element: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'InlineHilite',
      attributes: [jsxAttribute('language', language), ...(options.cssClass === '' ? [] : [jsxAttribute('className', options.cssClass)])],
      children: tokenNodes(code, language),
      position: node.position,
    };
    parent.children.splice(index, 1, element as PhrasingContent);
  });
}

function tokenNodes(code: string, language: string): Text[] {
  return highlightTokens(code, language).map(({content, types}): Text =>
    types.length === 0 ? {type: 'text', value: content} : {type: 'text', value: content, data: {hName: 'span', hProperties: {className: ['token', ...types]}}},
  );
}

function addClass(node: InlineCode, name: string): void {
  if (name === '') return;
  const properties = ((node.data ??= {}).hProperties ??= {});
  const existing = Array.isArray(properties.className) ? properties.className.map(String) : [];
  properties.className = [...existing, name];
}
