/**
 * (e) What the plugin stack costs: the site with real lessons (the corpus
 * workshops of `test/data/corpus`, copied as often as needed) built as it is
 * and with Docusaurus's own Markdown pipeline (`LESSONSAURUS_STOCK_PIPELINE=1`,
 * see docusaurus.config.ts: the same theme, components, CSS and search).
 * Measured per build: wall and CPU seconds, the peak resident memory of the
 * whole process tree, the bytes written to `build/`.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {createTempSite, docusaurusIn, REPO, type RunResult, type TempSite} from './temp-site';

export const CORPUS = path.join(REPO, 'test', 'data', 'corpus');

/** The corpus lessons (every `.md` under the workshops), in path order. */
export function corpusLessons(): Array<{relative: string; text: string}> {
  const lessons: Array<{relative: string; text: string}> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) lessons.push({relative: path.relative(CORPUS, full), text: readFileSync(full, 'utf8')});
    }
  };
  walk(CORPUS);
  return lessons;
}

/**
 * The config the corpus builds use: the site's, except that links the
 * workshops make to pages they did not ship (`../setup/…`) warn instead of
 * failing the build (MkDocs only warns too). The same for both pipelines.
 */
const CORPUS_CONFIG = `import config from './docusaurus.config';
export default {...config, onBrokenLinks: 'warn' as const};
`;
export const CORPUS_CONFIG_FILE = 'docusaurus.config.corpus.ts';

/** Write `count` corpus lessons into the copy, as `docs/corpus/copy-NN/<workshop>/<lesson>.md`. */
export function addCorpusLessons(site: TempSite, count: number): void {
  const lessons = corpusLessons();
  for (let index = 0; index < count; index++) {
    const lesson = lessons[index % lessons.length];
    const copy = String(Math.floor(index / lessons.length) + 1).padStart(3, '0');
    site.write(path.join('docs', 'corpus', `copy-${copy}`, lesson.relative), lesson.text);
  }
  site.write(CORPUS_CONFIG_FILE, CORPUS_CONFIG);
}

export type Pipeline = 'ours' | 'stock';

export interface StackSample extends RunResult {
  pipeline: Pipeline;
  lessons: number;
  /** Bytes of every file under `build/`. */
  outputBytes: number;
}

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** One cold `docusaurus build` of a fresh copy with `lessons` corpus lessons. */
export async function buildCorpus(pipeline: Pipeline, lessons: number, logDir: string, env: NodeJS.ProcessEnv = {}): Promise<StackSample> {
  const site = createTempSite();
  try {
    addCorpusLessons(site, lessons);
    const log = path.join(logDir, `build-corpus-${pipeline}-${lessons}.log`);
    const result = await docusaurusIn(site.dir, ['build', '--config', CORPUS_CONFIG_FILE], log, {
      ...(pipeline === 'stock' ? {LESSONSAURUS_STOCK_PIPELINE: '1'} : {}),
      ...env,
    });
    if (result.code !== 0) throw new Error(`docusaurus build (${pipeline} pipeline, ${lessons} corpus lessons) failed: see ${log}`);
    return {...result, pipeline, lessons, outputBytes: bytesUnder(path.join(site.dir, 'build'))};
  } finally {
    site.remove();
  }
}
