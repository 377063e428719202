import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {planImport, type FileTree} from './plan';
import {formatFinding} from './report';
import {readMkdocsConfig} from './config';
import {siteSettings} from './site-settings';
import {docusaurusFrontMatter, readMkdocsMeta} from '../../plugins/mkdocs-front-matter';
import {lessonShowsTags} from '../../plugins/workshop-site';

function tree(files: Record<string, string>): FileTree {
  return {files: Object.keys(files).sort(), read: (file) => Buffer.from(files[file] ?? '')};
}

const docs = tree({
  'one/lesson.md': [
    '# One', // 1
    '', // 2
    '[Two](../two/other.md#setup), ![Here](img/a.png) and <img src="img/a.png">.', // 3
    '', // 4
    '!!! note', // 5
    '    [Slides](../pdf/slides.pdf) and ![Gone](img/gone.png)', // 6
  ].join('\n'),
  'one/img/a.png': 'png',
  'two/other.md': '# Two\n\n## Setup\n',
});

describe('links of imported lessons', () => {
  const plan = planImport({docsDir: 'docs', docs, site: tree({}), into: 'w'});
  const lines = plan.findings.map(formatFinding);

  it('lists the Markdown links and images to missing files for the site, by site file, line and column', () => {
    expect(plan.unresolvedLinks).toEqual([
      {file: 'docs/w/one/lesson.md', url: '../pdf/slides.pdf', kind: 'link', line: 6, column: 5},
      {file: 'docs/w/one/lesson.md', url: 'img/gone.png', kind: 'image', line: 6, column: 37},
    ]);
    expect(lines).toContain(
      'docs/one/lesson.md:6:5: link ../pdf/slides.pdf: docs/w/pdf/slides.pdf will not exist: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
    );
    expect(plan.findings.filter((item) => item.severity === 'error')).toEqual([]);
  });

  it('resolves a raw HTML path against the page\'s MkDocs URL, as the browser did: on /w/one/lesson/, img/a.png is no file', () => {
    expect(lines).toContain(
      'docs/one/lesson.md:3:54: HTML img/a.png: goes to /w/one/lesson/img/a.png (as on the MkDocs page), where the import puts no page or file: the browser shows it broken, as it did in MkDocs',
    );
    const flat = planImport({docsDir: 'docs', docs: tree({'index.md': '<img src="img/a.png"> <a href="lesson">L</a>', 'img/a.png': 'png', 'lesson.md': '# L'}), site: tree({}), into: 'w'});
    expect(flat.findings.map(formatFinding).filter((line) => line.includes('HTML'))).toEqual([]);
    expect(flat.routes).toEqual({pages: {'docs/w/index.md': '/w/', 'docs/w/lesson.md': '/w/lesson/'}, files: {'docs/w/img/a.png': '/w/img/a.png'}});
    expect(flat.staticFiles).toEqual([{source: 'img/a.png', target: 'w/img/a.png', action: 'copy'}]);
  });

  it("a raw HTML frame of a workshop file the import does not copy (it would run script) is no broken link in MkDocs: the report says so", () => {
    const flat = planImport({
      docsDir: 'docs',
      docs: tree({'index.md': '<iframe src="/w/assets/chart.html"></iframe>\n', 'assets/chart.html': '<script>window.x = 1;</script>'}),
      site: tree({}),
      into: 'w',
    });
    const frame = flat.findings.map(formatFinding).filter((line) => line.startsWith('docs/index.md:1:1: HTML'));
    expect(frame).toEqual([expect.stringMatching(/HTML \/w\/assets\/chart\.html: .*: the browser shows it broken, where MkDocs served assets\/chart\.html \(not copied: see that file's line\)$/)]);
    expect(flat.findings.map(formatFinding).some((line) => line.startsWith('docs/assets/chart.html') && line.includes('not copied'))).toBe(true);
  });

  it('lists a raw HTML <a> to nothing too: the build would fail on it (it checks <a>), MkDocs only warns', () => {
    const flat = planImport({docsDir: 'docs', docs: tree({'index.md': '<a href="nowhere/">N</a>'}), site: tree({}), into: 'w'});
    expect(flat.unresolvedLinks).toEqual([{file: 'docs/w/index.md', url: 'nowhere/', kind: 'link', line: 1, column: 1}]);
  });

  it('lists a site-absolute link to nothing (MkDocs left `/1.0` as written, unchecked): the build would fail on it', () => {
    const flat = planImport({docsDir: 'docs', docs: tree({'index.md': '[1.0](/1.0) [L](/w/lesson/) <a href="/old/">O</a> [F](/w/f.pdf)', 'lesson.md': '# L', 'f.pdf': 'pdf'}), site: tree({}), into: 'w'});
    expect(flat.unresolvedLinks).toEqual([
      {file: 'docs/w/index.md', url: '/1.0', kind: 'link', line: 1, column: 1},
      {file: 'docs/w/index.md', url: '/old/', kind: 'link', line: 1, column: 29},
    ]);
    expect(flat.findings.map(formatFinding)).toContain(
      'docs/index.md:1:1: link /1.0: goes to /1.0 (as on the MkDocs page), where the import puts no page or file: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
    );
  });

  it('lists a site-absolute image no static folder serves (Docusaurus would fail the build on it), not one the import or the site serves', () => {
    const flat = planImport({
      docsDir: 'docs',
      docs: tree({'index.md': '![gone](/img/gone.png) ![ours](/w/img/a.png) ![site](/img/logo.svg)', 'img/a.png': 'png'}),
      site: tree({}),
      static: tree({'img/logo.svg': '<svg/>'}),
      into: 'w',
    });
    expect(flat.unresolvedLinks).toEqual([{file: 'docs/w/index.md', url: '/img/gone.png', kind: 'image', line: 1, column: 1}]);
    expect(flat.findings.map(formatFinding)).toContain(
      "docs/index.md:1:1: image /img/gone.png: goes to /img/gone.png, where neither the import nor the site's static folder puts a file: kept as written (its alt text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]",
    );
  });

  it('says nothing about Markdown links and images that land', () => {
    expect(lines.filter((line) => line.includes('other.md') || (line.includes(' img/a.png:') && !line.includes('HTML')))).toEqual([]);
  });
});

describe('an image or file link to no file beside the page file, but to one at the page\'s MkDocs URL', () => {
  // MkDocs leaves ../../Images/x.png as written (docs/Images/x.png is not there); on /ops/day2/upgrades/ the browser
  // loads /ops/Images/x.png, which MkDocs copied from docs/ops/Images/x.png.
  const upgrades = tree({
    'ops/day2/upgrades.md': ['# Upgrades', '', '![Available Upgrades](../../Images/x.png)', '', '[notes](../../Images/notes.pdf) ![gone](../../Images/gone.png)'].join('\n'),
    'ops/Images/x.png': 'png',
    'ops/Images/notes.pdf': 'pdf',
  });

  for (const [into, lessonsDir, siteFile] of [['w', 'docs', 'docs/w/ops/day2/upgrades.md'], ['', 'workshop/docs', 'workshop/docs/ops/day2/upgrades.md']] as const) {
    it(`works, as the build bundles it (into ${JSON.stringify(into)}): only what is at neither place is listed`, () => {
      const plan = planImport({docsDir: 'docs', docs: upgrades, site: tree({}), into, lessonsDir});
      expect(plan.unresolvedLinks).toEqual([{file: siteFile, url: '../../Images/gone.png', kind: 'image', line: 5, column: 33}]);
      expect(plan.findings.map(formatFinding).filter((line) => line.includes('Images/x.png') || line.includes('notes.pdf'))).toEqual([]);
    });
  }
});

describe('links of a workshop that uses mkdocs-autolinks-plugin', () => {
  const autolinkDocs = tree({
    'index.md': ['# Home', '', '[lesson B](b.md#part) and ![diagram](pic.png)', '', '[gone](gone.md) ![d](dup.png) [](b.md)'].join('\n'),
    'sub/b.md': '# B',
    'img/pic.png': 'png',
    'a/dup.png': 'png',
    'b/dup.png': 'png',
  });
  const planWith = (plugins: string) => {
    const source = `site_name: W\n${plugins}`;
    return planImport({config: {parsed: readMkdocsConfig(source, {file: 'mkdocs.yml'}), text: source}, docsDir: 'docs', docs: autolinkDocs, site: tree({}), into: 'w'});
  };

  it('bare file names go where the build sends them: only what no file has is listed; the setting goes to routes.json', () => {
    const plan = planWith('plugins:\n  - autolinks:\n');
    expect(plan.routes.autolinks).toEqual(['docs/w']);
    expect(plan.unresolvedLinks).toEqual([
      {file: 'docs/w/index.md', url: 'gone.md', kind: 'link', line: 5, column: 1},
      // Without link text the plugin leaves the name alone, and nothing is beside the page.
      {file: 'docs/w/index.md', url: 'b.md', kind: 'link', line: 5, column: 31},
    ]);
    const lines = plan.findings.map(formatFinding);
    expect(lines).toContain(
      "docs/index.md:5:17: Unexpected file name `dup.png` that 2 files of the docs folder have, expected a name only one has: goes to `a/dup.png` (the first in MkDocs' file order, as mkdocs-autolinks-plugin picks it), not to `b/dup.png` [mkdocs-autolinks-ambiguous]",
    );
    // Carried over: not in the report's list of plugins.
    expect(lines.filter((line) => line.includes('plugins'))).toEqual([]);
  });

  it("an image of theme.custom_dir, by name or by its path from the page's file, is the file the import serves, as MkDocs found it", () => {
    const source = 'site_name: W\ntheme:\n  name: material\n  custom_dir: overrides\nplugins:\n  - autolinks\n';
    const docs = tree({'sub/page.md': '# P\n\n![by name](badge.png) ![by path](../assets/badge.png) ![gone](../assets/gone.png)\n'});
    const plan = planImport({
      config: {parsed: readMkdocsConfig(source, {file: 'mkdocs.yml'}), text: source},
      docsDir: 'docs',
      docs,
      site: tree({}),
      into: 'w',
      theme: {dir: 'overrides', files: tree({'assets/badge.png': 'png', 'main.html': ''})},
    });
    expect(plan.routes.files).toEqual({'docs/w/assets/badge.png': '/w/assets/badge.png'});
    expect(plan.unresolvedLinks.map((link) => link.url)).toEqual(['../assets/gone.png']);
  });

  it('without the plugin, the same names are links to files that are not there', () => {
    const plan = planWith('plugins:\n  - search\n');
    expect(plan.routes.autolinks).toBeUndefined();
    expect(plan.unresolvedLinks.map((link) => link.url)).toEqual(['b.md#part', 'pic.png', 'gone.md', 'dup.png', 'b.md']);
  });
});

describe('extra_css that is not in the docs folder', () => {
  it('one warning, at its line in the config (not also "copied with the docs")', () => {
    const text = ['site_name: W', 'extra_css:', '  - stylesheets/extra.css', '  - stylesheets/here.css'].join('\n');
    const parsed = readMkdocsConfig(text, {file: 'mkdocs.yml'});
    const plan = planImport({config: {parsed, text}, docsDir: 'docs', docs: tree({'index.md': '# W', 'stylesheets/here.css': 'a {}'}), site: tree({}), into: 'w'});
    const lines = plan.findings.map(formatFinding).filter((line) => line.includes('extra_css'));
    expect(lines).toEqual([
      "mkdocs.yml:4: extra_css stylesheets/here.css: not loaded; copied with the docs, but to apply it add it to the classic preset's theme.customCss in docusaurus.config.ts, and port Material's selectors and variables (.md-typeset, --md-*) to Docusaurus/Infima ones",
      "mkdocs.yml:3: extra_css stylesheets/extra.css: not in the docs folder (MkDocs' pages link to a stylesheet that is not there): nothing to copy or carry over",
    ]);
  });
});

describe('Jinja a plugin leaves unrendered', () => {
  const page = ['# Chart', '', '{% include-markdown "../shared/intro.md" %}', '', '```yaml', 'name: {{ .Values.name }}', '```', '', '{{ read_csv("data.csv") }}'].join('\n');
  const findingsWith = (plugin: string) => {
    const source = `site_name: W\nplugins:\n  - ${plugin}\n`;
    const plan = planImport({config: {parsed: readMkdocsConfig(source, {file: 'mkdocs.yml'}), text: source}, docsDir: 'docs', docs: tree({'index.md': page}), site: tree({}), into: ''});
    return plan.findings.map(formatFinding).filter((line) => line.includes('Jinja'));
  };

  it("include-markdown: its directives are expanded by the site, so none is reported as Jinja left unrendered (what cannot be expanded is the lesson checks')", () => {
    expect(findingsWith('include-markdown')).toEqual([]);
  });

  it("table-reader: only its read_… calls, not a Helm template's braces (MkDocs shows those as written too)", () => {
    expect(findingsWith('table-reader')).toEqual(['docs/index.md:9: Jinja (table-reader plugin) not rendered, shown literally: {{ read_csv("data.csv") }}']);
  });

  it('both plugins: the tags of the one the site does not run', () => {
    expect(findingsWith('include-markdown\n  - table-reader')).toEqual(['docs/index.md:9: Jinja (table-reader plugin) not rendered, shown literally: {{ read_csv("data.csv") }}']);
  });
});

describe('metadata lines MkDocs hides', () => {
  it('a URL on the first line (read as `https: //…` metadata) is reported as the build reports it', () => {
    const plan = planImport({docsDir: 'docs', docs: tree({'video.md': 'https://youtu.be/abc\n\n# Video\n'}), site: tree({}), into: ''});
    expect(plan.findings.map(formatFinding).filter((line) => line.includes('mkdocs-meta'))).toEqual([
      'docs/video.md:1:1: Unexpected line `https://youtu.be/abc` at the top of the page, read as page metadata `https` (MkDocs reads leading `Key: value` lines as metadata), expected a known key such as `title`, or a blank line or other text before it: hidden, as in MkDocs [mkdocs-meta]',
    ]);
  });
});

describe("front matter tags in the report, as the build shows them (Material's tags plugin or not)", () => {
  const SITE_DIR = path.resolve(import.meta.dirname, '..', '..');
  const pages: Record<string, string> = {
    'plan.md': '---\ntags: [lesson plan, 2023-09-11]\n---\n# Plan\n',
    'numbers.md': '---\ntags:\n  - 1.0\n  - 2\n---\n# Numbers\n',
    'string.md': '---\ntags: k8s\n---\n# String\n',
    'hidden.md': '---\nhide: [tags]\ntags: [a]\n---\n# Hidden\n',
    'empty.md': '---\ntags:\n---\n# Empty\n',
  };
  const planFor = (plugins: string, into = '') => {
    const source = `site_name: W\n${plugins}`;
    const config = {parsed: readMkdocsConfig(source, {file: 'mkdocs.yml'}), text: source};
    const plan = planImport({config, docsDir: 'docs', docs: tree(pages), site: tree({}), into, lessonsDir: into === '' ? 'workshop/docs' : 'docs'});
    const site = siteSettings({config: config.parsed, source, docsFiles: new Set(Object.keys(pages)), read: (file) => pages[file], into, home: false}).site;
    return {lines: plan.findings.map(formatFinding).filter((line) => /tags/.test(line)), site};
  };
  /** The pages whose tags the build leaves out with a warning, for a site whose workshop/site.json is `site`. */
  const buildWarns = (site: ReturnType<typeof planFor>['site'] | undefined, into: string) =>
    Object.keys(pages).filter((page) => {
      const file = into === '' ? `workshop/docs/${page}` : `docs/${into}/${page}`;
      return docusaurusFrontMatter(readMkdocsMeta(pages[page]), SITE_DIR, {tags: lessonShowsTags(site, file)}).dropped.some((note) => note.key === 'tags');
    });

  it('without the plugin: nothing said (Material shows no tags either), and the build agrees', () => {
    const {lines, site} = planFor('plugins:\n  - search\n');
    expect(site.tags).toBe(false);
    expect(lines).toEqual(["docs/hidden.md:2: front matter hide: tags (the page's tags): none shown anyway, as in Material without its tags plugin, which the workshop does not use"]);
    expect(buildWarns(site, '')).toEqual([]);
  });

  it('with the plugin: dates and numbers are tags as written, not values left out; only a list that is none is, as the build says', () => {
    const {lines, site} = planFor('plugins:\n  - material/tags\n');
    expect(site.tags).toBe(true);
    expect(lines).toEqual([
      "mkdocs.yml:3: plugins material/tags: front matter tags are shown as written (2023-09-11), as a tag list on the page and Docusaurus tags pages (workshop/site.json tags; without the plugin, as in Material, none are); Material's tags index marker (<!-- material/tags -->) is not rendered",
      "docs/hidden.md:2: front matter hide: tags (the page's tags): still listed (Docusaurus has no per-page switch)",
      "docs/string.md:1: front matter: tags must be a list of strings: left out of the page's metadata (the build warns, mkdocs-meta)",
    ]);
    expect(buildWarns(site, '')).toEqual(['string.md']);
  });

  it("imported into a folder: the site's own settings, so tags are shown, whatever the workshop's plugins", () => {
    const {lines} = planFor('plugins:\n  - search\n', 'w');
    expect(lines.filter((line) => line.includes('left out'))).toEqual(["docs/string.md:1: front matter: tags must be a list of strings: left out of the page's metadata (the build warns, mkdocs-meta)"]);
    // No site.json is written then: the site's, if any, does not cover docs/<folder>/.
    expect(buildWarns(undefined, 'w')).toEqual(['string.md']);
  });
});
