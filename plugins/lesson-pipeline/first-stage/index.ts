/**
 * A lesson's parse and the lesson plugins that run before Docusaurus's
 * defaults, in a worker thread: the first stage of the Markdown loader. The
 * lessons' descriptions are read there too (`createLessonDescriberInWorker`).
 *
 * Why: the bundler waits on the build's main thread, which runs every
 * Markdown loader (Rspack's own threads do the rest), and our parse and first
 * plugins are about half of what a lesson costs there. The second core is
 * free for most of that time. Docusaurus's processor parses synchronously, so
 * the loader's parser hands over the text instead (a root holding it), and the
 * first plugin, which may wait, has the worker parse and transform it and
 * takes its tree; the plugins that ran there skip. The page is the same
 * (`npm run bench:markdown -- --dump`; test/first-stage.test.ts): the worker
 * runs `./job.ts`, the same code the main thread runs when the worker cannot.
 *
 * Only `.md` lessons read by the `.md` processor: `.mdx` files and
 * `mdx.format: mdx` pages keep the loader's own parse.
 *
 * `LESSONSAURUS_MARKDOWN_WORKER=0` keeps all of it on the main thread (the
 * default on a machine with one core), `=1` uses the worker even there;
 * `LESSONSAURUS_DEBUG_WORKER=1` prints why the worker gave a request back.
 */
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import type {Root} from 'mdast';
import type {Plugin as DocusaurusPlugin} from '@docusaurus/types';
import type {Plugin as UnifiedPlugin, Processor, Transformer} from 'unified';
import type {VFile} from 'vfile';
import {reapplyAttributeLists, type CustomType, type MarkdownExtensionsOption} from '../../remark-mkdocs';
import {lessonDescription, rememberedPerFile} from '../../lesson-description';
import type {LessonSet} from '..';
import {runFirstStage, SYNTAX_PLUGINS, type FirstStageJob, type FirstStageResult, type SyntaxPlugin, type WorkerRequest} from './job';

type CustomTypes = Readonly<Record<string, CustomType>>;

export interface FirstStageOptions {
  siteDir: string;
  lessons: LessonSet;
}

/** The root a deferred parse returns: the text, for the first plugin to have parsed. */
const DEFERRED = 'lessonsaurusDeferredParse';

/** Files whose stage is done (in the worker or here): the stage's plugins skip them. */
const done = new WeakSet<VFile>();

/** The file as read and the preprocessor's result, by absolute path (see `notePreparedText`). */
const preparedTexts = new Map<string, {raw: string; prepared: string}>();

/** How many lessons' stages and descriptions the worker did, and how many the main thread did (for the tests). */
export interface FirstStageCounts {
  worker: number;
  here: number;
  describedInWorker: number;
  describedHere: number;
}

/** Called by the loader's preprocessor (`loaderPreprocessor`): the worker prepares the text again from the file as read. */
export function notePreparedText(filePath: string, raw: string, prepared: string): void {
  preparedTexts.set(filePath, {raw, prepared});
}

/** On (`1`), off (`0`), or by default on where there is a second core for it. */
const workerEnabled = () => {
  const setting = process.env.LESSONSAURUS_MARKDOWN_WORKER;
  return setting === '1' || (setting !== '0' && availableParallelism() > 1);
};

/**
 * The lesson plugins that run before Docusaurus's defaults, for the loader:
 * the stage first, then each plugin, skipped where the stage ran it, then the
 * parser's hand-over (last, so that it wraps the parser every plugin set up).
 */
export function withFirstStageInWorker(plugins: Array<UnifiedPlugin<[], Root>>, options: FirstStageOptions): Array<UnifiedPlugin<[], Root>> {
  return [firstStage(options), ...plugins.map(skippedWhenDone), deferredParse];
}

