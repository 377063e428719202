/**
 * Run by first-stage.test.ts in a child process, as the build runs (Node's
 * production conditions: micromark without its development assertions, which
 * @slorber/remark-comment, Docusaurus's MDX 1 comments, trips on a comment
 * followed by text). Compiles every lesson the repository has (the corpus
 * workshops, every fixture input of the remark plugin, the demo workshop, the
 * MkDocs edge cases, the site's own pages) through Docusaurus's `.md` loader
 * with the lessons' first stage in the worker thread, then with the whole stage
 * on the main thread (`LESSONSAURUS_MARKDOWN_WORKER=0`), and prints what
 * differs as JSON.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Root as HastRoot} from 'hast';
import type {Plugin as UnifiedPlugin} from 'unified';
import type {VFile} from 'vfile';
import {lessonPlugins, loaderPreprocessor} from '..';
import {createLessonDescriberInWorker, firstStageCounts, withFirstStageInWorker} from '../first-stage';
import {createLessonDescriber} from '../../lesson-description';
import {customTypes} from '../../../src/admonitions/custom-types';
import {siteMarkdownExtensions} from '../markdown-extensions';
import {DOCUSAURUS_MARKDOWN_CONFIG} from '../../../test/docusaurus-markdown-config';

const REPO = path.resolve(__dirname, '../../..');

/** Every `.md` under `dir`, as [name, text]. */
function lessonsUnder(dir: string, prefix: string): Array<[string, string]> {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => [`${prefix}/${file}`, readFileSync(path.join(dir, file), 'utf8')]);
}

const fixtures = path.join(REPO, 'plugins', 'remark-mkdocs', 'test', 'fixtures');
const LESSONS: Array<[string, string]> = [
  ...lessonsUnder(path.join(REPO, 'test', 'data', 'corpus'), 'corpus'),
  ...readdirSync(fixtures)
    .filter((name) => existsSync(path.join(fixtures, name, 'input.md')))
    .sort()
    .map((name): [string, string] => [`fixtures/${name}.md`, readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')]),
  ...lessonsUnder(path.join(REPO, 'test', 'data', 'demo-workshop'), 'demo-workshop'),
  ...lessonsUnder(path.join(REPO, 'test', 'data', 'mkdocs-cases'), 'mkdocs-cases'),
  ...readdirSync(path.join(REPO, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file): [string, string] => [file, readFileSync(path.join(REPO, 'docs', file), 'utf8')]),
];

/** The messages of each compiled file, as a reader of the warnings sees them. */
const messagesOf = new Map<string, unknown[]>();
const recordMessages: UnifiedPlugin<[], HastRoot> = () => (_tree, file: VFile) => {
  messagesOf.set(file.path, file.messages.map(({reason, ruleId, source, line, column, place, fatal, file: name}) => ({reason, ruleId, source, line, column, place, fatal, name})));
};

const plugins = lessonPlugins(REPO);
const options = {
  siteDir: REPO,
  staticDirs: [],
  markdownConfig: {
    ...DOCUSAURUS_MARKDOWN_CONFIG,
    preprocessor: loaderPreprocessor(REPO),
  },
  admonitions: true,
  beforeDefaultRemarkPlugins: withFirstStageInWorker(plugins.beforeDefaultRemarkPlugins, {siteDir: REPO, lessons: 'workshop'}),
  remarkPlugins: plugins.remarkPlugins,
  rehypePlugins: [...plugins.rehypePlugins, recordMessages],
  beforeDefaultRehypePlugins: [],
};

/** The lesson as the loader compiles it, at `docs/first-stage/<name>` of the repository. */
async function compile(name: string, text: string): Promise<{content: string; messages: unknown[]}> {
  const {compileToJSX} = await import('@docusaurus/mdx-loader/lib/utils.js');
  const filePath = path.join(REPO, 'docs', 'first-stage', name);
  const result = await compileToJSX({fileContent: text, filePath, frontMatter: {}, options: options as never, compilerName: 'server'});
  return {content: result.content, messages: messagesOf.get(filePath) ?? []};
}

async function main(): Promise<void> {
  const worker: Record<string, {content: string; messages: unknown[]}> = {};
  const here: Record<string, {content: string; messages: unknown[]}> = {};
  process.env.LESSONSAURUS_MARKDOWN_WORKER = '1';
  for (const [name, text] of LESSONS) worker[name] = await compile(name, text);
  // Descriptions: read in the worker, and here. Right after the worker's round, while it is still running: it ends
  // after some seconds without requests (IDLE_MS), and a describer reads on this thread while no worker is ready.
  const describeInWorker = createLessonDescriberInWorker(customTypes, siteMarkdownExtensions(REPO), REPO);
  const describeHere = createLessonDescriber(customTypes, siteMarkdownExtensions(REPO), REPO);
  const descriptions = await Promise.all(LESSONS.map(async ([name, text]) => [name, await describeInWorker(path.join(REPO, 'docs', 'first-stage', name), text), describeHere(path.join(REPO, 'docs', 'first-stage', name), text)] as const));
  const descriptionsDiffer = descriptions.filter(([, a, b]) => a !== b).map(([name]) => name);
  const counts = {...firstStageCounts};
  process.env.LESSONSAURUS_MARKDOWN_WORKER = '0';
  for (const [name, text] of LESSONS) here[name] = await compile(name, text);
  const differ = LESSONS.map(([name]) => name).filter((name) => JSON.stringify(worker[name]) !== JSON.stringify(here[name]));
  const summary = {
    lessons: LESSONS.length,
    throughWorker: counts.worker,
    fellBack: counts.here,
    afterwards: {...firstStageCounts},
    differ,
    descriptionsDiffer,
    described: descriptions.filter(([, description]) => description !== undefined).length,
    withMessages: Object.values(here).filter((page) => page.messages.length > 0).length,
    messages: Object.values(here).reduce((sum, page) => sum + page.messages.length, 0),
  };
  process.stdout.write(`RESULT ${JSON.stringify(summary)}\n`);
}

void main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
