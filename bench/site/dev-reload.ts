/**
 * (c) `docusaurus start`: how long after an author saves a lesson the reader's
 * open page shows the change. A temporary copy of the site runs the dev server;
 * Chromium has the seed lesson open; the lesson file gets a new sentence; the
 * clock stops when that sentence is in the page (hot update, no reload by hand).
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {appendFileSync, closeSync, openSync, readFileSync, writeFileSync} from 'node:fs';
import {freePort} from '../../scripts/free-port';
import path from 'node:path';
import {launchBrowser} from '../../test/e2e/browser';
import {createTempSite} from './temp-site';
import {addCorpusLessons, CORPUS_CONFIG_FILE} from './stack-cost';

const SEED = 'docs/pod-networking.md';


async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Stop the dev server and its children: it was started as the leader of its own process group. */
function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

export interface ReloadResult {
  /** Seconds from `docusaurus start` to the first page served. */
  startSeconds: number;
  /** Seconds from each save to the new text in the open page. */
  samples: number[];
}

export interface ReloadOptions {
  /** Corpus lessons added to the copy (bench/site/stack-cost.ts). Default none. */
  corpusLessons?: number;
  /** Docusaurus's own Markdown pipeline (LESSONSAURUS_STOCK_PIPELINE=1). */
  stock?: boolean;
}

/** A dev server on a temporary copy, with the seed lesson open in Chromium. */
export interface DevSite {
  /** Seconds from `docusaurus start` to the first page served. */
  startSeconds: number;
  /** Save the seed lesson with a new sentence; seconds until the open page shows it (then the edit is undone). */
  edit(): Promise<number>;
  close(): Promise<void>;
}

export async function startDevSite(logDir: string, {corpusLessons = 0, stock = false}: ReloadOptions = {}): Promise<DevSite> {
  const site = createTempSite();
  if (corpusLessons > 0) addCorpusLessons(site, corpusLessons);
  const port = await freePort();
  const log = path.join(logDir, `dev-server${corpusLessons ? `-corpus-${corpusLessons}` : ''}${stock ? '-stock' : ''}.log`);
  const fd = openSync(log, 'w');
  const started = performance.now();
  const {LESSONSAURUS_STRICT: _strict, LESSONSAURUS_TEST_PAGES: _testPages, ...inherited} = process.env;
  const config = corpusLessons > 0 ? ['--config', CORPUS_CONFIG_FILE] : [];
  const child = spawn('npx', ['--no-install', 'docusaurus', 'start', '--port', String(port), '--host', '127.0.0.1', '--no-open', ...config], {
    cwd: site.dir,
    env: {...inherited, FORCE_COLOR: '0', NO_COLOR: '1', BROWSER: 'none', ...(stock ? {LESSONSAURUS_STOCK_PIPELINE: '1'} : {})},
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    stop(child);
    closeSync(fd);
    site.remove();
  };
  try {
    const url = `http://127.0.0.1:${port}/`;
    // Generous: a dev server compiles every lesson before it serves the first page (204 lessons on a busy machine: minutes).
    await waitForHttp(url, 900_000);
    const page = await browser.newPage();
    await page.goto(url, {waitUntil: 'load'});
    await page.locator('article').waitFor({timeout: 900_000});
    const startSeconds = (performance.now() - started) / 1000;
    const file = path.join(site.dir, SEED);
    const original = readFileSync(file, 'utf8');
    let edits = 0;
    return {
      startSeconds,
      async edit() {
        edits += 1;
        const marker = `Reload check number ${edits} ${Date.now()}.`;
        const before = performance.now();
        appendFileSync(file, `\n${marker}\n`);
        await page.getByText(marker).waitFor({timeout: 120_000});
        const seconds = (performance.now() - before) / 1000;
        writeFileSync(file, original);
        await page.getByText(marker).waitFor({state: 'detached', timeout: 120_000});
        return seconds;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function measureReload(logDir: string, edits = 3, options: ReloadOptions = {}): Promise<ReloadResult> {
  const dev = await startDevSite(logDir, options);
  try {
    const samples: number[] = [];
    for (let edit = 0; edit < edits; edit++) samples.push(await dev.edit());
    return {startSeconds: dev.startSeconds, samples};
  } finally {
    await dev.close();
  }
}
