import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified, type Plugin} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs from '../../remark-mkdocs';
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import lessonWarningsPlugin, {
  formatWarningLine,
  type LessonKeyCache,
  LessonWarningsStore,
  PANEL_ELEMENT,
  remarkLessonWarnings,
  reportLessons,
  STORE_DIR,
  warningsOf,
} from '../index';

/** Stands in for remark-mkdocs: one warning per `!!! foo` line. */
const warnOnFoo: Plugin<[], Root> = () => (_tree, file) => {
  String(file.value)
    .split('\n')
    .forEach((line, index) => {
      if (line.startsWith('!!! foo')) {
        file.message('Unexpected box type `foo`, expected a declared type', {
          place: {line: index + 1, column: 5},
          ruleId: 'mkdocs-box-type',
          source: 'remark-mkdocs',
        });
      }
    });
};

const sites: string[] = [];
afterAll(() => {
  for (const site of sites) rmSync(site, {recursive: true, force: true});
});

/** A site folder with a `plugins/` file the fingerprint reads, and lessons under `docs/`. */
function site(lessons: Record<string, string>): {dir: string; files: string[]} {
  const dir = mkdtempSync(path.join(tmpdir(), 'lesson-warnings-'));
  sites.push(dir);
  mkdirSync(path.join(dir, 'plugins'), {recursive: true});
  writeFileSync(path.join(dir, 'plugins', 'code.ts'), 'version 1');
  const files = Object.entries(lessons).map(([name, text]) => {
    const file = path.join(dir, 'docs', name);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, text);
    return file;
  });
  return {dir, files};
}

const INPUTS = {paths: ['plugins'], skip: ['test']};

/** The loader's part: parse, warn, record (and maybe add the panel). */
async function compile(store: LessonWarningsStore, filePath: string, text: string, panelComponent?: string): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(warnOnFoo)
    .use(remarkLessonWarnings, {store, ...(panelComponent ? {panelComponent} : {})});
  const file = new VFile({path: filePath, value: text});
  return (await processor.run(processor.parse(file), file)) as Root;
}

/** Checks a lesson the way the site's pipeline would, counting calls. */
function counter() {
  const calls: string[] = [];
  const check = async (filePath: string) => {
    calls.push(path.basename(filePath));
    const file = new VFile({path: filePath, value: (await import('node:fs')).readFileSync(filePath, 'utf8')});
    const processor = unified().use(remarkParse).use(warnOnFoo);
    await processor.run(processor.parse(file), file);
    return file;
  };
  return {calls, check};
}

describe('formatWarningLine', () => {
  it('prints path:line:col, reason and rule id, two spaces apart', () => {
    expect(formatWarningLine('docs/pod-networking.md', {line: 3, column: 7, reason: 'Unexpected `x`, expected `y`', ruleId: 'some-rule'})).toBe(
      'docs/pod-networking.md:3:7  Unexpected `x`, expected `y`  some-rule',
    );
  });

  it('omits a missing rule id', () => {
    expect(formatWarningLine('a.md', {line: 1, column: 1, reason: 'No place here'})).toBe('a.md:1:1  No place here');
  });

  it('warningsOf: 1:1 without a place, a multi-line reason on one line', () => {
    const file = new VFile({value: 'x', path: '/site/a.md'});
    file.message('No place here');
    file.message('first\n  second', {place: {line: 2, column: 3}, ruleId: 'r'});
    expect(warningsOf(file)).toEqual([
      {line: 1, column: 1, reason: 'No place here'},
      {line: 2, column: 3, reason: 'first second', ruleId: 'r'},
    ]);
  });
});

describe('LessonWarningsStore', () => {
  it('keys by content: another text, path or pipeline fingerprint is another key', () => {
    const {dir} = site({});
    const store = new LessonWarningsStore(dir, INPUTS);
    const key = store.key('docs/a.md', 'text');
    expect(store.key('docs/a.md', 'text')).toBe(key);
    expect(store.key('docs/a.md', 'text.')).not.toBe(key);
    expect(store.key('docs/b.md', 'text')).not.toBe(key);
    writeFileSync(path.join(dir, 'plugins', 'code.ts'), 'version 2');
    expect(new LessonWarningsStore(dir, INPUTS).key('docs/a.md', 'text')).not.toBe(key);
  });

  it('keeps records on disk, for the next process (a warm build)', async () => {
    const {dir} = site({});
    const record = {file: 'docs/a.md', warnings: [{line: 2, column: 1, reason: 'r', ruleId: 'x'}]};
    const first = new LessonWarningsStore(dir, INPUTS);
    first.set(first.key('docs/a.md', 'text'), record);
    // Set twice: written once.
    first.set(first.key('docs/a.md', 'text'), record);
    await first.flush();
    expect(readdirSync(path.join(dir, STORE_DIR))).toHaveLength(1);
    const next = new LessonWarningsStore(dir, INPUTS);
    expect(next.get(next.key('docs/a.md', 'text'))).toEqual(record);
    expect(next.get(next.key('docs/a.md', 'other text'))).toBeUndefined();
  });
});

