/**
 * The first stage of a lesson's Markdown loader, run as one job: the parse
 * (remark-parse with the parser extensions the loader has, in its order) and
 * the lesson plugins that run before Docusaurus's defaults. The worker thread
 * (`worker.cjs`) runs it, and the build's main thread when the worker cannot
 * (`./index.ts`): both with this code, so a page is the same either way.
 */
import type {Properties} from 'hast';
import type {Root} from 'mdast';
import type {Processor} from 'unified';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {appliedAttributeLists, type CustomType, type MarkdownExtensionsOption} from '../../remark-mkdocs';
import {lessonDescription} from '../../lesson-description';
// A cycle (../index uses ./index, which uses this file), read only when a job runs.
import {lessonPlugins, loaderRemarkPlugin, prepareText, type LessonSet} from '../index';

/** One lesson, as the loader has it when its processor parses it. */
export interface FirstStageJob {
  siteDir: string;
  lessons: LessonSet;
  /** Absolute path of the lesson. */
  path: string;
  /** The file as read, and the site's preprocessor's result for it (`prepareText`). */
  raw: string;
  prepared: string;
  /** The text the processor parses (after Docusaurus's own preprocessing). */
  doc: string;
  /** The loader's `file.data` (front matter, compiler name). */
  data: Record<string, unknown>;
  /** The parser extensions the loader's processor adds after the lesson plugins, in order (`SYNTAX_PLUGINS`). */
  syntax: SyntaxPlugin[];
}

/**
 * The plugins by which Docusaurus's Markdown loader adds parser extensions
 * after the lesson plugins (none of them transforms the tree), by their
 * function's name, and where they are loaded from (beside the loader).
 */
export const SYNTAX_PLUGINS = {
  remarkFrontmatter: 'remark-frontmatter',
  remarkDirective: 'remark-directive',
  remarkGfm: 'remark-gfm',
  // `markdown.mdx1Compat.comments` (on by default): `<!-- -->` read as MDX 1 read it.
  remarkComment: '@slorber/remark-comment',
} as const;
export type SyntaxPlugin = keyof typeof SYNTAX_PLUGINS;

/** What the stage made of the lesson, in a form that crosses threads. */
export interface FirstStageResult {
  tree: Root;
  /** Each message's own fields (a VFileMessage is an Error: a structured clone keeps only its message). */
  messages: Array<Record<string, unknown>>;
  /** What the plugins added to `file.data`. */
  data: Record<string, unknown>;
  /** Attribute-list properties of links and images, by pre-order index (see `appliedAttributeLists`). */
  applied: Array<[number, Properties]>;
}

/** One processor per site folder and set of lessons: its plugins read the site's data once. */
const processors = new Map<string, Promise<Processor<Root, Root, Root>>>();
/** In the worker: the load of the site's config whose settings the processors have (see `answerRequest`). */
let processorsGeneration: number | undefined;

/**
 * remark-parse, the lesson plugins that run before Docusaurus's defaults, then
 * the parser extensions the loader adds after them (`syntax`), taken from the
 * site's Docusaurus: the order of `createProcessorSync` in
 * @docusaurus/mdx-loader, so micromark sees the same extensions in the same
 * order. The loader runs mdx-js's remark-mark-and-unravel before the lesson
 * plugins; it changes only MDX nodes (JSX, expressions, ESM), which the parse
 * of a `.md` lesson does not make, so it is left out.
 */
function firstStageProcessor(siteDir: string, lessons: LessonSet, syntax: readonly SyntaxPlugin[]): Promise<Processor<Root, Root, Root>> {
  const key = `${lessons}:${syntax.join(',')}:${siteDir}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = (async () => {
      const {beforeDefaultRemarkPlugins} = lessonPlugins(siteDir, lessons);
      return unified()
        .use(remarkParse)
        .use(beforeDefaultRemarkPlugins)
        .use(await Promise.all(syntax.map((name) => loaderRemarkPlugin(siteDir, SYNTAX_PLUGINS[name]))))
        .freeze() as unknown as Processor<Root, Root, Root>;
    })();
    processors.set(key, processor);
  }
  return processor;
}

/** The stage on `file` (its value is the text to parse): the tree; messages and data land on `file`. */
export async function runFirstStage(file: VFile, siteDir: string, lessons: LessonSet, syntax: readonly SyntaxPlugin[]): Promise<Root> {
  const processor = await firstStageProcessor(siteDir, lessons, syntax);
  return processor.run(processor.parse(file), file);
}

/**
 * The job in the worker: the site's preprocessor runs again here, so that
 * what it leaves for the plugins (the include expansion, the metadata read,
 * the macros' problems) is this thread's too; a different result (an included
 * file changed in between) returns undefined, and the main thread does the job.
 */
export async function runFirstStageJob(job: FirstStageJob): Promise<FirstStageResult | undefined> {
  if (prepareText(job.raw, job.path, job.siteDir) !== job.prepared) return undefined;
  const file = new VFile({path: job.path, value: job.doc, data: {...job.data}});
  const tree = await runFirstStage(file, job.siteDir, job.lessons, job.syntax);
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file.data)) if (!(key in job.data)) data[key] = value;
  return {tree, messages: file.messages.map(messageFields), data, applied: appliedAttributeLists(tree)};
}

/** A message's own fields, without the nodes it may point at (`ancestors`: copies of them would be cut loose). */
export function messageFields(message: VFileMessage): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(message)) {
    if (key !== 'ancestors') fields[key] = (message as unknown as Record<string, unknown>)[key];
  }
  return fields;
}

type CustomTypes = Readonly<Record<string, CustomType>>;

/** What the worker is asked (`worker.cjs`): a lesson's first stage, or a lesson's description. */
export type WorkerRequest =
  | {kind: 'stage'; job: FirstStageJob; generation: number}
  | {kind: 'describe'; markdown: string; customTypes: CustomTypes; markdownExtensions: MarkdownExtensionsOption | undefined; siteDir?: string};

/**
 * The settings of the descriptions asked for, one copy per distinct value:
 * each request carries its own copy, and the describer keeps one processor
 * per settings object.
 */
const describeSettings = new Map<string, {customTypes: CustomTypes; markdownExtensions: MarkdownExtensionsOption | undefined; siteDir?: string}>();

/** The answer to a request in the worker; undefined when the main thread should do the work. */
export async function answerRequest(message: WorkerRequest): Promise<unknown> {
  if (message.kind === 'stage') {
    // A new load of the site's config (a new generation) may bring new settings: the processors are built anew.
    if (message.generation !== processorsGeneration) {
      processors.clear();
      processorsGeneration = message.generation;
    }
    return runFirstStageJob(message.job);
  }
  const key = JSON.stringify([message.customTypes, message.markdownExtensions ?? null, message.siteDir ?? null]);
  let settings = describeSettings.get(key);
  if (!settings) describeSettings.set(key, (settings = {customTypes: message.customTypes, markdownExtensions: message.markdownExtensions, ...(message.siteDir === undefined ? {} : {siteDir: message.siteDir})}));
  return {description: lessonDescription(message.markdown, settings.customTypes, settings.markdownExtensions, settings.siteDir)};
}