/** The plugin run as before, except on a file whose first stage is done. */
function skippedWhenDone(plugin: UnifiedPlugin<[], Root>): UnifiedPlugin<[], Root> {
  return function (this: Processor) {
    const transformer = (plugin as unknown as (this: Processor) => Transformer<Root, Root> | undefined).call(this);
    if (!transformer) return undefined;
    if (transformer.length > 2) throw new Error(`first stage: the transformer of ${plugin.name || 'a lesson plugin'} takes a callback, which the stage cannot skip`);
    return (tree: Root, file: VFile) => (done.has(file) ? undefined : transformer(tree, file, () => undefined));
  } as unknown as UnifiedPlugin<[], Root>;
}

/** What the stage's last plugin learnt of its processor, for the first (see `deferredParse`). */
const syntaxOf = new WeakMap<Processor, SyntaxPlugin[]>();

/**
 * The parser of the `.md` processor, last of the stage's plugins: a `.md`
 * lesson's text is handed over in an empty root, with the parser extensions
 * the loader adds after the lesson plugins. The loader parses it here as
 * before when the worker is off or failed, when the text did not come
 * through the site's preprocessor, in the `.mdx` processor (remark-mdx), and
 * when a plugin after the stage adds parser extensions the stage does not
 * know (`SYNTAX_PLUGINS`): the worker's parse would differ.
 */
function deferredParse(this: Processor): undefined {
  const processor = this;
  const parse = processor.parser as ((doc: string, file: VFile) => Root) | undefined;
  if (!parse) return;
  const extensionCount = () => ((processor.data('micromarkExtensions') as unknown[] | undefined) ?? []).length;
  const ownExtensions = extensionCount();
  let syntax: SyntaxPlugin[] | null | undefined;
  /** The syntax plugins after the stage, or null when the worker cannot read the text as the loader does. */
  const afterStage = (): SyntaxPlugin[] | null => {
    const names = processor.attachers.map(([plugin]) => (plugin as {name?: string}).name ?? '');
    if (names.includes('remarkMdx')) return null;
    const after = names.slice(names.findIndex((_, index) => processor.attachers[index][0] === deferredParse) + 1);
    const known = after.filter((name): name is SyntaxPlugin => Object.hasOwn(SYNTAX_PLUGINS, name));
    return extensionCount() === ownExtensions + known.length ? known : null;
  };
  processor.parser = (doc: string, file: VFile): Root => {
    if (syntax === undefined) syntax = afterStage();
    if (syntax === null || shared.failed || !workerEnabled() || !file.path?.endsWith('.md') || !preparedTexts.has(file.path)) return parse(doc, file);
    syntaxOf.set(processor, syntax);
    return {type: 'root', children: [], data: {[DEFERRED]: doc} as Root['data']};
  };
}

/** The stage, first of the plugins: a handed-over text parsed and transformed, in the worker if it can. */
function firstStage({siteDir, lessons}: FirstStageOptions): UnifiedPlugin<[], Root> {
  return function (this: Processor) {
    const processor = this;
    return async (tree: Root, file: VFile): Promise<Root | undefined> => {
      const doc = (tree.data as Record<string, unknown> | undefined)?.[DEFERRED];
      const syntax = syntaxOf.get(processor);
      if (typeof doc !== 'string' || !syntax) return undefined;
      // Gone when another compilation of the same file took it meanwhile: then the stage runs here.
      const prepared = preparedTexts.get(file.path);
      preparedTexts.delete(file.path);
      const job: FirstStageJob | undefined = prepared && {siteDir, lessons, path: file.path, raw: prepared.raw, prepared: prepared.prepared, doc, data: {...file.data}, syntax};
      const result = job ? await inWorker(job) : undefined;
      done.add(file);
      if (result) {
        shared.counts.worker++;
        for (const fields of result.messages) Object.assign(file.message(String(fields.reason)), fields);
        Object.assign(file.data, result.data);
        reapplyAttributeLists(result.tree, result.applied);
        return result.tree;
      }
      // The same stage here: an error is thrown as the loader would have thrown it.
      shared.counts.here++;
      return runFirstStage(file, siteDir, lessons, syntax);
    };
  } as unknown as UnifiedPlugin<[], Root>;
}

/**
 * The worker and what waits on it, one per process: Docusaurus loads the site
 * config (and with it this module) afresh more than once, in a build and on
 * every config change under `docusaurus start`, and every copy of the module
 * must talk to the same worker.
 */
