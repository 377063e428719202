import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {listFiles, main, parseArguments} from './cli';
import {IMPORTED_TYPES_FILE} from './generated';

let root: string;
let project: string;
let site: string;

function write(base: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(base, file);
    mkdirSync(path.dirname(full), {recursive: true});
    writeFileSync(full, text);
  }
}

const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
const sidebar = () => JSON.parse(read('sidebars/imported.json')) as unknown;
const run = (...argv: string[]) => main([project, '--out', site, ...argv], {});

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-mkdocs-'));
  project = path.join(root, 'project');
  site = path.join(root, 'site');
  // The demo content in docs/; an earlier workshop's lessons in workshop/docs/, where an import into the site itself puts them.
  write(site, {'docusaurus.config.ts': '', 'docs/home.md': '# Site home\n', 'workshop/docs/guide/clash.md': '# The site\'s own\n', 'workshop/docs/guide/same.md': '# Same\n'});
});

afterEach(() => rmSync(root, {recursive: true, force: true}));

const NESTED = {
  'mkdocs.yml': [
    'site_name: Nested', // 1
    'theme:', // 2
    '  name: material', // 3
    '  features: [navigation.indexes]', // 4
    'plugins:', // 5
    '  - macros', // 6
    'markdown_extensions:', // 7
    '  - pymdownx.emoji:', // 8
    '      emoji_index: !!python/name:material.extensions.emoji.twemoji', // 9
    '  - pymdownx.snippets', // 10
    'nav:', // 11
    '  - Welcome: index.md', // 12
    '  - Guide:', // 13
    '    - guide/index.md', // 14
    '    - guide/1_first.md', // 15
    '    - Advanced:', // 16
    '      - Deep dive: guide/advanced/deep.md', // 17
    '    - Clash: guide/clash.md', // 18
    '    - guide/same.md', // 19
    '  - Material: https://squidfactory.github.io/mkdocs-material/', // 20
    'extra:', // 21
    '  version: "1.0"', // 22
  ].join('\n'),
  'docs/index.md': '# Welcome\n\n![logo](assets/logo.png) ![gone](assets/gone.png)\n',
  'docs/assets/logo.png': 'png',
  'docs/guide/index.md': '# Guide overview\n\nVersion {{ config.extra.version }} {{ button("Go") }}\n',
  'docs/guide/1_first.md': '---\ntitle: First steps\nhide:\n  - toc\n---\n\nText, then [deep](advanced/deep.md) and [home](../index.md).\n\n--8<-- "includes/abbreviations.md"\n',
  'docs/guide/advanced/deep.md': '# Deep\n',
  'docs/guide/clash.md': '# Clash from MkDocs\n',
  'docs/guide/same.md': '# Same\n',
  'docs/guide/_partial.md': 'partial\n',
  'docs/guide/.pages': 'nav:\n  - index.md\n',
  'docs/overrides/main.html': '{% extends "base.html" %}\n',
  'docs/extra/notes.md': '# Not in nav\n',
};

