import {existsSync} from 'node:fs';
import path from 'node:path';
import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, LoadContext, ParseFrontMatter} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {createRequire} from 'node:module';
import type * as ConfigModules from './plugins/config-modules';

/**
 * The project's plugins and theme helpers, through plugins/load-typescript.cjs (SWC, packages from Node) rather
 * than Docusaurus's jiti, which would transpile each of them and every ESM package they use with Babel (2.6–3.2 s
 * per build in a fresh checkout). `createRequire`: the config is also imported as ESM (by the tests).
 */
const loadTypeScript = createRequire(__filename)('./plugins/load-typescript.cjs') as (filename: string) => (id: string) => unknown;
const {
  checkLesson,
  docsMarkdownOptions,
  loaderPreprocessor,
  prepareText,
  snippetSettingsWarnings,
  siteWarningsStore,
  isOwnPage,
  ownPagesExtensions,
  siteFeatures,
  siteMarkdownExtensions,
  parseMkdocsFrontMatter,
  mkdocsDirectoryUrls,
  readRoutes,
  slugOf,
  lessonWarningsPlugin,
  createLessonDescriberInWorker,
  firstStageWorkerEnd,
  warmFirstStageWorker,
  deferredPrism,
  ADDITIONAL_LANGUAGES,
  bundlerCacheInputs,
  builtHtmlGuard,
  katexAssets,
  serverSharedChunk,
  customTypes,
  boxTypeStyles,
  MATERIAL_BOX_THEMES,
  withMinimumContrast,
  SEARCH_IGNORE,
  WORKSHOP_STATIC_DIR,
  WORKSHOP_DOCS,
  lessonShowsTags,
  readWorkshopSite,
  createNavTitles,
  repoNavbarItem,
  workshopEditUrl,
  workshopFooter,
  workshopHomePlugin,
  workshopPalettePlugin,
  workshopCustomCss,
} = loadTypeScript(__filename)('./plugins/config-modules') as typeof ConfigModules;

/** LESSONSAURUS_STRICT=1 turns every lesson warning into a build failure (CI). */
const strict = process.env.LESSONSAURUS_STRICT === '1';

/**
 * LESSONSAURUS_STOCK_PIPELINE=1: Docusaurus's own Markdown pipeline, for
 * `npm run bench:site` to measure what ours costs. Off: the remark and rehype
 * plugins, the MkDocs front matter reading and descriptions, the lesson
 * warnings and the built-HTML guard (everything Lessonsaurus adds to turning a
 * lesson into a page). Kept: the theme, its components and CSS, the search,
 * everything else. Lessons then render as CommonMark (`!!!` boxes as text).
 */
const stockPipeline = process.env.LESSONSAURUS_STOCK_PIPELINE === '1';

/** Not a production build (`docusaurus start`): pages show their own lesson warnings in a panel. */
const warningsPanel = process.env.NODE_ENV !== 'production';

/** "Edit this page" goes to `<base>docs/<file>`; the default points nowhere real. */
const editUrl = process.env.LESSONSAURUS_EDIT_URL ?? 'https://example.invalid/edit/main/';

/**
 * The demo lesson served at `/` (its file stays byte-for-byte the author's, so
 * the slug is given here), unless docs/ has a home page of its own (an
 * `index.md` or `README.md` put there by hand): that is `/` then, as in
 * MkDocs, and the demo lesson stays at its own URL.
 */
const HOME_DOC = 'docs/pod-networking.md';
const workshopHome = ['index.md', 'index.mdx', 'README.md'].some((name) => existsSync(path.join(__dirname, 'docs', name)));

/**
 * What the workshop's `markdown_extensions` need beyond Markdown: mermaid
 * diagrams (a superfences custom fence of class `mermaid`) load
 * `@docusaurus/theme-mermaid`; math (arithmatex) is wired in the lesson
 * pipeline (rehype-katex, KaTeX's stylesheet per page with math).
 */
