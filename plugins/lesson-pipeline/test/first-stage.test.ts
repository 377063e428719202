/**
 * The lessons' first stage in a worker thread (../first-stage) changes no
 * page: every lesson the repository has compiles to the same module, with the
 * same messages in the same order, with the worker and without it
 * (`first-stage-compare.ts`, in a child process under the build's conditions),
 * and each lesson's description read in the worker is the one read without it.
 */
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it, onTestFinished} from 'vitest';
import {lessonPlugins, loaderPreprocessor} from '..';
import {createLessonDescriberInWorker, firstStageCounts, firstStageWorkerEnd, firstStageWorkerState, notePreparedText, warmFirstStageWorker, withFirstStageInWorker} from '../first-stage';
import {DOCUSAURUS_MARKDOWN_CONFIG} from '../../../test/docusaurus-markdown-config';
import {THREAD_NAMES} from '../../thread-name.cjs';

const REPO = path.resolve(import.meta.dirname, '../../..');

/** The loader's options with the site's lesson plugins, the stage in the worker. */
function pipelineOptions() {
  const plugins = lessonPlugins(REPO);
  return {
    siteDir: REPO,
    staticDirs: [],
    markdownConfig: {...DOCUSAURUS_MARKDOWN_CONFIG, preprocessor: loaderPreprocessor(REPO)},
    admonitions: true,
    beforeDefaultRemarkPlugins: withFirstStageInWorker(plugins.beforeDefaultRemarkPlugins, {siteDir: REPO, lessons: 'workshop'}),
    remarkPlugins: plugins.remarkPlugins,
    rehypePlugins: plugins.rehypePlugins,
  };
}

/** `LESSONSAURUS_MARKDOWN_WORKER` as it was before the test, once it ends. */
function restoreWorkerSettingAfterTest(): void {
  const saved = process.env.LESSONSAURUS_MARKDOWN_WORKER;
  onTestFinished(() => {
    if (saved === undefined) delete process.env.LESSONSAURUS_MARKDOWN_WORKER;
    else process.env.LESSONSAURUS_MARKDOWN_WORKER = saved;
  });
}

describe('the first stage in a worker thread', () => {
  it('compiles every lesson of the repository to the same page and messages as the main thread', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'first-stage-compare.ts')], {
      cwd: REPO,
      env: {...process.env, NODE_ENV: 'production'},
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const line = output.split('\n').find((text) => text.startsWith('RESULT '));
    expect(line, output).toBeDefined();
    const summary = JSON.parse(line!.slice(7)) as {
      lessons: number;
      throughWorker: number;
      fellBack: number;
      afterwards: Record<string, number>;
      differ: string[];
      descriptionsDiffer: string[];
      described: number;
      withMessages: number;
    };
    expect(summary.lessons).toBeGreaterThan(250);
    // Every lesson went through the worker; none fell back to the main thread; with the worker off, none went there.
    expect(summary.throughWorker).toBe(summary.lessons);
    expect(summary.fellBack).toBe(0);
    expect(summary.afterwards).toEqual({worker: summary.lessons, here: 0, describedInWorker: summary.lessons, describedHere: 0});
    expect(summary.differ).toEqual([]);
    // Each lesson's description, read in the worker, is the one read here.
    expect(summary.descriptionsDiffer).toEqual([]);
    expect(summary.described).toBeGreaterThan(summary.lessons / 2);
    // The comparison means something: many lessons have messages.
    expect(summary.withMessages).toBeGreaterThan(20);
  }, 300_000);

  it('does the stage on the main thread when the worker gives a lesson back, with the same page', async () => {
    restoreWorkerSettingAfterTest();
    const {createProcessorUncached} = await import('@docusaurus/mdx-loader/lib/processor.js');
    const processor = await createProcessorUncached({format: 'md', options: pipelineOptions() as never});
    const filePath = path.join(REPO, 'docs', 'first-stage', 'given-back.md');
    const text = '!!! note "Given back"\n    Inside, with a [link](https://example.com){ .md-button }.\n';
    const compile = () => processor.process({content: text, filePath, frontMatter: {}, compilerName: 'server'});
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '0';
    const expected = (await compile()).content;
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '1';
    const before = {...firstStageCounts};
    // The worker prepares the text again from the file as read and finds another text (as when an included file
    // changed in between): it gives the lesson back.
    notePreparedText(filePath, 'Another text.\n', text);
    expect((await compile()).content).toBe(expected);
    expect(firstStageCounts.here).toBe(before.here + 1);
    expect(firstStageCounts.worker).toBe(before.worker);
  });

  it("keeps the attribute lists of images Docusaurus's image step turns into JSX (node identity across threads)", async () => {
    restoreWorkerSettingAfterTest();
    const {compileToJSX} = await import('@docusaurus/mdx-loader/lib/utils.js');
    // The site's static folder: the image resolves, so Docusaurus's image step makes it JSX (dropping `data`).
    const options = {...pipelineOptions(), staticDirs: [path.join(REPO, 'static')]};
    const filePath = path.join(REPO, 'docs', 'first-stage', 'image-attributes.md');
    const fileContent = '# Logo\n\n![The logo](/img/logo.svg){ width="120" .rounded }\n';
    const compile = async () => (await compileToJSX({fileContent, filePath, frontMatter: {}, options: options as never, compilerName: 'server'})).content;
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '0';
    const expected = await compile();
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '1';
    const before = {...firstStageCounts};
    const actual = await compile();
    expect(firstStageCounts.worker).toBe(before.worker + 1);
    expect(actual).toBe(expected);
    expect(actual).toMatch(/require\(/);
    expect(actual).toContain('"120"');
    expect(actual).toContain('rounded');
  });

  it('leaves the parse to the loader for a text the preprocessor did not see', async () => {
    restoreWorkerSettingAfterTest();
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '1';
    const {createProcessorUncached} = await import('@docusaurus/mdx-loader/lib/processor.js');
    const processor = await createProcessorUncached({format: 'md', options: pipelineOptions() as never});
    const before = {...firstStageCounts};
    const result = await processor.process({content: '!!! note\n    Inside.\n', filePath: path.join(REPO, 'docs', 'first-stage', 'unprepared.md'), frontMatter: {}, compilerName: 'server'});
    expect(result.content).toContain('Inside.');
    expect(result.content).toContain('admonition');
    expect(firstStageCounts).toEqual(before);
  });
});

