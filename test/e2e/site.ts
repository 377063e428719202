/**
 * The built site for end-to-end tests: running `docusaurus` commands with their
 * output in a log file, and reading what the build generated (base URL, colour
 * mode storage, doc permalinks). The server is `scripts/static-server.ts`.
 */
import {spawn} from 'node:child_process';
import {closeSync, existsSync, openSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'artifacts');
export const BUILD_DIR = path.join(ROOT, 'build');
export const BUILD_LOG = path.join(ARTIFACTS, 'build.log');

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
}

/**
 * Run `docusaurus <args>` in the repository (or in `cwd`, a copy of the site), stdout and stderr interleaved
 * into `logFile` (colours off, so the log can be matched line by line). `signal` stops the command and rejects
 * the promise once it has ended: a test that timed out must not leave a build writing into a folder its clean-up
 * is about to delete.
 */
export function docusaurus(
  args: readonly string[],
  logFile: string,
  env: NodeJS.ProcessEnv = {},
  cwd: string = ROOT,
  signal?: AbortSignal,
): Promise<CommandResult> {
  const fd = openSync(logFile, 'w');
  const start = performance.now();
  const childEnv: NodeJS.ProcessEnv = {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env};
  if (!('LESSONSAURUS_STRICT' in env)) delete childEnv.LESSONSAURUS_STRICT;
  // Test pages only when the caller asks (the global setup's build), never inherited.
  if (!('LESSONSAURUS_TEST_PAGES' in env)) delete childEnv.LESSONSAURUS_TEST_PAGES;
  return new Promise((resolve, reject) => {
    // Node runs the CLI itself (the site's, as `npx --no-install docusaurus` would find it), so that `signal`
    // reaches the build: npx runs it under `sh -c`, and a SIGTERM passed on to that shell left the build running,
    // an orphan writing into the temp site being deleted. The build is one process (its SSG workers are threads).
    const cli = path.join(cwd, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
    const child = spawn(process.execPath, [cli, ...args], {cwd, env: childEnv, stdio: ['ignore', fd, fd], signal});
    // 'close' follows 'error' (failed to spawn, or aborted) too, once the process and its output are done.
    let failure: Error | undefined;
    child.on('error', (error) => {
      failure = error;
    });
    child.on('close', (code, childSignal) => {
      closeSync(fd);
      if (failure) reject(failure);
      else resolve({code, signal: childSignal, seconds: (performance.now() - start) / 1000});
    });
  });
}

/** The text of a log with ANSI colour codes removed. */
export function readLog(file: string): string {
  // eslint-disable-next-line no-control-regex
  return readFileSync(file, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
}

export function tail(text: string, lines = 60): string {
  return text.split('\n').slice(-lines).join('\n');
}

/** The site's `baseUrl`, from the config Docusaurus generated for the build. */
export function siteBaseUrl(): string {
  const generated = path.join(ROOT, '.docusaurus/docusaurus.config.mjs');
  const match = /"baseUrl":\s*"([^"]*)"/.exec(readFileSync(generated, 'utf8'));
  return match ? match[1] : '/';
}

/**
 * Where Docusaurus keeps the colour mode: `window[type].getItem('theme' + namespace)`.
 * Read from the generated `site-storage.json` (with `future.v4` the namespace is a
 * hash of the site URL, e.g. `theme-b24`), else from a page's inline script.
 */
export function themeStorage(html: string): {type: string; key: string} {
  try {
    const generated = path.join(ROOT, '.docusaurus/site-storage.json');
    const {type, namespace} = JSON.parse(readFileSync(generated, 'utf8')) as {type: string; namespace: string};
    return {type, key: `theme${namespace}`};
  } catch {
    const match = /window(?:\.|\[['"])(\w+)(?:['"]\])?\.getItem\(['"](theme[^'"]*)['"]\)/.exec(html);
    return match ? {type: match[1], key: match[2]} : {type: 'localStorage', key: 'theme'};
  }
}

/** Site path (after baseUrl, no leading slash) of every doc, keyed by its source file (`docs/x.md`). */
export function docPermalinks(baseUrl: string, siteDir: string = ROOT): Record<string, string> {
  const result: Record<string, string> = {};
  const dir = path.join(siteDir, '.docusaurus/docusaurus-plugin-content-docs');
  if (!existsSync(dir)) return result;
  const walk = (d: string): void => {
    for (const entry of readdirSync(d)) {
      const file = path.join(d, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (entry.endsWith('.json')) {
        try {
          const data = JSON.parse(readFileSync(file, 'utf8')) as {source?: unknown; permalink?: unknown};
          if (typeof data.source === 'string' && typeof data.permalink === 'string') {
            const source = data.source.replace(/^@site\//, '');
            result[source] = data.permalink.startsWith(baseUrl) ? data.permalink.slice(baseUrl.length) : data.permalink;
          }
        } catch {
          // Not a doc metadata file.
        }
      }
    }
  };
  walk(dir);
  return result;
}