const features = siteFeatures(siteMarkdownExtensions(__dirname), ownPagesExtensions(__dirname));

/**
 * Imported MkDocs pages keep their MkDocs URLs (`06-DataStore/README.md` at
 * `/06-DataStore/`, number prefix kept), from the list the import writes
 * (`workshop/routes.json`, plugins/mkdocs-urls); the author's file stays as it is.
 */
const mkdocsRoutes = readRoutes(__dirname);

/**
 * The workshop `npm run import:mkdocs` made the site (`workshop/site.json`,
 * plugins/workshop-site), or undefined: the demo site. With a workshop, its
 * lessons (workshop/docs/) are the site's docs at `/`, and the site's own
 * docs/ (the seed lesson and the authoring guide) moves to a second docs
 * instance under /authoring/, with its own navbar item.
 */
const workshop = readWorkshopSite(__dirname);
/** With a workshop, the authoring guide's overview is /authoring/. */
const AUTHORING_HOME = 'docs/authoring-lessons.md';

/**
 * Remembered per file: Docusaurus reads each lesson's front matter twice per build. Read in the lessons' worker
 * thread (plugins/lesson-pipeline/first-stage), while the main thread loads the other docs.
 */
const describeWorkshopLesson = createLessonDescriberInWorker(customTypes, siteMarkdownExtensions(__dirname), __dirname);
/** The site's own pages keep the site's extensions when a workshop is the site (`ownPagesExtensions`). */
const describeOwnPage = createLessonDescriberInWorker(customTypes, ownPagesExtensions(__dirname), __dirname);
// Its modules load while Docusaurus loads the site.
if (!stockPipeline) warmFirstStageWorker();
const describeLesson = (filePath: string, markdown: string) => (isOwnPage(__dirname, filePath) ? describeOwnPage : describeWorkshopLesson)(filePath, markdown);

/** What an imported workshop's nav titles its lessons (for a lesson with no title of its own). */
const navTitleOf = createNavTitles(__dirname);

const parseFrontMatter: ParseFrontMatter = async (params) => {
  // A lesson's metadata as MkDocs reads it: a `---` block that is not a YAML mapping is content.
  const file = path.relative(__dirname, params.filePath).split(path.sep).join('/');
  // The workshop's tags only with Material's tags plugin, as Material showed them.
  const result = await parseMkdocsFrontMatter(params, __dirname, navTitleOf, {tags: lessonShowsTags(workshop, file)});
  const mkdocsUrl = mkdocsRoutes.pages[file];
  if (mkdocsUrl !== undefined) result.frontMatter.slug = slugOf(mkdocsUrl);
  if (file === (workshop ? AUTHORING_HOME : HOME_DOC) && (workshop !== undefined || !workshopHome) && result.frontMatter.slug === undefined) {
    result.frontMatter.slug = '/';
  }
  // A workshop whose toc_depth leaves Material no heading to list: its pages show no table of contents either.
  if (workshop?.tableOfContents === false && file.startsWith(`${WORKSHOP_DOCS}/`) && result.frontMatter.hide_table_of_contents === undefined) {
    result.frontMatter.hide_table_of_contents = true;
  }
  // Docusaurus would describe a lesson by its first raw line (`!!! reminder "…"`).
  if (result.frontMatter.description === undefined && /\.md$/.test(file)) {
    const description = await describeLesson(params.filePath, result.content);
    if (description !== undefined) result.frontMatter.description = description;
  }
  return result;
};

/**
 * The Docusaurus plugins of the lesson pipeline: every lesson's warnings after
 * each compilation (warm cache or not; strict fails the build), and last the
 * guard, whose postBuild checks every page the build wrote (after render and
 * minification).
 */
