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
 *   npx tsx bench/markdown-cost.ts [rounds=3]
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {addCorpusLessons} from './site/stack-cost';
import {createTempSite} from './site/temp-site';

const LESSONS = 204;
const here = fileURLToPath(import.meta.url);

interface Pass {
  cpuMs: number;
  lessons: number;
  heapMb: number;
}

async function child(siteDir: string): Promise<void> {
  const {readdirSync, readFileSync} = await import('node:fs');
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
    await compileToJSX({fileContent, filePath, frontMatter, options, compilerName: 'server'});
  };
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
  if (process.argv[2] === '--child') return child(process.argv[3]);
  const rounds = Number(process.argv[2] ?? 3);
  const site = createTempSite('lessonsaurus-markdown-cost-');
  try {
    addCorpusLessons(site, LESSONS);
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
