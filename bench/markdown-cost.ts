/**
 * What the Markdown stage of a build costs on its main thread, in process and
 * quicker than `npm run bench:site` (e): every corpus lesson (test/data/corpus,
 * copied to 204 lessons in a temporary site) through what Docusaurus does with
 * it before the bundler (the preprocessor, the front matter read twice, the
 * `.md` processor with the docs plugin's remark and rehype plugins), with the
 * site's config and with the stock one (`LESSONSAURUS_STOCK_PIPELINE=1`), in
 * child processes, alternating. CPU time of the pass after a warm-up pass.
 * A diagnostic for where the build's time goes; the targets live in
 * `npm run bench:site`.
 *
 *   npm run bench:markdown [-- rounds=3]
 *   npm run bench:markdown -- --dump DIR
 *
 * `--dump DIR` compiles every page of `docs/` (the corpus lessons once, the
 * site's own lessons and guide), every fixture input of the remark plugin,
 * the demo workshop's lessons and the MkDocs edge cases of test/data, with
 * the site's pipeline, and writes
 * each page's front matter (description included) and compiled module to DIR,
 * so that a change meant to keep every page as it is can be diffed
 * (`diff -r before after`).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {addCorpusLessons, corpusLessons} from './site/stack-cost';
import {createTempSite, REPO} from './site/temp-site';

const LESSONS = 204;
const here = fileURLToPath(import.meta.url);

interface Pass {
  cpuMs: number;
  lessons: number;
  heapMb: number;
}

async function child(siteDir: string, dumpDir?: string): Promise<void> {
  const {mkdirSync, writeFileSync} = await import('node:fs');
  const {compileToJSX} = await import('@docusaurus/mdx-loader/lib/utils.js');
  const {DEFAULT_PARSE_FRONT_MATTER} = await import('@docusaurus/utils');
  const {DOCUSAURUS_MARKDOWN_CONFIG} = await import('../test/docusaurus-markdown-config');
  process.chdir(siteDir);
  const config = (await import(path.join(siteDir, 'docusaurus.config.ts'))).default;
  const docs = config.presets[0][1].docs;
  const markdownConfig = {...DOCUSAURUS_MARKDOWN_CONFIG, ...config.markdown, parseFrontMatter: config.markdown.parseFrontMatter ?? DEFAULT_PARSE_FRONT_MATTER};
  const options = {
    siteDir,
    staticDirs: [],
    markdownConfig,
    admonitions: docs.admonitions,
    remarkPlugins: docs.remarkPlugins ?? [],
    beforeDefaultRemarkPlugins: docs.beforeDefaultRemarkPlugins ?? [],
    rehypePlugins: docs.rehypePlugins ?? [],
    beforeDefaultRehypePlugins: [],
  };
  const files = readdirSync(path.join(siteDir, 'docs', 'corpus'), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(siteDir, 'docs', 'corpus', file))
    .sort();
  const one = async (filePath: string) => {
    const fileContent = readFileSync(filePath, 'utf8');
    const parse = () => markdownConfig.parseFrontMatter({filePath, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    // The docs plugin reads the front matter for the metadata, the loader again for the page.
    await parse();
    const {frontMatter} = await parse();
    const result = await compileToJSX({fileContent, filePath, frontMatter, options, compilerName: 'server'});
    return {frontMatter, content: result.content};
  };
  if (dumpDir !== undefined) {
    // Every page of the site: the corpus lessons, and the site's own (the demo lessons, the authoring guide).
    const pages = readdirSync(path.join(siteDir, 'docs'), {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('.md'))
      .map((file) => path.join(siteDir, 'docs', file))
      .sort();
    for (const file of pages) {
      const {frontMatter, content} = await one(file);
      const target = path.join(dumpDir, path.relative(path.join(siteDir, 'docs'), file));
      mkdirSync(path.dirname(target), {recursive: true});
      writeFileSync(`${target}.front-matter.json`, `${JSON.stringify(frontMatter, null, 1)}\n`);
      writeFileSync(`${target}.js`, content);
    }
    // The site copy's module (the config loaded its plugins from the copy).
    const {firstStageCounts} = await import(path.join(siteDir, 'plugins', 'lesson-pipeline', 'first-stage', 'index.ts'));
    console.log(`first stage: ${firstStageCounts.worker} pages in the worker thread, ${firstStageCounts.here} on the main thread`);
    return;
  }
  // A warm-up pass on other copies' paths is not possible (descriptions are remembered per file): warm up on the first 24.
  for (const file of files.slice(0, 24)) await one(file);
  const measured = files.slice(24);
  const start = process.cpuUsage();
  for (const file of measured) await one(file);
  const used = process.cpuUsage(start);
  const pass: Pass = {cpuMs: (used.user + used.system) / 1000, lessons: measured.length, heapMb: process.memoryUsage().heapUsed / 2 ** 20};
  process.stdout.write(`RESULT ${JSON.stringify(pass)}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3], process.argv[4]);
  const dump = process.argv[2] === '--dump' ? path.resolve(process.argv[3]) : undefined;
  const rounds = dump === undefined ? Number(process.argv[2] ?? 3) : 0;
  const site = createTempSite('lessonsaurus-markdown-cost-');
  try {
    // For a dump, each corpus lesson once (the copies are the same text), and every fixture input of the remark
    // plugin as a page (read with the site's extension set).
    addCorpusLessons(site, dump === undefined ? LESSONS : corpusLessons().length);
    if (dump !== undefined) {
      const fixtures = path.join(REPO, 'plugins', 'remark-mkdocs', 'test', 'fixtures');
      for (const name of readdirSync(fixtures)) {
        const input = path.join(fixtures, name, 'input.md');
        if (existsSync(input)) site.write(path.join('docs', 'fixtures', `${name}.md`), readFileSync(input, 'utf8'));
      }
      // The demo workshop's lessons and the MkDocs edge cases of the test data, too.
      for (const folder of ['demo-workshop', 'mkdocs-cases']) {
        const from = path.join(REPO, 'test', 'data', folder);
        for (const file of readdirSync(from, {recursive: true, encoding: 'utf8'})) {
          if (file.endsWith('.md')) site.write(path.join('docs', folder, file), readFileSync(path.join(from, file), 'utf8'));
        }
      }
    }
    if (dump !== undefined) {
      execFileSync(process.execPath, ['--import', 'tsx', here, '--child', site.dir, dump], {cwd: site.dir, env: {...process.env, NODE_ENV: 'production'}, stdio: 'inherit'});
      console.log(`compiled pages and front matter written to ${dump}`);
      return;
    }
    const samples: Record<'ours' | 'stock', number[]> = {ours: [], stock: []};
    for (let round = 0; round < rounds; round++) {
      for (const pipeline of ['stock', 'ours'] as const) {
        const output = execFileSync(process.execPath, ['--import', 'tsx', here, '--child', site.dir], {
          cwd: site.dir,
          env: {...process.env, LESSONSAURUS_STOCK_PIPELINE: pipeline === 'stock' ? '1' : '', NODE_ENV: 'production'},
          encoding: 'utf8',
          maxBuffer: 64 * 2 ** 20,
        });
        const line = output.split('\n').find((text) => text.startsWith('RESULT '));
        if (!line) throw new Error(`no result from the ${pipeline} pass:\n${output}`);
        const pass = JSON.parse(line.slice(7)) as Pass;
        samples[pipeline].push(pass.cpuMs / pass.lessons);
        console.log(`round ${round + 1} ${pipeline}: ${(pass.cpuMs / pass.lessons).toFixed(2)} ms CPU per lesson (${pass.lessons} lessons)`);
      }
    }
    const ours = median(samples.ours);
    const stock = median(samples.stock);
    console.log(`markdown stage CPU per lesson: ours ${ours.toFixed(2)} ms, stock ${stock.toFixed(2)} ms`);
    console.log(`markdown stage CPU ratio: ${(ours / stock).toFixed(2)}× (the build's target ≤ 1.10× is on the whole build, npm run bench:site)`);
  } finally {
    site.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