describe('import:mkdocs on a nested project', () => {
  it('copies lessons and assets, keeps clashing site files, writes the sidebar and the report', () => {
    write(project, NESTED);
    const {code, output} = run();
    expect(code).toBe(0);
    expect(listFiles(path.join(site, 'docs'))).toEqual(['home.md']);
    expect(listFiles(path.join(site, 'workshop/docs'))).toEqual([
      'assets/logo.png',
      'extra/notes.md',
      'guide/1_first.md',
      'guide/_partial.md',
      'guide/advanced/deep.md',
      'guide/clash.md',
      'guide/index.md',
      'guide/same.md',
      'index.md',
    ]);
    expect(read('workshop/docs/guide/clash.md')).toBe("# The site's own\n");
    expect(sidebar()).toEqual([
      {type: 'doc', id: 'index', label: 'Welcome'},
      {
        type: 'category',
        label: 'Guide',
        link: {type: 'doc', id: 'guide/index'},
        items: [
          {type: 'doc', id: 'guide/first', label: 'First steps'},
          {type: 'category', label: 'Advanced', items: [{type: 'doc', id: 'guide/advanced/deep', label: 'Deep dive'}]},
          {type: 'doc', id: 'guide/clash', label: 'Clash'},
          {type: 'doc', id: 'guide/same', label: 'Same'},
        ],
      },
      {type: 'link', label: 'Material', href: 'https://squidfactory.github.io/mkdocs-material/'},
    ]);
    // The report, then this run's changes.
    expect(output.startsWith(read('import-report.txt'))).toBe(true);
    expect(output).toContain('\n+ workshop/docs/guide/1_first.md: added\n');
    expect(output).not.toContain('docs/guide/same.md:');
    // mkdocs-macros: what it exposes to the pages, for the site to render them with.
    expect(JSON.parse(read('workshop/mkdocs-macros.json'))).toMatchObject({lessons: 'workshop/docs', renderByDefault: true, config: {site_name: 'Nested', extra: {version: '1.0'}}, extra: {version: '1.0'}});
    const lines = output.split('\n');
    expect(lines[2]).toBe('Files: 7 pages and 1 other files imported, 1 name clashes kept, 2 not copied');
    expect(lines[3]).toBe('Sidebar: from nav, 3 top-level items, 6 docs → sidebars/imported.json');
    expect(lines).toEqual(
      expect.arrayContaining([
        'docs/index.md:3:26: image assets/gone.png: workshop/docs/assets/gone.png will not exist: kept as written (its alt text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
        'mkdocs.yml:6: plugins macros: variables are rendered at build time ({{ config.site_name }}, {{ extra.x }}, {{ x }} for extra and front matter keys, page.meta, filters upper, lower and default; workshop/mkdocs-macros.json); macro calls, {% … %} statements, {# … #} comments, other filters and variables from main.py or include_yaml stay literal (listed below)',
        "docs/guide/clash.md: name clash: the site already has a different workshop/docs/guide/clash.md: not copied, the site's file is kept (--force overwrites it)",
        // Not in this project: the default base path (the project root) has no includes/ folder.
        'docs/guide/1_first.md:9: pymdownx.snippets include of includes/abbreviations.md: no base_path has it (in the site it stays text, with mkdocs-snippet-missing)',
        'docs/guide/1_first.md:3: front matter hide: toc (the table of contents): hidden on this page, as in Material (hide_table_of_contents)',
        // The variable is rendered by the site: only the macro call is listed.
        'docs/guide/index.md:3:36: mkdocs-macros: Jinja {{ button("Go") }}: not rendered, left as written (the site renders mkdocs-macros variables only: no macro calls, statements or other filters than upper, lower and default) [mkdocs-macros-unrendered]',
        'docs/guide/.pages: awesome-pages order file: not copied and not read (the sidebar follows nav, or the folder order)',
        'docs/overrides/: Material theme overrides (custom_dir: templates, partials, icons): not copied; Docusaurus customises through src/theme/',
        'docs/guide/_partial.md: copied, but Docusaurus does not build files or folders starting with _ (MkDocs does): no page',
        'docs/extra/notes.md: not in nav: copied and reachable by its URL, but not in the sidebar (as in MkDocs)',
        "docs/index.md: becomes the site's / page, as in MkDocs (the site's own docs/, the demo lesson and the authoring guide, moves under /authoring/)",
      ]),
    );
    // Links that land (deep.md, ../index.md, the logo) are not reported.
    expect(read('import-report.txt')).not.toMatch(/advanced\/deep\.md: docs|\.\.\/index\.md:|logo\.png:/);
    // The missing image is listed for the site's build, which keeps it and warns.
    expect(JSON.parse(read('import-unresolved-links.json'))).toMatchObject({
      links: [{file: 'workshop/docs/index.md', url: 'assets/gone.png', kind: 'image', line: 3, column: 26}],
    });
    expect(existsSync(path.join(site, 'src/admonitions/imported-types.json'))).toBe(false);
  });

  it('--force overwrites the clashing file; a second run finds everything in place', () => {
    write(project, NESTED);
    const forced = run('--force');
    expect(forced.code).toBe(0);
    expect(forced.output).toContain("~ workshop/docs/guide/clash.md: overwritten: the site's file was not the import's (--force)");
    expect(read('workshop/docs/guide/clash.md')).toBe('# Clash from MkDocs\n');
    const again = run();
    expect(again.output.split('\n')[2]).toBe('Files: 8 pages and 1 other files imported, 0 name clashes kept, 2 not copied');
    expect(again.output).not.toContain('name clash:');
    expect(again.output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
  });

  it('--dry-run writes nothing and says so', () => {
    write(project, NESTED);
    const {code, output} = run('--dry-run');
    expect(code).toBe(0);
    expect(output).toContain('\nDry run: nothing written.\nWould change (');
    expect(output).toContain('\n+ workshop/docs/guide/1_first.md: would add\n');
    expect(output).toContain('\n+ workshop/site.json: would add\n');
    expect(output.split('\n')[2]).toBe('Files: 7 pages and 1 other files imported, 1 name clashes kept, 2 not copied');
    expect(existsSync(path.join(site, 'sidebars'))).toBe(false);
    expect(existsSync(path.join(site, 'import-report.txt'))).toBe(false);
    expect(existsSync(path.join(site, 'workshop/docs/index.md'))).toBe(false);
  });

  it('--into puts the lessons in a folder; the ids follow', () => {
    write(project, NESTED);
    expect(run('--into', 'workshop').code).toBe(0);
    expect(existsSync(path.join(site, 'docs/workshop/guide/1_first.md'))).toBe(true);
    expect((sidebar() as Array<{id?: string}>)[0]).toEqual({type: 'doc', id: 'workshop/index', label: 'Welcome'});
    expect(read('import-report.txt')).not.toContain("becomes the site's / page");
  });

  it('keeps an existing, different sidebars/imported.json unless --force', () => {
    write(project, NESTED);
    write(site, {'sidebars/imported.json': '[]\n'});
    const {output} = run();
    expect(read('sidebars/imported.json')).toBe('[]\n');
    expect(output).toContain('! sidebars/imported.json: kept, not written: the site has a different file the import did not write (--force overwrites it)');
    run('--force');
    expect(sidebar()).toHaveLength(3);
  });
});

describe('import:mkdocs without a config, or with a broken one', () => {
  it("mkdocs.yml without nav: the nav MkDocs makes from the files (home first, then files, then each folder a section by its name), reported", () => {
    write(project, {
      'mkdocs.yaml': 'site_name: x\n',
      'docs/index.md': '# Home\n',
      'docs/b.md': '# B\n',
      'docs/Hands-on-Labs/index.md': '# FortiWeb\n',
      'docs/Hands-on-Labs/02-b.md': '# Lab two\n',
      'docs/Hands-on-Labs/01-a.md': '# Lab one\n',
      'docs/about/zeta.md': '# Zeta\n',
    });
    const {output} = run();
    expect(sidebar()).toEqual([
      {type: 'doc', id: 'index', label: 'Home'},
      {type: 'doc', id: 'b', label: 'B'},
      {
        type: 'category',
        label: 'Hands on Labs',
        items: [
          {type: 'doc', id: 'Hands-on-Labs/index', label: 'FortiWeb'},
          {type: 'doc', id: 'Hands-on-Labs/a', label: 'Lab one'},
          {type: 'doc', id: 'Hands-on-Labs/b', label: 'Lab two'},
        ],
      },
      {type: 'category', label: 'About', items: [{type: 'doc', id: 'about/zeta', label: 'Zeta'}]},
    ]);
    expect(output).toContain('mkdocs.yaml: no nav: the sidebar lists the pages as MkDocs does without one');
  });

  it('a YAML error exits 1 with file:line, and writes nothing', () => {
    write(project, {'mkdocs.yml': 'site_name: x\nnav:\n  - a.md\n - b: [\n', 'docs/a.md': '# A\n'});
    const {code, output} = run();
    expect(code).toBe(1);
    expect(output).toMatch(/^mkdocs\.yml:\d+: Cannot read the MkDocs config: /);
    expect(existsSync(path.join(site, 'docs/a.md'))).toBe(false);
  });

  it('a duplicate doc id (number prefix stripped) is an error', () => {
    write(project, {'mkdocs.yml': 'site_name: x\n', 'docs/1_intro.md': '# One\n', 'docs/intro.md': '# Two\n'});
    expect(run('--dry-run').output).toContain(
      'doc id intro would belong to workshop/docs/1_intro.md and workshop/docs/intro.md: Docusaurus fails on duplicate ids (a number prefix like 1_ is not part of the id); rename one',
    );
  });
});

describe("pymdownx.snippets' auto_append", () => {
  it('a file no base path has: one warning, at its line under auto_append', () => {
    write(project, {
      'mkdocs.yml': ['site_name: x', '# gone.md: the glossary, still to write', 'markdown_extensions:', '  - pymdownx.snippets:', '      auto_append:', '        - gone.md', ''].join('\n'),
      'docs/index.md': '# Home\n',
    });
    const lines = run('--dry-run').output.split('\n').filter((line) => line.includes('auto_append'));
    expect(lines).toEqual([
      'mkdocs.yml:6: pymdownx.snippets auto_append gone.md: no base_path has it, so no page gets it (pymdownx skips it too; the build says so once, mkdocs-snippet-missing)',
    ]);
  });
});

describe('pymdownx.snippets listed again without options', () => {
  it('keeps its base_path, as MkDocs does: in the site\'s extensions and in the report\'s check of the lessons alike', () => {
    write(project, {
      'mkdocs.yml': ['site_name: x', 'markdown_extensions:', '  - pymdownx.snippets:', '      base_path: [includes]', '  - pymdownx.snippets', ''].join('\n'),
      'includes/note.md': 'Shared note.\n',
      'docs/index.md': '# Home\n\n--8<-- "note.md"\n',
    });
    const {code, output} = run();
    expect(code).toBe(0);
    // No missing-include warning: the report checks the page with base_path includes, as the site reads it.
    expect(output).toContain('Notes (4):');
    expect(read('import-report.txt')).not.toMatch(/note\.md|snippet/);
    expect(JSON.parse(read('workshop/markdown-extensions.json'))).toEqual({'pymdownx.snippets': {base_path: ['workshop/snippets/includes']}, toc: {}, tables: {}, fenced_code: {}});
  });
});

describe('the mkdocs-include-markdown-plugin', () => {
  it("its options go to workshop/include-markdown.json; the report checks the lessons with the directives expanded, an included file's warning at its own line", () => {
    write(project, {
      'mkdocs.yml': ['site_name: x', 'plugins:', '  - search', '  - include-markdown:', '      heading_offset: 1', ''].join('\n'),
      'docs/index.md': '# Home\n\n=== "Event"\n\n    {% include-markdown "includes/event.md" %}\n\n{% include-markdown "includes/gone.md" %}\n',
      'docs/includes/event.md': '## Sign in\n\n!!! nope\n    Use the lab account.\n',
    });
    const {code, output} = run();
    expect(code).toBe(0);
    expect(JSON.parse(read('workshop/include-markdown.json'))).toEqual({heading_offset: 1, docs_dir: 'docs'});
    expect(output).not.toMatch(/include-markdown.*(?:not carried|stay literal|not rendered)/);
    // The build's warnings, as the site will read the page: the box type at the included file's line, the missing file at the page's.
    expect(output).toMatch(/docs\/includes\/event\.md:3:5: Unexpected box type `nope`.*\(included at docs\/index\.md:5\).*\[mkdocs-box-type\]/);
    expect(output).toMatch(/docs\/index\.md:7:1: Unexpected missing file `includes\/gone\.md`.*\[mkdocs-include-markdown\]/);
  });

  it("files included from outside docs_dir (the plugin's `../README.md` example) are copied to the site's mirror of the project, where the site reads them", () => {
    write(project, {
      'mkdocs.yml': ['site_name: x', 'plugins:', '  - include-markdown', ''].join('\n'),
      'docs/index.md': '# Home\n\n{% include-markdown "../README.md" start="<!--intro-->" %}\n',
      'README.md': '# Project\n<!--intro-->\nClone the lab:\n\n{% include "./examples/clone.sh" %}\n',
      'examples/clone.sh': 'git clone https://example.com/lab.git\n',
      'examples/unused.sh': 'echo not included\n',
    });
    const {code, output} = run();
    expect(code).toBe(0);
    expect(output).not.toMatch(/mkdocs-include-markdown/);
    expect(JSON.parse(read('workshop/include-markdown.json'))).toEqual({docs_dir: 'docs'});
    expect(read('workshop/snippets/_root/README.md')).toContain('Clone the lab');
    expect(read('workshop/snippets/_root/examples/clone.sh')).toBe('git clone https://example.com/lab.git\n');
    expect(existsSync(path.join(site, 'workshop/snippets/_root/examples/unused.sh'))).toBe(false);
    // The site's preprocessor, on the imported page: everything included, nothing left to warn about.
    const page = path.join(site, 'workshop/docs/index.md');
    const expanded = spawnSync(process.execPath, ['--import', 'tsx', '-e', `
      const {expandLessonSnippets} = require(${JSON.stringify(path.resolve(import.meta.dirname, '../../plugins/lesson-pipeline/snippets.ts'))});
      process.stdout.write(expandLessonSnippets(require('node:fs').readFileSync(${JSON.stringify(page)}, 'utf8'), ${JSON.stringify(page)}, ${JSON.stringify(site)}));
    `], {encoding: 'utf8'});
    expect(expanded.stderr).toBe('');
    expect(expanded.stdout).toBe('# Home\n\n\nClone the lab:\n\ngit clone https://example.com/lab.git\n\n\n');
  });

  it('directives spanning lines, and paths read from docs_dir as the plugin reads those not starting with `./` or `../`: checked, copied and expanded alike', () => {
    write(project, {
      'mkdocs.yml': ['site_name: x', 'plugins:', '  - include-markdown', ''].join('\n'),
      'docs/index.md': '# Home\n',
      'docs/python/strings.md': 'Strings.\n',
      'docs/extensive/strings.md': '# Strings\n\n{%\n    include-markdown "python/strings.md"\n%}\n\n{% include-markdown "../../README.md" %}\n{%\n    include-markdown "python/gone.md"\n%}\n',
      'README.md': '{%\n  include-markdown "python/strings.md"\n%}\n',
    });
    const {code, output} = run();
    expect(code).toBe(0);
    // The one missing file, at its directive's first line (line 8), looked for in docs_dir.
    expect(output.match(/.*mkdocs-include-markdown.*/g)).toEqual([expect.stringMatching(/docs\/extensive\/strings\.md:8:1: Unexpected missing file `python\/gone\.md` \(include-markdown: looked for docs\/python\/gone\.md, in docs_dir/)]);
    // What the readme (outside docs_dir) names is read in the mirror: copied there.
    expect(read('workshop/snippets/_root/README.md')).toContain('python/strings.md');
    expect(read('workshop/snippets/_root/docs/python/strings.md')).toBe('Strings.\n');
    const page = path.join(site, 'workshop/docs/extensive/strings.md');
    const expanded = spawnSync(process.execPath, ['--import', 'tsx', '-e', `
      const {expandLessonSnippets} = require(${JSON.stringify(path.resolve(import.meta.dirname, '../../plugins/lesson-pipeline/snippets.ts'))});
      process.stdout.write(expandLessonSnippets(require('node:fs').readFileSync(${JSON.stringify(page)}, 'utf8'), ${JSON.stringify(page)}, ${JSON.stringify(site)}));
    `], {encoding: 'utf8'});
    expect(expanded.stderr).toBe('');
    expect(expanded.stdout).toBe('# Strings\n\nStrings.\n\n\nStrings.\n\n\n{%\n    include-markdown "python/gone.md"\n%}\n');
  });
});

describe("theme.custom_dir's static files", () => {
  it('are served where MkDocs served them (a page\'s ../assets/images/x.png works), templates and .icons are not copied, a docs file of the same path wins', () => {
    write(project, {
      'mkdocs.yml': 'site_name: x\ntheme:\n  name: material\n  custom_dir: overrides\nextra_css:\n  - ./assets/stylesheets/extra.css\nnav:\n  - lab/index.md\n',
      'overrides/assets/stylesheets/extra.css': '.md-typeset h1 { color: red; }',
      'docs/lab/index.md': '# Lab\n\n<img src="../assets/images/set.png">\n\n![shared](../assets/shared.png)\n',
      'docs/assets/shared.png': 'from docs',
      'overrides/assets/images/set.png': 'png',
      'overrides/assets/shared.png': 'from theme',
      'overrides/main.html': '{% extends "base.html" %}',
      'overrides/partials/footer.html': '<footer></footer>',
      'overrides/.icons/logo.svg': '<svg/>',
      'overrides/sitemap.xml': '<urlset/>',
    });
    const {code, output} = run();
    expect(code).toBe(0);
    expect(read('workshop/static/assets/images/set.png')).toBe('png');
    expect(read('workshop/static/assets/shared.png')).toBe('from docs');
    expect(existsSync(path.join(site, 'workshop/static/main.html'))).toBe(false);
    expect(existsSync(path.join(site, 'workshop/static/.icons/logo.svg'))).toBe(false);
    expect(existsSync(path.join(site, 'workshop/static/sitemap.xml'))).toBe(false);
    // The page's image is found: no finding about it (the file list says it was added).
    expect(output).not.toMatch(/HTML \.\.\/assets\/images\/set\.png/);
    // A stylesheet there is not "not in the docs folder": it is copied (and, as any extra_css, not loaded).
    expect(output).not.toContain('extra_css ./assets/stylesheets/extra.css: not in the docs folder');
    expect(output).toContain('extra_css ./assets/stylesheets/extra.css: not loaded');
    expect(read('workshop/static/assets/stylesheets/extra.css')).toContain('color: red');
    expect(JSON.parse(read('workshop/routes.json')).files['workshop/docs/assets/images/set.png']).toBe('/assets/images/set.png');
  });
});

describe('arguments', () => {
  it('parses flags and rejects bad ones', () => {
    expect(parseArguments(['p', '--out=site', '--into', 'x', '--force', '--dry-run'])).toEqual({project: 'p', out: 'site', into: 'x', force: true, dryRun: true});
    expect(parseArguments([])).toMatchObject({error: expect.stringMatching(/^Which MkDocs project\?/)});
    expect(parseArguments(['a', 'b'])).toMatchObject({error: expect.stringMatching(/^One project at a time/)});
    expect(parseArguments(['a', '--out'])).toMatchObject({error: expect.stringMatching(/^--out needs a value/)});
    expect(parseArguments(['a', '--nope'])).toMatchObject({error: expect.stringMatching(/^Unknown option --nope/)});
    expect(parseArguments(['a', '--into', '../up'])).toMatchObject({error: expect.stringMatching(/inside docs/)});
    expect(main(['/definitely/not/here'], {})).toEqual({code: 1, output: '/definitely/not/here: No such file or folder: /definitely/not/here\n'});
  });
});

describe('command line', () => {
  const SEE_HELP = ' (npm run import:mkdocs -- --help shows the usage)';

  it('an unknown option, a missing value or a value to a flag: exit 1 and one line naming it', () => {
    const cases: Array<[string[], string]> = [
      [['p', '--nope'], 'Unknown option --nope'],
      [['p', '-x'], 'Unknown option -x'],
      [['p', '--out'], '--out needs a value'],
      [['p', '--out='], '--out needs a value'],
      [['p', '--into', '--force'], '--into needs a value'],
      [['p', '--force=yes'], '--force takes no value'],
      [[], 'Which MkDocs project?'],
      [['a', 'b'], 'One project at a time.'],
    ];
    for (const [argv, message] of cases) {
      expect(main(argv, {}), argv.join(' ')).toEqual({code: 1, output: `${message}${SEE_HELP}\n`});
    }
  });

  it('--help and -h: the usage, every option explained, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const {code, output} = main([flag], {});
      expect(code).toBe(0);
      expect(output).toMatch(/^Usage: npm run import:mkdocs -- <mkdocs project folder or mkdocs\.yml> /);
      for (const option of ['--out <dir>', '--into <folder>', '--force', '--dry-run']) expect(output).toContain(`\n  ${option} `);
    }
    // Help wins over anything else given with it, the project included.
    expect(main(['p', '--force', '--help'], {}).code).toBe(0);
  });

  it('takes a project whose name starts with a dash after --', () => {
    expect(parseArguments(['--dry-run', '--', '-odd'])).toEqual({project: '-odd', out: '.', into: '', force: false, dryRun: true});
  });

  it('npm run import:mkdocs exits 1 on an unknown option, printing one line', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import-mkdocs.ts', 'p', '--nope'], {cwd: root, encoding: 'utf8'});
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`Unknown option --nope${SEE_HELP}\n`);
  });
});

