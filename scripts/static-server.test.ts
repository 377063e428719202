import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveStatic, type StaticServer} from './static-server';

/** A built site in miniature, with Docusaurus's `trailingSlash: false` layout. */
const SITE: Record<string, string> = {
  'index.html': '<p>home</p>',
  'page.html': `<p>${'page '.repeat(200)}</p>`,
  'guide/index.html': '<p>guide index</p>',
  'guide/deep.html': '<p>deep</p>',
  'both.html': '<p>both: the page</p>',
  'both/index.html': '<p>both: the folder index</p>',
  '404.html': '<p>not found page</p>',
  'assets/js/main.1234.js': `console.log(${JSON.stringify('x'.repeat(500))});`,
  'img/logo.png': 'not really a png',
  'robots.txt': 'User-agent: *',
};

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: no redirect followed, nothing decompressed (fetch would do both). */
function request(url: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET'): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {method, headers}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const text = (response: Response) => response.body.toString('utf8');

let root: string;
const servers: StaticServer[] = [];
async function serve(options?: Parameters<typeof serveStatic>[1]): Promise<string> {
  const server = await serveStatic(root, options);
  servers.push(server);
  return server.url;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  for (const [file, content] of Object.entries(SITE)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    writeFileSync(path.join(root, file), content);
  }
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(root, {recursive: true, force: true});
});

describe('serveStatic, as the end-to-end tests use it', () => {
  it('serves on 127.0.0.1 at the base URL', async () => {
    expect(await serve()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await serve({baseUrl: '/base/'})).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/base\/$/);
  });

  it('maps URLs to files as Docusaurus writes them with trailingSlash: false', async () => {
    const url = await serve();
    expect(text(await request(url))).toBe(SITE['index.html']);
    expect(text(await request(`${url}page`))).toBe(SITE['page.html']);
    expect(text(await request(`${url}page.html`))).toBe(SITE['page.html']);
    expect(text(await request(`${url}guide/`))).toBe(SITE['guide/index.html']);
    expect(text(await request(`${url}guide`))).toBe(SITE['guide/index.html']);
    expect(text(await request(`${url}guide/deep`))).toBe(SITE['guide/deep.html']);
    // `/x` is the page x.html even where a folder x/ has an index; `/x/` is that index.
    expect(text(await request(`${url}both`))).toBe(SITE['both.html']);
    expect(text(await request(`${url}both/`))).toBe(SITE['both/index.html']);
    expect(text(await request(`${url}robots.txt`))).toBe(SITE['robots.txt']);
  });

  it('answers 404 with 404.html for a missing file, and never serves outside the folder', async () => {
    const url = await serve();
    for (const missing of ['nope', 'page/', 'guide/deep/', '%2e%2e/outside', '..%2f..%2fetc%2fpasswd']) {
      const response = await request(`${url}${missing}`);
      expect(response.status, missing).toBe(404);
      expect(text(response), missing).toBe(SITE['404.html']);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('redirects the base URL without its slash, and answers 404 outside the base URL', async () => {
    const url = await serve({baseUrl: '/base/'});
    const origin = new URL(url).origin;
    const redirect = await request(`${origin}/base`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.location).toBe('/base/');
    expect(text(await request(`${origin}/base/page`))).toBe(SITE['page.html']);
    const outside = await request(`${origin}/page`);
    expect(outside.status).toBe(404);
    expect(text(outside)).toBe(SITE['404.html']);
  });

  it('sends content types, no-cache everywhere, nothing compressed, and no body for HEAD', async () => {
    const url = await serve();
    const types: Record<string, string> = {
      '': 'text/html; charset=utf-8',
      'assets/js/main.1234.js': 'text/javascript; charset=utf-8',
      'img/logo.png': 'image/png',
      'robots.txt': 'text/plain; charset=utf-8',
    };
    for (const [file, type] of Object.entries(types)) {
      const response = await request(`${url}${file}`, {'accept-encoding': 'gzip'});
      expect(response.headers['content-type'], file).toBe(type);
      expect(response.headers['cache-control'], file).toBe('no-cache');
      expect(response.headers['content-encoding'], file).toBeUndefined();
    }
    const head = await request(`${url}page`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(SITE['page.html'])));
    expect(head.body.length).toBe(0);
    expect((await request(url, {}, 'POST')).status).toBe(405);
  });
});

describe('serveStatic with gzip and cacheAssets, as Lighthouse and the page-weight benchmark use it', () => {
  it('gzips text for clients that accept it, and only for them', async () => {
    const url = await serve({gzip: true, cacheAssets: true});
    for (const file of ['page', 'assets/js/main.1234.js', 'robots.txt', 'nope']) {
      const response = await request(`${url}${file}`, {'accept-encoding': 'gzip, deflate'});
      expect(response.headers['content-encoding'], file).toBe('gzip');
      expect(response.headers.vary, file).toBe('accept-encoding');
      expect(Number(response.headers['content-length']), file).toBe(response.body.length);
      const expected = SITE[file === 'page' ? 'page.html' : file === 'nope' ? '404.html' : file];
      expect(gunzipSync(response.body).toString('utf8'), file).toBe(expected);
    }
    expect((await request(`${url}page`, {'accept-encoding': 'gzip'})).body.length).toBeLessThan(Buffer.byteLength(SITE['page.html']));
    const plain = await request(`${url}page`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(text(plain)).toBe(SITE['page.html']);
    // Images are compressed already.
    expect((await request(`${url}img/logo.png`, {'accept-encoding': 'gzip'})).headers['content-encoding']).toBeUndefined();
  });

  it('caches hashed assets for a year, and nothing else', async () => {
    const url = await serve({gzip: true, cacheAssets: true});
    expect((await request(`${url}assets/js/main.1234.js`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(`${url}page`)).headers['cache-control']).toBe('no-cache');
    expect((await request(`${url}assets/js/missing.js`)).headers['cache-control']).toBe('no-cache');
  });
});
