import {existsSync} from 'node:fs';
import path from 'node:path';
import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, ParseFrontMatter, Plugin} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Root} from 'mdast';
import type {Node} from 'unist';
import type {Plugin as UnifiedPlugin, Processor} from 'unified';
import remarkMkdocs, {remarkMkdocsAfterDefaults} from './plugins/remark-mkdocs';
import remarkAuthoringExamples, {remarkAuthoringExampleHeadings} from './plugins/remark-authoring-examples';
import remarkReportMessages from './plugins/remark-report-messages';
import remarkSafeHtml, {RULE_ID as UNSAFE_RULE_ID, dropUnsafeFrontMatter, rehypeSafeHtmlGuard, rehypeSanitizeLesson} from './plugins/remark-safe-html';
import remarkUnresolvedLinks, {readUnresolvedLinks} from './plugins/remark-unresolved-links';
import {createLessonDescriber} from './plugins/lesson-description';
import deferredPrism from './plugins/deferred-prism';
import builtHtmlGuard from './plugins/built-html-guard';
import {customTypes} from './src/admonitions/custom-types';
import {customTypeCss} from './src/admonitions/custom-type-css';
import {BOX_THEMES, MATERIAL_BOX_THEMES} from './src/admonitions/box-types';
import {withMinimumContrast} from './src/prism/accessible-theme';

/** LESSONSAURUS_STRICT=1 turns every lesson warning into a build failure (CI). */
const strict = process.env.LESSONSAURUS_STRICT === '1';

/** "Edit this page" goes to `<base>docs/<file>`; the default points nowhere real. */
const editUrl = process.env.LESSONSAURUS_EDIT_URL ?? 'https://example.invalid/edit/main/';

/** The lesson served at `/`. Its file stays byte-for-byte the author's, so the slug is given here. */
const HOME_DOC = 'docs/pod-networking.md';

/** Remembered per file: Docusaurus reads each lesson's front matter twice per build. */
const describeLesson = createLessonDescriber(customTypes);

/** Front matter warnings already printed (Docusaurus parses each lesson's front matter twice per build). */
const frontMatterWarnings = new Set<string>();

const parseFrontMatter: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  const file = path.relative(__dirname, params.filePath).split(path.sep).join('/');
  // `custom_edit_url: javascript:…` would become the "Edit this page" link: dropped, with the body's rule.
  for (const {key, reason} of dropUnsafeFrontMatter(result.frontMatter)) {
    const line = params.fileContent.split('\n').findIndex((text) => text.startsWith(`${key}:`)) + 1;
    const warning = `${file}:${line || 1}:1  Unexpected ${reason} in front matter \`${key}\`, expected an http(s) or relative URL: ignored  ${UNSAFE_RULE_ID}`;
    if (strict) throw new Error(`1 warning in strict mode (LESSONSAURUS_STRICT=1): ${warning}`);
    if (!frontMatterWarnings.has(warning)) process.stderr.write(`${warning}\n`);
    frontMatterWarnings.add(warning);
  }
  if (file === HOME_DOC && result.frontMatter.slug === undefined) {
    result.frontMatter.slug = '/';
  }
  // Docusaurus would describe a lesson by its first raw line (`!!! reminder "…"`).
  if (result.frontMatter.description === undefined && /\.md$/.test(file)) {
    const description = describeLesson(params.filePath, result.content);
    if (description !== undefined) result.frontMatter.description = description;
  }
  return result;
};

/**
 * The module of every component the Markdown plugins emit as JSX. Each page
 * imports only those it uses (remark-mkdocs adds the imports), so they ride
 * in that page's chunk: the seed page, with no tabs, never loads Tabs. None
 * of them is registered in MDXComponents.
 */
const COMPONENT_MODULES = {
  CommandBlock: '@site/src/components/CommandBlock',
  OutputBlock: '@site/src/components/OutputBlock',
  MkdocsDetails: '@site/src/components/MkdocsDetails',
  CodeAnnotations: '@site/src/components/CodeAnnotations',
  CodeAnnotation: '@site/src/components/CodeAnnotations/CodeAnnotation',
  ProseAnnotations: '@site/src/components/CodeAnnotations/ProseAnnotations',
  AnnotationMarker: '@site/src/components/CodeAnnotations/AnnotationMarker',
  Tabs: '@theme/Tabs',
  TabItem: '@theme/TabItem',
  // Emitted by remark-authoring-examples, which runs before remark-mkdocs.
  AuthoringExample: '@site/src/components/AuthoringExample',
};

/**
 * A remark plugin with its options bound in. Docusaurus copies the site config
 * into every page's JavaScript as JSON (its codegen), remark plugin options
 * included: `[plugin, options]` would ship the box icon table, the component
 * map and the custom types to every reader. A function serializes to nothing.
 */
function bound<P extends unknown[], T extends Node = Root>(plugin: UnifiedPlugin<P, T>, ...options: P): UnifiedPlugin<[], T> {
  return function (this: Processor) {
    return plugin.apply(this, options);
  };
}

/** Colours of the custom box types, from the same object the remark plugin gets. */
function customTypeStyles(): Plugin {
  return {
    name: 'lessonsaurus-custom-type-styles',
    injectHtmlTags() {
      return {headTags: [{tagName: 'style', innerHTML: customTypeCss(customTypes)}]};
    },
  };
}

