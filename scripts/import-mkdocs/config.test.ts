import {describe, expect, it} from 'vitest';
import {ConfigError, configFindings, markdownExtensionOptions, readMkdocsConfig} from './config';
import {formatFinding} from './report';
import {TaggedValue, parseYaml} from './yaml';

describe('MkDocs YAML', () => {
  it('accepts Python, !ENV, !relative and !include tags without crashing', () => {
    const parsed = parseYaml(
      [
        'emoji_index: !!python/name:material.extensions.emoji.twemoji',
        'apply: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}',
        'env_default: !ENV [NOT_SET, fallback]',
        'env_set: !ENV [NOT_SET, IS_SET, fallback]',
        'env_plain: !ENV IS_SET',
        'env_missing: !ENV NOT_SET',
        'dir: !relative $config_dir',
        'nav: [!include ./sub/mkdocs.yml]',
      ].join('\n'),
      {env: {IS_SET: 'yes'}},
    ) as Record<string, unknown>;
    expect(parsed.emoji_index).toEqual(new TaggedValue('!!python/name:material.extensions.emoji.twemoji', null));
    expect(String(parsed.emoji_index)).toBe('!!python/name:material.extensions.emoji.twemoji');
    expect(parsed.apply).toEqual(new TaggedValue('!!python/object/apply:pymdownx.slugs.slugify', {kwds: {case: 'lower'}}));
    expect(parsed.env_default).toBe('fallback');
    expect(parsed.env_set).toBe('yes');
    expect(parsed.env_plain).toBe('yes');
    expect(parsed.env_missing).toBeNull();
    expect(String(parsed.dir)).toBe('!relative $config_dir');
    expect(parsed.nav).toEqual([new TaggedValue('!include', './sub/mkdocs.yml')]);
  });

  it('a key given twice takes its last value, as PyYAML reads it (MkDocs builds such a config)', () => {
    const parsed = parseYaml(['site_name: X', 'theme:', '  name: material', '  features: [navigation.tabs]', '  features: [navigation.top]'].join('\n')) as {
      theme: Record<string, unknown>;
    };
    expect(parsed.theme).toEqual({name: 'material', features: ['navigation.top']});
  });

  it('reads the settings the import uses, in both list and mapping forms', () => {
    const config = readMkdocsConfig(
      [
        'site_name: Demo',
        'docs_dir: !ENV [DOCS, lessons]',
        'theme:',
        '  name: material',
        '  custom_dir: overrides',
        '  features: [navigation.indexes, navigation.tabs]',
        'plugins:',
        '  search: {}',
        '  material/tags: {enabled: false}',
        'markdown_extensions:',
        '  - toc:',
        '      permalink: true',
        '  - admonition',
        'extra_css: [css/a.css]',
        'extra_javascript: [js/a.js, {path: js/b.mjs, type: module}]',
        'nav:',
        '  - index.md',
      ].join('\n'),
      {file: 'mkdocs.yml'},
    );
    expect(config).toMatchObject({
      siteName: 'Demo',
      docsDir: 'lessons',
      docsDirExplicit: true,
      themeName: 'material',
      customDir: 'overrides',
      features: ['navigation.indexes', 'navigation.tabs'],
      plugins: [{name: 'search'}, {name: 'material/tags'}],
      markdownExtensions: [{name: 'toc', options: {permalink: true}}, {name: 'admonition'}],
      extraCss: ['css/a.css'],
      extraJavascript: ['js/a.js', 'js/b.mjs'],
      nav: ['index.md'],
    });
    expect(readMkdocsConfig('site_name: x\n').docsDir).toBe('docs');
    expect(readMkdocsConfig('').nav).toBeUndefined();
  });

  it('throws a ConfigError with the line of a YAML syntax error', () => {
    let error: unknown;
    try {
      readMkdocsConfig('site_name: x\nnav:\n  - a.md\n - b: [\n', {file: 'mkdocs.yml'});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).file).toBe('mkdocs.yml');
    expect((error as ConfigError).line).toBeGreaterThan(1);
    expect(() => readMkdocsConfig('- a\n- b\n')).toThrow(/mapping/);
  });

  it('a feature listed twice is reported at each of its lines', () => {
    const source = ['site_name: Demo', 'theme:', '  name: material', '  features:', '    - toc.integrate', '    - content.code.copy', '    - toc.integrate'].join('\n');
    const config = readMkdocsConfig(source, {file: 'mkdocs.yml'});
    expect(configFindings(config, source).map((item) => item.line)).toEqual([5, 7]);
  });

  it('a feature written as a mapping enables nothing in Material either: said so, at its own line', () => {
    const source = ['site_name: Demo', 'theme:', '  name: material', '  features:', '    - navigation.expand: true', '    - content.code.copy', '    - navigation.top: true'].join('\n');
    const config = readMkdocsConfig(source, {file: 'mkdocs.yml'});
    expect(config.features).toEqual(['content.code.copy']);
    expect(configFindings(config, source).map((item) => `${item.severity} ${formatFinding(item)}`)).toEqual([
      'info mkdocs.yml:5: theme.features navigation.expand: written as a mapping (`- navigation.expand: …`), which Material does not read as a feature name: not enabled in MkDocs either; write `- navigation.expand` to enable it',
      'info mkdocs.yml:7: theme.features navigation.top: written as a mapping (`- navigation.top: …`), which Material does not read as a feature name: not enabled in MkDocs either; write `- navigation.top` to enable it',
    ]);
  });

  it('reports features, plugins, extensions, extra CSS/JS and overrides with their lines', () => {
    const source = [
      'site_name: Demo', // 1
      'theme:', // 2
      '  name: material', // 3
      '  custom_dir: overrides', // 4
      '  features:', // 5
      '    - navigation.tabs', // 6
      '    - content.code.copy', // 7
      '    - made.up', // 8
      'plugins:', // 9
      '  - search', // 10
      '  - macros', // 11
      '  - material/tags:', // 12
      '      enabled: false', // 13
      'markdown_extensions:', // 14
      '  - admonition', // 15
      '  - def_list', // 16
      '  - pymdownx.superfences:', // 17
      '      custom_fences:', // 18
      '        - name: mermaid', // 19
      '  - def_list', // 20
      '  - pymdownx.unknownthing', // 21
      'extra_css: [stylesheets/extra.css]', // 22
      'extra_javascript:', // 23
      '  - js/consent.js', // 24
      'hooks: [hooks.py]', // 25
    ].join('\n');
    const config = readMkdocsConfig(source, {file: 'mkdocs.yml'});
    const lines = configFindings(config, source).map((item) => `${item.severity} ${formatFinding(item)}`);
    // What the site carries (content.code.copy, search, admonition, def_list, superfences) is not listed.
    expect(lines).toEqual([
      'warning mkdocs.yml:6: theme.features navigation.tabs: top-level sections as header tabs: split sidebars/imported.json into one sidebar per section and add a docSidebar navbar item for each',
      'warning mkdocs.yml:8: theme.features made.up: unknown to the importer',
      'warning mkdocs.yml:4: theme.custom_dir overrides: Material template overrides (Jinja HTML, partials, .icons but the one theme.icon.logo names and the folders of pymdownx.emoji custom_icons) are not carried over (its static files are, at the paths MkDocs served them); Docusaurus customises through swizzled theme components in src/theme/',
      'warning mkdocs.yml:11: plugins macros: variables are rendered at build time ({{ config.site_name }}, {{ extra.x }}, {{ x }} for extra and front matter keys, page.meta, filters upper, lower and default; workshop/mkdocs-macros.json); macro calls, {% … %} statements, {# … #} comments, other filters and variables from main.py or include_yaml stay literal (listed below)',
      'info mkdocs.yml:12: plugins material/tags: disabled in the config, ignored',
      'warning mkdocs.yml:18: markdown_extensions pymdownx.superfences custom_fences mermaid: custom fences render as plain code blocks (a mermaid diagram fence needs class: mermaid, as Material documents it)',
      'warning mkdocs.yml:21: markdown_extensions pymdownx.unknownthing: unknown to the importer and the remark plugin: its syntax shows as text',
      "warning mkdocs.yml:22: extra_css stylesheets/extra.css: not loaded; copied with the docs, but to apply it add it to the classic preset's theme.customCss in docusaurus.config.ts, and port Material's selectors and variables (.md-typeset, --md-*) to Docusaurus/Infima ones",
      "warning mkdocs.yml:24: extra_javascript js/consent.js: not loaded; a Docusaurus site adds scripts through the config's scripts field or a client module (clientModules), and Material's document$ / instant-loading hooks do not exist there",
      'warning mkdocs.yml:25: hooks: Python hooks do not run',
    ]);
  });

  it('reports a Pygments style the site does not use, at its line', () => {
    const source = ['site_name: Demo', 'markdown_extensions:', '  - codehilite:', '      pygments_style: monokai', '      noclasses: true'].join('\n');
    const lines = configFindings(readMkdocsConfig(source, {file: 'mkdocs.yml'}), source).map((item) => `${item.severity} ${formatFinding(item)}`);
    expect(lines).toEqual([
      "info mkdocs.yml:4: markdown_extensions codehilite pygments_style monokai: not carried over: code is coloured by the site's Prism themes (prism.theme and prism.darkTheme in docusaurus.config.ts; prism-react-renderer ships several)",
    ]);
  });

  it("reports each theme.icon key it does not carry, at its line (logo and repo are carried)", () => {
    const source = [
      'site_name: Demo', // 1
      'theme:', // 2
      '  name: material', // 3
      '  icon:', // 4
      '    logo: material/school', // 5
      '    repo: fontawesome/brands/github', // 6
      '    admonition:', // 7
      '      note: octicons/tag-16', // 8
      '    annotation: material/arrow-right-circle', // 9
      '    menu: material/menu', // 10
    ].join('\n');
    const lines = configFindings(readMkdocsConfig(source, {file: 'mkdocs.yml'}), source).map((item) => `${item.severity} ${formatFinding(item)}`);
    expect(lines).toEqual([
      "info mkdocs.yml:7: theme.icon.admonition: not carried over: boxes keep Material's default icon for each type; to change one, give src/admonitions/box-types.ts that type's icon (an @mdi/js path)",
      "info mkdocs.yml:9: theme.icon.annotation: not carried over: code annotation markers keep the site's numbered marker",
      "info mkdocs.yml:10: theme.icon.menu: not carried over: the site's theme draws its own icon there",
    ]);
  });
});