function lessonPipelinePlugins(): NonNullable<Config['plugins']> {
  return [
    // Every lesson's warnings after each compilation, warm cache or not; strict fails the build.
    // A function: Docusaurus serializes `[plugin, options]` into the client's site config.
    function lessonWarnings(context: LoadContext) {
      return lessonWarningsPlugin(context, {
        store: siteWarningsStore(__dirname),
        check: (file: string) => checkLesson(file, __dirname),
        prepare: (text: string, file: string) => prepareText(text, file, __dirname),
        settingsWarnings: () => snippetSettingsWarnings(__dirname),
        // With a workshop as the site, its build fails on the workshop's lessons, not on the authoring guide's examples.
        strictCounts: (file: string) => !(workshop && isOwnPage(__dirname, file)),
        // Their warnings are printed under a line saying whose they are: not files of the workshop.
        ...(workshop
          ? {uncountedHeading: "Warnings of the site's own pages (docs/: the authoring guide and the demo lesson, under /authoring/; their examples warn on purpose, and strict mode does not count them):"}
          : {}),
        strict,
      });
    },
    // Saving a file a lesson includes (`--8<--`, pymdownx.snippets) recompiles the lesson:
    // a loader after the Markdown loader declares the included files (plugins/lesson-pipeline/snippets.ts).
    function lessonSnippets() {
      return {
        name: 'lesson-snippets',
        configureWebpack: () => ({
          module: {rules: [{test: /\.md$/i, enforce: 'post' as const, use: [{loader: path.join(__dirname, 'plugins/lesson-pipeline/snippets-loader.cjs')}]}]},
        }),
      };
    },
    // The bundler's cache is evicted when a file the pipeline reads changes (import-unresolved-links.json, workshop/*.json).
    bundlerCacheInputs(() => siteWarningsStore(__dirname).fingerprint),
    // The lessons' worker thread ends when the build's compilations are done, before the server render.
    firstStageWorkerEnd,
    // KaTeX's stylesheet and fonts as files of their own, for the pages with math (only with arithmatex).
    ...(features.math ? [katexAssets] : []),
    // The guard last: its postBuild checks every page the build wrote (after render and minification).
    builtHtmlGuard,
  ];
}

