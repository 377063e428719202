import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {VFile} from 'vfile';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {docusaurusFrontMatter, docusaurusTags, metaExtensionLines, parseMkdocsFrontMatter, prepareLesson, readMkdocsMeta, remarkMkdocsFrontMatter} from '../index';

const SITE = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Cases from MkDocs' `get_data` (mkdocs/utils/meta.py): what is metadata and
 * what the page shows. `content` is what MkDocs passes to Markdown.
 */
describe('readMkdocsMeta: what MkDocs takes for metadata', () => {
  it.each([
    ['a YAML mapping', '---\ntitle: Pods\ntags: [k8s]\n---\n# Pods\n', 'yaml', [1, 2, 3, 4]],
    ['`...` closes YAML too', '---\ntitle: Pods\n...\ntext\n', 'yaml', [1, 2, 3]],
    ['trailing spaces after the fences', '---  \ntitle: Pods\n--- \ntext\n', 'yaml', [1, 2, 3]],
    ['CRLF line endings', '---\r\ntitle: Pods\r\n---\r\ntext\r\n', 'yaml', [1, 2, 3]],
    ['a repeated key (PyYAML keeps the last)', '---\ntitle: A\ntitle: B\n---\n', 'yaml', [1, 2, 3, 4]],
  ])('%s', (_name, text, kind, lines) => {
    const meta = readMkdocsMeta(text);
    expect(meta.kind).toBe(kind);
    expect('lines' in meta ? meta.lines : []).toEqual(lines);
  });

  it.each([
    ['a heading and a list (a workshop\'s lesson opening)', '---\n# Lab 1\n- step one\n- step two\n---\n\nText\n', 'a YAML list'],
    ['a heading only (a YAML comment: nothing)', '---\n# Lab 1\n---\nText\n', 'empty'],
    ['a plain sentence', '---\nJust a sentence.\n---\n', 'a YAML string'],
    ['a number', '---\n42\n---\n', 'a YAML number'],
    ['invalid YAML', '---\ntitle: a: b\n---\n', 'invalid YAML'],
  ])('not a mapping, so content: %s', (_name, text, reason) => {
    const meta = readMkdocsMeta(text);
    expect(meta.kind).toBe('yaml-content');
    expect(meta.kind === 'yaml-content' && meta.reason).toBe(reason);
  });

  it.each([
    ['no closing fence', '---\ntitle: x\n\nText\n'],
    ['nothing after the closing fence (MkDocs needs its line break)', '---\ntitle: x\n---'],
    ['`----` is no fence', '----\ntitle: x\n----\n'],
    ['a blank first line', '\ntitle: x\n'],
    ['prose first', '# Pods\n\ntitle: x\n'],
  ])('no YAML block: %s', (_name, text) => {
    const meta = readMkdocsMeta(text);
    expect(meta.kind === 'yaml' || meta.kind === 'yaml-content').toBe(false);
  });

  it('MultiMarkdown lines up to the blank line, keys lower-cased, continuation lines joined', () => {
    const meta = readMkdocsMeta('Title: Pod networking\nAuthors: Ann\n    Bob\n\n# Heading\n');
    expect(meta).toMatchObject({kind: 'multimarkdown', data: {title: 'Pod networking', authors: 'Ann Bob'}, lines: [1, 2, 3, 4]});
  });

  it('MultiMarkdown stops at the first line that is not metadata', () => {
    const meta = readMkdocsMeta('title: Pods\nNot metadata\n');
    expect(meta).toMatchObject({kind: 'multimarkdown', data: {title: 'Pods'}, lines: [1]});
  });

  it('a repeated MultiMarkdown key is joined with a space', () => {
    expect(readMkdocsMeta('tag: a\ntag: b\n')).toMatchObject({data: {tag: 'a b'}});
  });
});

