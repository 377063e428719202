/**
 * A Docusaurus plugin whose `postBuild` reads every page the build wrote,
 * after React's server render and the HTML minifier, with parse5, and fails
 * the build when one holds anything that could run script and did not come
 * from the site itself (see `scan.ts`). The failure names the page and the
 * lesson it was built from.
 *
 * The scan runs in a worker thread, in parallel with the other plugins'
 * postBuild work.
 *
 * The site's own scripts are learned, not guessed: the inline scripts and
 * handlers of `404.html` (a page the theme builds with no lesson in it) and the
 * script bundles under `assets/js/`. Anything else is the lesson's.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {NOTHING_OWN, findUnsafeInPage, learnSiteOwn} from './scan';

export {findUnsafeInPage, learnSiteOwn, NOTHING_OWN, type SiteOwn} from './scan';

interface DocLike {
  permalink: string;
  source: string;
}

/** Every file under `dir` whose name ends with `extension`, relative to it with `/` separators. */
function filesEndingWith(dir: string, extension: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(extension))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** `a/b.html` → `/a/b`, `a/index.html` → `/a/`, both forms for lookups, under `baseUrl`. */
function routesOf(file: string, baseUrl: string): string[] {
  const withoutExtension = file.replace(/\.html$/, '');
  if (withoutExtension === 'index') return [baseUrl];
  if (withoutExtension.endsWith('/index')) {
    const folder = withoutExtension.slice(0, -'index'.length);
    return [`${baseUrl}${folder}`, `${baseUrl}${folder.slice(0, -1)}`];
  }
  return [`${baseUrl}${withoutExtension}`, `${baseUrl}${withoutExtension}/`];
}

/** The doc source (`docs/x.md`) of each permalink, from every docs plugin instance. */
function sourcesByPermalink(allContent: Record<string, Record<string, unknown>>): Map<string, string> {
  const sources = new Map<string, string>();
  for (const instance of Object.values(allContent['docusaurus-plugin-content-docs'] ?? {})) {
    const versions = (instance as {loadedVersions?: {docs?: DocLike[]}[]}).loadedVersions ?? [];
    for (const doc of versions.flatMap((version) => version.docs ?? [])) {
      sources.set(doc.permalink, doc.source.replace(/^@site\//, ''));
    }
  }
  return sources;
}

/**
 * Every built page checked; an error listing each finding, by page and lesson,
 * or nothing. Exported for the tests; the plugin calls it from `postBuild`.
 */
export function checkBuiltSite(outDir: string, baseUrl: string, sources: ReadonlyMap<string, string>): string[] {
  const files = filesEndingWith(outDir, '.html');
  const reference = path.join(outDir, '404.html');
  const scripts = readdirSync(path.join(outDir, 'assets', 'js'), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => `${baseUrl}${path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
  const own = learnSiteOwn(readFileSync(reference, 'utf8'), scripts);
  const problems: string[] = [];
  for (const file of files) {
    const findings = findUnsafeInPage(readFileSync(path.join(outDir, file), 'utf8'), own);
    if (findings.length === 0) continue;
    const source = routesOf(file, baseUrl)
      .map((route) => sources.get(route))
      .find((found) => found !== undefined);
    const from = source ? `lesson ${source}` : 'no lesson (a page of the site itself)';
    problems.push(`${file} (${from}): ${[...new Set(findings)].join('; ')}`);
  }
  // An SVG file opened on its own is a document that runs its script (the import copies them without it,
  // scripts/import-mkdocs/svg-scripts.ts; this catches one added by hand). The site writes none with script.
  for (const file of filesEndingWith(outDir, '.svg')) {
    const findings = findUnsafeInPage(readFileSync(path.join(outDir, file), 'utf8'), NOTHING_OWN);
    if (findings.length > 0) problems.push(`${file} (an SVG file, served as it is: opened on its own, it runs): ${[...new Set(findings)].join('; ')}`);
  }
  return problems;
}

/**
 * `checkBuiltSite` in a worker thread (`worker.cjs`): the same findings, off
 * the build's main thread, where Docusaurus runs every plugin's postBuild
 * (the local search builds its index then) while the second core is idle.
 * If the worker cannot start, the check runs here: it is never skipped.
 */
export async function checkBuiltSiteInWorker(outDir: string, baseUrl: string, sources: ReadonlyMap<string, string>): Promise<string[]> {
  let worker: Worker;
  try {
    worker = new Worker(path.join(__dirname, 'worker.cjs'), {workerData: {outDir, baseUrl, sources: [...sources]}});
  } catch {
    return checkBuiltSite(outDir, baseUrl, sources);
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (problems: string[]) => {
      settled = true;
      resolve(problems);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the built-HTML guard's worker stopped (exit code ${code}) before reporting`));
    });
  });
}

export default function builtHtmlGuard(context: LoadContext): Plugin {
  let sources = new Map<string, string>();
  return {
    name: 'lessonsaurus-built-html-guard',
    allContentLoaded({allContent}) {
      sources = sourcesByPermalink(allContent as Record<string, Record<string, unknown>>);
    },
    async postBuild({outDir}) {
      const problems = await checkBuiltSiteInWorker(outDir, context.baseUrl, sources);
      if (problems.length === 0) return;
      throw new Error(
        `Unexpected script in the built HTML, expected none that the site did not write itself: ` +
          `the lesson's HTML got past the sanitizer, so the build fails instead of publishing it (please report this gap).\n` +
          problems.map((problem) => `  ${problem}`).join('\n'),
      );
    },
  };
}
