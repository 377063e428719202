/**
 * (a) Full `docusaurus build` time of a site with N generated lessons: the
 * lessons in MkDocs syntax (remark-mkdocs converts them) against the very same
 * lessons in Docusaurus' native `:::type[Title]` syntax, and how the time grows
 * with N. Every build runs in its own temporary copy of the site with the
 * persistent cache off, so each one compiles every lesson.
 */
import path from 'node:path';
import {generateCorpus} from '../generate';
import {createTempSite, docusaurusIn} from './temp-site';

export type Syntax = 'mkdocs' | 'native';

export interface BuildSample {
  syntax: Syntax;
  lessons: number;
  /** Wall-clock seconds of `docusaurus build`. */
  seconds: number;
  /** CPU seconds (user + system) of the build and its workers. */
  cpuSeconds: number;
  /** Extra config changes for this build (a config file name inside the copy). */
  config?: string;
}

/** The first `count` generated lessons of one syntax (deterministic), as `docs/bench/lesson-<n>.md`. */
function lessonFiles(syntax: Syntax, count: number): Map<string, string> {
  const corpus = generateCorpus();
  const lessons = syntax === 'mkdocs' ? corpus.mkdocsLessons : corpus.nativeLessons;
  if (lessons.length < count) throw new Error(`the generator made ${lessons.length} lessons, ${count} asked`);
  const files = new Map<string, string>();
  lessons.slice(0, count).forEach((text, index) => files.set(`docs/bench/lesson-${String(index + 1).padStart(3, '0')}.md`, text));
  return files;
}

/**
 * Build a fresh copy of the site holding `lessons` generated lessons and return
 * the wall-clock and CPU seconds of `docusaurus build`. `prepare` may change the copy
 * (another config file) before the build; `logDir` keeps the build's output.
 */
export async function timeBuild(
  syntax: Syntax,
  lessons: number,
  logDir: string,
  options: {configFile?: string; prepare?: (site: ReturnType<typeof createTempSite>) => void} = {},
): Promise<BuildSample> {
  const site = createTempSite();
  try {
    for (const [file, text] of lessonFiles(syntax, lessons)) site.write(file, text);
    options.prepare?.(site);
    const log = path.join(logDir, `build-${syntax}-${lessons}${options.configFile ? `-${path.basename(options.configFile, '.ts')}` : ''}.log`);
    const args = ['build', ...(options.configFile ? ['--config', options.configFile] : [])];
    const result = await docusaurusIn(site.dir, args, log);
    if (result.code !== 0) throw new Error(`docusaurus build (${syntax}, ${lessons} lessons) failed: see ${log}`);
    return {syntax, lessons, seconds: result.seconds, cpuSeconds: result.cpuSeconds, config: options.configFile};
  } finally {
    site.remove();
  }
}