describe('prepareLesson: the text Docusaurus parses, every line in place', () => {
  it('empties the lines of metadata', () => {
    expect(prepareLesson('---\ntitle: Pods\n---\n# Pods\n')).toBe('\n\n\n# Pods\n');
    expect(prepareLesson('Title: Pods\n\n# Pods\n')).toBe('\n\n# Pods\n');
  });

  it('turns the opening `---` of a block that is not metadata into the same thematic break', () => {
    expect(prepareLesson('---\n# Lab 1\n- a\n---\n')).toBe('***\n# Lab 1\n- a\n---\n');
  });

  it('keeps CRLF and a BOM', () => {
    expect(prepareLesson('\uFEFF---\r\ntitle: x\r\n---\r\nText\r\n')).toBe('\uFEFF\r\n\r\n\r\nText\r\n');
    expect(prepareLesson('\uFEFF---\r\n- a\r\n---\r\n')).toBe('\uFEFF***\r\n- a\r\n---\r\n');
  });

  it('leaves a lesson without metadata alone', () => {
    const text = '# Pods\n\ntitle: not metadata here\n';
    expect(prepareLesson(text)).toBe(text);
  });

  it('renders a workshop lesson opening with `---` as MkDocs does: break, heading, list, break', async () => {
    const {default: remarkFrontmatter} = await import('remark-frontmatter');
    const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(prepareLesson('---\n# Lab 1\n- one\n- two\n---\n\nText\n'));
    expect(tree.children.map((node) => node.type)).toEqual(['thematicBreak', 'heading', 'list', 'thematicBreak', 'paragraph']);
    expect(tree.children[1].position?.start.line).toBe(2);
  });
});

describe("with Python-Markdown's `meta` extension: what it takes from the top of the content", () => {
  // Each case with what Python-Markdown 3.4 renders with `extensions=['meta']` (MkDocs' `get_data` first: a `---`
  // block of invalid YAML or of a list is content, handed over whole).
  const CASES: Array<{name: string; text: string; taken: number[]; keys?: string[]; prepared: string}> = [
    // The workshop pattern: `---`, a heading, a list, `---`: Python-Markdown gives `<h1>Lab 1</h1>…`, no rule above it.
    {name: 'a `---` block that is not YAML loses its first line', text: '---\n# Lab 1\n* item\n---\n\nText.\n', taken: [1], prepared: '\n# Lab 1\n* item\n---\n\nText.\n'},
    // `<ul>…</ul><hr><h1>T</h1>`: the list stays, the closing `---` too.
    {name: 'a YAML list block loses its first line', text: '---\n- a\n- b\n---\n\n# T\n', taken: [1], prepared: '\n- a\n- b\n---\n\n# T\n'},
    // `<h1>Title</h1><p>Text</p>`.
    {name: 'a first `---` that closes nothing', text: '---\n# Title\n\nText\n', taken: [1], prepared: '\n# Title\n\nText\n'},
    // `<h2>* item</h2><p>Text</p>`: `foo: bar` is the extension's metadata.
    {name: '`Key: value` lines after it are metadata', text: '---\nfoo: bar\n* item\n---\nText\n', taken: [1, 2], keys: ['foo'], prepared: '\n\n* item\n---\nText\n'},
    // `<p>Text</p>`: a first `...` line ends the metadata, and is taken.
    {name: 'a first `...` line', text: '...\nText\n', taken: [1], prepared: '\nText\n'},
    // After YAML front matter MkDocs strips, the first line of what follows: `Note: …` is hidden (as the oracle does).
    {name: 'after YAML metadata, from its first line', text: '---\ntitle: Pods\n---\n\nNote: read this first.\n\nText\n', taken: [5, 6], keys: ['note'], prepared: '\n\n\n\n\n\nText\n'},
    {name: 'a page that opens with a heading', text: '# Title\n\nText\n', taken: [], prepared: '# Title\n\nText\n'},
  ];

  it.each(CASES)('$name', ({text, taken, keys = [], prepared}) => {
    const lines = metaExtensionLines(text, readMkdocsMeta(text));
    expect(lines.lines).toEqual(taken);
    expect(lines.keyLines.map(({key}) => key)).toEqual(keys);
    expect(prepareLesson(text, undefined, {metaExtension: true})).toBe(prepared);
  });

  it('without the extension, the `---` block of content keeps its rule', () => {
    expect(prepareLesson('---\n# Lab 1\n* item\n---\n', undefined, {metaExtension: false})).toBe('***\n# Lab 1\n* item\n---\n');
  });

  it('agrees with Python-Markdown where it is installed (the first block of each case)', async () => {
    const {execFileSync} = await import('node:child_process');
    const {existsSync} = await import('node:fs');
    if (!existsSync('/usr/bin/python3')) return;
    const script = 'import sys, json, markdown\nprint(json.dumps([markdown.markdown(t, extensions=["meta"]) for t in json.load(sys.stdin)]))';
    let oracle: string[];
    try {
      oracle = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], {input: JSON.stringify(CASES.map(({text}) => text)), encoding: 'utf8'})) as string[];
    } catch {
      return; // Python-Markdown not installed here: the cases above carry what it renders.
    }
    for (const [index, {name, prepared}] of CASES.entries()) {
      // The first element Python-Markdown renders is the first block of the prepared text: no rule where it drew none.
      const first = /^<(\w+)/.exec(oracle[index]!)?.[1];
      const firstBlock = prepared.split('\n').find((line) => line.trim() !== '') ?? '';
      expect(first === 'hr', name).toBe(/^(?:\*\*\*|---)/.test(firstBlock));
    }
  });
});

