/**
 * One MkDocs project imported into a throw-away copy of the site and built
 * there: the import's report, the build's log, and readers for both (the
 * warnings each names, by file, line, column and rule id).
 */
import {mkdirSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Nodes} from 'hast';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {serveStatic, type StaticServer} from '../../scripts/static-server';
import {launchBrowser} from './browser';
import {pageCopies, readRoutes} from '../../plugins/mkdocs-urls';
import {locateProject, runImport, type RunResult} from '../../scripts/import-mkdocs/cli';
import {ARTIFACTS, docPermalinks, docusaurus, readLog, type CommandResult} from './site';
import {createTempSite, type TempSite} from './temp-site';

export interface ImportedSite {
  site: TempSite;
  /** Folder under the site's docs/ (and the site's URL path) the project was imported into. */
  into: string;
  /** The project's docs folder relative to the project (`docs`, `.`): the report names files under it. */
  docsDir: string;
  result: RunResult;
  report: string;
  build: CommandResult;
  /** The build's output, colours off. */
  log: string;
  logFile: string;
}

/** Where the imported site's theme keeps the colour mode: its storage settings, written by its build (its own URL's namespace). */
export function themeStorageOf(imported: ImportedSite): {type: string; key: string} {
  const storage = JSON.parse(readFileSync(path.join(imported.site.dir, '.docusaurus/site-storage.json'), 'utf8')) as {type: string; namespace: string};
  return {type: storage.type, key: `theme${storage.namespace}`};
}

/**
 * An import and build under way. Its temp site exists from the start, so the test that started it can always
 * remove it, whatever happened: `remove()` stops every build in it that still runs (a hook or test that timed out
 * leaves its build running), waits for them to end and deletes the site.
 */
export interface ImportRun {
  site: TempSite;
  /** The imported and built site; rejects if the import throws or the build could not run. */
  done: Promise<ImportedSite>;
  /** Another `docusaurus` command in the site (output in `logFile`), which `remove()` stops and waits for too. */
  docusaurus(args: readonly string[], logFile: string, env?: NodeJS.ProcessEnv): Promise<CommandResult>;
  remove(): Promise<void>;
}

/** `name` tells this run's temp site and build log apart (`import-<name>-build.log`) from another of the same `into`. */
export function importAndBuild(project: string, into: string, name = into): ImportRun {
  const site = createTempSite(`lessonsaurus-import-${name}-`);
  const stop = new AbortController();
  const running = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    return work;
  };
  const done = track((async (): Promise<ImportedSite> => {
    const result = runImport({project, out: site.dir, into, force: false, dryRun: false}, {});
    mkdirSync(ARTIFACTS, {recursive: true});
    const logFile = path.join(ARTIFACTS, `import-${name}-build.log`);
    // No persistent cache: node_modules (and its .cache) is the repository's, shared with the main build.
    const build = await docusaurus(['build'], logFile, {DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}, site.dir, stop.signal);
    return {
      site,
      into,
      docsDir: locateProject(project, {}).docsDir,
      result,
      report: readFileSync(path.join(site.dir, 'import-report.txt'), 'utf8'),
      build,
      log: readLog(logFile),
      logFile,
    };
  })());
  return {
    site,
    done,
    docusaurus: (args, logFile, env = {}) => track(docusaurus(args, logFile, env, site.dir, stop.signal)),
    async remove() {
      stop.abort();
      // Failures are the tests' to report (they awaited these); here the builds only have to be over.
      await Promise.allSettled(running);
      site.remove();
    },
  };
}

/** The built page of a doc (`docs/natron/x.md` → `natron/x.html`), from the metadata Docusaurus generated. */
export function builtPageOf(imported: ImportedSite, doc: string): string {
  const permalink = docPermalinks('/', imported.site.dir)[doc];
  if (permalink === undefined) throw new Error(`${doc} was not built`);
  return `${permalink}.html`;
}

