/**
 * A static server for a built site that answers like a production host:
 * clean URLs (`x` → `x.html` or `x/index.html`), `404.html`, gzip for text
 * and long caching of hashed assets. Lighthouse and the page-weight benchmark
 * measure what readers download, so text must be compressed, as every real
 * host does; the end-to-end tests' server (test/e2e/site.ts) does not need to.
 */
import {readFileSync, statSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

function fileFor(root: string, pathname: string): string | undefined {
  const base = path.join(root, pathname);
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  const candidates = pathname.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

export interface CompressedServer {
  url: string;
  close(): Promise<void>;
}

/** Serve `root` at `/` on 127.0.0.1, on a free port. */
export async function serveCompressed(root: string): Promise<CompressedServer> {
  const cache = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const found = fileFor(root, pathname);
    const file = found ?? fileFor(root, '/404.html');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body: Buffer = readFileSync(file);
    if (gzip) {
      body = cache.get(file) ?? gzipSync(body, {level: 9});
      cache.set(file, body);
    }
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      // Docusaurus puts a content hash in every asset name under /assets/.
      'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
