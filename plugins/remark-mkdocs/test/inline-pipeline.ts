import {unified, type Plugin} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {emojiShortcodes, type EmojiOptions} from '../lib/emoji/transform';
import {attributeLists, type AttributeListOptions} from '../lib/attribute-list/transform';
import {formatMessages} from './pipeline';

/** Which parser front end: CommonMark alone, or with remark-directive as in Docusaurus. */
export type Parser = 'commonmark' | 'directive';
export const PARSERS: Parser[] = ['commonmark', 'directive'];

export interface InlineOptions {
  parser?: Parser;
  emoji?: EmojiOptions | false;
  attributes?: AttributeListOptions | false;
}

/**
 * Markdown → HTML through remark-parse (optionally remark-directive), the
 * emoji transform, then the attribute-list transform, then remark-rehype +
 * rehype-raw + rehype-stringify: the plain pipeline the html target uses.
 */
export function renderInline(markdown: string, options: InlineOptions = {}) {
  const {parser = 'commonmark', emoji = {}, attributes = {}} = options;
  const file = new VFile({value: markdown, path: 'input.md'});
  const transforms: Plugin<[], Root> = () => (tree, vfile) => {
    if (emoji) emojiShortcodes(tree, vfile, emoji);
    if (attributes) attributeLists(tree, vfile, attributes);
  };
  const processor = unified().use(remarkParse);
  if (parser === 'directive') processor.use(remarkDirective);
  const html = String(
    processor
      .use(transforms)
      .use(remarkRehype, {allowDangerousHtml: true})
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(file),
  ).trim();
  return {html, file, messages: formatMessages(file)};
}