/** Every file of the site with its content: what "the site left as it was" compares. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(listFiles(site).map((file) => [file, readFileSync(path.join(site, file), 'latin1')]));
}

const SMALL = {
  'mkdocs.yml': [
    'site_name: Small', // 1
    'repo_url: https://github.com/o/small', // 2
    'theme:', // 3
    '  name: material', // 4
    '  features: [content.action.edit]', // 5
    '  palette: {primary: teal}', // 6
    'markdown_extensions:', // 7
    '  - toc:', // 8
    '      permalink: true', // 9
    'nav:', // 10
    '  - Home: index.md', // 11
    '  - One: one.md', // 12
  ].join('\n'),
  'docs/index.md': '# Small\n',
  'docs/one.md': '# One\n',
};

describe('re-running, --dry-run, --force and the manifest', () => {
  it('writes the settings, the extensions and a manifest of what it wrote; a second run changes nothing, and says so', () => {
    write(project, SMALL);
    expect(run().code).toBe(0);
    expect(JSON.parse(read('workshop/site.json'))).toMatchObject({title: 'Small', repo: {name: 'GitHub'}, edit: {repoUrl: 'https://github.com/o/small', editUri: 'edit/master/docs/'}, docsFolder: '', home: true});
    expect(JSON.parse(read('workshop/markdown-extensions.json'))).toEqual({toc: {permalink: true}, tables: {}, fenced_code: {}});
    expect(Object.keys(JSON.parse(read('workshop/manifest.json')).files)).toEqual([
      'import-report.txt',
      'import-unresolved-links.json',
      'sidebars/imported.json',
      'workshop/docs/index.md',
      'workshop/docs/one.md',
      'workshop/markdown-extensions.json',
      'workshop/routes.json',
      'workshop/site.json',
    ]);
    const before = snapshot();
    const again = run();
    expect(again.output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
    expect(snapshot()).toEqual(before);
    expect(run('--dry-run').output.trimEnd().split('\n').at(-1)).toBe('Changes: none, the site already holds this import');
  });

  it('updates its own files when the workshop changes, removes those the workshop dropped; --dry-run lists it all, settings by name, and writes nothing', () => {
    write(project, SMALL);
    run();
    write(project, {'mkdocs.yml': SMALL['mkdocs.yml'].replace('site_name: Small', 'site_name: Smaller').replace('  - One: one.md', '  - Two: two.md'), 'docs/two.md': '# Two\n'});
    rmSync(path.join(project, 'docs/one.md'));
    const before = snapshot();
    const dry = run('--dry-run').output;
    expect(snapshot()).toEqual(before);
    expect(dry).toContain('\n~ workshop/site.json: would update (title)\n');
    expect(dry).toContain('\n+ workshop/docs/two.md: would add\n');
    expect(dry).toContain('\n- workshop/docs/one.md: would remove (no longer in the workshop)\n');
    expect(dry).toContain('\n~ sidebars/imported.json: would update\n');
    const real = run().output;
    expect(real).toContain('\n- workshop/docs/one.md: removed (no longer in the workshop)\n');
    expect(existsSync(path.join(site, 'workshop/docs/one.md'))).toBe(false);
    expect(JSON.parse(read('workshop/site.json')).title).toBe('Smaller');
  });

  it('never overwrites or removes a file it did not write, or one changed since, without --force, and says so', () => {
    write(project, SMALL);
    write(site, {'workshop/site.json': '{"title": "mine"}\n'});
    const first = run().output;
    expect(first).toContain('\n! workshop/site.json: kept, not written: the site has a different file the import did not write (--force overwrites it)\n');
    expect(read('workshop/site.json')).toBe('{"title": "mine"}\n');
    // Changed by hand after the import wrote it: no longer the import's.
    write(site, {'workshop/docs/one.md': '# One, edited in the site\n'});
    write(project, {'docs/one.md': '# One, edited in the workshop\n'});
    const second = run().output;
    expect(second).toContain("docs/one.md: name clash: the site already has a different workshop/docs/one.md: not copied, the site's file is kept (--force overwrites it)");
    expect(read('workshop/docs/one.md')).toBe('# One, edited in the site\n');
    const forced = run('--force').output;
    expect(forced).toContain("\n~ workshop/docs/one.md: overwritten: the site's file was not the import's (--force)\n");
    expect(forced).toContain("\n~ workshop/site.json: overwritten: the site's file was not the import's (--force)");
    expect(read('workshop/docs/one.md')).toBe('# One, edited in the workshop\n');
  });
});

describe("extra_css rules for the lessons (workshop/extra.css): written, updated, removed with the workshop's", () => {
  const WITH_CSS = {
    ...SMALL,
    'mkdocs.yml': `${SMALL['mkdocs.yml']}\nextra_css:\n  - stylesheets/mkdocs.css\n`,
    'docs/stylesheets/mkdocs.css': '.no-mkdocs {\n    display: none;\n}\n',
  };

  it('UPPMAX/LLM-workshop: `.no-mkdocs` scoped to the lessons; gone from the workshop, the file is removed', () => {
    write(project, WITH_CSS);
    const first = run().output;
    expect(first).toContain('\n+ workshop/extra.css: added\n');
    expect(first).toContain('docs/stylesheets/mkdocs.css:1: extra_css: carried over into workshop/extra.css, scoped to the lessons (.plugin-id-default .theme-doc-markdown): .no-mkdocs (line 1)');
    expect(first).not.toContain('extra_css stylesheets/mkdocs.css: not loaded');
    expect(read('workshop/extra.css')).toContain('\n:where(.plugin-id-default .theme-doc-markdown) .no-mkdocs {\n    display: none;\n}\n');
    expect(JSON.parse(read('workshop/manifest.json')).files).toHaveProperty(['workshop/extra.css']);
    expect(run().output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
    write(project, {'docs/stylesheets/mkdocs.css': '.md-header { display: none }\n'});
    const second = run().output;
    expect(second).toContain('\n- workshop/extra.css: removed (no longer in the workshop)\n');
    expect(existsSync(path.join(site, 'workshop/extra.css'))).toBe(false);
  });

  it('imported into a folder of the demo site: no stylesheet, "not loaded" as before', () => {
    write(project, WITH_CSS);
    const output = run('--into', 'w').output;
    expect(output).toContain('extra_css stylesheets/mkdocs.css: not loaded');
    expect(existsSync(path.join(site, 'workshop/extra.css'))).toBe(false);
  });
});

/** A workshop declaring the custom box type `coffee` with Material's recipe. */
const COFFEE = {
  'mkdocs.yml': 'site_name: Coffee\nextra_css:\n  - extra.css\nnav:\n  - Home: index.md\n',
  'docs/index.md': '# Home\n\n!!! coffee "Break"\n    Ten minutes.\n',
  'docs/extra.css': [
    ':root {',
    '  --md-admonition-icon--coffee: url(\'data:image/svg+xml;charset=utf-8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 21h18v-2H2z"/></svg>\');',
    '}',
    '.md-typeset .admonition.coffee, .md-typeset details.coffee { border-color: rgb(43, 155, 70); }',
  ].join('\n'),
};