describe('parseMkdocsFrontMatter (markdown.parseFrontMatter)', () => {
  const parse = (fileContent: string, filePath = '/site/docs/a.md') =>
    parseMkdocsFrontMatter({fileContent, filePath, defaultParseFrontMatter: async () => ({frontMatter: {default: true}, content: ''})}, SITE);

  it('a block that is not a mapping: no front matter, all content, titled by its first heading as in MkDocs', async () => {
    expect(await parse('---\n# Lab 1\n- a\n---\nText\n')).toEqual({frontMatter: {title: 'Lab 1', hide_title: true}, content: '---\n# Lab 1\n- a\n---\nText'});
  });

  it('a heading at the very top is left to Docusaurus; headings in code are no title', async () => {
    expect(await parse('# Pods\n\nText\n')).toEqual({frontMatter: {}, content: '# Pods\n\nText'});
    expect(await parse('Intro.\n\n```bash\n# not a title\n```\n\n    # nor this\n\n# Pods #\n')).toMatchObject({frontMatter: {title: 'Pods', hide_title: true}});
    expect(await parse('Intro only.\n')).toEqual({frontMatter: {}, content: 'Intro only.'});
  });

  it('a heading with icons or markers is titled by its text, as MkDocs titles it from the rendered heading', async () => {
    // Docusaurus would title the page `:material-rocket: Start **here** { #start }` (tab, sidebar, og:title).
    expect(await parse('# :material-rocket: Start **here** { #start }\n\nText\n')).toEqual({
      frontMatter: {title: 'Start here'},
      content: '# :material-rocket: Start **here** { #start }\n\nText',
    });
    expect(await parse('# Using `kubectl` {#use}\n')).toEqual({frontMatter: {}, content: '# Using `kubectl` {#use}'});
    expect(await parse('Intro.\n\n# :fontawesome-solid-computer: Preparations\n')).toMatchObject({frontMatter: {title: 'Preparations', hide_title: true}});
    expect(await parse('Intro.\n\n# :material-rocket:\n')).toMatchObject({frontMatter: {title: ':material-rocket:', hide_title: true}});
  });

  it('YAML and MultiMarkdown metadata become front matter; Material\'s hide becomes Docusaurus\'s', async () => {
    expect(await parse('---\ntitle: Pods\nhide:\n  - toc\n  - navigation\n---\n\n# Pods\n')).toEqual({
      frontMatter: {title: 'Pods', hide: ['toc', 'navigation'], hide_table_of_contents: true, displayed_sidebar: null},
      content: '# Pods',
    });
    // Material's footer is the previous/next links: Docusaurus's pagination. A value the page gives itself wins.
    expect(await parse('---\nhide: [footer]\n---\n\nText\n')).toMatchObject({frontMatter: {pagination_prev: null, pagination_next: null}});
    expect(await parse('---\nhide: footer\npagination_next: pods\n---\n\nText\n')).toMatchObject({frontMatter: {pagination_prev: null, pagination_next: 'pods'}});
    expect(await parse('Title: Pods\nDescription: All about pods\n\nText\n')).toEqual({
      frontMatter: {title: 'Pods', description: 'All about pods'},
      content: 'Text',
    });
  });

  it('leaves out values Docusaurus would reject (the build would fail on them)', async () => {
    const result = await parse('---\ntitle: Pods\ntags: k8s, pods\nkeywords: x\n---\n');
    expect(result.frontMatter).toEqual({title: 'Pods'});
  });

  it('an .mdx file keeps Docusaurus\'s own reading', async () => {
    expect(await parse('---\n- a\n---\n', '/site/docs/a.mdx')).toEqual({frontMatter: {default: true}, content: ''});
  });

  it('a page with no title of its own is titled by the workshop\'s nav, as MkDocs titles it (not by its file name)', async () => {
    const asked: Array<[string, Record<string, unknown>]> = [];
    const navTitleOf = (file: string, frontMatter: Record<string, unknown>) => {
      asked.push([file, frontMatter]);
      return {title: 'Hello, Workshop!', inNav: true};
    };
    const withNav = (fileContent: string) =>
      parseMkdocsFrontMatter({fileContent, filePath: path.join(SITE, 'workshop', 'docs', '1_hello.md'), defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})}, SITE, navTitleOf);
    expect(await withNav('This is the beginning of our journey.\n')).toEqual({frontMatter: {title: 'Hello, Workshop!'}, content: 'This is the beginning of our journey.'});
    expect(asked).toEqual([['workshop/docs/1_hello.md', {}]]);
    // Its metadata (an `id` too, for the doc id) goes to the lookup.
    expect(await withNav('---\nid: intro\n---\nText\n')).toMatchObject({frontMatter: {id: 'intro', title: 'Hello, Workshop!'}});
    expect(asked[1]).toEqual(['workshop/docs/1_hello.md', {id: 'intro'}]);
    // A `title` keeps its title, as in MkDocs (and Material's tab); the nav is not asked.
    expect(await withNav('---\ntitle: Own\n---\nText\n')).toMatchObject({frontMatter: {title: 'Own'}});
    expect(asked).toHaveLength(2);
    // Not in the nav: Docusaurus's title (the file name), as before.
    expect(await parseMkdocsFrontMatter({fileContent: 'Text\n', filePath: path.join(SITE, 'workshop', 'docs', 'x.md'), defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})}, SITE, () => undefined)).toEqual({frontMatter: {}, content: 'Text'});
  });

  it('a page the nav lists is titled by its nav entry over its heading, as MkDocs titles it; the heading stays on the page', async () => {
    const parseWith = (fileContent: string, nav: {title: string; inNav: boolean} | undefined) =>
      parseMkdocsFrontMatter({fileContent, filePath: path.join(SITE, 'workshop', 'docs', 'getting-started.md'), defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})}, SITE, () => nav);
    const listed = {title: '2. Getting Started', inNav: true};
    // The heading at the top is still the page's (Docusaurus draws the content's heading when there is one).
    expect(await parseWith('# Getting Started\n\nText\n', listed)).toEqual({frontMatter: {title: '2. Getting Started'}, content: '# Getting Started\n\nText'});
    expect(await parseWith('Intro.\n\n# Getting Started\n', listed)).toMatchObject({frontMatter: {title: '2. Getting Started', hide_title: true}});
    // The nav entry agreeing with the heading: Docusaurus's own reading, nothing added.
    expect(await parseWith('# Getting Started\n', {title: 'Getting Started', inNav: true})).toEqual({frontMatter: {}, content: '# Getting Started'});
    // A page the nav does not list keeps its heading's title; its file name's title is for a page with no heading.
    expect(await parseWith('# Getting Started\n', {title: 'Getting started', inNav: false})).toEqual({frontMatter: {}, content: '# Getting Started'});
    expect(await parseWith('Intro.\n\n# Start\n', {title: 'Getting started', inNav: false})).toMatchObject({frontMatter: {title: 'Start', hide_title: true}});
    // Metadata beats both.
    expect(await parseWith('---\ntitle: Own\n---\n# Getting Started\n', listed)).toMatchObject({frontMatter: {title: 'Own'}});
  });

  it('a page whose only level-1 heading is a raw <h1> (a hero block) gets no title heading drawn above it, as in Material', async () => {
    const parseWith = (fileContent: string, nav: {title: string; inNav: boolean} | undefined) =>
      parseMkdocsFrontMatter({fileContent, filePath: path.join(SITE, 'workshop', 'docs', 'index.md'), defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})}, SITE, () => nav);
    const hero = '<div class="hero" markdown>\n<h1 class="hero-title">Data and AI</h1>\n</div>\n\nText\n';
    expect(await parseWith(hero, {title: 'Home', inNav: true})).toMatchObject({frontMatter: {title: 'Home', hide_title: true}});
    expect(await parseWith(hero, undefined)).toMatchObject({frontMatter: {hide_title: true}});
    // In a fence it is code, not the page's heading.
    expect(await parseWith('```html\n<h1>Example</h1>\n```\n', {title: 'Home', inNav: true})).toEqual({frontMatter: {title: 'Home'}, content: '```html\n<h1>Example</h1>\n```'});
  });

  it('docusaurusFrontMatter says what it left out', () => {
    const meta = readMkdocsMeta('---\ntags: k8s\n---\n');
    expect(docusaurusFrontMatter(meta, SITE).dropped.map((note) => note.key)).toEqual(['tags']);
  });
});

