import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {ROUTES_FILE, pageCopies, readRoutes, slugOf} from '../index';

describe('the routes file and what the site makes of it', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-routes-'));
  afterAll(() => rmSync(site, {recursive: true, force: true}));

  it('no file: nothing imported', () => {
    expect(readRoutes(site)).toEqual({comment: '', pages: {}, files: {}});
  });

  it('a file without pages and files is an error naming it', () => {
    mkdirSync(path.join(site, 'workshop'), {recursive: true});
    writeFileSync(path.join(site, ROUTES_FILE), '{"pages": []}');
    expect(() => readRoutes(site)).toThrow(/routes\.json: expected/);
  });

  it('the slug is the MkDocs URL without its final slash (trailingSlash: false); / stays', () => {
    expect(slugOf('/w/06-DataStore/')).toBe('/w/06-DataStore');
    expect(slugOf('/w/labs/1.html')).toBe('/w/labs/1.html');
    expect(slugOf('/')).toBe('/');
  });

  it('each page with a directory URL is written at <url>index.html too; an .html URL at <url>.html for the search plugin; / needs none', () => {
    const routes = {pages: {'docs/a.md': '/w/a/', 'docs/b.md': '/w/b.html', 'docs/index.md': '/', 'docs/w/index.md': '/w/'}};
    expect(pageCopies(routes)).toEqual([
      {from: 'w/a.html', to: 'w/a/index.html'},
      {from: 'w/b.html', to: 'w/b.html.html'},
      {from: 'w.html', to: 'w/index.html'},
    ]);
  });
});