const config: Config = {
  title: 'Lessonsaurus',
  tagline: 'MkDocs-Material lessons, published with Docusaurus',
  favicon: 'img/favicon.svg',

  // Rspack, SWC and Lightning CSS via @docusaurus/faster, plus the v4 defaults.
  future: {v4: true},

  url: 'https://lessonsaurus.example.invalid',
  baseUrl: '/',
  // The home page's inline "wrong baseUrl" banner script is the one script the theme writes on a
  // single page only; without it, every page's own scripts are exactly those of 404.html, which is
  // what the built-HTML guard (plugins/built-html-guard) allows and nothing else.
  baseUrlIssueBanner: false,
  trailingSlash: false,

  onBrokenLinks: 'throw',

  i18n: {defaultLocale: 'en', locales: ['en']},

  markdown: {
    // Lessons are CommonMark (.md); MDX would choke on `{ .md-button }` and `<none>`.
    format: 'detect',
    parseFrontMatter,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          editUrl,
          // Before the defaults: Docusaurus's heading-id, TOC, link and image
          // steps must see the boxes the plugin builds. Authoring examples come
          // first, so remark-mkdocs converts their content with the rest of the
          // page; their headings step after it keeps them out of the TOC.
          beforeDefaultRemarkPlugins: [
            remarkAuthoringExamples,
            bound(remarkMkdocs, {customTypes, strict, components: COMPONENT_MODULES}),
            remarkAuthoringExampleHeadings,
            // Links the MkDocs import found no target for stay as written and
            // warn (as in MkDocs); only those: any other broken link still throws.
            bound(remarkUnresolvedLinks, readUnresolvedLinks(__dirname)),
          ],
          // After Docusaurus's defaults: restore attributes its link/image steps drop;
          // show raw HTML that would run script as text (every node is built by now).
          // Boxes (`!!!`, `???` and `:::type`) get their label and icon here, per page.
          remarkPlugins: [bound(remarkMkdocsAfterDefaults, {boxThemes: BOX_THEMES}), remarkSafeHtml],
          // After rehype-raw (Docusaurus runs it first for `.md`), on the parsed tree React renders:
          // the allow-list sanitizer; then print what every plugin reported, remark's and
          // rehype's (facebook/docusaurus#9953); last, fail the build if anything unsafe is left.
          rehypePlugins: [rehypeSanitizeLesson, bound(remarkReportMessages, {strict}), rehypeSafeHtmlGuard],
          // `:::bug`, `:::lab`, … work too, drawn by the same theme components.
          admonitions: {
            keywords: [...Object.keys(MATERIAL_BOX_THEMES), ...Object.keys(customTypes), 'neutral'],
            extendDefaults: true,
          },
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  // The guard last: its postBuild checks every page the build wrote (after render and minification).
  plugins: [customTypeStyles, deferredPrism, builtHtmlGuard],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        docsRouteBasePath: '/',
        indexBlog: false,
        indexPages: false,
      },
    ],
  ],

  themeConfig: {
    colorMode: {
      defaultMode: 'light',
      disableSwitch: false,
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Lessonsaurus',
      logo: {alt: 'Lessonsaurus logo', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'lessons', position: 'left', label: 'Lessons'},
        {type: 'doc', docId: 'authoring-boxes', position: 'left', label: 'Authoring boxes'},
        // The sidebar `npm run import:mkdocs` writes, once a MkDocs project was imported.
        ...(existsSync(path.join(__dirname, 'sidebars', 'imported.json'))
          ? [{type: 'docSidebar', sidebarId: 'imported', position: 'left', label: 'Imported'} as const]
          : []),
      ],
    },
    prism: {
      // Above AA's 4.5 so a highlighted line's darker background still passes.
      theme: withMinimumContrast(prismThemes.github, 4.8),
      darkTheme: withMinimumContrast(prismThemes.dracula, 4.8),
      additionalLanguages: ['bash', 'shell-session', 'powershell', 'yaml', 'docker', 'json'],
    },
  } satisfies Preset.ThemeConfig,
};

/**
 * LESSONSAURUS_TEST_PAGES=1 (set by the e2e build only) adds the lessons under
 * `test/e2e/lessons/` (hostile input and the like) at `/test-pages/`, through a
 * second docs instance with the same Markdown pipeline as the site's. A normal
 * build never contains them.
 */
function testPagesDocs(site: Config): NonNullable<Config['plugins']>[number] {
  const preset = site.presets?.[0];
  const docs = Array.isArray(preset) ? (preset[1] as Preset.Options).docs : undefined;
  if (!docs) throw new Error('docusaurus.config.ts: the classic preset has no docs options to copy for the test pages');
  const {beforeDefaultRemarkPlugins, remarkPlugins, rehypePlugins, admonitions} = docs;
  return [
    '@docusaurus/plugin-content-docs',
    {
      id: 'test-pages',
      path: 'test/e2e/lessons',
      routeBasePath: 'test-pages',
      sidebarPath: false,
      beforeDefaultRemarkPlugins,
      remarkPlugins,
      rehypePlugins,
      admonitions,
    },
  ];
}

if (process.env.LESSONSAURUS_TEST_PAGES === '1') config.plugins = [...(config.plugins ?? []), testPagesDocs(config)];

export default config;