describe("front matter tags: shown only with Material's tags plugin, as written", () => {
  const tagsOf = (yaml: string, tags?: boolean) => docusaurusFrontMatter(readMkdocsMeta(`---\n${yaml}\n---\n`), SITE, tags === undefined ? {} : {tags});

  it('with the plugin (the default), a YAML date or number is the tag as written, not JavaScript\'s text of it', () => {
    // MkDocs' YAML reads 2023-09-11 as a date; js-yaml too, and Docusaurus would show "Mon Sep 11 2023 00:00:00 GMT+0000 …".
    expect(tagsOf('tags: [lesson plan, 2023-09-11]')).toEqual({frontMatter: {tags: ['lesson plan', '2023-09-11']}, dropped: []});
    expect(tagsOf('tags:\n  - 1.0\n  - 2\n  - 0x1F\n  - true\n  - "quoted"\n  - 2023-09-11 10:00:00', true).frontMatter.tags).toEqual(['1.0', '2', '0x1F', 'true', 'quoted', '2023-09-11 10:00:00']);
    // Only the tags: other keys are as read.
    expect(tagsOf('sidebar_position: 2\ntags: [k8s]').frontMatter).toEqual({sidebar_position: 2, tags: ['k8s']});
  });

  it('with the plugin, an empty `tags:` is no tags, silently; a value Docusaurus rejects is left out with a note', () => {
    expect(tagsOf('tags:')).toEqual({frontMatter: {}, dropped: []});
    expect(tagsOf('tags: k8s').dropped.map((note) => note.key)).toEqual(['tags']);
    expect(tagsOf('tags: [a, ~]').dropped.map((note) => note.key)).toEqual(['tags']);
  });

  it('without the plugin, no tags at all (no tag list, no tags pages), and nothing said: Material shows none either', () => {
    for (const yaml of ['tags: [lesson plan, 2023-09-11]', 'tags: k8s', 'tags: [{label: a}]']) {
      expect(tagsOf(`title: T\n${yaml}`, false)).toEqual({frontMatter: {title: 'T'}, dropped: []});
    }
    expect(docusaurusFrontMatter(readMkdocsMeta('Title: T\nTags: a, b\n\nText\n'), SITE, {tags: false})).toEqual({frontMatter: {title: 'T'}, dropped: []});
    expect(docusaurusTags(readMkdocsMeta('---\ntags: [a]\n---\n'), {tags: false})).toEqual({});
  });

  it('parseMkdocsFrontMatter passes the setting on', async () => {
    const parse = (tags: boolean) =>
      parseMkdocsFrontMatter({fileContent: '---\ntags: [lesson plan, 2023-09-11]\n---\n# T\n', filePath: '/site/workshop/docs/a.md', defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})}, SITE, undefined, {tags});
    expect((await parse(true)).frontMatter).toEqual({tags: ['lesson plan', '2023-09-11']});
    expect((await parse(false)).frontMatter).toEqual({});
  });
});

