/**
 * A lesson through the site's own Markdown pipeline, then through React's
 * server render, as `docusaurus build` does it: Docusaurus's `.md` processor
 * (`@docusaurus/mdx-loader`, rehype-raw first among the rehype plugins) with
 * the remark and rehype plugins of `docusaurus.config.ts`, the final HTML tree
 * captured after them, rendered with `react-dom/server`.
 *
 * What the browser runs is decided by how it parses that serialized HTML, not
 * by the tree the plugins saw (mutation XSS lives in the difference), so the
 * security tests parse the returned HTML again with parse5 and look there.
 *
 * JSX nodes our plugins emit (CommandBlock, Tabs, …) are rendered as plain
 * elements carrying their string attributes, so an author string that reached
 * such an attribute is in the HTML to check; their expression attributes are
 * the plugins' own data and are left out.
 */
import {DOCUSAURUS_MARKDOWN_CONFIG} from '../docusaurus-markdown-config';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast';
import {toJsxRuntime} from 'hast-util-to-jsx-runtime';
import type * as Preset from '@docusaurus/preset-classic';
import {createProcessorUncached} from '@docusaurus/mdx-loader/lib/processor.js';
import {Fragment, jsx, jsxs} from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import type {VFileMessage} from 'vfile-message';
import config from '../../docusaurus.config';

const presetDocs = (config.presets?.[0] as [string, Preset.Options])[1].docs;
if (!presetDocs || typeof presetDocs !== 'object') throw new Error('docusaurus.config.ts: no docs options in the classic preset');
/** The docs options of the site: its remark and rehype plugins, its box keywords. */
export const docs = presetDocs;


export interface Rendered {
  /** The page's body HTML as React's server render writes it. */
  html: string;
  /** The HTML tree after every rehype plugin of the site. */
  hast: HastRoot;
  messages: VFileMessage[];
}

const site = mkdtempSync(path.join(tmpdir(), 'site-render-'));
process.once('exit', () => rmSync(site, {recursive: true, force: true}));

export type Renderer = (markdown: string, file?: string) => Promise<Rendered>;

/**
 * A renderer with the site's plugins; `rehypePlugins` may replace the site's
 * rehype plugins (a measurement without the sanitizer, for instance).
 */
export function createRenderer(rehypePlugins: unknown[] = docs.rehypePlugins ?? []): Renderer {
  let captured: HastRoot | undefined;
  let capturedMessages: VFileMessage[] = [];
  const capture = () => (tree: HastRoot, file: {messages: VFileMessage[]}) => {
    captured = structuredClone(tree);
    capturedMessages = [...file.messages];
  };
  const processorPromise = createProcessorUncached({
    format: 'md',
    options: {
      siteDir: site,
      staticDirs: [],
      markdownConfig: DOCUSAURUS_MARKDOWN_CONFIG,
      admonitions: docs.admonitions,
      beforeDefaultRemarkPlugins: docs.beforeDefaultRemarkPlugins,
      remarkPlugins: docs.remarkPlugins,
      rehypePlugins: [...rehypePlugins, capture],
    } as never,
  });

  /**
   * Compile `markdown` as the lesson `docs/lesson.md` and render it. A lesson the
   * pipeline refuses (the guard fails the file) rejects, as the build would.
   * Warnings the reporter prints are kept out of the test output.
   */
  return async (markdown, file = 'docs/lesson.md') => {
    const processor = await processorPromise;
    captured = undefined;
    const write = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      await processor.process({content: markdown, filePath: path.join(site, file), frontMatter: {}, compilerName: 'server'});
    } finally {
      process.stderr.write = write;
    }
    const hast = captured as HastRoot | undefined;
    if (!hast) throw new Error('the capture plugin did not run');
    return {html: renderHast(hast), hast, messages: capturedMessages};
  };
}

let siteRenderer: Renderer | undefined;

/** `markdown` through the site's own pipeline (see createRenderer). */
export function renderLesson(markdown: string, file?: string): Promise<Rendered> {
  siteRenderer ??= createRenderer();
  return siteRenderer(markdown, file);
}

/** The tree as React's server render serializes it. */
export function renderHast(tree: HastRoot): string {
  const plain = {type: 'root', children: tree.children.flatMap(plainNode)} as HastRoot;
  const element = toJsxRuntime(plain, {Fragment, jsx, jsxs, ignoreInvalidStyle: true} as never);
  return renderToStaticMarkup(element as never);
}

/** JSX nodes as plain elements with their string attributes; ESM and expressions dropped. */
function plainNode(node: RootContent): ElementContent[] {
  const any = node as unknown as {type: string; name?: string | null; attributes?: Array<{type: string; name?: string; value?: unknown}>; children?: RootContent[]};
  if (any.type === 'mdxJsxFlowElement' || any.type === 'mdxJsxTextElement') {
    const properties: Record<string, string> = {dataJsx: any.name ?? 'fragment'};
    for (const attribute of any.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') {
        // Lowercased: React writes unknown lowercase attributes as they are (camelCase ones warn).
        properties[attribute.name.toLowerCase()] = attribute.value;
      }
    }
    const tagName = any.type === 'mdxJsxFlowElement' ? 'div' : 'span';
    return [{type: 'element', tagName, properties, children: (any.children ?? []).flatMap(plainNode)}];
  }
  if (any.type === 'mdxjsEsm' || any.type === 'mdxFlowExpression' || any.type === 'mdxTextExpression') return [];
  if (any.type === 'element') {
    const element = node as Element;
    return [{...element, children: element.children.flatMap((child) => plainNode(child as RootContent))}];
  }
  return [node as ElementContent];
}
