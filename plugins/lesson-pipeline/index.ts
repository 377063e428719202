/**
 * The site's Markdown pipeline for lessons, in one place: the remark plugins
 * `docusaurus.config.ts` gives the docs plugin, and `checkLesson`, which runs
 * the same plugins on one lesson without a bundler. The build (for a lesson
 * the cache spared the loader) and `npm run lint:lessons` check lessons with
 * `checkLesson`, so both report exactly what the loader reports.
 */
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {Node} from 'unist';
import type {PluggableList, Plugin as UnifiedPlugin, Processor} from 'unified';
import {unified} from 'unified';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {VFile} from 'vfile';
import remarkMkdocs, {remarkMkdocsAfterDefaults} from '../remark-mkdocs';
import {addLessonDependencies, expandedLessonSnippets, expandLessonSnippets} from './snippets';

export {snippetSettingsWarnings} from './snippets';
import remarkAuthoringExamples, {remarkAuthoringExampleHeadings} from '../remark-authoring-examples';
import remarkSafeHtml, {RAW_PASS_THROUGH, rehypeSafeHtmlGuard, rehypeSanitizeLesson, standsForReadGlobal} from '../remark-safe-html';
import remarkUnresolvedLinks, {readUnresolvedLinks} from '../remark-unresolved-links';
import {browserUrlOnMkdocsPage, readRoutes, rehypeMkdocsUrls, remarkMkdocsUrls} from '../mkdocs-urls';
import {readWorkshopSite} from '../workshop-site';
import remarkLessonWarnings from '../lesson-warnings/lib/remark';
import {rehypeLessonAnchors} from '../lesson-warnings/lib/anchors';
import {notePreprocessedText, prepareLesson, preparedMeta, remarkMkdocsFrontMatter} from '../mkdocs-front-matter';
import {remarkMkdocsMacros, renderLessonMacros} from '../mkdocs-macros';
import {lessonWarningsStore, type LessonWarningsStore} from '../lesson-warnings/lib/store';
import {customTypes} from '../../src/admonitions/custom-types';
import {BOX_LABELS} from '../../src/admonitions/box-types';
import {isOwnPage, lessonExtensionsSet, ownPagesExtensions, siteFeatures, siteMarkdownExtensions} from './markdown-extensions';
import {rehypeKatex, remarkKatexStylesheet} from './math';
import {customIconDependencies, siteCustomIcons} from './custom-icons';
import {rehypeRestoreMdx, remarkHideMdxFromRaw} from './raw-stitch';
import {notePreparedText, withFirstStageInWorker} from './first-stage';

/**
 * The module of every component the Markdown plugins emit as JSX. Each page
 * imports only those it uses (remark-mkdocs adds the imports), so they ride
 * in that page's chunk: the seed page, with no tabs, never loads Tabs. None
 * of them is registered in MDXComponents.
 */
export const COMPONENT_MODULES = {
  CommandBlock: '@site/src/components/CommandBlock',
  OutputBlock: '@site/src/components/OutputBlock',
  MkdocsDetails: '@site/src/components/MkdocsDetails',
  CodeAnnotations: '@site/src/components/CodeAnnotations',
  CodeAnnotation: '@site/src/components/CodeAnnotations/CodeAnnotation',
  ProseAnnotations: '@site/src/components/CodeAnnotations/ProseAnnotations',
  AnnotationMarker: '@site/src/components/CodeAnnotations/AnnotationMarker',
  InlineHilite: '@site/src/components/InlineHilite',
  Tabs: '@theme/Tabs',
  TabItem: '@theme/TabItem',
  // Emitted by remark-authoring-examples, which runs before remark-mkdocs.
  AuthoringExample: '@site/src/components/AuthoringExample',
};

/** The dev-only panel listing a page's warnings (`docusaurus start`). */
export const WARNINGS_PANEL_MODULE = '@site/src/components/LessonWarnings';

/**
 * Everything whose content decides what the checks report on a lesson: when
 * one changes, every lesson's recorded warnings are stale (a new fingerprint).
 */
export const PIPELINE_INPUTS = {
  // workshop/: what the import writes for the site (markdown extensions, routes.json).
  paths: ['plugins', 'src/admonitions', 'docusaurus.config.ts', 'import-unresolved-links.json', 'workshop', 'package-lock.json'],
  // workshop/docs/ (an imported workshop's lessons), its static files and the import's manifest decide no check:
  // a lesson edited there must not make every other lesson's warnings stale.
  skip: ['test', 'node_modules', 'README.md', 'docs', 'static', 'manifest.json'],
};

