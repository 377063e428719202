import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {dropUnsafeFrontMatter} from '../../remark-safe-html';
import {docusaurusFrontMatter, type FrontMatterOptions} from './front-matter';
import {plainHeading} from './plain-heading';
import {readMkdocsMeta} from './read';

type Params = Parameters<ParseFrontMatter>[0];
type Result = Awaited<ReturnType<ParseFrontMatter>>;

/**
 * The title the workshop gives a lesson (plugins/workshop-site/nav-titles.ts), by its site-relative path: its nav
 * entry's (`inNav`), else its file name's.
 */
export type NavTitleOf = (file: string, frontMatter: Record<string, unknown>) => {title: string; inNav: boolean} | undefined;

/**
 * Docusaurus's `markdown.parseFrontMatter` for MkDocs lessons (`.md`): the
 * metadata MkDocs reads (see read.ts), as Docusaurus front matter, and the
 * content after it. A `.mdx` file keeps Docusaurus's own reading.
 * `options`: how this page's metadata is shown (its tags: the workshop's tags plugin).
 */
export async function parseMkdocsFrontMatter(params: Params, siteDir: string, navTitleOf?: NavTitleOf, options: FrontMatterOptions = {}): Promise<Result> {
  if (!params.filePath.endsWith('.md')) {
    // Docusaurus's reading, less the URLs that would run script (reported by the remark side).
    const result = await params.defaultParseFrontMatter(params);
    dropUnsafeFrontMatter(result.frontMatter);
    return result;
  }
  const text = params.fileContent;
  const meta = readMkdocsMeta(text);
  const navTitle = (frontMatter: Record<string, unknown>) => navTitleOf?.(path.relative(siteDir, params.filePath).split(path.sep).join('/'), frontMatter);
  if (meta.kind === 'none' || meta.kind === 'yaml-content') return withPageTitle({frontMatter: {}, content: text.trim()}, navTitle);
  const lines = text.split(/\r\n|\r|\n/);
  const content = lines.slice(Math.max(...meta.lines)).join('\n').trim();
  return withPageTitle({frontMatter: docusaurusFrontMatter(meta, siteDir, options).frontMatter, content}, navTitle);
}

/**
 * MkDocs titles a page by its metadata, else by its nav entry, else by its
 * first `# ` heading wherever it stands; Docusaurus by its front matter, else
 * by a heading at the very top (else the file name). The title is what the
 * browser tab, the page's metadata and Material's header show; the heading on
 * the page is the content's either way.
 *
 * A lesson opening with `---` or an intro before its heading gets the heading's
 * text as its title, and `hide_title` so that Docusaurus draws no second
 * heading above the content. The title is the heading's text as MkDocs takes it
 * from the rendered heading: `# :material-rocket: Start **here** { #start }` is
 * titled "Start here" (an icon has no text). Docusaurus would title a heading at
 * the top with its raw text, shortcodes and markers included, so such a heading
 * gets the plain text as its title too.
 *
 * A page the nav lists is titled by its nav entry (`2. Getting started` over
 * `# Getting started`); a page with neither heading nor nav entry by its file
 * name as MkDocs reads it. Material draws that title as the page's heading, so
 * does Docusaurus, the content having none, unless the page writes a raw
 * `<h1>` (a hero block): then neither does (`hide_title`).
 */
function withPageTitle(result: Result, navTitle: (frontMatter: Record<string, unknown>) => {title: string; inNav: boolean} | undefined): Result {
  if (result.frontMatter.title !== undefined) return result;
  const nav = navTitle(result.frontMatter);
  const {title, first, rawH1} = firstHeading(result.content);
  if (title === undefined) {
    // Material draws the title as the page's heading only where the page has no `<h1>` of its own.
    const hidden = rawH1 ? {hide_title: result.frontMatter.hide_title ?? true} : {};
    return nav === undefined && !rawH1 ? result : {...result, frontMatter: {...result.frontMatter, ...(nav ? {title: nav.title} : {}), ...hidden}};
  }
  // A heading of icons only keeps its text: some title beats the file name.
  const pageTitle = nav?.inNav ? nav.title : plainHeading(title) || title;
  if (first) return pageTitle === docusaurusTitle(title) ? result : {...result, frontMatter: {...result.frontMatter, title: pageTitle}};
  return {...result, frontMatter: {...result.frontMatter, title: pageTitle, hide_title: result.frontMatter.hide_title ?? true}};
}

/** Docusaurus's own reading of a top heading's text (`parseMarkdownContentTitle`): inline code unwrapped, `{#id}` dropped. */
function docusaurusTitle(text: string): string {
  return text.replace(/\s*(?:\{#*[\w-]+\}|#+)$/, '').replace(/`([^`]*)`/g, '$1').trim();
}

/**
 * The first ATX level-1 heading outside fenced and indented code, and whether it is the first block; else whether a
 * line opens a raw `<h1>` element (a workshop's hero block: Material then draws no title heading of its own).
 */
function firstHeading(content: string): {title?: string; first: boolean; rawH1?: boolean} {
  let fence: string | undefined;
  let blocksBefore = false;
  let rawH1 = false;
  for (const line of content.split(/\r\n|\r|\n/)) {
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opening) {
      fence = opening[1];
      blocksBefore = true;
      continue;
    }
    const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) return {title: heading[1].trim(), first: !blocksBefore};
    if (/^\s*<h1[\s>]/i.test(line)) rawH1 = true;
    if (line.trim() !== '') blocksBefore = true;
  }
  return {first: false, rawH1};
}