describe('remarkLessonWarnings (the loader side)', () => {
  it('records every warning of the lesson under its content key, and changes nothing else', async () => {
    const {dir, files} = site({'a.md': '# A\n\n!!! foo\n'});
    const store = new LessonWarningsStore(dir, INPUTS);
    const tree = await compile(store, files[0], '# A\n\n!!! foo\n');
    expect(store.get(store.key('docs/a.md', '# A\n\n!!! foo\n'))).toEqual({
      file: 'docs/a.md',
      warnings: [{line: 3, column: 5, reason: 'Unexpected box type `foo`, expected a declared type', ruleId: 'mkdocs-box-type'}],
    });
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
  });

  it('records a clean lesson too (so a warm build does not check it again)', async () => {
    const {dir, files} = site({'a.md': '# A\n'});
    const store = new LessonWarningsStore(dir, INPUTS);
    await compile(store, files[0], '# A\n');
    expect(store.get(store.key('docs/a.md', '# A\n'))).toEqual({file: 'docs/a.md', warnings: []});
  });

  it('with a panel component, ends a page with warnings with the panel and imports it', async () => {
    const {dir, files} = site({'a.md': '!!! foo\n'});
    const store = new LessonWarningsStore(dir, INPUTS);
    const tree = await compile(store, files[0], '!!! foo\n', '@site/src/components/LessonWarnings');
    const first = tree.children[0];
    const last = tree.children.at(-1)!;
    expect(first.type === 'mdxjsEsm' && first.value).toBe('import LessonWarnings from "@site/src/components/LessonWarnings"');
    expect(last.type).toBe('mdxJsxFlowElement');
    if (last.type !== 'mdxJsxFlowElement') return;
    expect(last.name).toBe(PANEL_ELEMENT);
    const [file, attribute] = last.attributes;
    expect(file.type === 'mdxJsxAttribute' && file.value).toBe('docs/a.md');
    expect(attribute.type === 'mdxJsxAttribute' && JSON.parse(String(attribute.value))).toEqual([
      {line: 1, column: 5, reason: 'Unexpected box type `foo`, expected a declared type', ruleId: 'mkdocs-box-type'},
    ]);
  });

  it('adds no panel to a clean page, nor without a panel component (production)', async () => {
    const {dir, files} = site({'a.md': '# A\n', 'b.md': '!!! foo\n'});
    const store = new LessonWarningsStore(dir, INPUTS);
    const clean = await compile(store, files[0], '# A\n', '@site/src/components/LessonWarnings');
    const production = await compile(store, files[1], '!!! foo\n');
    expect(clean.children.map((node) => node.type)).toEqual(['heading']);
    expect(production.children.map((node) => node.type)).toEqual(['paragraph']);
  });
});

describe('reportLessons', () => {
  it('uses what the loader recorded and checks only lessons without a record', async () => {
    const {dir, files} = site({'b.md': '!!! foo\n', 'a.md': 'text\n\n!!! foo\n!!! foo\n', 'c.md': 'clean\n'});
    const store = new LessonWarningsStore(dir, INPUTS);
    await compile(store, files[0], '!!! foo\n');
    const {calls, check} = counter();
    const report = await reportLessons(files, store, check);
    expect(calls.sort()).toEqual(['a.md', 'c.md']);
    expect(report.rechecked).toBe(2);
    // Lessons in path order, lines in reading order.
    expect(report.lines).toEqual([
      'docs/a.md:3:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
      'docs/a.md:4:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
      'docs/b.md:1:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
    ]);
    // Now every lesson has a record, in this process and the next.
    const again = await reportLessons(files, new LessonWarningsStore(dir, INPUTS), check);
    expect(again).toMatchObject({lines: report.lines, rechecked: 0});
  });

  it('checks a lesson again once its text changed', async () => {
    const {dir, files} = site({'a.md': '!!! foo\n'});
    const store = new LessonWarningsStore(dir, INPUTS);
    const {calls, check} = counter();
    await reportLessons(files, store, check);
    writeFileSync(files[0], 'fixed\n');
    expect((await reportLessons(files, store, check)).lines).toEqual([]);
    expect(calls).toEqual(['a.md', 'a.md']);
  });

  it('with a key cache, reads only lessons whose file changed, and still sees every change', async () => {
    const {dir, files} = site({'a.md': '!!! foo\n', 'b.md': 'clean\n'});
    const store = new LessonWarningsStore(dir, INPUTS);
    const {check} = counter();
    const keyCache: LessonKeyCache = new Map();
    const read: string[] = [];
    const prepare = (text: string, filePath: string) => {
      read.push(path.basename(filePath));
      return text;
    };
    const first = await reportLessons(files, store, check, prepare, keyCache);
    expect(first.lines).toHaveLength(1);
    expect(read.sort()).toEqual(['a.md', 'b.md']);
    read.length = 0;
    expect((await reportLessons(files, store, check, prepare, keyCache)).lines).toEqual(first.lines);
    expect(read).toEqual([]);
    // Same size, new text: the stamp (times, size, inode) changes, so the text is read again.
    writeFileSync(files[0], 'fixed!!\n');
    expect((await reportLessons(files, store, check, prepare, keyCache)).lines).toEqual([]);
    expect(read).toEqual(['a.md']);
  });
});