/** The store of recorded warnings for the site in `siteDir`. */
export function siteWarningsStore(siteDir: string): LessonWarningsStore {
  return lessonWarningsStore(siteDir, PIPELINE_INPUTS);
}

/**
 * A remark or rehype plugin with its options bound in. Docusaurus copies the
 * site config into every page's JavaScript as JSON (its codegen), plugin
 * options included: `[plugin, options]` would ship the box icon table, the
 * component map and the custom types to every reader. A function serializes
 * to nothing.
 */
export function bound<P extends unknown[], T extends Node = Root>(plugin: UnifiedPlugin<P, T>, ...options: P): UnifiedPlugin<[], T> {
  return function (this: Processor) {
    return plugin.apply(this, options);
  };
}

interface LessonPlugins {
  /** Before Docusaurus's defaults (heading ids, TOC, links, images must see what they build). */
  beforeDefaultRemarkPlugins: UnifiedPlugin<[], Root>[];
  /** After Docusaurus's defaults. */
  remarkPlugins: UnifiedPlugin<[], Root>[];
  /**
   * After rehype-raw (Docusaurus runs it first for `.md`), on the parsed tree
   * React renders. The checks only: the recorder and the guard are not included.
   */
  rehypePlugins: UnifiedPlugin<[], HastRoot>[];
}

/**
 * Which lessons a docs instance serves: the workshop's (the main instance) or the site's own pages (docs/,
 * under /authoring/ when a workshop is the site), which are read with the site's own extensions (`ownPagesExtensions`).
 */
export type LessonSet = 'workshop' | 'own';

/** The lesson plugins of the site in `siteDir` for one set of lessons, options bound in (see `bound`). */
export function lessonPlugins(siteDir: string, lessons: LessonSet = 'workshop'): LessonPlugins {
  const markdownExtensions = lessons === 'own' ? ownPagesExtensions(siteDir) : siteMarkdownExtensions(siteDir);
  const {math} = siteFeatures(markdownExtensions);
  const unresolved = readUnresolvedLinks(siteDir);
  const workshopSite = readWorkshopSite(siteDir);
  // The site's baseUrl (docusaurus.config.ts: the workshop's site_url path), for URLs no theme component prefixes.
  const baseUrl = workshopSite?.baseUrl ?? '/';
  const urls = {siteDir, routes: readRoutes(siteDir), unresolved: unresolved.links, baseUrl};
  // Material's features the imported workshop has (workshop/site.json): annotations in every code block, linked tab
  // sets. The site's own pages, and a site without an imported workshop, have both.
  const site = lessons === 'workshop' ? workshopSite : undefined;
  const features = {annotateAllCode: site?.codeAnnotations ?? true, linkTabs: site?.linkedTabs ?? true};
  // Material's custom_icons: the workshop's SVG icons the import copied (workshop/icons/), as the allow-list keeps them.
  const customIcons = siteCustomIcons(siteDir, markdownExtensions);
  return {
    // Authoring examples come first, so remark-mkdocs converts their content
    // with the rest of the page; their headings step after it keeps them out
    // of the TOC.
    beforeDefaultRemarkPlugins: [
      // What became of the page's metadata (read as MkDocs reads it by `prepareLesson`); the workshop's tags only
      // with Material's tags plugin, as parseFrontMatter gives them (`lessonShowsTags`).
      bound(remarkMkdocsFrontMatter, {siteDir, tags: site?.tags ?? true}),
      remarkAuthoringExamples,
      // `--8<--` includes were expanded by `prepareText` (the preprocessor); the plugin reports and maps them.
      // No heading gets an id the sanitizer refuses (`define`: `define_1`), which left it without one.
      bound(remarkMkdocs, {customTypes, components: COMPONENT_MODULES, markdownExtensions, expandedSnippets: expandedLessonSnippets, reservedIds: standsForReadGlobal, ...features, ...(customIcons ? {customIcons} : {})}),
      remarkAuthoringExampleHeadings,
      // What `prepareText` left of mkdocs-macros' Jinja as written (plugins/mkdocs-macros), after remark-mkdocs, which
      // records the page's includes: the places are the page's own text's.
      remarkMkdocsMacros,
      // Links the MkDocs import found no target for stay as written and
      // warn (as in MkDocs); only those: any other broken link still throws.
      bound(remarkUnresolvedLinks, {...unresolved, resolve: browserUrlOnMkdocsPage(siteDir, urls.routes), baseUrl}),
      // On an imported MkDocs page, links written as URLs (`../2-deployments/`)
      // and to files beside it go where they went in MkDocs (plugins/mkdocs-urls).
      bound(remarkMkdocsUrls, urls),
    ],
    // Restore attributes Docusaurus's link/image steps drop, and give boxes
    // (`!!!`, `???` and `:::type`) their label (their icon is the site's CSS:
    // plugins/box-type-styles.ts); then show
    // raw HTML that would run script as text (every node is built by now).
    // A page with math imports KaTeX's stylesheet (only with arithmatex).
    // Last, the MDX nodes rehype-raw can parse with the page are handed to it as
    // placeholders (`./raw-stitch.ts`: one parse instead of one per node).
    remarkPlugins: [bound(remarkMkdocsAfterDefaults, {boxThemes: BOX_LABELS}), remarkSafeHtml, ...(math ? [remarkKatexStylesheet] : []), remarkHideMdxFromRaw],
    // Math rendered by KaTeX at build time (only with arithmatex); raw HTML
    // links and images of imported MkDocs pages resolved as the browser
    // resolved them there; then the allow-list sanitizer: what is checked is
    // what is emitted, KaTeX's HTML and MathML included.
    // First of all, the placeholders become their MDX nodes again.
    // Last, the page's ids and fragment links as emitted, for the check of links to ids across lessons (lesson-warnings).
    rehypePlugins: [
      rehypeRestoreMdx,
      ...(math ? [rehypeKatex] : []),
      bound(rehypeMkdocsUrls, urls) as UnifiedPlugin<[], HastRoot>,
      rehypeSanitizeLesson,
      bound(rehypeLessonAnchors, {siteDir}) as UnifiedPlugin<[], HastRoot>,
    ],
  };
}