describe('the end of the first stage worker', () => {
  /** A compiler as Rspack hands it to a plugin: `run`, `done` and `failed` hooks, `watchMode`. */
  function compiler(watchMode = false) {
    const taps: Record<'run' | 'done' | 'failed', Array<() => void>> = {run: [], done: [], failed: []};
    const hook = (name: keyof typeof taps) => ({tap: (_plugin: string, listener: () => void) => void taps[name].push(listener)});
    const fire = (name: keyof typeof taps) => () => taps[name].forEach((listener) => listener());
    return {compiler: {watchMode, hooks: {run: hook('run'), done: hook('done'), failed: hook('failed')}}, run: fire('run'), done: fire('done'), failed: fire('failed')};
  }

  function applied(...compilers: Array<ReturnType<typeof compiler>>) {
    const plugin = firstStageWorkerEnd();
    for (const {compiler: each} of compilers) {
      const config = plugin.configureWebpack!({} as never, false, {} as never, undefined as never) as {plugins: Array<{apply(c: unknown): void}>};
      for (const rspackPlugin of config.plugins) rspackPlugin.apply(each);
    }
  }

  async function untilReady(): Promise<void> {
    for (let waited = 0; firstStageWorkerState() !== 'ready'; waited += 20) {
      if (waited > 60_000) throw new Error('the worker did not load its modules in a minute');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("ends when the last of a build's compilations (client and server) is done or failed, not before", () => {
    restoreWorkerSettingAfterTest();
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '1';
    const client = compiler();
    const server = compiler();
    applied(client, server);
    warmFirstStageWorker();
    expect(firstStageWorkerState()).not.toBe('none');
    // `done` of a compiler that did not run (a watching one's first pass) counts for nothing.
    client.done();
    expect(firstStageWorkerState()).not.toBe('none');
    client.run();
    server.run();
    server.done();
    // Rspack may say `done` twice for one run: the client compilation still runs.
    server.done();
    expect(firstStageWorkerState(), 'the client compilation still runs').not.toBe('none');
    client.failed();
    expect(firstStageWorkerState()).toBe('none');
  });

  it('starts again for a later build (the next locale), which has its lessons described there', async () => {
    restoreWorkerSettingAfterTest();
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '1';
    const only = compiler();
    applied(only);
    warmFirstStageWorker();
    only.run();
    only.done();
    expect(firstStageWorkerState()).toBe('none');
    // The config's next load warms it again.
    warmFirstStageWorker();
    await untilReady();
    const before = firstStageCounts.describedInWorker;
    const describeLesson = createLessonDescriberInWorker({}, undefined);
    expect(await describeLesson('/tmp/worker-end-later-build.md', 'First paragraph.\n')).toBe('First paragraph.');
    expect(firstStageCounts.describedInWorker).toBe(before + 1);
  });

  it.runIf(process.platform === 'linux')('names its thread, so that the system (and `npm run bench:site`) tells its CPU apart', async () => {
    restoreWorkerSettingAfterTest();
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '1';
    const only = compiler();
    applied(only);
    warmFirstStageWorker();
    await untilReady();
    const names = readdirSync('/proc/self/task').map((tid) => {
      try {
        return readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      } catch {
        return ''; // A thread that ended meanwhile (another test's worker).
      }
    });
    only.run();
    only.done();
    expect(names).toContain(THREAD_NAMES.lessons);
  });

  it('stays under `docusaurus start` (a watching compiler)', () => {
    restoreWorkerSettingAfterTest();
    process.env.LESSONSAURUS_MARKDOWN_WORKER = '1';
    const watching = compiler(true);
    applied(watching);
    warmFirstStageWorker();
    watching.run();
    watching.done();
    expect(firstStageWorkerState()).not.toBe('none');
  });
});
