import {existsSync} from 'node:fs';
import path from 'node:path';
import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, ParseFrontMatter, Plugin} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMkdocs, {remarkMkdocsAfterDefaults} from './plugins/remark-mkdocs';
import remarkReportMessages from './plugins/remark-report-messages';
import {customTypes} from './src/admonitions/custom-types';
import {customTypeCss} from './src/admonitions/custom-type-css';
import {MATERIAL_BOX_THEMES} from './src/admonitions/box-types';
import {withMinimumContrast} from './src/prism/accessible-theme';

/** LESSONSAURUS_STRICT=1 turns every lesson warning into a build failure (CI). */
const strict = process.env.LESSONSAURUS_STRICT === '1';

/** "Edit this page" goes to `<base>docs/<file>`; the default points nowhere real. */
const editUrl = process.env.LESSONSAURUS_EDIT_URL ?? 'https://example.invalid/edit/main/';

/** The lesson served at `/`. Its file stays byte-for-byte the author's, so the slug is given here. */
const HOME_DOC = 'docs/pod-networking.md';

const parseFrontMatter: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  const file = path.relative(__dirname, params.filePath).split(path.sep).join('/');
  if (file === HOME_DOC && result.frontMatter.slug === undefined) {
    result.frontMatter.slug = '/';
  }
  return result;
};

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
          // steps must see the boxes the plugin builds.
          beforeDefaultRemarkPlugins: [[remarkMkdocs, {customTypes, strict}]],
          // After Docusaurus's defaults: restore attributes its link/image steps drop;
          // last: print what every earlier plugin reported (facebook/docusaurus#9953).
          remarkPlugins: [remarkMkdocsAfterDefaults, [remarkReportMessages, {strict}]],
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

  plugins: [customTypeStyles],

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

export default config;