/**
 * The docs plugin's Markdown options: the lesson plugins; after the rehype
 * checks, the recorder of every warning (remark's and rehype's: it sees every
 * message of the file); last, the guard that fails the file if anything unsafe
 * is left. `panel`: pages with warnings show them in the dev-only panel
 * (`docusaurus start` only).
 */
export function docsMarkdownOptions(siteDir: string, {panel, lessons = 'workshop'}: {panel: boolean; lessons?: LessonSet}): LessonPlugins {
  const plugins = lessonPlugins(siteDir, lessons);
  const recorder = bound(remarkLessonWarnings, {
    store: siteWarningsStore(siteDir),
    ...(panel ? {panelComponent: WARNINGS_PANEL_MODULE} : {}),
  }) as UnifiedPlugin<[], HastRoot>;
  return {
    ...plugins,
    // The parse and the plugins before Docusaurus's defaults in a worker thread, off the bundler's critical path.
    beforeDefaultRemarkPlugins: withFirstStageInWorker(plugins.beforeDefaultRemarkPlugins, {siteDir, lessons}),
    rehypePlugins: [...plugins.rehypePlugins, recorder, rehypeSafeHtmlGuard],
  };
}

/**
 * The site's Markdown preprocessor (`markdown.preprocessor`): a lesson's
 * metadata as MkDocs reads it (plugins/mkdocs-front-matter); then, when the
 * imported workshop enabled mkdocs-macros, its variables rendered in the text
 * after the metadata (plugins/mkdocs-macros: MkDocs runs the plugin on the page
 * before Markdown, so included files are not rendered); then, when the
 * site's extensions include pymdownx.snippets, its `--8<--` includes expanded
 * as pymdownx does before parsing (`./snippets.ts`), and the custom icons it
 * names noted as files the page is built from. Expanding here, not in
 * the parser, makes the text every cache keys on (the recorded warnings,
 * Docusaurus's loader) the expanded text: editing an included file changes
 * it. `.mdx` files are Docusaurus's own and stay as written.
 */
