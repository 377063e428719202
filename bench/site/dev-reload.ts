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

export async function measureReload(logDir: string, edits = 3): Promise<ReloadResult> {
  const site = createTempSite();
  const port = await freePort();
  const log = path.join(logDir, 'dev-server.log');
  const fd = openSync(log, 'w');
  const started = performance.now();
  const {LESSONSAURUS_STRICT: _strict, LESSONSAURUS_TEST_PAGES: _testPages, ...inherited} = process.env;
  const child = spawn('npx', ['--no-install', 'docusaurus', 'start', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    cwd: site.dir,
    env: {...inherited, FORCE_COLOR: '0', NO_COLOR: '1', BROWSER: 'none'},
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  const browser = await launchBrowser();
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForHttp(url, 300_000);
    const page = await browser.newPage();
    await page.goto(url, {waitUntil: 'load'});
    await page.locator('article').waitFor({timeout: 300_000});
    const startSeconds = (performance.now() - started) / 1000;
    const file = path.join(site.dir, SEED);
    const original = readFileSync(file, 'utf8');
    const samples: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Reload check number ${edit} ${Date.now()}.`;
      const before = performance.now();
      appendFileSync(file, `\n${marker}\n`);
      await page.getByText(marker).waitFor({timeout: 120_000});
      samples.push((performance.now() - before) / 1000);
      writeFileSync(file, original);
      await page.getByText(marker).waitFor({state: 'detached', timeout: 120_000});
    }
    return {startSeconds, samples};
  } finally {
    await browser.close();
    stop(child);
    closeSync(fd);
    site.remove();
  }
}
