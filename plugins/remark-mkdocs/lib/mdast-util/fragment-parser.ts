import type {Root} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import type {Data} from 'unified';

/**
 * A fragment parsed with a processor's syntax (the micromark and mdast
 * extensions its plugins registered, `processor.data()`), without the
 * processor's parser wrappers (snippet expansion): what a nested block, or a
 * page read again, is read with.
 */
export function fragmentParser(data: Pick<Data, 'micromarkExtensions' | 'fromMarkdownExtensions'>): (markdown: string) => Root {
  return (markdown) => fromMarkdown(markdown, {extensions: data.micromarkExtensions ?? [], mdastExtensions: data.fromMarkdownExtensions ?? []});
}