/**
 * The import as `npm run import:mkdocs` runs it in the site: in a fresh process whose src/admonitions/custom-types.ts
 * reads the imported-types.json the site holds now (the test's own site module reads the repository's `{}`).
 */
async function runAsTheSite(...argv: string[]) {
  vi.resetModules();
  const held = existsSync(path.join(site, IMPORTED_TYPES_FILE)) ? (JSON.parse(read(IMPORTED_TYPES_FILE)) as unknown) : {};
  vi.doMock('../../src/admonitions/imported-types.json', () => ({default: held}));
  try {
    const fresh = await import('./cli');
    return fresh.main([project, '--out', site, ...argv], {});
  } finally {
    vi.doUnmock('../../src/admonitions/imported-types.json');
    vi.resetModules();
  }
}

describe('custom box types carried over from extra_css: re-runs, icon files', () => {
  beforeEach(() => {
    // The site as it comes: the module that imports the file, and the file, `{}`.
    write(site, {'src/admonitions/custom-types.ts': "import importedTypes from './imported-types.json';\n", [IMPORTED_TYPES_FILE]: '{}\n'});
  });

  it('a second run with nothing changed plans the same types (the site now declares them through the file): the file is kept as it is, nothing changed', async () => {
    write(project, COFFEE);
    expect((await runAsTheSite()).output).toContain(`\n~ ${IMPORTED_TYPES_FILE}: updated\n`);
    const written = read(IMPORTED_TYPES_FILE);
    expect(JSON.parse(written)).toEqual({coffee: {label: 'Coffee', color: 'rgb(43, 155, 70)', icon: 'M2 21h18v-2H2z'}});
    const before = snapshot();
    const again = await runAsTheSite();
    expect(again.code).toBe(0);
    expect(again.output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
    expect(again.output).toContain('custom admonition type coffee: carried over');
    expect(again.output).not.toContain('Unexpected box type `coffee`');
    expect(read(IMPORTED_TYPES_FILE)).toBe(written);
    expect(snapshot()).toEqual(before);
    expect((await runAsTheSite('--dry-run')).output.trimEnd().split('\n').at(-1)).toBe('Changes: none, the site already holds this import');
  });

  it('a workshop that no longer declares the type: the type leaves the file, which stays, `{}`, for the site that imports it', async () => {
    write(project, COFFEE);
    await runAsTheSite();
    write(project, {'docs/extra.css': ':root { --md-primary-fg-color: #E64626; }\n'});
    const second = await runAsTheSite();
    expect(second.output).toContain(`\n~ ${IMPORTED_TYPES_FILE}: updated\n`);
    expect(read(IMPORTED_TYPES_FILE)).toBe('{}\n');
    // Its boxes are undeclared again: the report says what the build will.
    expect(second.output).toContain('Unexpected box type `coffee`');
    expect((await runAsTheSite()).output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
  });

  it("an icon given as an SVG file: the docs folder's (its URL relative to the stylesheet), or theme.custom_dir's, served beside it", () => {
    write(project, {
      ...COFFEE,
      'mkdocs.yml': 'site_name: Coffee\ntheme:\n  name: material\n  custom_dir: overrides\nextra_css:\n  - stylesheets/extra.css\nnav:\n  - Home: index.md\n',
      'docs/stylesheets/extra.css': ":root {\n  --md-admonition-icon--coffee: url('../assets/coffee.svg');\n  --md-admonition-icon--tea: url('/assets/tea.svg');\n}\n",
      'docs/assets/coffee.svg': '<?xml version="1.0"?>\n<svg viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg"><title>coffee</title><path d="M0 0h32v32H0z"/></svg>\n',
      'overrides/assets/tea.svg': '<svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M2 2h20v20H2z"/></svg>\n',
    });
    const {output} = run();
    expect(JSON.parse(read(IMPORTED_TYPES_FILE))).toEqual({coffee: {label: 'Coffee', icon: 'M0 0h24v24H0z'}, tea: {label: 'Tea', icon: 'M2 2h20v20H2z'}});
    expect(output).toContain("custom admonition type coffee: carried over into src/admonitions/imported-types.json (label 'Coffee', no colour found (neutral grey), its icon (docs/assets/coffee.svg))");
    expect(output).toContain("custom admonition type tea: carried over into src/admonitions/imported-types.json (label 'Tea', no colour found (neutral grey), its icon (overrides/assets/tea.svg))");
  });

  it('a file changed in the site since the import wrote it keeps its own entries; a missing one is written again', async () => {
    write(project, COFFEE);
    await runAsTheSite();
    write(site, {[IMPORTED_TYPES_FILE]: '{"tea": {"label": "Tea"}, "coffee": {"label": "Mine"}}\n'});
    await runAsTheSite();
    expect(Object.keys(JSON.parse(read(IMPORTED_TYPES_FILE)))).toEqual(['coffee', 'tea']);
    expect(JSON.parse(read(IMPORTED_TYPES_FILE)).coffee.label).toBe('Coffee');
    rmSync(path.join(site, IMPORTED_TYPES_FILE));
    write(project, {'docs/extra.css': ''});
    expect((await runAsTheSite()).output).toContain(`\n+ ${IMPORTED_TYPES_FILE}: added\n`);
    expect(read(IMPORTED_TYPES_FILE)).toBe('{}\n');
  });
});

describe('mkdocs-autolinks-plugin (`plugins: - autolinks`)', () => {
  const AUTOLINKS = {
    'mkdocs.yml': 'site_name: T\ntheme:\n  name: material\nplugins:\n  - autolinks\n',
    'docs/index.md': '# Home\n\nSee [lesson B](b.md) and the diagram:\n\n![diagram](pic.png)\n\n[Slides](slides.pdf) and ![a](dup.png)\n',
    'docs/sub/b.md': '# B\n\nBack [home](index.md#home).\n',
    'docs/img/pic.png': 'png',
    'docs/x/dup.png': 'png',
    'docs/y/dup.png': 'png',
  };
  const routes = () => JSON.parse(read('workshop/routes.json')) as {autolinks?: string[]};

  it('is carried over: routes.json says so, and the links and images it resolves are neither reported nor listed as unresolved', () => {
    write(project, AUTOLINKS);
    const {code, output} = run();
    expect(code).toBe(0);
    expect(routes().autolinks).toEqual(['workshop/docs']);
    expect(output).not.toMatch(/plugins autolinks/);
    // Only the name no file has (MkDocs only warns about it too), and the one two files have.
    expect(output.split('\n').filter((line) => /\[(?:import-unresolved-link|mkdocs-autolinks-ambiguous)\]$|autolinks/.test(line))).toEqual([
      'docs/index.md:7:1: link slides.pdf: workshop/docs/slides.pdf will not exist: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
      "docs/index.md:7:26: Unexpected file name `dup.png` that 2 files of the docs folder have, expected a name only one has: goes to `x/dup.png` (the first in MkDocs' file order, as mkdocs-autolinks-plugin picks it), not to `y/dup.png` [mkdocs-autolinks-ambiguous]",
    ]);
    expect(JSON.parse(read('import-unresolved-links.json'))).toMatchObject({links: [{file: 'workshop/docs/index.md', url: 'slides.pdf', kind: 'link', line: 7, column: 1}]});
    expect(read('workshop/docs/index.md')).toBe(AUTOLINKS['docs/index.md']);
    expect(run().output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
  });

  it('dropped from mkdocs.yml: routes.json loses the setting and the names are unresolved again; another import folder keeps its own', () => {
    write(project, AUTOLINKS);
    expect(main([project, '--out', site, '--into', 'w'], {}).code).toBe(0);
    expect(run().code).toBe(0);
    expect(routes().autolinks).toEqual(['docs/w', 'workshop/docs']);
    write(project, {'mkdocs.yml': 'site_name: T\n'});
    expect(run().code).toBe(0);
    expect(routes().autolinks).toEqual(['docs/w']);
    const unresolved = (JSON.parse(read('import-unresolved-links.json')) as {links: Array<{file: string; url: string}>}).links;
    expect(unresolved.filter((link) => link.file === 'workshop/docs/index.md').map((link) => link.url)).toEqual(['b.md', 'pic.png', 'slides.pdf', 'dup.png']);
  });
});

describe('MkDocs URLs in both layouts: routes.json, static copies, the manifest', () => {
  const URLS = {
    'mkdocs.yml': 'site_name: Urls\nnav:\n  - Home: index.md\n  - Lab: labs/1-lab.md\n',
    'docs/index.md': '# Home\n',
    // On the page's MkDocs URL, /labs/1-lab/, the browser asks for /files/diagram.svg.
    'docs/labs/1-lab.md': '# Lab\n\n<img src="../../files/diagram.svg" alt="Diagram">\n',
    'docs/files/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
  };
  const routes = () => JSON.parse(read('workshop/routes.json')) as {pages: Record<string, string>; files: Record<string, string>};
  const manifest = () => Object.keys((JSON.parse(read('workshop/manifest.json')) as {files: Record<string, string>}).files);

  it("a lab's own HTML page that would run script is not copied (the build would fail on it), with a warning; plain HTML is", () => {
    write(project, {
      ...URLS,
      'docs/labs/app/index.html': '<!doctype html><button onclick="go()">Go</button><script>go()</script>\n',
      'docs/files/table.html': '<!doctype html><table><tr><td>1</td></tr></table>\n',
    });
    const {code, output} = run();
    expect(code).toBe(0);
    expect(output).toMatch(/docs\/labs\/app\/index\.html: not copied: an HTML file that would run script \(event-handler attribute `onclick` on `<button>`\); /);
    expect(existsSync(path.join(site, 'workshop/static/labs/app/index.html'))).toBe(false);
    expect(read('workshop/static/files/table.html')).toContain('<table>');
  });

  it('an SVG image that would run script when opened on its own is copied without it, with a warning; one whose script cannot be removed is not copied; a re-run changes nothing', () => {
    // A chart exported by a plotting library (pygal): tooltips in a script, a handler, a `javascript:` link.
    const chart =
      '<?xml version="1.0" encoding="utf-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="init()">' +
      '<defs><style>.bar{fill:#4051b5}</style><script type="text/javascript"><![CDATA[window.pygal = {};]]></script></defs>' +
      '<a xlink:href="javascript:show()"><rect class="bar" width="4" height="8"/></a><text x="1" y="9">Speed &amp; size</text></svg>\n';
    write(project, {
      ...URLS,
      'docs/labs/1-lab.md': '# Lab\n\n[![Benchmark](../files/chart.svg)](../files/chart.svg)\n',
      'docs/files/chart.svg': chart,
      // Not XML: svgo cannot read it, so its script stays, and the file is not copied.
      'docs/files/broken.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect></svg>\n',
    });
    const {code, output} = run();
    expect(code).toBe(0);
    const cleaned = /docs\/files\/chart\.svg: copied without what would run script when the image is opened on its own \((.*)\): /.exec(output)?.[1];
    expect(cleaned).toContain('inline `<script>` that the site does not write: `window.pygal = {};`');
    expect(cleaned).toContain('event-handler attribute `onload` on `<svg>`');
    expect(cleaned).toContain('a script URL in `xlink:href` of `<a>`');
    expect(output).toMatch(/docs\/files\/broken\.svg: not copied: an SVG image that would run script when opened on its own \(/);
    const copied = read('workshop/static/files/chart.svg');
    expect(copied).not.toMatch(/<script|onload|javascript:/);
    expect(copied).toContain('<style>.bar{fill:#4051b5}</style>');
    expect(copied).toContain('<rect class="bar" width="4" height="8"/>');
    expect(copied).toContain('Speed &amp; size');
    expect(existsSync(path.join(site, 'workshop/static/files/broken.svg'))).toBe(false);
    // The copy is the import's own: a second run finds it unchanged.
    const again = run();
    expect(again.code).toBe(0);
    expect(again.output).not.toMatch(/chart\.svg: (?:name clash|overwritten)/);
    expect(read('workshop/static/files/chart.svg')).toBe(copied);
  });

  it('as the site: keys are workshop/docs/ files, copies in workshop/static/ (served at /), all in the manifest; a re-run changes nothing', () => {
    write(project, URLS);
    const first = run();
    expect(first.code).toBe(0);
    expect(routes().pages).toEqual({'workshop/docs/index.md': '/', 'workshop/docs/labs/1-lab.md': '/labs/1-lab/'});
    expect(routes().files).toEqual({'workshop/docs/files/diagram.svg': '/files/diagram.svg'});
    expect(read('workshop/static/files/diagram.svg')).toBe(URLS['docs/files/diagram.svg']);
    expect(existsSync(path.join(site, 'static/files/diagram.svg'))).toBe(false);
    expect(manifest()).toEqual(expect.arrayContaining(['workshop/routes.json', 'workshop/static/files/diagram.svg', 'workshop/docs/files/diagram.svg']));
    // The raw HTML src is served by the copy: no warning about it.
    expect(first.output).not.toMatch(/HTML \.\.\/\.\.\/files\/diagram\.svg/);
    const before = snapshot();
    expect(run().output.trimEnd().split('\n').at(-1)).toBe('Nothing changed: the site already holds this import');
    expect(snapshot()).toEqual(before);
    // The workshop drops the file: the import removes its own copies, and --dry-run says so first.
    rmSync(path.join(project, 'docs/files/diagram.svg'));
    expect(run('--dry-run').output).toContain('\n- workshop/static/files/diagram.svg: would remove (no longer in the workshop)\n');
    run();
    expect(existsSync(path.join(site, 'workshop/static/files/diagram.svg'))).toBe(false);
    expect(routes().files).toEqual({});
  });

  it('a static copy changed in the site is kept without --force, and overwritten with it', () => {
    write(project, URLS);
    run();
    write(site, {'workshop/static/files/diagram.svg': '<svg>mine</svg>\n'});
    write(project, {'docs/files/diagram.svg': '<svg>new</svg>\n'});
    expect(run().output).toContain('name clash: the site already has a different workshop/static/files/diagram.svg');
    expect(read('workshop/static/files/diagram.svg')).toBe('<svg>mine</svg>\n');
    run('--force');
    expect(read('workshop/static/files/diagram.svg')).toBe('<svg>new</svg>\n');
  });

  it('--into: keys are docs/<into>/ files, copies in static/<into>/', () => {
    write(project, URLS);
    expect(run('--into', 'ws').code).toBe(0);
    expect(routes().pages).toEqual({'docs/ws/index.md': '/ws/', 'docs/ws/labs/1-lab.md': '/ws/labs/1-lab/'});
    expect(routes().files).toEqual({'docs/ws/files/diagram.svg': '/ws/files/diagram.svg'});
    expect(read('static/ws/files/diagram.svg')).toBe(URLS['docs/files/diagram.svg']);
    expect(manifest()).toEqual(expect.arrayContaining(['workshop/routes.json', 'static/ws/files/diagram.svg']));
  });
});

describe('mistakes in the project: one line with file and line, exit 1, the site as it was', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['no mkdocs.yml', {'docs/a.md': '# A\n'}, /^\S*project: no mkdocs\.yml or mkdocs\.yaml here: not a MkDocs project/],
    ['a docs_dir that does not exist', {'mkdocs.yml': 'site_name: x\ndocs_dir: lessons\n', 'docs/a.md': '# A\n'}, /^mkdocs\.yml:2: docs_dir lessons: no such folder beside mkdocs\.yml$/],
    ["MkDocs' default docs folder missing, nothing beside the config", {'mkdocs.yml': 'site_name: x\n', 'notes.txt': 'x'}, /^mkdocs\.yml:1: docs_dir docs \(MkDocs' default\): no such folder beside mkdocs\.yml$/],
    ['a docs_dir outside the project', {'mkdocs.yml': 'site_name: x\ndocs_dir: ../elsewhere\n'}, /^mkdocs\.yml:2: docs_dir \.\.\/elsewhere: outside the project folder/],
    ['unreadable YAML', {'mkdocs.yml': 'site_name: [x\n', 'docs/a.md': '# A\n'}, /^mkdocs\.yml:\d+: Cannot read the MkDocs config: /],
    ['a Python tag where a value is read', {'mkdocs.yml': 'site_name: x\ntheme:\n  name: material\n  logo: !!python/name:os.getcwd\n', 'docs/a.md': '# A\n'}, /^mkdocs\.yml:4: theme\.logo: a Python tag \(!!python\/name:os\.getcwd\) where MkDocs expects a value/],
    ['a nav entry outside the docs folder', {'mkdocs.yml': 'site_name: x\nnav:\n  - A: ../README.md\n', 'docs/a.md': '# A\n', 'README.md': '# R\n'}, /^mkdocs\.yml:3: nav entry \.\.\/README\.md: outside the docs folder/],
  ];

  it.each(cases)('%s', (_name, files, message) => {
    write(project, files);
    const before = snapshot();
    const {code, output} = run();
    expect(code).toBe(1);
    expect(output.split('\n')).toHaveLength(2);
    expect(output.trimEnd()).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('a nav entry pointing nowhere is a warning, as in MkDocs (validation.nav.not_found): the rest is imported', () => {
    write(project, {'mkdocs.yml': 'site_name: x\nnav:\n  - A: a.md\n  - Gone: gone/b.md\n', 'docs/a.md': '# A\n'});
    const {code, output} = run();
    expect(code).toBe(0);
    expect(output).toContain('mkdocs.yml:4: nav entry "Gone: gone/b.md": gone/b.md is not in the docs folder: left out of the sidebar');
    expect(JSON.parse(read('sidebars/imported.json'))).toEqual([{type: 'doc', id: 'a', label: 'A'}]);
  });

  it('a docs file linking outside the project', () => {
    write(project, {'mkdocs.yml': 'site_name: x\n', 'docs/a.md': '# A\n'});
    write(root, {'outside/secret.md': '# Secret\n'});
    symlinkSync(path.join(root, 'outside/secret.md'), path.join(project, 'docs/secret.md'));
    const before = snapshot();
    const {code, output} = run();
    expect(code).toBe(1);
    expect(output).toMatch(/^docs\/secret\.md: a link to \S+outside\/secret\.md, outside the project folder/);
    expect(snapshot()).toEqual(before);
  });

  it('a Python tag in markdown_extensions options is fine: kept as its tag string', () => {
    write(project, {...SMALL, 'mkdocs.yml': `${SMALL['mkdocs.yml']}\n`.replace('markdown_extensions:\n', 'markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n')});
    expect(run().code).toBe(0);
    expect(JSON.parse(read('workshop/markdown-extensions.json'))['pymdownx.emoji']).toEqual({emoji_index: '!!python/name:material.extensions.emoji.twemoji'});
  });
});

describe('links to headings', () => {
  it('the report lists a link to a heading its page does not have, by .md path, by MkDocs URL and on the page, as the build will', () => {
    write(project, {
      'mkdocs.yml': 'site_name: x\n',
      'docs/index.md': '# Home\n\nSee [setup](setup.md#instal), [setup](setup/#install), [setup](setup/#installing) and [below](#home).\n',
      'docs/setup.md': '# Setup\n\n## Install\n\nBack [home](index.md#hom).\n',
    });
    const lines = run('--dry-run').output.split('\n').filter((line) => line.includes('mkdocs-link-anchor'));
    expect(lines).toEqual([
      'docs/index.md:3:5: Unexpected link to `#instal`, which no heading or element of `docs/setup.md` has, expected one of its ids (`#setup`, `#install`): the link opens the page at its top [mkdocs-link-anchor]',
      'docs/index.md:3:56: Unexpected link to `#installing`, which no heading or element of `docs/setup.md` has, expected one of its ids (`#setup`, `#install`): the link opens the page at its top [mkdocs-link-anchor]',
      'docs/setup.md:5:6: Unexpected link to `#hom`, which no heading or element of `docs/index.md` has, expected one of its ids (`#home`): the link opens the page at its top [mkdocs-link-anchor]',
    ]);
  });
});