const config: Config = {
  title: workshop?.title ?? 'Lessonsaurus',
  tagline: workshop ? (workshop.tagline ?? '') : 'MkDocs-Material lessons, published with Docusaurus',
  favicon: workshop?.favicon ?? 'img/favicon.svg',
  // The workshop's logo and favicon, and a copy of each of its files that is no page at its MkDocs URL, copied by
  // the import. First: where both folders have a file (the demo site's img/logo.svg and a workshop's), the first
  // static directory's is served (the copy plugin keeps the first asset of a name; the dev server likewise), and
  // the workshop, being the site, keeps its MkDocs URLs.
  staticDirectories: [...(existsSync(path.join(__dirname, WORKSHOP_STATIC_DIR)) ? [WORKSHOP_STATIC_DIR] : []), 'static'],

  // Rspack, SWC and Lightning CSS via @docusaurus/faster, plus the v4 defaults.
  future: {v4: true},

  url: workshop?.url ?? 'https://lessonsaurus.example.invalid',
  baseUrl: workshop?.baseUrl ?? '/',
  // The home page's inline "wrong baseUrl" banner script is the one script the theme writes on a
  // single page only; without it, every page's own scripts are exactly those of 404.html, which is
  // what the built-HTML guard (plugins/built-html-guard) allows and nothing else.
  baseUrlIssueBanner: false,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  // Links to a missing heading are the lesson warnings' `mkdocs-link-anchor`, at the link's file:line (plugins/lesson-warnings):
  // Docusaurus's own list names only the page's URL, and takes `#top` (the page's top, by HTML's rules) for broken.
  onBrokenAnchors: 'ignore',

  i18n: {defaultLocale: 'en', locales: ['en']},

  markdown: {
    // Lessons are CommonMark (.md); MDX would choke on `{ .md-button }` and `<none>`.
    format: 'detect',
    ...(stockPipeline
      ? {
          // Only the demo lesson's home slug (the bench opens `/`): Docusaurus's own front matter reading otherwise.
          parseFrontMatter: async (params: Parameters<ParseFrontMatter>[0]) => {
            const result = await params.defaultParseFrontMatter(params);
            const file = path.relative(__dirname, params.filePath).split(path.sep).join('/');
            if (file === HOME_DOC && !workshopHome && result.frontMatter.slug === undefined) result.frontMatter.slug = '/';
            return result;
          },
        }
      : {
          parseFrontMatter,
          // The same reading for the text the loader parses, every line kept in place (plugins/mkdocs-front-matter).
          preprocessor: loaderPreprocessor(__dirname),
          // Diagrams drawn in the browser by theme-mermaid (mermaid itself is loaded only on pages that have one).
          mermaid: features.mermaid,
        }),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // A workshop's pages: where MkDocs' edit button pointed (repo_url, edit_uri).
          editUrl: workshop ? workshopEditUrl(workshop) : editUrl,
          ...(workshop ? {path: WORKSHOP_DOCS} : {}),
          // Before the defaults, Docusaurus's heading-id, TOC, link and image
          // steps must see the boxes the plugins build; after them, the steps
          // that need their output; among the rehype plugins (after rehype-raw,
          // on the tree React renders) the allow-list sanitizer, the recorder of
          // every lesson warning (printed by lessonWarningsPlugin:
          // facebook/docusaurus#9953), and last the guard that fails the file if
          // anything unsafe is left.
          ...(stockPipeline ? {} : docsMarkdownOptions(__dirname, {panel: warningsPanel})),
          // `:::bug`, `:::lab`, … work too, drawn by the same theme components.
          admonitions: {
            keywords: [...Object.keys(MATERIAL_BOX_THEMES), ...Object.keys(customTypes), 'neutral'],
            extendDefaults: true,
          },
        },
        blog: false,
        // Last, the workshop's own extra_css rules for its lessons (workshop/extra.css), as Material loads extra_css last.
        theme: {customCss: ['./src/css/custom.css', './src/css/keys-and-marks.css', './src/css/critic-tasklist.css', './src/css/material-layout.css', ...workshopCustomCss(__dirname, workshop)]},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    boxTypeStyles,
    ...(workshop ? [() => workshopPalettePlugin(workshop), ...(workshop.home ? [] : [(context: LoadContext) => workshopHomePlugin(context, workshop)])] : []),
    deferredPrism,
    // Imported pages with MkDocs directory URLs (`/a/b/`) are served there too, not only at `/a/b`.
    mkdocsDirectoryUrls,
    // Shared modules in one server chunk, not copied into every page's (see there).
    serverSharedChunk,
    ...(stockPipeline ? [] : lessonPipelinePlugins()),
  ],

  themes: [
    ...(features.mermaid ? ['@docusaurus/theme-mermaid'] : []),
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        docsRouteBasePath: '/',
        indexBlog: false,
        indexPages: false,
        // The components' own words around a lesson's text (src/search-ignore.ts).
        ignoreCssSelectors: [`.${SEARCH_IGNORE}`],
      },
    ],
  ],

  themeConfig: {
    colorMode: {
      // A workshop opens in the mode Material opened it in (its palette); the demo site follows the reader's system.
      defaultMode: workshop?.colorMode?.defaultMode ?? 'light',
      disableSwitch: false,
      respectPrefersColorScheme: workshop?.colorMode?.respectPrefersColorScheme ?? true,
    },
    navbar: workshop
      ? {
          // The workshop's own: its title and logo; its nav is the docs sidebar.
          title: workshop.title,
          ...(workshop.logo ? {logo: {alt: `${workshop.title} logo`, src: workshop.logo, ...(workshop.logoDark ? {srcDark: workshop.logoDark} : {})}} : {}),
          items: [
            ...(workshop.repo ? [repoNavbarItem(workshop.repo)] : []),
            {type: 'docSidebar', sidebarId: 'authoring', docsPluginId: 'authoring', position: 'right', label: 'Authoring'} as const,
          ],
        }
      : {
          title: 'Lessonsaurus',
          logo: {alt: 'Lessonsaurus logo', src: 'img/logo.svg'},
          items: [
            {type: 'docSidebar', sidebarId: 'lessons', position: 'left', label: 'Lessons'},
            {type: 'doc', docId: 'authoring-boxes', position: 'left', label: 'Authoring boxes'},
            // The sidebar `npm run import:mkdocs --into <folder>` writes: a workshop as a section of the demo site.
            ...(existsSync(path.join(__dirname, 'sidebars', 'imported.json'))
              ? [{type: 'docSidebar', sidebarId: 'imported', position: 'left', label: 'Imported'} as const]
              : []),
          ],
        },
    ...(workshop ? {footer: workshopFooter(workshop)} : {}),
    // The heading levels Material's table of contents listed (toc_depth: 2 to 6 by default, where Docusaurus lists 2 and 3).
    ...(workshop?.tableOfContents ? {tableOfContents: workshop.tableOfContents} : {}),
    prism: {
      // Above AA's 4.5 so a highlighted line's darker background still passes.
      theme: withMinimumContrast(prismThemes.github, 4.8),
      darkTheme: withMinimumContrast(prismThemes.dracula, 4.8),
      // Beside prism-react-renderer's own: what workshops' fences use most that MkDocs colours (src/prism/additional-languages.ts).
      additionalLanguages: [...ADDITIONAL_LANGUAGES],
    },
  } satisfies Preset.ThemeConfig,
};