export function prepareText(text: string, filePath: string, siteDir: string): string {
  if (!filePath.endsWith('.md')) return text;
  const prepared = prepareLesson(text, filePath, {metaExtension: lessonExtensionsSet(siteDir, filePath).has('meta')});
  const meta = preparedMeta(filePath, prepared);
  const data = meta?.kind === 'yaml' || meta?.kind === 'multimarkdown' ? meta.data : {};
  const result = expandLessonSnippets(renderLessonMacros(prepared, filePath, siteDir, data), filePath, siteDir);
  // The custom icons (Material's custom_icons) the page draws are files it is built from too.
  addLessonDependencies(filePath, customIconDependencies(result, filePath, siteDir));
  if (result !== prepared) notePreprocessedText(filePath, result);
  return result;
}

/**
 * The site's `markdown.preprocessor`: `prepareText`, the file as read kept
 * beside its result for the lesson's first stage in the worker thread, which
 * prepares the text again (`./first-stage`). Only the loader's texts: the
 * other readers of `prepareText` (the warnings' keys, `checkLesson`) have no
 * first stage to hand them to.
 */
export function loaderPreprocessor(siteDir: string): (file: {filePath: string; fileContent: string}) => string {
  return ({filePath, fileContent}) => {
    const prepared = prepareText(fileContent, filePath, siteDir);
    if (filePath.endsWith('.md')) notePreparedText(filePath, fileContent, prepared);
    return prepared;
  };
}

/** A remark plugin as the site's Docusaurus Markdown loader loads it (its version of the package). */
export async function loaderRemarkPlugin(siteDir: string, name: string): Promise<UnifiedPlugin> {
  const fromSite = createRequire(path.join(siteDir, 'package.json'));
  const fromMdxLoader = createRequire(fromSite.resolve('@docusaurus/mdx-loader'));
  return ((await import(fromMdxLoader.resolve(name))) as {default: UnifiedPlugin}).default;
}

/** One checking processor per site folder and set of lessons (its plugins read the site's data once). */
const checkers = new Map<string, Promise<Processor<Root, Root, Root>>>();

/**
 * Parser extensions Docusaurus's Markdown loader adds for `.md` (front matter,
 * `:::` directives, GFM), taken from the site's Docusaurus so that they are its
 * versions: a lesson is tokenized as the loader tokenizes it.
 */
function checker(siteDir: string, lessons: LessonSet): Promise<Processor<Root, Root, Root>> {
  const key = `${lessons}:${siteDir}`;
  let processor = checkers.get(key);
  if (!processor) {
    processor = (async () => {
      const load = (name: string) => loaderRemarkPlugin(siteDir, name);
      const extensions: PluggableList = [await load('remark-frontmatter'), await load('remark-directive'), await load('remark-gfm')];
      const {beforeDefaultRemarkPlugins, remarkPlugins, rehypePlugins} = lessonPlugins(siteDir, lessons);
      return unified()
        .use(remarkParse)
        .use(extensions)
        .use(beforeDefaultRemarkPlugins)
        .use(remarkPlugins)
        // Then the HTML tree as the loader has it: raw HTML parsed in context (JSX passed through).
        .use(remarkRehype, {allowDangerousHtml: true, passThrough: [...RAW_PASS_THROUGH]})
        .use(rehypeRaw, {passThrough: [...RAW_PASS_THROUGH]})
        .use(rehypePlugins)
        .freeze() as unknown as Processor<Root, Root, Root>;
    })();
    checkers.set(key, processor);
  }
  return processor;
}

/**
 * The site's checks on one lesson, as the Markdown loader runs them (the
 * same parser extensions, remark and rehype plugins, rehype-raw between
 * them; Docusaurus's own transforms are left out: they report nothing). Messages land on the returned file; a plugin
 * that throws becomes a fatal message (rule `crash`), as it fails the build.
 */
export async function checkLesson(filePath: string, siteDir: string, text: string = readFileSync(filePath, 'utf8')): Promise<VFile> {
  const absolute = path.resolve(filePath);
  const file = new VFile({path: absolute, value: prepareText(text, absolute, siteDir)});
  const processor = await checker(siteDir, isOwnPage(siteDir, absolute) ? 'own' : 'workshop');
  try {
    await processor.run(processor.parse(file), file);
  } catch (error) {
    const message = file.message(`Cannot process this file: ${(error as Error).message}`, {ruleId: 'crash', source: 'lesson-pipeline'});
    message.fatal = true;
  }
  return file;
}
