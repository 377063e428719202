/**
 * `docusaurus start` for the e2e tests that edit files while it runs
 * (dev-warnings, dev-snippets): started in a site folder, logging to a file,
 * stopped with its whole process group.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {closeSync, openSync} from 'node:fs';
import {freePort} from '../../scripts/free-port';
import {readLog, tail} from './site';
import type {TempSite} from './temp-site';

export interface DevServer {
  url: string;
  log: string;
  stop(): Promise<void>;
}

/** `docusaurus start` in `site`, output to `log`; resolves once the first compilation is served. */
export async function start(site: TempSite, log: string): Promise<DevServer> {
  const port = await freePort();
  const fd = openSync(log, 'w');
  // Vitest's NODE_ENV=test would reach the bundler (browserslist has no `test` queries): start sets its own.
  const {LESSONSAURUS_STRICT: _strict, LESSONSAURUS_TEST_PAGES: _pages, NODE_ENV: _mode, ...env} = process.env;
  const child: ChildProcess = spawn('npx', ['--no-install', 'docusaurus', 'start', '--no-open', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site.dir,
    env: {...env, FORCE_COLOR: '0', NO_COLOR: '1', BROWSER: 'none'},
    stdio: ['ignore', fd, fd],
    // Its own process group: stop() ends npx, docusaurus and the bundler's workers together.
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docusaurus start exited ${child.exitCode}:\n${tail(readLog(log))}`);
    if (/compiled successfully|Compiled successfully/i.test(readLog(log))) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // Not listening yet.
      }
    }
    if (Date.now() > deadline) throw new Error(`docusaurus start did not serve ${url} in time:\n${tail(readLog(log))}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    log,
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
      closeSync(fd);
    },
  };
}


/** Polls `check` until it holds. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeout = 120_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

