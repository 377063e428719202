import {describe, expect, it} from 'vitest';
import {contrast} from '../../plugins/workshop-site/colors';
import {lessonShowsTags, mkdocsEditUrl, paletteCss, workshopEditUrl, type WorkshopSite} from '../../plugins/workshop-site';
import {readMkdocsConfig} from './config';
import {MATERIAL_COLORS} from './material-palette';
import {
  DARK_BACKGROUNDS,
  LIGHT_BACKGROUNDS,
  customCssColors,
  defaultRepoName,
  effectiveEditUri,
  markdownExtensionsSetting,
  paletteColorMode,
  paletteColors,
  sanitizeCopyright,
  siteSettings,
  tocLevels,
} from './site-settings';

const settingsOf = (yaml: string, files: Record<string, string> = {}) => {
  const config = readMkdocsConfig(yaml, {file: 'mkdocs.yml'});
  return siteSettings({config, source: yaml, docsFiles: new Set(Object.keys(files)), read: (file) => files[file], into: '', home: true});
};

describe('palette → Infima colours', () => {
  it("teal / deep orange (the demo workshop): Material's link colours, darkened in light mode to AA, kept in dark mode", () => {
    const {colors, notes} = paletteColors([
      {scheme: 'default', primary: 'teal', accent: 'deep orange'},
      {scheme: 'slate', primary: 'teal', accent: 'deep orange'},
    ]);
    // #009485 is 3.7:1 on white: darkened; slate's #00ccb8 already passes on the dark page.
    expect(contrast('#009485', '#ffffff')).toBeLessThan(4.5);
    expect(colors.light.primary).not.toBe('#009485');
    expect(colors.dark.primary).toBe('#00ccb8');
    expect(notes).toEqual([
      expect.stringMatching(/^light mode: links #[0-9a-f]{6} \(Material's #009485\), hover #[0-9a-f]{6} \(Material's #ff6e42\), darkened/),
      // The header: white text on Material's teal is 3.7:1.
      expect.stringMatching(/^light mode: header #[0-9a-f]{6} \(Material's #009485\), darkened to keep its text at WCAG AA/),
      expect.stringMatching(/^dark mode: header #[0-9a-f]{6} \(Material's #009485\), darkened/),
    ]);
  });

  it.each(Object.keys(MATERIAL_COLORS))('%s as primary and accent keeps every text colour at 4.5:1 on both modes\' backgrounds', (name) => {
    const {colors} = paletteColors({primary: name, accent: name});
    for (const [mode, backgrounds] of [['light', LIGHT_BACKGROUNDS], ['dark', DARK_BACKGROUNDS]] as const) {
      for (const color of [colors[mode].primary, colors[mode].accent].filter((c): c is string => c !== undefined)) {
        for (const background of backgrounds) expect(contrast(color, background), `${mode} ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('a mapping applies to both modes; names as Material writes them (spaces, capitals); no palette is indigo', () => {
    expect(paletteColors({primary: 'Light Blue'}).colors.dark.primary).toBe(paletteColors({primary: 'light-blue'}).colors.dark.primary);
    expect(paletteColors({primary: 'teal'}).colors.dark.primary).toBe('#00ccb8');
    expect(paletteColors(undefined).colors.light.primary).toBe('#4051b5');
    expect(paletteColors({primary: 'grey'}).colors.light.primary).toBe('#4051b5');
  });

  it('an unknown name falls back to indigo, and says so', () => {
    const {colors, notes} = paletteColors({primary: 'mauve'});
    expect(colors.light.primary).toBe('#4051b5');
    expect(notes).toContain("primary mauve: not one of Material's colours: indigo instead");
  });

  it("custom takes extra_css's --md-primary-fg-color / --md-accent-fg-color, slate's for dark mode", () => {
    const css = ':root > * {\n  --md-primary-fg-color: #1d4ed8;\n  --md-accent-fg-color: #b91c1c;\n}\n[data-md-color-scheme="slate"] { --md-primary-fg-color: #93c5fd; }\n';
    expect(customCssColors(css)).toEqual({light: {primary: '#1d4ed8', accent: '#b91c1c'}, dark: {primary: '#93c5fd'}});
    const {colors} = paletteColors({primary: 'custom', accent: 'custom'}, [css]);
    expect(colors.light).toEqual({primary: '#1d4ed8', accent: '#b91c1c'});
    expect(colors.dark.primary).toBe('#93c5fd');
    expect(paletteColors({primary: 'custom'}).notes[0]).toMatch(/^primary custom: no --md-primary-fg-color/);
  });

  it.each(Object.keys(MATERIAL_COLORS))("%s: the header is Material's primary with Material's text colour on it, at 4.5:1 in both modes", (name) => {
    const {header} = paletteColors([{scheme: 'default', primary: name}, {scheme: 'slate', primary: name}]);
    for (const mode of ['light', 'dark'] as const) {
      expect(contrast(header[mode].text, header[mode].background), `${mode} ${header[mode].text} on ${header[mode].background}`).toBeGreaterThanOrEqual(4.5);
      expect(header[mode].text).toBe(['lime', 'yellow', 'amber', 'orange', 'white'].includes(name) ? '#212121' : '#ffffff');
    }
  });

  it('the header: indigo and black as Material draws them, light green darkened to keep white text readable, and said', () => {
    expect(paletteColors({primary: 'indigo'}).header.light).toEqual({background: '#4051b5', text: '#ffffff'});
    expect(paletteColors({primary: 'black'}).header.dark).toEqual({background: '#000000', text: '#ffffff'});
    expect(paletteColors({primary: 'amber'}).header.light).toEqual({background: '#ffc105', text: '#212121'});
    const lightGreen = paletteColors({primary: 'light-green'});
    expect(lightGreen.header.light.background).not.toBe('#8bc34b');
    expect(lightGreen.notes).toContainEqual(expect.stringMatching(/^light mode: header #[0-9a-f]{6} \(Material's #8bc34b\), darkened to keep its text at WCAG AA/));
    // extra_css's colour: the text that reads better on it.
    const custom = paletteColors({primary: 'custom'}, [':root { --md-primary-fg-color: #f8961d; }']);
    expect(custom.header.light).toEqual({background: '#f8961d', text: '#212121'});
  });

  it("the CSS colours the navbar as Material's header, the phone menu's panel in the page's colours", () => {
    const css = paletteCss({light: {primary: '#4051b5'}, dark: {primary: '#5488e8'}}, {light: {background: '#4051b5', text: '#ffffff'}, dark: {background: '#4051b5', text: '#ffffff'}});
    expect(css).toContain('html:root .navbar { --ifm-navbar-background-color: #4051b5; --ifm-navbar-link-color: #ffffff;');
    expect(css).toContain("html[data-theme='dark'] .navbar { --ifm-navbar-background-color: #4051b5;");
    expect(css).toContain('html:root .navbar-sidebar { --ifm-navbar-background-color: var(--ifm-background-surface-color);');
    expect(paletteCss({light: {primary: '#4051b5'}, dark: {primary: '#5488e8'}})).not.toContain('.navbar');
  });

  it("the colour mode Material opens in: the first entry's scheme; the reader's system only with a prefers-color-scheme media query", () => {
    expect(paletteColorMode(undefined)).toEqual({defaultMode: 'light', respectPrefersColorScheme: false});
    expect(paletteColorMode({scheme: 'slate', primary: 'black'})).toEqual({defaultMode: 'dark', respectPrefersColorScheme: false});
    expect(paletteColorMode([{scheme: 'default'}, {scheme: 'slate'}])).toEqual({defaultMode: 'light', respectPrefersColorScheme: false});
    expect(paletteColorMode([{media: '(prefers-color-scheme: light)', scheme: 'default'}, {media: '(prefers-color-scheme: dark)', scheme: 'slate'}])).toEqual({
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    });
    expect(paletteColorMode([{media: '(prefers-color-scheme)'}, {scheme: 'slate'}]).respectPrefersColorScheme).toBe(true);
  });

  it("extra_css's --md-typeset-a-color colours the links apart from the header; rgb() values count", () => {
    const css = '.md-content { --md-typeset-a-color: #e26125; }\n:root { --md-accent-fg-color: rgb(248, 150, 29); }\n';
    expect(customCssColors(css)).toEqual({light: {link: '#e26125', accent: '#f8961d'}, dark: {}});
    const {colors, header} = paletteColors({primary: 'indigo', accent: 'indigo'}, [css]);
    // Orange links, darkened for 4.5:1 on the page; the header stays Material's indigo.
    expect(colors.light.primary).not.toBe('#4051b5');
    expect(contrast(colors.light.primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(colors.light.accent).toBeDefined();
    expect(header.light.background).toBe('#4051b5');
  });

  it('the CSS sets the seven Infima shades in each mode', () => {
    const css = paletteCss({light: {primary: '#00796b', accent: '#bf360c'}, dark: {primary: '#00ccb8'}});
    expect(css).toContain('html:root { --ifm-color-primary: #00796b; --ifm-color-primary-dark:');
    expect(css).toContain('--ifm-link-hover-color: #bf360c;');
    expect(css).toMatch(/html\[data-theme='dark'\] \{ --ifm-color-primary: #00ccb8;.*--ifm-color-primary-lightest: #[0-9a-f]{6}; --ifm-link-hover-color: var\(--ifm-color-primary-light\); \}/);
  });
});

describe('edit links by MkDocs rules', () => {
  it('edit_uri default: edit/master/docs/ on GitHub and GitLab, src/default/docs/ on Bitbucket, none elsewhere; a / added', () => {
    expect(effectiveEditUri(undefined, 'https://github.com/o/r')).toBe('edit/master/docs/');
    expect(effectiveEditUri(undefined, 'https://gitlab.com/o/r')).toBe('edit/master/docs/');
    expect(effectiveEditUri(undefined, 'https://bitbucket.org/o/r')).toBe('src/default/docs/');
    expect(effectiveEditUri(undefined, 'https://git.example.org/o/r')).toBeUndefined();
    expect(effectiveEditUri('', 'https://github.com/o/r')).toBeUndefined();
    expect(effectiveEditUri('edit/main/lessons', 'https://github.com/o/r')).toBe('edit/main/lessons/');
  });

  it('repo_url + edit_uri + the path; ? and # edit URIs; absolute edit URIs; edit_uri_template with path, path_noext and !q', () => {
    expect(mkdocsEditUrl({repoUrl: 'https://github.com/o/r', editUri: 'edit/main/docs/'}, 'labs/1.md')).toBe('https://github.com/o/r/edit/main/docs/labs/1.md');
    expect(mkdocsEditUrl({repoUrl: 'https://github.com/o/r/', editUri: '/o/r/blob/main/docs/'}, 'a.md')).toBe('https://github.com/o/r/blob/main/docs/a.md');
    expect(mkdocsEditUrl({repoUrl: 'https://example.org/repo', editUri: '?path=/docs/'}, 'a.md')).toBe('https://example.org/repo?path=/docs/a.md');
    expect(mkdocsEditUrl({editUri: 'https://edit.example.org/docs/'}, 'a.md')).toBe('https://edit.example.org/docs/a.md');
    expect(mkdocsEditUrl({repoUrl: 'https://github.com/o/r', template: 'edit/main/docs/{path_noext}.md?q={path!q}'}, 'labs/1 a.md')).toBe('https://github.com/o/r/edit/main/docs/labs/1%20a.md?q=labs%2F1%20a.md');
    expect(mkdocsEditUrl({editUri: 'javascript:alert(1)//'}, 'a.md')).toBeUndefined();
  });

  it("the site's editUrl: workshop pages by their path inside the workshop, the site's own pages none", () => {
    const site = {docsFolder: 'ws', edit: {repoUrl: 'https://github.com/o/r', editUri: 'edit/main/docs/'}} as WorkshopSite;
    expect(workshopEditUrl(site)({docPath: 'ws/labs/1.md'})).toBe('https://github.com/o/r/edit/main/docs/labs/1.md');
    expect(workshopEditUrl(site)({docPath: 'pod-networking.md'})).toBeUndefined();
  });

  it('only with content.action.edit, as Material 9 shows the button', () => {
    const base = 'site_name: W\nrepo_url: https://github.com/o/r\n';
    expect(settingsOf(base).site.edit).toBeUndefined();
    expect(settingsOf(base).findings.map((f) => f.message)).toContain('edit_uri: no "Edit this page" links, as in Material 9: theme.features has no content.action.edit (add it to show them)');
    expect(settingsOf(`${base}theme:\n  features: [content.action.edit]\n`).site.edit).toEqual({repoUrl: 'https://github.com/o/r', editUri: 'edit/master/docs/'});
  });
});

describe('template placeholders in the settings', () => {
  it('a cookiecutter repo_url never filled in is said, at its line', () => {
    const {findings} = settingsOf(['site_name: W', "repo_url: 'https://github.com/{{cookiecutter.github_username}}/{{cookiecutter.repo_name}}'"].join('\n'));
    expect(findings.map((f) => `${f.line}: ${f.severity}: ${f.message}`)).toContain(
      '2: warning: repo_url https://github.com/{{cookiecutter.github_username}}/{{cookiecutter.repo_name}}: holds template placeholders never filled in (a project template published as it was): shown and linked as written, as in MkDocs',
    );
    expect(settingsOf('site_name: W\nrepo_url: https://github.com/o/r\n').findings.filter((f) => f.message.includes('placeholders'))).toEqual([]);
  });
});

describe('site settings', () => {
  const demo = [
    'site_name: Cluster Basics', // 1
    'site_description: Labs', // 2
    'site_url: https://example.org/workshop', // 3
    'repo_url: https://gitlab.com/o/r', // 4
    'copyright: Copyright &copy; 2026 <a href="https://example.org" onclick="x()">Org</a><script>alert(1)</script>', // 5
    'theme:', // 6
    '  name: material', // 7
    '  logo: img/logo.svg', // 8
    '  favicon: ../favicon.png', // 9
    'extra:', // 10
    '  social:', // 11
    '    - icon: fontawesome/brands/github', // 12
    '      link: https://github.com/o', // 13
    '    - icon: material/no-such-icon', // 14
    '      link: https://fosstodon.org/@o', // 15
    '      name: Mastodon', // 16
    '    - icon: fontawesome/brands/github', // 17
    '      link: javascript:alert(1)', // 18
  ].join('\n');

  it('title, tagline, url and baseUrl, logo copied, repository with its host and icon, sanitized copyright, social links', () => {
    const {site, assets, findings} = settingsOf(demo, {'img/logo.svg': '<svg/>'});
    expect(site).toMatchObject({title: 'Cluster Basics', tagline: 'Labs', url: 'https://example.org', baseUrl: '/workshop/', logo: 'workshop-assets/img/logo.svg'});
    expect(assets).toEqual([{source: 'img/logo.svg', target: 'workshop/static/workshop-assets/img/logo.svg'}]);
    expect(site.repo).toMatchObject({url: 'https://gitlab.com/o/r', name: 'GitLab', icon: {viewBox: expect.any(String), paths: [expect.any(String)]}});
    expect(site.copyright).toBe('Copyright © 2026 <a href="https://example.org">Org</a>');
    expect(site.social.map(({href, label, icon}) => [href, label, icon !== undefined])).toEqual([
      ['https://github.com/o', 'github.com', true],
      ['https://fosstodon.org/@o', 'Mastodon', false],
    ]);
    expect(findings.map((f) => `${f.line}: ${f.message}`)).toEqual(
      expect.arrayContaining([
        '9: theme.favicon ../favicon.png: outside the docs folder: the site keeps its own favicon',
        '5: copyright: HTML the site does not allow (scripts, handlers, styles, unknown elements) was removed from the footer',
        "14: extra.social material/no-such-icon: no such icon in the site's icon sets: the link shows its name",
        '18: extra.social javascript:alert(1): not an http(s) or mailto link: left out of the footer',
      ]),
    );
  });

  it("theme.icon.logo: the icon as an SVG file per colour mode, in the header's text colour (white on indigo)", () => {
    const {site, assets} = settingsOf('site_name: W\ntheme:\n  icon:\n    logo: material/school\n');
    expect(site.logo).toBe('workshop-assets/logo.svg');
    expect(site.logoDark).toBe('workshop-assets/logo-dark.svg');
    expect(assets).toHaveLength(2);
    expect('content' in assets[0] && assets[0].content).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 24"><path fill="#ffffff" d="M12,3L1,9L12,15/);
  });

  it("theme.icon.logo naming an icon of custom_dir's .icons (Material looks there first): that SVG per colour mode, unsafe ones refused", () => {
    const yaml = 'site_name: W\ntheme:\n  name: material\n  custom_dir: overrides\n  icon:\n    logo: brand/logo\n';
    const config = readMkdocsConfig(yaml, {file: 'mkdocs.yml'});
    const withIcon = (svg: string | undefined) =>
      siteSettings({config, source: yaml, docsFiles: new Set(), read: () => '', into: '', home: true, readProject: (file) => (file === 'overrides/.icons/brand/logo.svg' ? svg : undefined)});
    const logo = '<svg width="180" height="85" viewBox="0 0 180 85"><title>Org</title><g transform="translate(8.5, 9.5)"><rect width="180" height="85" fill="#000"/><path d="M0 0h10v10z"/></g></svg>';
    const {site, assets, findings} = withIcon(logo);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(site.logo).toBe('workshop-assets/logo.svg');
    expect(site.logoDark).toBe('workshop-assets/logo-dark.svg');
    expect(assets.map((asset) => asset.target)).toEqual(['workshop/static/workshop-assets/logo.svg', 'workshop/static/workshop-assets/logo-dark.svg']);
    // The author's shapes and colours as drawn, the rest in the header's text colour (an <img> has no text colour to inherit).
    expect('content' in assets[0] && assets[0].content).toBe(
      '<svg width="180" height="85" viewBox="0 0 180 85" xmlns="http://www.w3.org/2000/svg" fill="#ffffff" color="#ffffff"><title>Org</title><g transform="translate(8.5, 9.5)"><rect width="180" height="85" fill="#000"></rect><path d="M0 0h10v10z"></path></g></svg>\n',
    );
    const unsafe = withIcon('<svg viewBox="0 0 10 10"><script>alert(1)</script><path d="M0 0" onclick="steal()"/></svg>');
    expect(unsafe.site.logo).toBeUndefined();
    expect(unsafe.assets).toEqual([]);
    expect(unsafe.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([expect.stringMatching(/^theme\.icon\.logo brand\/logo: overrides\/\.icons\/brand\/logo\.svg: the file holds what the site does not serve \(Unexpected element `<script>`.*: the site shows no logo$/)]);
    const missing = withIcon(undefined);
    expect(missing.site.logo).toBeUndefined();
    expect(missing.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual(["theme.icon.logo brand/logo: no such icon in the site's icon sets or in overrides/.icons/brand/logo.svg: the site shows no logo"]);
  });

  it("custom_dir's icon wins over Material's of the same name, and a file using xlink declares it", () => {
    const yaml = 'site_name: W\ntheme:\n  custom_dir: overrides\n  icon:\n    logo: material/school\n';
    const config = readMkdocsConfig(yaml, {file: 'mkdocs.yml'});
    const own = '<svg viewBox="0 0 10 10"><defs><path id="p" d="M0 0h5v5z"/></defs><use xlink:href="#p"/></svg>';
    const {assets} = siteSettings({config, source: yaml, docsFiles: new Set(), read: () => '', into: '', home: true, readProject: (file) => (file === 'overrides/.icons/material/school.svg' ? own : undefined)});
    const content = 'content' in assets[0] ? assets[0].content : '';
    expect(content).toContain('<use xlink:href="#p"></use>');
    expect(content).toMatch(/^<svg viewBox="0 0 10 10" xmlns="http:\/\/www\.w3\.org\/2000\/svg" xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink" fill="#ffffff" color="#ffffff">/);
  });

  it('repo_name: as given, else by MkDocs rules', () => {
    expect(defaultRepoName('https://github.com/o/r')).toBe('GitHub');
    expect(defaultRepoName('https://bitbucket.org/o/r')).toBe('Bitbucket');
    expect(defaultRepoName('https://git.example.org/o/r')).toBe('Git');
    expect(settingsOf('repo_url: https://github.com/o/r\nrepo_name: o/r\n').site.repo?.name).toBe('o/r');
  });

  it('copyright: text and allowed markup kept as they are', () => {
    expect(sanitizeCopyright('&copy; 2026 <strong>Org</strong> — <a href="mailto:a@b.c">mail</a>')).toEqual({html: '© 2026 <strong>Org</strong> — <a href="mailto:a@b.c">mail</a>', removed: false});
  });
});

describe("theme.features that change how lessons render → site.json", () => {
  it('content.code.annotate and content.tabs.link, each on only when listed, as in Material', () => {
    const none = settingsOf('site_name: x\ntheme:\n  name: material\n').site;
    expect([none.codeAnnotations, none.linkedTabs]).toEqual([false, false]);
    const both = settingsOf('site_name: x\ntheme:\n  name: material\n  features:\n    - content.code.annotate\n    - content.tabs.link\n').site;
    expect([both.codeAnnotations, both.linkedTabs]).toEqual([true, true]);
  });
});

describe("Material's tags plugin → site.json tags", () => {
  it('on only when plugins lists it (tags or material/tags, not enabled: false), as only the plugin shows tags in Material', () => {
    expect(settingsOf('site_name: x\nplugins:\n  - search\n').site.tags).toBe(false);
    expect(settingsOf('site_name: x\n').site.tags).toBe(false);
    expect(settingsOf('site_name: x\nplugins:\n  - search\n  - tags\n').site.tags).toBe(true);
    expect(settingsOf('site_name: x\nplugins:\n  - material/tags:\n      tags_file: tags.md\n').site.tags).toBe(true);
    expect(settingsOf('site_name: x\nplugins:\n  - tags:\n      enabled: false\n').site.tags).toBe(false);
  });

  it("the site reads it for the workshop's lessons only; an older site.json without it shows tags", () => {
    const site = (tags?: boolean): WorkshopSite => ({title: 'W', social: [], docsFolder: '', home: true, ...(tags === undefined ? {} : {tags})});
    expect(lessonShowsTags(site(false), 'workshop/docs/a.md')).toBe(false);
    expect(lessonShowsTags(site(false), 'docs/authoring-lessons.md')).toBe(true);
    expect(lessonShowsTags(site(true), 'workshop/docs/a.md')).toBe(true);
    expect(lessonShowsTags(site(), 'workshop/docs/a.md')).toBe(true);
    expect(lessonShowsTags(undefined, 'docs/a.md')).toBe(true);
  });
});

describe("toc_depth → the table of contents' levels (themeConfig.tableOfContents)", () => {
  it("reads toc_depth as Python-Markdown's toc does, and lists what Material's toc.html lists (no h1)", () => {
    // Each against Python-Markdown 3.4's toc_tokens, less the first h1 Material leaves out.
    const cases: Array<[unknown, ReturnType<typeof tocLevels>]> = [
      [undefined, {minHeadingLevel: 2, maxHeadingLevel: 6}],
      [6, {minHeadingLevel: 2, maxHeadingLevel: 6}],
      [3, {minHeadingLevel: 2, maxHeadingLevel: 3}],
      ['3', {minHeadingLevel: 2, maxHeadingLevel: 3}],
      ['+3', {minHeadingLevel: 2, maxHeadingLevel: 3}],
      [3.9, {minHeadingLevel: 2, maxHeadingLevel: 3}],
      ['2-4', {minHeadingLevel: 2, maxHeadingLevel: 4}],
      [' 2 - 4 ', {minHeadingLevel: 2, maxHeadingLevel: 4}],
      ['1-4', {minHeadingLevel: 2, maxHeadingLevel: 4}],
      ['0-6', {minHeadingLevel: 2, maxHeadingLevel: 6}],
      ['3-8', {minHeadingLevel: 3, maxHeadingLevel: 6}],
      ['1_0', {minHeadingLevel: 2, maxHeadingLevel: 6}],
      // Nothing listed: h1 only (left out by Material), an empty or out-of-range range.
      [1, false],
      [0, false],
      [true, false],
      ['4-3', false],
      ['7-9', false],
      // Python-Markdown raises: MkDocs cannot load toc.
      [null, undefined],
      ['2-4-6', undefined],
      ['abc', undefined],
      ['-3', undefined],
      [[2, 4], undefined],
    ];
    for (const [depth, levels] of cases) expect(tocLevels(depth), JSON.stringify(depth)).toEqual(levels);
  });

  it("goes to site.json from the toc options MkDocs reads (a bare repeat keeps toc_depth), levels 2 to 6 without", () => {
    expect(settingsOf('site_name: x\n').site.tableOfContents).toEqual({minHeadingLevel: 2, maxHeadingLevel: 6});
    expect(settingsOf('markdown_extensions:\n  - toc:\n      toc_depth: 3\n  - toc\n').site.tableOfContents).toEqual({minHeadingLevel: 2, maxHeadingLevel: 3});
    expect(settingsOf('markdown_extensions:\n  - markdown.extensions.toc:\n      toc_depth: "3-4"\n').site.tableOfContents).toEqual({minHeadingLevel: 3, maxHeadingLevel: 4});
    expect(settingsOf('markdown_extensions:\n  - toc:\n      toc_depth: 1\n').site.tableOfContents).toBe(false);
  });

  it("a toc slugify the build cannot run is reported at its line; pymdownx.slugs' are run (no warning)", () => {
    const own = ['site_name: x', 'markdown_extensions:', '  - toc:', '      permalink: true', '      slugify: !!python/name:my_site.slugs.slug'].join('\n');
    expect(settingsOf(own).findings.filter((item) => item.message.includes('slugify'))).toEqual([
      {
        severity: 'warning',
        message:
          "markdown_extensions toc slugify !!python/name:my_site.slugs.slug: not one of pymdownx.slugs' functions, which the build runs: headings get Docusaurus's ids, so a link to a heading written for the MkDocs site (page.md#id) may not find it",
        file: 'mkdocs.yml',
        line: 5,
      },
    ]);
    const material = ['site_name: x', 'markdown_extensions:', '  - toc:', '      slugify: !!python/object/apply:pymdownx.slugs.slugify', '        kwds:', '          case: lower'].join('\n');
    expect(settingsOf(material).findings.filter((item) => item.message.includes('slugify'))).toEqual([]);
  });

  it('a toc_depth Python-Markdown cannot read: levels 2 to 6, and a warning at its line', () => {
    const yaml = ['site_name: x', 'markdown_extensions:', '  - admonition', '  - toc:', '      permalink: true', '      toc_depth: 2-4-6'].join('\n');
    const {site, findings} = settingsOf(yaml);
    expect(site.tableOfContents).toEqual({minHeadingLevel: 2, maxHeadingLevel: 6});
    // (Besides the palette's notes.)
    expect(findings.filter((item) => item.message.startsWith('markdown_extensions'))).toEqual([
      {
        severity: 'warning',
        message: 'markdown_extensions toc toc_depth "2-4-6": neither a level (3) nor a range of levels ("2-4"): MkDocs fails to load toc with it; the table of contents lists levels 2 to 6',
        file: 'mkdocs.yml',
        line: 6,
      },
    ]);
  });
});

describe('markdown_extensions → workshop/markdown-extensions.json', () => {
  it('in order, names normalised, options as JSON, Python tags as their tag string, a repeated extension in its first place with the options MkDocs reads it with', () => {
    const config = readMkdocsConfig(
      [
        'markdown_extensions:',
        '  - markdown.extensions.toc:',
        '      permalink: true',
        '  - pymdownx.emoji:',
        '      emoji_index: !!python/name:material.extensions.emoji.twemoji',
        '  - admonition',
        '  - toc:',
        '      permalink: "#"',
      ].join('\n'),
    );
    const setting = markdownExtensionsSetting(config);
    // MkDocs' built-ins tables and fenced_code are loaded too, listed or not.
    expect(Object.keys(setting)).toEqual(['toc', 'pymdownx.emoji', 'admonition', 'tables', 'fenced_code']);
    // Two spellings of toc: MkDocs loads its builtin `toc` (here with permalink "#") first and `markdown.extensions.toc`
    // after it, whose processors replace the first's: the page has permalink: true (markdownExtensionOptions).
    expect(setting).toEqual({toc: {permalink: true}, 'pymdownx.emoji': {emoji_index: '!!python/name:material.extensions.emoji.twemoji'}, admonition: {}, tables: {}, fenced_code: {}});
  });

  it('a bare repeat keeps the options given before, as in MkDocs (nextflow-hpc-workshop lists pymdownx.superfences twice)', () => {
    const config = readMkdocsConfig(
      [
        'markdown_extensions:',
        '  - toc:',
        '      separator: "_"',
        '  - pymdownx.highlight:',
        '      linenums: true',
        '  - pymdownx.superfences:',
        '      preserve_tabs: true',
        '  - pymdownx.superfences',
        '  - pymdownx.highlight',
        '  - toc',
      ].join('\n'),
    );
    expect(markdownExtensionsSetting(config)).toEqual({
      toc: {separator: '_'},
      'pymdownx.highlight': {linenums: true},
      'pymdownx.superfences': {preserve_tabs: true},
      tables: {},
      fenced_code: {},
    });
  });
});
