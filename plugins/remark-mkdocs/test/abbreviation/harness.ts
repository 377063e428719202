/**
 * A local pipeline for the abbreviation syntax and transform (the plugin
 * wires them in `lib/plugin.ts`; these tests do not depend on that), the
 * Python-Markdown oracle with `abbr`, and the comparison both sides share.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import type {Root} from 'mdast';
import {codes} from 'micromark-util-symbol';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified, type Plugin} from 'unified';
import {VFile} from 'vfile';
import {abbreviationDefinition} from '../../lib/abbreviation/construct';
import {mkdocsSyntax} from '../../lib/syntax';
import {mkdocsAbbreviationFromMarkdown} from '../../lib/abbreviation/from-markdown';
import {mkdocsBoxFromMarkdown} from '../../lib/boxes/from-markdown';
import {abbreviationsTransform} from '../../lib/abbreviation/transform';
import {boxesToHtml} from '../../lib/boxes/to-html';
import {mkdocsTableFromMarkdown} from '../../lib/tables/from-markdown';
import {tabsToHtml} from '../../lib/boxes/tabs';
import {PYTHON} from '../oracle/oracle';

/**
 * Boxes and tabs (so definitions inside boxes and terms in titles and tab
 * labels can be tested) plus abbreviations. Used after remark-gfm, as on
 * Docusaurus (Python-Markdown's `tables` is on in the oracle too).
 */
const localMkdocs: Plugin<[{transform?: boolean}?], Root> = function (options = {}) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(mkdocsSyntax(), {flow: {[codes.asterisk]: abbreviationDefinition}});
  (data.fromMarkdownExtensions ??= []).push(mkdocsBoxFromMarkdown(), mkdocsAbbreviationFromMarkdown(), mkdocsTableFromMarkdown());
  return function (tree: Root, file: VFile): undefined {
    if (options.transform === false) return;
    abbreviationsTransform(tree, file);
    tabsToHtml(tree);
    boxesToHtml(tree);
  };
};

const htmlProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(localMkdocs)
  .use(remarkRehype, {allowDangerousHtml: true})
  .use(rehypeRaw)
  .use(rehypeStringify)
  .freeze();

/** Markdown → MkDocs-shaped HTML with abbreviations, and the file with its messages. */
export function renderHtml(markdown: string): {html: string; file: VFile} {
  const file = new VFile({value: markdown, path: 'input.md'});
  const html = String(htmlProcessor.processSync(file));
  return {html, file};
}

/** The tree as parsed (`transform: false`) or after the abbreviation transform. */
export function parseTree(markdown: string, transform: boolean): {tree: Root; file: VFile} {
  const file = new VFile({value: markdown, path: 'input.md'});
  const processor = unified().use(remarkParse).use(remarkGfm).use(localMkdocs, {transform});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {tree, file};
}

// --- the oracle ----------------------------------------------------------------

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'oracle.py');

/** Python-Markdown (render.py's configuration plus `abbr`), or the reason it cannot run. */
export function abbrOracleStatus(): {available: true; version: string} | {available: false; reason: string} {
  const result = spawnSync(PYTHON, [SCRIPT, '--check'], {encoding: 'utf8'});
  if (result.error || result.status !== 0) {
    return {available: false, reason: result.error?.message ?? result.stderr.trim().split('\n').pop() ?? `exit ${result.status}`};
  }
  return {available: true, version: (JSON.parse(result.stdout) as {markdown: string}).markdown};
}

/** id → HTML, one Python process for the batch. */
export function renderWithPython(docs: ReadonlyArray<{id: string; markdown: string}>): Map<string, string> {
  const result = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify(docs),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`oracle.py exited with ${result.status}:\n${result.stderr}`);
  return new Map(Object.entries(JSON.parse(result.stdout) as Record<string, string>));
}

// --- the comparison ------------------------------------------------------------

export interface AbbreviationView {
  /** Every `<abbr>` in document order: its text and title. */
  abbreviations: Array<[text: string, title: string]>;
  /** The text of every leaf block (`p`, `h1`, `li` without blocks inside, …), whitespace collapsed. */
  blocks: string[];
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'li', 'dt', 'dd', 'td', 'th', 'summary', 'label', 'blockquote', 'div', 'details', 'ul', 'ol', 'table']);

/** What both renderers must agree on, read from HTML. */
export function abbreviationView(html: string): AbbreviationView {
  const tree = fromHtml(html, {fragment: true});
  const abbreviations: AbbreviationView['abbreviations'] = [];
  const blocks: string[] = [];
  const walk = (node: HastNodes): void => {
    if (node.type === 'element' && node.tagName === 'abbr') {
      abbreviations.push([textOf(node), String(node.properties.title ?? '')]);
    }
    if (node.type === 'element' && BLOCKS.has(node.tagName) && !hasBlock(node)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text !== '') blocks.push(text);
      collectAbbreviations(node);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  const collectAbbreviations = (node: HastNodes): void => {
    if ('children' in node) {
      for (const child of node.children) {
        if (child.type === 'element' && child.tagName === 'abbr') abbreviations.push([textOf(child), String(child.properties.title ?? '')]);
        collectAbbreviations(child);
      }
    }
  };
  walk(tree as HastRoot);
  return {abbreviations, blocks};
}

function hasBlock(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || hasBlock(child)));
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}
