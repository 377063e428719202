/**
 * A static server for a built Docusaurus site on 127.0.0.1, on a free port,
 * answering the way `docusaurus serve` does with `trailingSlash: false`:
 * `/x` is `x`, `x.html` or `x/index.html`, `/x/` is `x/index.html`; anything
 * else, or anything outside the base URL, is `404.html` with status 404; the
 * base URL without its slash redirects to it. The end-to-end tests use it as
 * is (every response `no-cache`, so a rebuilt site is never served stale);
 * `npm run lighthouse` and the page-weight benchmark add `gzip` and
 * `cacheAssets`, because they measure what readers download from a real host.
 *
 * serve-handler (what `docusaurus serve` uses) does not fit: it serves
 * `x/index.html` before `x.html` for `/x`, redirects `/x.html` and (with
 * `trailingSlash: false`) `/x/`, compresses nothing, and knows no base URL.
 */
import {readFileSync, statSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

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

/** Text compresses; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

export interface StaticServerOptions {
  /** The site's `baseUrl`: where the build is served, `/` or `/path/`. Default `/`. */
  baseUrl?: string;
  /** gzip (level 9) text for clients that accept it, as hosts do. Default off. */
  gzip?: boolean;
  /**
   * Cache what is under `<baseUrl>assets/` for a year (`immutable`): Docusaurus puts a content hash in
   * every name there, and Lighthouse checks hosts do this. Default off: everything is `no-cache`.
   */
  cacheAssets?: boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port><baseUrl>` */
  url: string;
  close(): Promise<void>;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The file a site path (after the base URL, from its `/`) maps to: `x`, `x.html`, `x/index.html`; `x/` is `x/index.html`. */
function resolveFile(root: string, sitePath: string): string | undefined {
  const file = path.join(root, sitePath);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const candidates = sitePath.endsWith('/') ? [path.join(file, 'index.html')] : [file, `${file}.html`, path.join(file, 'index.html')];
  return candidates.find(isFile);
}

/** Serve the built site in `root` at `options.baseUrl` on 127.0.0.1, on a free port. */
export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const {baseUrl = '/', gzip = false, cacheAssets = false} = options;
  const rootDir = path.resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    let pathname = '';
    const send = (status: number, file: string | undefined, fallback = ''): void => {
      const type = file ? (CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain';
      let body: Buffer = file ? readFileSync(file) : Buffer.from(fallback);
      const compress = gzip && file !== undefined && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (compress) {
        body = gzipped.get(file) ?? gzipSync(body, {level: 9});
        gzipped.set(file, body);
      }
      const immutable = cacheAssets && status === 200 && pathname.startsWith(`${baseUrl}assets/`);
      response.writeHead(status, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(compress ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, undefined, 'Method Not Allowed');
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, undefined, 'Bad Request');
    }
    const notFound = (): void => {
      const page = path.join(rootDir, '404.html');
      send(404, isFile(page) ? page : undefined, 'Not Found');
    };
    if (`${pathname}/` === baseUrl) {
      response.writeHead(302, {location: baseUrl});
      return void response.end();
    }
    if (!pathname.startsWith(baseUrl)) return notFound();
    const file = resolveFile(rootDir, pathname.slice(baseUrl.length - 1));
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