describe('remarkMkdocsFrontMatter: nothing hidden or left out without a word', () => {
  async function messages(text: string, options: {tags?: boolean; file?: string} = {}): Promise<string[]> {
    const filePath = path.join(SITE, 'docs', options.file ?? 'front-matter-case.md');
    const file = new VFile({path: filePath, value: options.file?.endsWith('.mdx') ? text : prepareLesson(text, filePath)});
    const processor = unified().use(remarkParse).use(remarkMkdocsFrontMatter, {siteDir: SITE, ...(options.tags === undefined ? {} : {tags: options.tags})});
    await processor.run(processor.parse(file), file);
    return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`);
  }

  it('a leading `Note: …` line MkDocs hides as metadata', async () => {
    const [message, ...rest] = await messages('Note: run this on the lab VM.\n\n# Lab\n');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^1:1 mkdocs-meta Unexpected line `Note: run this on the lab VM\.` at the top of the page, read as page metadata `note`/);
  });

  it('known metadata keys and a `---` block that is content say nothing', async () => {
    expect(await messages('Title: Pods\nAuthors: Ann\n\n# Pods\n')).toEqual([]);
    expect(await messages('---\n# Lab 1\n- a\n---\n')).toEqual([]);
  });

  it("with the `meta` extension: its hidden `Key: value` lines, and invalid YAML less the `---` it takes", async () => {
    const withMeta = async (text: string) => {
      const filePath = path.join(SITE, 'docs', 'front-matter-meta-case.md');
      const file = new VFile({path: filePath, value: prepareLesson(text, filePath, {metaExtension: true})});
      const processor = unified().use(remarkParse).use(remarkMkdocsFrontMatter, {siteDir: SITE});
      await processor.run(processor.parse(file), file);
      return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`);
    };
    expect(await withMeta('---\ntitle: Pods\n---\n\nNote: read this first.\n\nText\n')).toEqual([
      expect.stringMatching(/^5:1 mkdocs-meta Unexpected line `Note: read this first\.` at the top of the page's content, read as metadata `note` by the `meta` Markdown extension .*: hidden, as in MkDocs$/),
    ]);
    expect(await withMeta('---\ntitle: a: b\n---\n')).toEqual([expect.stringMatching(/^2:1 mkdocs-meta Unexpected invalid YAML .*: hidden, as in MkDocs: the `meta` Markdown extension takes its `key: value` lines for its own metadata, which nothing shows or uses$/)]);
    expect(await withMeta('---\ntitle: a: b\n# Lab\n---\n')).toEqual([
      expect.stringMatching(/^2:1 mkdocs-meta Unexpected line `title: a: b` at the top of the page's content, read as metadata `title` by the `meta` Markdown extension/),
      expect.stringMatching(/^2:1 mkdocs-meta Unexpected invalid YAML .*: shown as content, as in MkDocs, less its first line `---`, which the `meta` Markdown extension takes$/),
    ]);
    expect(await withMeta('---\n# Lab 1\n- a\n---\n')).toEqual([]);
  });

  it('invalid YAML in a `---` block, shown as content', async () => {
    expect(await messages('---\ntitle: a: b\n---\n')).toEqual([expect.stringMatching(/^2:1 mkdocs-meta Unexpected invalid YAML in the `---` block at the top of the page \(bad indentation of a mapping entry\)/)]);
  });

  it('a front matter URL that would run script is left out, at its key\'s line, with the unsafe-HTML rule', async () => {
    expect(await messages('---\ntitle: Pods\ncustom_edit_url: "javascript:alert(1)"\n---\n')).toEqual([
      expect.stringMatching(/^3:1 mkdocs-html-unsafe Unexpected `javascript:` URL in front matter `custom_edit_url`, expected an http\(s\) or relative URL: ignored$/),
    ]);
    const meta = readMkdocsMeta('---\ntitle: Pods\nimage: "javascript:alert(1)"\n---\n');
    expect(docusaurusFrontMatter(meta, SITE)).toMatchObject({frontMatter: {title: 'Pods'}, dropped: [{key: 'image', unsafe: true}]});
  });

  it('a value Docusaurus cannot use, at its key\'s line', async () => {
    expect(await messages('Title: Pods\nTags: k8s\n\nText\n')).toEqual([expect.stringMatching(/^2:1 mkdocs-meta Unexpected front matter `tags` that Docusaurus cannot use/)]);
  });

  it("tags a page of a workshop without Material's tags plugin does not show: nothing to say; a date tag is no problem", async () => {
    expect(await messages('Title: Pods\nTags: k8s\n\nText\n', {tags: false})).toEqual([]);
    expect(await messages('---\ntags: [lesson plan, 2023-09-11]\n---\nText\n')).toEqual([]);
    // An .mdx lesson is Docusaurus's to read, tags and all.
    expect(await messages('---\ntags: k8s\n---\nText\n', {tags: false, file: 'case.mdx'})).toEqual([expect.stringMatching(/^2:1 mkdocs-meta Unexpected front matter `tags`/)]);
  });
});
