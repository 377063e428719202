/**
 * `npm run bench`: how fast remark-mkdocs parses MkDocs boxes compared with
 * what Docusaurus does for its own `:::` admonitions, on the same lessons.
 *
 * Measured side by side in interleaved rounds (the order rotates each round),
 * after a warm-up, reporting medians:
 *
 * 1. `remark-parse` + `remark-mkdocs` with Material's extension set, as the
 *    site runs it (`MATERIAL_MARKDOWN_EXTENSIONS`, snippets reading the
 *    include files the generator made from a temporary base path) + the
 *    `remark-gfm` Docusaurus always loads (footnotes and task lists are GFM's
 *    syntax; the plugin switches GFM's `~~` off for pymdownx.tilde), parse +
 *    run, on the MkDocs text;
 * 2. `remark-parse` + Docusaurus' `remark-directive` + Docusaurus' admonitions
 *    transformer + its mermaid step + `remark-gfm` (Docusaurus' order) +
 *    `remark-math` (what Docusaurus' docs tell a site with math to add), parse +
 *    run, on the same lessons in native syntax (`bench/generate.ts` says what
 *    a native author writes for each newer construct);
 * 3. plain `remark-parse` on the MkDocs text (the floor);
 * 4. (1) on the MkDocs text written twice in one document (linearity).
 *
 * A benchmark is a report: a missed target is printed as MISSED, the exit code
 * stays 0. `npm run bench` starts Node with `--expose-gc`, so a full garbage
 * collection runs before every measurement (without it, one pipeline's garbage
 * was collected in the next one's time: runs of the same pipeline spread by
 * half, and the ratio against native swung from 0.98× to 1.12×).
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import type {Node, Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified, type Pluggable, type Plugin} from 'unified';
import {VFile} from 'vfile';
import {MATERIAL_MARKDOWN_EXTENSIONS, type MarkdownExtensionsOption} from '../plugins/remark-mkdocs/lib/markdown-extensions';
import {generateCorpus, type Corpus} from './generate';
import {benchPathological} from './pathological';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP = 1;
const TARGET_VS_NATIVE = 1.05;
const TARGET_DOUBLED = 2.3;

/** `text` is one document; `texts`, when given, are processed one file at a time (what a build does). */
type Task = {name: string; text: string; texts?: string[]; pipeline: Pipeline};
type Pipeline = (text: string) => Promise<{tree: Root; file: VFile}>;

/** `import()` of a CommonJS module gives either the plugin or `{default: plugin}`; accept both. */
function defaultExport<T>(mod: unknown): T {
  let value = mod;
  for (let i = 0; i < 2 && typeof value !== 'function'; i++) {
    value = (value as {default?: unknown} | null)?.default;
  }
  if (typeof value !== 'function') throw new TypeError('module has no default function export');
  return value as T;
}

interface DocusaurusPlugins {
  directive: Plugin<[], Root>;
  admonitions: Plugin<[], Root>;
  mermaid: Plugin<[], Root>;
  gfm: Plugin<[], Root>;
  /** `undefined` when remark-math is not installed: `$…$` then stays text on the native side (cheaper for it). */
  math: Plugin<[], Root> | undefined;
}

/**
 * Docusaurus' own steps, from its mdx-loader (the versions it resolves:
 * `remark-directive` v3, not the root's v4): admonitions, the mermaid step
 * (`markdown.mermaid: true`), `remark-gfm`; and `remark-math`, which a
 * Docusaurus site adds for math.
 */
async function loadDocusaurusPlugins(): Promise<DocusaurusPlugins> {
  const mdxLoader = path.dirname(require.resolve('@docusaurus/mdx-loader/package.json'));
  const fromLoader = createRequire(path.join(mdxLoader, 'package.json'));
  const load = async (file: string): Promise<Plugin<[], Root>> => defaultExport(await import(pathToFileURL(file).href));
  let math: Plugin<[], Root> | undefined;
  try {
    math = await load(require.resolve('remark-math'));
  } catch {
    math = undefined;
  }
  return {
    directive: await load(fromLoader.resolve('remark-directive')),
    admonitions: await load(path.join(mdxLoader, 'lib/remark/admonitions/index.js')),
    mermaid: await load(path.join(mdxLoader, 'lib/remark/mermaid/index.js')),
    gfm: await load(fromLoader.resolve('remark-gfm')),
    math,
  };
}

/** The site's extension set, with snippets reading from `includes` (pymdownx: a missing file is then an error). */
function materialExtensions(includes: string): MarkdownExtensionsOption {
  return {...MATERIAL_MARKDOWN_EXTENSIONS, 'pymdownx.snippets': {base_path: [includes], check_paths: true}};
}

function pipeline(plugins: Pluggable[]): Pipeline {
  const processor = unified().use(remarkParse).use(plugins).freeze();
  return async (text) => {
    const file = new VFile({path: 'bench/lessons.md', value: text});
    const tree = processor.parse(file);
    return {tree: (await processor.run(tree, file)) as Root, file};
  };
}