/**
 * Every built HTML page under `build/<into>/`, relative to `build/`: once each, without the copies that
 * serve a page at its MkDocs directory URL too (`x/index.html` beside `x.html`, plugins/mkdocs-urls).
 */
export function builtPages(imported: ImportedSite): string[] {
  const buildDir = path.join(imported.site.dir, 'build');
  const copies = new Set(pageCopies(readRoutes(imported.site.dir)).map((alias) => alias.to));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return walk(full);
      const page = path.relative(buildDir, full).split(path.sep).join('/');
      return entry.endsWith('.html') && !copies.has(page) ? [page] : [];
    });
  return walk(path.join(buildDir, imported.into));
}

export function readBuilt(imported: ImportedSite, page: string): string {
  return readFileSync(path.join(imported.site.dir, 'build', ...page.split('/')), 'utf8');
}

/** The text a reader sees in an element (its text nodes, joined). */
export function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textContent(child)).join('') : '';
}

/** A warning reduced to what both the build and the report name: `file:line:column rule-id`. */
export type WarningKey = string;

/** `docs/a.md:12:5  reason  rule-id` (plugins/lesson-warnings' form; a workshop imported into the site itself is in workshop/docs/). */
export const BUILD_WARNING = /^((?:workshop\/)?docs\/\S+\.mdx?):(\d+):(\d+) {2}(.+) {2}([a-z][a-z0-9-]*)$/;

/** Lines of the build output that are warnings or errors of any form. */
export function warningLines(log: string): string[] {
  return log.split('\n').filter((line) => /^\[(?:WARNING|ERROR)\]/.test(line) || /^\S+\.mdx?:\d+/.test(line));
}

/**
 * The build's warnings on imported lessons, keyed by their place in the
 * MkDocs project (`storage.md:3:5 mkdocs-box-type`), as the report names them.
 */
export function buildWarningKeys(imported: ImportedSite): WarningKey[] {
  const sourceOf = new Map(imported.result.plan.files.filter((file) => file.target !== undefined).map((file) => [file.target, file.source]));
  const shown = (source: string) => (imported.docsDir === '.' ? source : `${imported.docsDir}/${source}`);
  return warningLines(imported.log).flatMap((line) => {
    const match = BUILD_WARNING.exec(line);
    // The docs folder the targets are relative to: workshop/docs/ for an import into the site itself.
    const root = imported.into === '' ? 'workshop/docs/' : 'docs/';
    if (!match || !match[1].startsWith(imported.into === '' ? root : `${root}${imported.into}/`)) return [];
    const source = sourceOf.get(match[1].slice(root.length));
    return [`${source === undefined ? `(not imported) ${match[1]}` : shown(source)}:${match[2]}:${match[3]} ${match[5]}`];
  });
}

/** The report's findings that carry a place and a rule id: those the build warns about too. */
export function reportWarningKeys(report: string): WarningKey[] {
  return report.split('\n').flatMap((line) => {
    const match = /^(\S+?):(\d+):(\d+): .* \[([a-z][a-z0-9-]*)\]$/.exec(line);
    return match ? [`${match[1]}:${match[2]}:${match[3]} ${match[4]}`] : [];
  });
}

/**
 * `importAndBuild` before the suite's tests (in `beforeAll` of the calling
 * file or describe block), the build served as a static host serves it and
 * a browser launched; all of it stopped and removed after them. The server
 * and browser only start when the build succeeded (the tests then report its
 * log instead).
 */
export function servedImport(project: () => string, into: string): {
  imported(): ImportedSite;
  /** The server's address without the final slash. */
  origin(): string;
  browser(): Browser;
} {
  let run: ImportRun | undefined;
  let imported: ImportedSite | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    run = importAndBuild(project(), into);
    imported = await run.done;
    if (imported.build.code !== 0) return;
    server = await serveStatic(path.join(imported.site.dir, 'build'), {baseUrl: '/'});
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await run?.remove();
  });
  return {
    imported: () => imported!,
    origin: () => server!.url.replace(/\/$/, ''),
    browser: () => browser!,
  };
}
