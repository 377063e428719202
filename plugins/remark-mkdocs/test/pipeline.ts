import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import {toMarkdown} from 'mdast-util-to-markdown';
import {mdxJsxToMarkdown} from 'mdast-util-mdx-jsx';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import remarkMkdocs, {mkdocsAbbreviationToMarkdown, type Options} from '../index';
import {renamedElementsToMarkdown} from './element-to-markdown';
import {mkdocsCriticToMarkdown} from '../lib/critic/to-markdown';
import {mkdocsKeysToMarkdown} from '../lib/keys/to-markdown';
import {mkdocsTableToMarkdown} from '../lib/tables/to-markdown';
import {remarkClosedFences} from '../lib/fence/closed-fence';

/**
 * Markdown → HTML through the plugin (MkDocs' HTML shape) or, with `plugin: false`, plain CommonMark (with
 * Python-Markdown's fences, as the plugin reads them: an unclosed one is text).
 */
export function renderHtml(markdown: string, options: Options & {plugin?: boolean; path?: string} = {}) {
  const {plugin = true, path = 'input.md', ...pluginOptions} = options;
  const file = new VFile({value: markdown, path});
  const processor = unified().use(remarkParse);
  if (plugin) processor.use(remarkMkdocs, {target: 'html', ...pluginOptions});
  else processor.use(remarkClosedFences);
  const html = String(processor.use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).use(rehypeStringify).processSync(file));
  return {html, file};
}

/** The tree as parsed, before any transform (for `tree.json`). */
export function parseTree(markdown: string, options: Options = {}): Root {
  const processor = unified().use(remarkParse).use(remarkMkdocs, options);
  return processor.parse(new VFile({value: markdown}));
}

/** Markdown → the Docusaurus target's tree, printed as MDX (the JSX the theme receives). */
export function renderDocusaurus(markdown: string, options: Options = {}) {
  const file = new VFile({value: markdown, path: 'input.md'});
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus', ...options});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const extensions = [mdxJsxToMarkdown(), mkdocsAbbreviationToMarkdown(), mkdocsCriticToMarkdown(), {handlers: mkdocsKeysToMarkdown().handlers}, mkdocsTableToMarkdown(), renamedElementsToMarkdown()];
  return {mdx: toMarkdown(tree, {extensions}), tree, file};
}

/** `line:col-line:col: reason [rule-id]`, one message a line, as in the fixtures' `messages.txt`. */
export function formatMessages(file: VFile): string {
  return file.messages
    .map((message) => {
      const place = message.place;
      const start = place && 'start' in place ? place.start : place;
      const end = place && 'end' in place ? place.end : start;
      const at = start ? `${start.line}:${start.column}-${end!.line}:${end!.column}` : '1:1-1:1';
      return `${at}: ${message.reason} [${message.ruleId}]`;
    })
    .join('\n');
}
