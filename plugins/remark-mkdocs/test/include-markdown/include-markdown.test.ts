import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expandSnippets} from '../../lib/snippets/expand';
import {snippetsOptions} from '../../lib/snippets/options';
import {includeMarkdownSettings} from '../../lib/include-markdown/include';
import {readIncludeDirective, readIncludeDirectiveAt} from '../../lib/include-markdown/directive';

const root = mkdtempSync(path.join(tmpdir(), 'include-markdown-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

function files(entries: Record<string, string>): void {
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
    writeFileSync(path.join(root, name), text);
  }
}

const PAGE = path.join(root, 'docs/getting-started.md');

function expand(text: string, options: {snippets?: boolean; settings?: Record<string, unknown>} = {}) {
  return expandSnippets(text, {
    path: PAGE,
    options: snippetsOptions({base_path: [root]}, root),
    snippets: options.snippets ?? false,
    includeMarkdown: {settings: includeMarkdownSettings({docs_dir: 'docs', ...options.settings}), root},
  });
}

files({
  'docs/includes/intro.md': '## Before you start\n\nSee ![the lab](../img/lab.png) and [the FAQ](faq.md#top).\n\n[ref]: ../other.md\n\n```bash\ncat ../img/lab.png\n```\n',
  'docs/includes/sections.md': 'intro text\n<!--start-->\nkept one\n<!--end-->\ndropped\n<!--start-->\nkept two\n<!--end-->\n',
  'docs/includes/nested.md': 'outer\n{% include-markdown "./leaf.md" %}\n',
  'docs/includes/leaf.md': 'leaf line\n',
  'docs/includes/loop.md': 'loop\n{% include-markdown "./loop.md" %}\n',
  'docs/includes/raw.txt': 'raw [link](../x.md)\n',
  'docs/includes/snippet.md': '{% include-markdown "leaf.md" %}\n',
});

describe('include-markdown directives (mkdocs-include-markdown-plugin)', () => {
  it('reads a directive on a line of its own: kind, path, arguments; a problem elsewhere', () => {
    const tags = {opening: '{%', closing: '%}'};
    expect(readIncludeDirective('    {% include-markdown "a b.md" start="<!--s-->" heading-offset=1 dedent=true %}', tags)).toEqual({
      directive: {kind: 'include-markdown', indent: '    ', path: 'a b.md', args: {start: '<!--s-->', 'heading-offset': 1, dedent: true}},
    });
    expect(readIncludeDirective("{%- include 'it\\'s.txt' -%}", tags)).toEqual({directive: {kind: 'include', indent: '', path: "it's.txt", args: {}}});
    expect(readIncludeDirective('See {% include "x.md" %} here', tags)).toMatchObject({problem: expect.stringMatching(/after text on its line/)});
    expect(readIncludeDirective('{% include-markdown "x.md"', tags)).toMatchObject({problem: expect.stringMatching(/without `%}`/), unclosed: true});
    expect(readIncludeDirective('{% include-markdown x.md %}', tags)).toMatchObject({problem: expect.stringMatching(/without a quoted file name/)});
    expect(readIncludeDirective('{% if x %}', tags)).toBeUndefined();
    expect(readIncludeDirective('{{ include }}', tags)).toBeUndefined();
  });

  it("includes the file in the directive's place, indented as the directive, relative links rewritten for the page, each line mapped to the file", () => {
    const page = '# Getting started\n\n=== "Python"\n\n    {% include-markdown "includes/intro.md" %}\n\nAfter.\n';
    const result = expand(page);
    expect(result.problems).toEqual([]);
    expect(result.text).toBe(
      [
        '# Getting started',
        '',
        '=== "Python"',
        '',
        '    ## Before you start',
        '    ',
        '    See ![the lab](img/lab.png) and [the FAQ](includes/faq.md#top).',
        '    ',
        '    [ref]: other.md',
        '    ',
        '    ```bash',
        '    cat ../img/lab.png',
        '    ```',
        '    ',
        '',
        'After.',
        '',
      ].join('\n'),
    );
    const intro = path.join(root, 'docs/includes/intro.md');
    expect(result.sources[6]).toEqual({path: intro, line: 3, indent: 4, includedAt: {path: PAGE, line: 5, indent: 0}});
    expect(result.dependencies).toEqual([intro]);
  });

  it('start/end (every pair), heading-offset, trailing-newlines=false, rewrite-relative-urls=false', () => {
    expect(expand('{% include-markdown "includes/sections.md" start="<!--start-->" end="<!--end-->" %}\n').text).toBe('\nkept one\n\nkept two\n\n');
    expect(expand('{% include-markdown "includes/intro.md" heading-offset=1 trailing-newlines=false rewrite-relative-urls=false %}\nnext\n').text).toBe(
      '### Before you start\n\nSee ![the lab](../img/lab.png) and [the FAQ](faq.md#top).\n\n[ref]: ../other.md\n\n```bash\ncat ../img/lab.png\n```\nnext\n',
    );
    // The plugin's own defaults, from mkdocs.yml.
    expect(expand('{% include-markdown "includes/leaf.md" %}\nnext\n', {settings: {trailing_newlines: false}}).text).toBe('leaf line\nnext\n');
  });

  it('`include` takes the file as it is; included files are read for their own directives (recursive), a cycle is told', () => {
    expect(expand('{% include "includes/raw.txt" %}\n').text).toBe('raw [link](../x.md)\n\n');
    expect(expand('{% include-markdown "includes/nested.md" %}\n').text).toBe('outer\nleaf line\n\n\n');
    expect(expand('{% include-markdown "includes/nested.md" recursive=false %}\n').text).toBe('outer\n{% include-markdown "./leaf.md" %}\n\n');
    const loop = expand('{% include-markdown "includes/loop.md" %}\n');
    expect(loop.text).toBe('loop\n{% include-markdown "./loop.md" %}\n\n');
    expect(loop.problems).toEqual([expect.objectContaining({line: 2, ruleId: 'mkdocs-include-markdown', reason: expect.stringMatching(/includes itself/)})]);
  });

  it('what cannot be included stays as written, with a message at its line', () => {
    const page = 'a\n{% include-markdown "includes/none.md" %}\n{% include-markdown "../../outside.md" %}\n{% include-markdown "includes/*.md" %}\n{% include-markdown "includes/sections.md" start="<!--nope-->" %}\nText {% include "includes/leaf.md" %}\n';
    const result = expand(page);
    expect(result.text).toBe(page);
    expect(result.problems.map((problem) => [problem.line, problem.reason.replace(/ \([^)]*\)/g, '')])).toEqual([
      [2, 'Unexpected missing file `includes/none.md`, expected the file: left as written'],
      [3, 'Unexpected include-markdown of `../../outside.md`, outside the site, expected a file of the site: left as written'],
      [4, 'Unexpected include-markdown of `includes/*.md`, expected one local file: left as written'],
      [5, expect.stringMatching(/^Unexpected `start`\/`end` delimiters not found in `includes\/sections\.md`/)],
      [6, expect.stringMatching(/after text on its line/)],
    ]);
  });

  it("in an imported workshop: a path leaving docs_dir is read from the site's mirror of the project, and what that file names, beside it there", () => {
    // The site's layout: docs_dir (`docs`) is `site/lessons`, the project's other files are under `site/mirror`.
    files({
      'site/lessons/index.md': '',
      'site/lessons/inc/shared.md': 'Shared.\n',
      'site/mirror/README.md': '# Readme\n\n{% include-markdown "./docs/inc/shared.md" %}\n{% include "./examples/app.py" %}\n',
      'site/mirror/docs/inc/shared.md': 'Shared, as the readme names it.\n',
      'site/mirror/examples/app.py': 'print(1)\n',
    });
    const page = path.join(root, 'site/lessons/index.md');
    const project = {lessons: path.join(root, 'site/lessons'), mirror: path.join(root, 'site/mirror'), docsDir: 'docs'};
    const result = expandSnippets('{% include-markdown "../README.md" %}\n{% include-markdown "inc/shared.md" %}\n{% include-markdown "../../elsewhere.md" %}\n', {
      path: page,
      options: snippetsOptions({}, root),
      snippets: false,
      includeMarkdown: {settings: includeMarkdownSettings({}), root: path.join(root, 'site'), project},
    });
    expect(result.text).toBe(
      ['# Readme', '', 'Shared, as the readme names it.', '', 'print(1)', '', '', 'Shared.', '', '{% include-markdown "../../elsewhere.md" %}', ''].join('\n'),
    );
    expect(result.dependencies).toEqual(expect.arrayContaining([path.join(root, 'site/mirror/README.md'), path.join(root, 'site/mirror/examples/app.py'), path.join(root, 'site/lessons/inc/shared.md')]));
    expect(result.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      // At its line in the expanded text.
      [10, "Unexpected include-markdown of `../../elsewhere.md`, outside the workshop's project, expected a file of the project: left as written"],
    ]);
  });

  it('with pymdownx.snippets too: a snippet is expanded in included text, but a snippet’s own directives are not (MkDocs runs the plugin first)', () => {
    const withSnippets = expand('--8<-- "docs/includes/snippet.md"\n{% include-markdown "includes/leaf.md" %}\n', {snippets: true});
    expect(withSnippets.text).toBe('{% include-markdown "leaf.md" %}\n\nleaf line\n\n');
    // Without snippets on, a `--8<--` line is text.
    expect(expand('--8<-- "docs/includes/leaf.md"\n').text).toBe('--8<-- "docs/includes/leaf.md"\n');
  });

  it('reads a directive spanning lines, as the plugin\'s pattern does (any whitespace, line breaks too, inside the tags): the lines it takes', () => {
    const tags = {opening: '{%', closing: '%}'};
    const lines = ['intro', '{%', '    include-markdown "a.md"', '    start="<!--s-->"', "    end='<!--e-->'", '%}', 'after'];
    expect(readIncludeDirectiveAt(lines, 1, tags)).toEqual({
      read: {directive: {kind: 'include-markdown', indent: '', path: 'a.md', args: {start: '<!--s-->', end: '<!--e-->'}}},
      lines: 5,
    });
    expect(readIncludeDirectiveAt(lines, 0, tags)).toBeUndefined();
    expect(readIncludeDirectiveAt(['  {% include-markdown', '  "b.md" %}'], 0, tags)).toEqual({read: {directive: {kind: 'include-markdown', indent: '  ', path: 'b.md', args: {}}}, lines: 2});
    expect(readIncludeDirectiveAt(['{% include "b.md" %}'], 0, tags)).toEqual({read: {directive: {kind: 'include', indent: '', path: 'b.md', args: {}}}, lines: 1});
    // Never closed: the plugin's pattern does not match, the line stays as written (one line, the next ones read as usual).
    expect(readIncludeDirectiveAt(['{%', '  include-markdown "a.md"', 'text'], 0, tags)).toMatchObject({read: {problem: expect.stringMatching(/without `%}`/)}, lines: 1});
    // Something else in the tags is not a directive, over one line or several.
    expect(readIncludeDirectiveAt(['{%', '  if x', '%}'], 0, tags)).toBeUndefined();
  });

  it('a directive spanning lines is replaced by the file, its lines gone; the lines after it keep their own numbers in messages', () => {
    const page = '# Page\n{%\n    include-markdown "includes/leaf.md"\n%}\n\n=== "Tab"\n\n    {%\n        include-markdown "includes/sections.md"\n        start="<!--start-->"\n        end="<!--end-->"\n    %}\n{% include-markdown "includes/none.md" %}\n';
    const result = expand(page);
    expect(result.text).toBe('# Page\nleaf line\n\n\n=== "Tab"\n\n    \n    kept one\n    \n    kept two\n    \n{% include-markdown "includes/none.md" %}\n');
    expect(result.problems.map((problem) => [problem.line, problem.column])).toEqual([[12, 1]]);
    // Each line mapped: included ones to the file, at the directive's first line; the page's own to theirs.
    expect(result.sources[1]).toEqual({path: path.join(root, 'docs/includes/leaf.md'), line: 1, indent: 0, includedAt: {path: PAGE, line: 2, indent: 0}});
    expect(result.sources[7]).toMatchObject({path: path.join(root, 'docs/includes/sections.md'), line: 3, indent: 4, includedAt: {path: PAGE, line: 8}});
    expect(result.sources[11]).toEqual({path: PAGE, line: 13, indent: 0});
    // One that cannot be included stays as written, all its lines, the message at its first.
    const missing = expand('a\n{%\n  include-markdown "includes/none.md"\n%}\nb\n');
    expect(missing.text).toBe('a\n{%\n  include-markdown "includes/none.md"\n%}\nb\n');
    expect(missing.problems.map((problem) => problem.line)).toEqual([2]);
  });

  it('paths are read as the plugin reads them: `./…` and `../…` beside the including file, any other from docs_dir, wherever the includer is', () => {
    files({
      'docs/deep/er/page.md': '',
      'docs/deep/er/beside.md': 'beside\n',
      'docs/includes/from-docs.md': 'from docs_dir, then {% include-markdown "includes/leaf.md" %} is not alone\n{% include-markdown "includes/leaf.md" %}\n{% include-markdown "./leaf.md" %}\n',
    });
    const deep = path.join(root, 'docs/deep/er/page.md');
    const at = (text: string) =>
      expandSnippets(text, {path: deep, options: snippetsOptions({}, root), snippets: false, includeMarkdown: {settings: includeMarkdownSettings({docs_dir: 'docs'}), root}});
    const result = at('{% include-markdown "includes/from-docs.md" %}\n{% include-markdown "./beside.md" %}\n{% include-markdown "../../includes/leaf.md" %}\n{% include-markdown "beside.md" %}\n');
    expect(result.text.split('\n').slice(1)).toEqual(['leaf line', '', 'leaf line', '', '', 'beside', '', 'leaf line', '', '{% include-markdown "beside.md" %}', '']);
    expect(result.problems.map((problem) => [problem.line, problem.reason.replace(/ \([^)]*\)/g, '')])).toEqual([
      [1, expect.stringMatching(/after text on its line/)],
      [11, 'Unexpected missing file `beside.md`, expected the file: left as written'],
    ]);
    expect(result.problems[1]!.reason).toContain('looked for docs/beside.md, in docs_dir');
  });

  it("in an imported workshop: a path not starting with `./` or `../` is read from docs_dir, from the lessons' folder or, named by a file of the mirror, from the mirror", () => {
    files({
      'site2/lessons/extensive/strings.md': '',
      'site2/lessons/python/strings.md': 'Strings.\n',
      'site2/mirror/README.md': '{% include-markdown "python/strings.md" %}\n',
      'site2/mirror/docs/python/strings.md': 'Strings, from the mirror.\n',
    });
    const project = {lessons: path.join(root, 'site2/lessons'), mirror: path.join(root, 'site2/mirror'), docsDir: 'docs'};
    const result = expandSnippets('{%\n    include-markdown "python/strings.md"\n%}\n{% include-markdown "../../README.md" %}\n{% include-markdown "/etc/hostname" %}\n', {
      path: path.join(root, 'site2/lessons/extensive/strings.md'),
      options: snippetsOptions({}, root),
      snippets: false,
      includeMarkdown: {settings: includeMarkdownSettings({docs_dir: 'docs'}), root: path.join(root, 'site2'), project},
    });
    expect(result.text).toBe('Strings.\n\nStrings, from the mirror.\n\n\n{% include-markdown "/etc/hostname" %}\n');
    expect(result.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [6, "Unexpected include-markdown of `/etc/hostname`, outside the workshop's project, expected a file of the project: left as written"],
    ]);
  });
});