describe('the Docusaurus plugin', () => {
  let environment: string | undefined;
  beforeEach(() => {
    environment = process.env.NODE_ENV;
  });
  afterEach(() => {
    process.env.NODE_ENV = environment;
  });

  /** A compiler with the one hook the plugin uses, and a way to fire it. */
  function fakeCompiler() {
    const hooks: Array<(compilation: {errors: Error[]}) => Promise<void>> = [];
    const compiler = {hooks: {afterCompile: {tapPromise: (_name: string, hook: (typeof hooks)[number]) => hooks.push(hook)}}};
    return {
      compiler,
      async compile(): Promise<Error[]> {
        const compilation = {errors: [] as Error[]};
        for (const hook of hooks) await hook(compilation);
        return compilation.errors;
      },
    };
  }

  async function setUp(
    mode: 'production' | 'development',
    strict: boolean,
    lessons: Record<string, string>,
    settingsWarnings?: () => string[],
    strictCounts?: (file: string) => boolean,
    uncountedHeading?: string,
  ) {
    process.env.NODE_ENV = mode;
    const {dir, files} = site(lessons);
    const store = new LessonWarningsStore(dir, INPUTS);
    const printed: string[] = [];
    const {check} = counter();
    const plugin = lessonWarningsPlugin({siteDir: dir} as never, {store, check, strict, write: (line) => printed.push(line), settingsWarnings, strictCounts, uncountedHeading});
    await plugin.allContentLoaded!({
      allContent: {
        'docusaurus-plugin-content-docs': {
          default: {loadedVersions: [{docs: Object.keys(lessons).map((name) => ({source: `@site/docs/${name}`}))}]},
        },
      },
      actions: {} as never,
    });
    const client = fakeCompiler();
    const server = fakeCompiler();
    for (const [bundle, isServer] of [
      [client, false],
      [server, true],
    ] as const) {
      const result = plugin.configureWebpack!({} as never, isServer, {} as never, undefined);
      for (const extra of (result as {plugins: Array<{apply(compiler: unknown): void}>}).plugins) extra.apply(bundle.compiler);
    }
    return {dir, files, store, printed, client, server};
  }

  it('prints every warning once per build though both bundles compile, warm cache or not', async () => {
    const {printed, client, server} = await setUp('production', false, {'a.md': '!!! foo\n'});
    expect(await client.compile()).toEqual([]);
    expect(await server.compile()).toEqual([]);
    expect(printed).toEqual(['docs/a.md:1:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type']);
  });

  it('strict: fails the build (one error, in the client compilation) when a lesson has a warning', async () => {
    const {client, server} = await setUp('production', true, {'a.md': '!!! foo\n', 'b.md': 'fine\n'});
    const errors = await client.compile();
    expect(errors.map((error) => error.message)).toEqual([
      '1 lesson warning in strict mode (LESSONSAURUS_STRICT=1), printed above; first: docs/a.md:1:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
    ]);
    expect(await server.compile()).toEqual([]);
  });

  it("the site's settings warnings: told first, once per build, and counted by strict mode", async () => {
    const setting = 'workshop/markdown-extensions.json:1:1  Unexpected missing auto_append snippet `x.md`  mkdocs-snippet-missing';
    const {printed, client, server} = await setUp('production', true, {'b.md': 'fine\n', 'a.md': '!!! foo\n'}, () => [setting]);
    const errors = await client.compile();
    await server.compile();
    expect(printed).toEqual([setting, 'docs/a.md:1:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type']);
    expect(errors.map((error) => error.message)).toEqual([`2 lesson warnings in strict mode (LESSONSAURUS_STRICT=1), printed above; first: ${setting}`]);
  });

  it("strict: lessons it does not count (the site's own pages once a workshop is the site) are printed, and fail nothing", async () => {
    const notOwn = (file: string) => file !== 'docs/guide.md';
    const {printed, client} = await setUp('production', true, {'guide.md': '!!! foo\n', 'lesson.md': 'fine\n'}, undefined, notOwn);
    expect(await client.compile()).toEqual([]);
    expect(printed).toEqual(['docs/guide.md:1:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type']);
    const failing = await setUp('production', true, {'guide.md': '!!! foo\n', 'lesson.md': 'text\n\n!!! foo\n'}, undefined, notOwn);
    expect((await failing.client.compile()).map((error) => error.message)).toEqual([
      '1 lesson warning in strict mode (LESSONSAURUS_STRICT=1), printed above; first: docs/lesson.md:3:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
    ]);
  });

  it("the lessons strict mode does not count come last, introduced once", async () => {
    const notOwn = (file: string) => !file.startsWith('docs/guide');
    const heading = "The site's own pages (the authoring guide; its examples warn on purpose, and strict mode does not count them):";
    const {printed, client, server} = await setUp('production', false, {'lesson.md': 'text\n\n!!! foo\n', 'guide-a.md': '!!! foo\n', 'guide-b.md': '# B\n\n!!! foo\n'}, undefined, notOwn, heading);
    await client.compile();
    await server.compile();
    expect(printed).toEqual([
      'docs/lesson.md:3:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
      heading,
      'docs/guide-a.md:1:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
      'docs/guide-b.md:3:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type',
    ]);
    // Without such pages' warnings, no heading.
    const clean = await setUp('production', false, {'lesson.md': '!!! foo\n', 'guide-a.md': 'fine\n'}, undefined, notOwn, heading);
    await clean.client.compile();
    expect(clean.printed).toEqual(['docs/lesson.md:1:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type']);
  });

  it('strict: a clean site builds', async () => {
    const {client} = await setUp('production', true, {'b.md': 'fine\n'});
    expect(await client.compile()).toEqual([]);
  });

  it('docusaurus start: prints all on start, a saved lesson again, and never fails the compilation', async () => {
    const {files, printed, client} = await setUp('development', true, {'a.md': '!!! foo\n', 'b.md': '!!! foo\n'});
    expect(await client.compile()).toEqual([]);
    expect(printed).toHaveLength(2);
    await client.compile();
    expect(printed).toHaveLength(2);
    writeFileSync(files[0], 'moved down\n\n!!! foo\n');
    await client.compile();
    expect(printed.slice(2)).toEqual(['docs/a.md:3:5  Unexpected box type `foo`, expected a declared type  mkdocs-box-type']);
    // Same warning text after an edit elsewhere in the lesson: told again, it is a new version.
    writeFileSync(files[0], 'moved down!\n\n!!! foo\n');
    await client.compile();
    expect(printed).toHaveLength(4);
  });

  it('skips a lesson deleted since the docs were loaded', async () => {
    const {files, printed, client} = await setUp('development', false, {'a.md': '!!! foo\n'});
    rmSync(files[0]);
    await client.compile();
    expect(printed).toEqual([]);
    expect(existsSync(files[0])).toBe(false);
  });
});