/**
 * A second docs instance with the site's own Markdown pipeline (the classic
 * preset's docs options copied): the test pages, and with a workshop the demo
 * content (`own`: the site's own pages, read with their own extensions).
 */
function lessonDocs(site: Config, options: Record<string, unknown> & {id: string}, own = false): NonNullable<Config['plugins']>[number] {
  const preset = site.presets?.[0];
  const docs = Array.isArray(preset) ? (preset[1] as Preset.Options).docs : undefined;
  if (!docs) throw new Error('docusaurus.config.ts: the classic preset has no docs options to copy for a second docs instance');
  const {admonitions} = docs;
  // The site's own pages are read with the site's own extensions, not the workshop's (`ownPagesExtensions`).
  const {beforeDefaultRemarkPlugins, remarkPlugins, rehypePlugins} = own && !stockPipeline ? docsMarkdownOptions(__dirname, {panel: warningsPanel, lessons: 'own'}) : docs;
  return ['@docusaurus/plugin-content-docs', {...options, beforeDefaultRemarkPlugins, remarkPlugins, rehypePlugins, admonitions}];
}

/**
 * With a workshop imported, the site's own docs/: the demo lesson and the authoring guide, served under
 * /authoring/ with their own sidebar (sidebars-authoring.ts).
 */
if (workshop) {
  config.plugins = [...(config.plugins ?? []), lessonDocs(config, {id: 'authoring', path: 'docs', routeBasePath: 'authoring', sidebarPath: './sidebars-authoring.ts', editUrl}, true)];
}

/**
 * LESSONSAURUS_TEST_PAGES=1 (set by the e2e build only) adds the lessons under
 * `test/e2e/lessons/` (hostile input and the like) at `/test-pages/`, through a
 * second docs instance with the same Markdown pipeline as the site's. A normal
 * build never contains them.
 */
if (process.env.LESSONSAURUS_TEST_PAGES === '1') {
  config.plugins = [...(config.plugins ?? []), lessonDocs(config, {id: 'test-pages', path: 'test/e2e/lessons', routeBasePath: 'test-pages', sidebarPath: false})];
}

export default config;