interface WorkerState {
  worker: Worker | undefined;
  /** Set when the worker failed to start or stopped: this thread does every job from then on. */
  failed: boolean;
  /** The worker has loaded its modules (it says so once). */
  ready: boolean;
  waiting: Map<number, (answer: unknown) => void>;
  nextRequest: number;
  idleTimer: NodeJS.Timeout | undefined;
  /** Each copy of this module (each load of the config) is a generation: the worker builds its processors anew for it. */
  generations: number;
  /** The compilers of a build that ran (Rspack's `run`) and are not done: at none, the worker ends (`firstStageWorkerEnd`). */
  compiling: Set<unknown>;
  counts: FirstStageCounts;
}

const shared: WorkerState = ((globalThis as Record<symbol, unknown>)[Symbol.for('lessonsaurus.firstStageWorker')] ??= {
  worker: undefined,
  failed: false,
  ready: false,
  waiting: new Map(),
  nextRequest: 0,
  idleTimer: undefined,
  generations: 0,
  compiling: new Set(),
  counts: {worker: 0, here: 0, describedInWorker: 0, describedHere: 0},
}) as WorkerState;
/** The process's counts (every copy of this module adds to them). */
export const firstStageCounts: FirstStageCounts = shared.counts;
/** The site's settings as this copy of the module read them (see `WorkerState.generations`). */
const generation = ++shared.generations;

/** A build's lessons come in one stretch: the worker ends after this long without requests; `docusaurus start` keeps it. */
const IDLE_MS = 5000;

function inWorker(job: FirstStageJob): Promise<FirstStageResult | undefined> {
  return request({kind: 'stage', job, generation}) as Promise<FirstStageResult | undefined>;
}

/** A request to the worker; undefined when it cannot answer (then this thread does the work). */
function request(message: WorkerRequest): Promise<unknown> {
  if (!workerEnabled() || shared.failed) return Promise.resolve(undefined);
  const current = shared.worker ?? startWorker();
  if (!current) return Promise.resolve(undefined);
  if (shared.idleTimer) clearTimeout(shared.idleTimer);
  shared.idleTimer = undefined;
  const id = shared.nextRequest++;
  // While an answer is awaited, the worker keeps the process alive (nothing else may).
  if (shared.waiting.size === 0) current.ref();
  return new Promise((resolve) => {
    shared.waiting.set(id, resolve);
    try {
      current.postMessage({id, ...message});
    } catch {
      shared.waiting.delete(id);
      resolve(undefined);
    }
  });
}

/**
 * Start the worker now, so that its modules are loaded by the time the first
 * request comes (Docusaurus loads the config before the docs).
 */
export function warmFirstStageWorker(): void {
  if (workerEnabled() && !shared.failed && !shared.worker) startWorker();
}

/**
 * A lesson's description (plugins/lesson-description), read in the worker:
 * Docusaurus reads every lesson's front matter while it loads the docs, all at
 * once, before the bundler starts; once the worker has loaded its modules, it
 * reads the descriptions then (before, this thread does: it would only wait),
 * and is warm when the first lesson's stage arrives. Remembered per file as
 * `createLessonDescriber` remembers (`rememberedPerFile`); the same reading
 * when the worker cannot.
 */
export function createLessonDescriberInWorker(
  customTypes: CustomTypes,
  markdownExtensions: MarkdownExtensionsOption | undefined,
  siteDir?: string,
): (filePath: string, markdown: string) => Promise<string | undefined> {
  return rememberedPerFile(async (markdown) => {
    // While the worker still loads its modules, this thread would only wait: it reads the description itself.
    const answer = shared.ready ? await request({kind: 'describe', markdown, customTypes, markdownExtensions, siteDir}) : undefined;
    if (answer === undefined) {
      shared.counts.describedHere++;
      return lessonDescription(markdown, customTypes, markdownExtensions, siteDir);
    }
    shared.counts.describedInWorker++;
    return (answer as {description: string | undefined}).description;
  });
}

