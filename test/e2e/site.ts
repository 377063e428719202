/**
 * The built site for end-to-end tests: running `docusaurus` commands with their
 * output in a log file, and a tiny static server for `build/` that answers the
 * way `docusaurus serve` does (clean URLs, `index.html`, `404.html`).
 */
import {spawn} from 'node:child_process';
import {closeSync, existsSync, openSync, readFileSync, readdirSync, statSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The file a request path maps to, like `docusaurus serve`: `x`, `x.html`, `x/index.html`. */
function resolveFile(root: string, sitePath: string): string | undefined {
  const file = path.join(root, sitePath);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const candidates = sitePath.endsWith('/')
    ? [path.join(file, 'index.html')]
    : [file, `${file}.html`, path.join(file, 'index.html')];
  return candidates.find(isFile);
}

export interface StaticServer {
  /** `http://127.0.0.1:<port><baseUrl>` */
  url: string;
  close(): Promise<void>;
}

/** Serve `root` at `baseUrl` on 127.0.0.1, on a free port. */
export async function serveStatic(root: string, baseUrl: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const send = (status: number, file: string | undefined, fallback = ''): void => {
      const body = file ? readFileSync(file) : Buffer.from(fallback);
      const type = file ? (CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain';
      response.writeHead(status, {'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache'});
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, undefined, 'Method Not Allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, undefined, 'Bad Request');
    }
    const notFound = (): void => {
      const page = path.join(root, '404.html');
      send(404, isFile(page) ? page : undefined, 'Not Found');
    };
    if (`${pathname}/` === baseUrl) {
      response.writeHead(302, {location: baseUrl});
      return void response.end();
    }
    if (!pathname.startsWith(baseUrl)) return notFound();
    const file = resolveFile(root, pathname.slice(baseUrl.length - 1));
    return file ? send(200, file) : notFound();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${baseUrl}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