describe('warnings of a lesson with includes (pymdownx.snippets)', () => {
  it('name the included file and its line, and keep the page\'s own line numbers after the include', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lesson-warnings-snippets-"));
    try {
      mkdirSync(path.join(dir, 'docs', 'includes'), {recursive: true});
      writeFileSync(path.join(dir, 'docs', 'includes', 'shared.md'), 'Shared.\n\n!!! nope\n    In the include.\n');
      const lesson = path.join(dir, 'docs', 'a.md');
      const file = new VFile({path: lesson, cwd: dir, value: '# A\n\n--8<-- "docs/includes/shared.md"\n\n!!! alsonope\n    On the page.\n'});
      const processor = unified()
        .use(remarkParse)
        .use(remarkMkdocs, {target: 'html', markdownExtensions: {admonition: null, 'pymdownx.snippets': null}});
      await processor.run(processor.parse(file), file);
      const lines = warningsOf(file, dir).map((warning) => formatWarningLine('docs/a.md', warning));
      expect(lines).toEqual([
        expect.stringMatching(/^docs\/includes\/shared\.md:3:5 {2}Unexpected box type `nope`.* \(included at docs\/a\.md:3\) {2}mkdocs-box-type$/),
        expect.stringMatching(/^docs\/a\.md:5:5 {2}Unexpected box type `alsonope`.*mkdocs-box-type$/),
      ]);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