/** This process's worker thread (for the tests): none, started and loading its modules, or ready. */
export function firstStageWorkerState(): 'none' | 'starting' | 'ready' {
  if (shared.worker === undefined) return 'none';
  return shared.ready ? 'ready' : 'starting';
}

/** Ends the worker if no answer is awaited; the next request starts another. */
function endWorkerIfIdle(worker: Worker | undefined = shared.worker): void {
  if (!worker || shared.worker !== worker || shared.waiting.size > 0) return;
  if (shared.idleTimer) clearTimeout(shared.idleTimer);
  shared.idleTimer = undefined;
  shared.worker = undefined;
  shared.ready = false;
  void worker.terminate();
}

/**
 * Ends the worker as soon as a build's compilations are done (each one Rspack
 * ran, client and server), rather than after `IDLE_MS`: the server render
 * starts right after them, and the build's peak memory is there, so the
 * worker's heap is given back before it. `docusaurus start` watches instead
 * of running (no `run` hook): its worker stays.
 */
export function firstStageWorkerEnd(): DocusaurusPlugin {
  return {
    name: 'lessonsaurus-first-stage-worker-end',
    configureWebpack() {
      return {
        plugins: [
          {
            apply(compiler: RunningCompiler) {
              compiler.hooks.run.tap('lessonsaurus-first-stage-worker-end', () => {
                shared.compiling.add(compiler);
              });
              // `done` may come more than once per run (Rspack's extra passes), `failed` instead of it.
              const over = () => {
                if (compiler.watchMode || !shared.compiling.delete(compiler)) return;
                if (shared.compiling.size === 0) endWorkerIfIdle();
              };
              compiler.hooks.done.tap('lessonsaurus-first-stage-worker-end', over);
              compiler.hooks.failed.tap('lessonsaurus-first-stage-worker-end', over);
            },
          },
        ],
      };
    },
  };
}

/** What the end of compilation needs of Rspack's compiler (the site's bundler; webpack has the same hooks). */
interface RunningCompiler {
  watchMode?: boolean;
  hooks: {run: Hook; done: Hook; failed: Hook};
}
interface Hook {
  tap(name: string, listener: () => void): void;
}

/**
 * The worker's young generation, in MB (Node's default is 3 × 16 MB). A
 * lesson's parse allocates its whole token stream and tree at once, and much
 * of it lives until the lesson is done: with the default the worker
 * scavenged ~220 times over 204 corpus lessons and copied what survived each
 * time (0.8 s of pauses, more on V8's helper threads); with 128 MB it
 * scavenges ~70 times (0.4 s). The heap grows by ~50 MB while lessons are
 * compiled, and the worker ends before the server render, where the build's
 * memory peaks (`firstStageWorkerEnd`). Measured with
 * `node --trace-gc` on `npm run bench:markdown`'s child.
 */
const WORKER_YOUNG_GENERATION_MB = 128;

function startWorker(): Worker | undefined {
  let started: Worker;
  try {
    started = new Worker(path.join(__dirname, 'worker.cjs'), {resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB}});
  } catch {
    shared.failed = true;
    return undefined;
  }
  shared.worker = started;
  started.on('message', ({id, answer, ready}: {id: number; answer: unknown; ready?: boolean}) => {
    if (ready) {
      shared.ready = true;
      return;
    }
    const resolve = shared.waiting.get(id);
    shared.waiting.delete(id);
    resolve?.(answer);
    if (shared.waiting.size > 0) return;
    started.unref();
    if (process.env.NODE_ENV === 'production') {
      shared.idleTimer = setTimeout(() => endWorkerIfIdle(started), IDLE_MS);
      shared.idleTimer.unref();
    }
  });
  const fail = () => {
    if (shared.worker !== started) return;
    shared.worker = undefined;
    shared.ready = false;
    shared.failed = true;
    for (const resolve of shared.waiting.values()) resolve(undefined);
    shared.waiting.clear();
  };
  started.on('error', fail);
  started.on('exit', fail);
  // The process may end while the worker waits for requests (after the listeners: adding one refs the worker again).
  started.unref();
  return started;
}