async function time(task: Task): Promise<number> {
  const gc = (globalThis as {gc?: () => void}).gc;
  gc?.();
  const start = performance.now();
  if (task.texts) for (const text of task.texts) await task.pipeline(text);
  else await task.pipeline(task.text);
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Boxes in a finished tree: Docusaurus admonition directives, or the plugin's JSX boxes. */
function countBoxes(tree: Node): number {
  let count = 0;
  const walk = (node: Node): void => {
    const n = node as Node & {name?: string; data?: {hName?: string}; children?: Node[]};
    if (n.type === 'containerDirective' && n.data?.hName === 'admonition') count++;
    else if (n.type === 'mdxJsxFlowElement' && n.name && /^(admonition|details|mkdocsdetails)$/i.test(n.name)) count++;
    n.children?.forEach(walk);
  };
  walk(tree);
  return count;
}

/**
 * Syntax a pipeline should have turned into elements, found in a text node
 * (code, inline code, math and highlighted inline code are not text nodes, or
 * are skipped): proof that each construct of the lessons is really parsed.
 */
const MKDOCS_LEFTOVERS: ReadonlyArray<[construct: string, pattern: RegExp]> = [
  ['keys', /\+\+[\w-]+(?:\+[\w-]+)*\+\+/],
  ['mark', /==/],
  ['caret', /\^/],
  ['tilde', /~/],
  ['critic', /\{(?:\+\+|--|==|>>|~~)|(?:\+\+|--|==|<<|~~)\}/],
  ['snippets', /-+8<-+/],
  ['arithmatex', /\$/],
  ['footnotes', /\[\^/],
  ['tasklist', /^\[[ xX]\]/],
  ['smartsymbols', /\((?:c|tm|r)\)|-->|<--|\+\/-|=\/=|1\/2/],
  ['def_list', /^[ ]{0,3}:[ ]/m],
  ['md_in_html', /markdown>/],
];
const NATIVE_LEFTOVERS: ReadonlyArray<[construct: string, pattern: RegExp]> = [
  ['remark-math', /\$/],
  ['GFM footnotes', /\[\^/],
  ['GFM task lists', /^\[[ xX]\]/],
  ['GFM strikethrough', /~~/],
];

function leftovers(tree: Node, patterns: ReadonlyArray<[string, RegExp]>, found: Map<string, number>): void {
  const walk = (node: Node): void => {
    const n = node as Node & {value?: string; name?: string; children?: Node[]};
    // Highlighted inline code (pymdownx.inlinehilite) holds its tokens as text.
    if (n.name && /hilite/i.test(n.name)) return;
    if (n.type === 'text' && n.value) {
      for (const [construct, pattern] of patterns) if (pattern.test(n.value)) found.set(construct, (found.get(construct) ?? 0) + 1);
    }
    n.children?.forEach(walk);
  };
  walk(tree);
}

const mib = (text: string): string => `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;
const verdict = (ok: boolean): string => (ok ? '' : '  MISSED');

async function main(): Promise<void> {
  const corpus = generateCorpus();
  console.log(
    `corpus: ${corpus.lessons} lessons, ${corpus.boxes} boxes; MkDocs ${mib(corpus.mkdocs)}, ` +
      `native ${mib(corpus.native)} (report)`,
  );
  console.log(
    `newer constructs in the MkDocs lessons: ${Object.entries(corpus.constructs)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')} (report)`,
  );
  // pymdownx.snippets reads files: the generator's include files, in a base path of their own.
  const includes = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-bench-includes-'));
  try {
    for (const [name, text] of Object.entries(corpus.includes)) writeFileSync(path.join(includes, name), text);
    await measure(corpus, includes);
  } finally {
    rmSync(includes, {recursive: true, force: true});
  }
}

async function measure(corpus: Corpus, includes: string): Promise<void> {
  console.log(
    `settings: ${ROUNDS} interleaved rounds after ${WARMUP} warm-up runs, medians; ` +
      `forced GC ${typeof (globalThis as {gc?: unknown}).gc === 'function' ? 'on' : 'off (start Node with --expose-gc, as npm run bench does)'} (report)`,
  );

  const {directive, admonitions, mermaid, gfm, math} = await loadDocusaurusPlugins();
  if (!math) console.log('remark-math: not installed, `$…$` stays text on the native side (report: native does less work)');
  let remarkMkdocs: Plugin<[{target: 'docusaurus'; markdownExtensions: MarkdownExtensionsOption}], Root> | undefined;
  try {
    remarkMkdocs = defaultExport(await import('../plugins/remark-mkdocs'));
  } catch (error) {
    console.log(`remark-mkdocs: not loadable, measuring the other pipelines only (${String(error)})`);
  }

  // Per lesson, as `docusaurus build` compiles them: one file each. "Doubled"
  // doubles every lesson (each file twice as long), which is what linear means
  // for a parser. The whole corpus as ONE document is measured too: there
  // micromark itself (plain remark-parse, the floor) is already superlinear.
  const doubledLessons = corpus.mkdocsLessons.map((lesson) => `${lesson}\n${lesson}`);
  const doubledDocument = `${corpus.mkdocs}\n${corpus.mkdocs}`;
  const plain = pipeline([]);
  const tasks: Task[] = [
    {
      name: 'native',
      text: corpus.native,
      texts: corpus.nativeLessons,
      pipeline: pipeline([directive, admonitions, mermaid, gfm, ...(math ? [math] : [])]),
    },
    {name: 'plain', text: corpus.mkdocs, texts: corpus.mkdocsLessons, pipeline: plain},
    {name: 'plain-doubled', text: doubledLessons.join('\n'), texts: doubledLessons, pipeline: plain},
  ];
  if (remarkMkdocs) {
    const mkdocs = pipeline([[remarkMkdocs, {target: 'docusaurus', markdownExtensions: materialExtensions(includes)}], gfm]);
    tasks.push(
      {name: 'mkdocs', text: corpus.mkdocs, texts: corpus.mkdocsLessons, pipeline: mkdocs},
      {name: 'doubled', text: doubledLessons.join('\n'), texts: doubledLessons, pipeline: mkdocs},
      {name: 'mkdocs-one-document', text: corpus.mkdocs, pipeline: mkdocs},
      {name: 'mkdocs-one-document-doubled', text: doubledDocument, pipeline: mkdocs},
      {name: 'plain-one-document', text: corpus.mkdocs, pipeline: plain},
      {name: 'plain-one-document-doubled', text: doubledDocument, pipeline: plain},
    );
  }

  // Sanity: both sides must really produce the boxes and the other constructs, or the comparison means nothing.
  for (const task of tasks) {
    if (task.name !== 'native' && task.name !== 'mkdocs') continue;
    let boxes = 0;
    let messages = 0;
    const left = new Map<string, number>();
    for (const text of task.texts ?? [task.text]) {
      const {tree, file} = await task.pipeline(text);
      boxes += countBoxes(tree);
      messages += file.messages.length;
      leftovers(tree, task.name === 'mkdocs' ? MKDOCS_LEFTOVERS : math ? NATIVE_LEFTOVERS : NATIVE_LEFTOVERS.slice(1), left);
    }
    console.log(`boxes built by ${task.name}: ${boxes} (target ${corpus.boxes})${verdict(boxes === corpus.boxes)}`);
    const raw = [...left].map(([construct, count]) => `${construct} in ${count} text nodes`).join(', ');
    console.log(`syntax left as text by ${task.name}: ${raw || 'none'} (target none)${verdict(left.size === 0)}`);
    if (task.name === 'mkdocs') console.log(`messages from remark-mkdocs on the lessons: ${messages} (target 0)${verdict(messages === 0)}`);
  }

  for (let i = 0; i < WARMUP; i++) for (const task of tasks) await time(task);
  const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const task = tasks[(round + k) % tasks.length];
      samples.get(task.name)!.push(await time(task));
    }
  }
  const med = (name: string): number => median(samples.get(name)!);

  const spread = (name: string): string => {
    const values = samples.get(name)!;
    return `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
  };
  for (const task of tasks) {
    console.log(`${task.name} (${mib(task.text)}): ${ms(med(task.name))} median, range ${spread(task.name)} (report)`);
  }
  if (!remarkMkdocs) return;

  const vsNative = med('mkdocs') / med('native');
  console.log(
    `mkdocs vs native directive: ${vsNative.toFixed(2)}× (target ≤ ${TARGET_VS_NATIVE.toFixed(2)}×)${verdict(vsNative <= TARGET_VS_NATIVE)}`,
  );
  const vsPlain = med('mkdocs') / med('plain');
  console.log(`mkdocs vs plain remark-parse: ${vsPlain.toFixed(2)}× (report)`);
  const linear = med('doubled') / med('mkdocs');
  console.log(
    `doubled input (every lesson twice as long): ${linear.toFixed(2)}× time (target: linear, ≤ ${TARGET_DOUBLED.toFixed(1)}×)${verdict(linear <= TARGET_DOUBLED)}`,
  );
  console.log(`doubled input, plain remark-parse (the floor): ${(med('plain-doubled') / med('plain')).toFixed(2)}× time (report)`);
  const oneDocument = med('mkdocs-one-document-doubled') / med('mkdocs-one-document');
  const oneDocumentFloor = med('plain-one-document-doubled') / med('plain-one-document');
  console.log(
    `doubled input as one 4 MiB document: ${oneDocument.toFixed(2)}× time, plain remark-parse ${oneDocumentFloor.toFixed(2)}× ` +
      `(report: micromark alone is superlinear on one huge document; the plugin adds ${(oneDocument / oneDocumentFloor).toFixed(2)}× to that)`,
  );
}

main()
  // Hostile inputs, one line per case: twice the input must cost at most 2.3× the time.
  .then(() => benchPathological(ROUNDS))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