describe('markdown_extensions as MkDocs reads them (config_options.MarkdownExtensions)', () => {
  const optionsOf = (lines: string[]) => Object.fromEntries(markdownExtensionOptions(readMkdocsConfig(['markdown_extensions:', ...lines].join('\n')).markdownExtensions));

  it('an entry without options keeps what its name had: a bare repeat, `{}` or null', () => {
    expect(
      optionsOf([
        '  - toc:',
        '      separator: "_"',
        '  - pymdownx.highlight:',
        '      linenums: true',
        '  - admonition',
        '  - toc',
        '  - pymdownx.highlight: {}',
        '  - admonition:',
        '      unused: 1',
        '  - admonition:',
      ]),
    ).toEqual({toc: {separator: '_'}, 'pymdownx.highlight': {linenums: true}, admonition: {unused: 1}, tables: {}, fenced_code: {}});
  });

  it('an entry with options replaces the earlier ones whole (they are not merged); each name keeps its first place', () => {
    const options = optionsOf(['  - admonition', '  - toc:', '      permalink: true', '  - attr_list', '  - toc:', '      separator: "_"', '  - admonition']);
    expect(options).toEqual({admonition: {}, toc: {separator: '_'}, attr_list: {}, tables: {}, fenced_code: {}});
    expect(Object.keys(options)).toEqual(['admonition', 'toc', 'attr_list', 'tables', 'fenced_code']);
  });

  it("Python-Markdown's two spellings of an extension: the one loaded last is in effect, MkDocs' builtin toc loading first", () => {
    // MkDocs keeps `toc` and `markdown.extensions.toc` apart, each with its own options, and loads its builtin `toc`
    // before the list: `markdown.extensions.toc`, loaded later, replaces its processors, bare or not.
    const builtins = {tables: {}, fenced_code: {}};
    expect(optionsOf(['  - markdown.extensions.toc:', '      permalink: true', '  - toc:', '      permalink: "#"'])).toEqual({toc: {permalink: true}, ...builtins});
    expect(optionsOf(['  - toc:', '      separator: "_"', '  - markdown.extensions.toc'])).toEqual({toc: {}, ...builtins});
    // Spellings of an extension MkDocs does not load by itself: in the list's order.
    expect(optionsOf(['  - markdown.extensions.def_list:', '      a: 1', '  - def_list:', '      b: 2'])).toEqual({def_list: {b: 2}, toc: {}, ...builtins});
    expect(optionsOf(['  - def_list:', '      b: 2', '  - markdown.extensions.def_list'])).toEqual({def_list: {}, toc: {}, ...builtins});
  });

  it('the mapping form: each name with its options, none for null', () => {
    expect(optionsOf(['  toc: {permalink: true}', '  admonition:'])).toEqual({toc: {permalink: true}, admonition: {}, tables: {}, fenced_code: {}});
  });

  it("MkDocs' built-ins (toc, tables, fenced_code) are loaded when the list does not name them", () => {
    // A workshop listing only admonition still has its pipe tables drawn by MkDocs.
    expect(optionsOf(['  - admonition'])).toEqual({admonition: {}, toc: {}, tables: {}, fenced_code: {}});
  });

  it('the report reads the options in effect: an extension listed bare, then with custom fences and a Pygments style', () => {
    const source = [
      'site_name: Demo', // 1
      'markdown_extensions:', // 2
      '  - pymdownx.superfences', // 3
      '  - pymdownx.highlight', // 4
      '  - pymdownx.superfences:', // 5
      '      custom_fences:', // 6
      '        - name: mermaid', // 7
      '          class: mermaid', // 8
      '          format: !!python/name:pymdownx.superfences.fence_code_format', // 9
      '  - pymdownx.highlight:', // 10
      '      pygments_style: monokai', // 11
      '  - pymdownx.superfences', // 12
    ].join('\n');
    const lines = configFindings(readMkdocsConfig(source, {file: 'mkdocs.yml'}), source).map((item) => `${item.severity} ${formatFinding(item)}`);
    expect(lines).toEqual([
      'info mkdocs.yml:6: markdown_extensions pymdownx.superfences custom_fences mermaid: carried over: mermaid diagrams drawn by @docusaurus/theme-mermaid, light and dark',
      "info mkdocs.yml:11: markdown_extensions pymdownx.highlight pygments_style monokai: not carried over: code is coloured by the site's Prism themes (prism.theme and prism.darkTheme in docusaurus.config.ts; prism-react-renderer ships several)",
    ]);
  });
});
