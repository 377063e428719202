import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createNavTitles} from '../nav-titles';

const sites: string[] = [];
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lessonsaurus-nav-titles-'));
  sites.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of sites.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const SIDEBAR = JSON.stringify([
  {type: 'doc', id: 'index', label: 'Home'},
  {type: 'category', label: 'Workshop', link: {type: 'doc', id: 'workshop/index'}, items: [{type: 'doc', id: 'workshop/hello_workshop', label: 'Hello, Workshop!'}]},
]);

describe('createNavTitles: the nav title of an imported lesson', () => {
  it('finds a lesson by the doc id Docusaurus gives it (number prefixes stripped, front matter id)', () => {
    const navTitleOf = createNavTitles(site({'sidebars/imported.json': SIDEBAR, 'workshop/site.json': '{"title": "W"}', 'workshop/docs/index.md': ''}));
    expect(navTitleOf('workshop/docs/workshop/1_hello_workshop.md', {})).toEqual({title: 'Hello, Workshop!', inNav: true});
    expect(navTitleOf('workshop/docs/index.md', {})).toEqual({title: 'Home', inNav: true});
    expect(navTitleOf('workshop/docs/workshop/other.md', {id: 'hello_workshop'})).toEqual({title: 'Hello, Workshop!', inNav: true});
    // A category's own page is not titled by the section's label.
    expect(navTitleOf('workshop/docs/workshop/index.md', {})).toBeUndefined();
    // The site's own pages (under docs/ when a workshop is the site) are not the workshop's.
    expect(navTitleOf('docs/index.md', {})).toBeUndefined();
  });

  it("a page the import wrote that the nav does not list: MkDocs' title from its file name", () => {
    const routes = JSON.stringify({
      pages: {
        'workshop/docs/index.md': '/',
        'workshop/docs/workshop/1_hello_workshop.md': '/workshop/1_hello_workshop/',
        'workshop/docs/workshop/index.md': '/workshop/',
        'workshop/docs/6_encryption_for_config.md': '/6_encryption_for_config/',
        'workshop/docs/FAQ_Page.md': '/FAQ_Page/',
      },
      files: {},
    });
    const navTitleOf = createNavTitles(site({'sidebars/imported.json': SIDEBAR, 'workshop/site.json': '{"title": "W"}', 'workshop/routes.json': routes}));
    expect(navTitleOf('workshop/docs/6_encryption_for_config.md', {})).toEqual({title: '6 encryption for config', inNav: false});
    expect(navTitleOf('workshop/docs/FAQ_Page.md', {})).toEqual({title: 'FAQ Page', inNav: false});
    // A section's own page: its folder's name (MkDocs says "Index").
    expect(navTitleOf('workshop/docs/workshop/index.md', {})).toEqual({title: 'Workshop', inNav: false});
    // The nav's title still wins.
    expect(navTitleOf('workshop/docs/workshop/1_hello_workshop.md', {})).toEqual({title: 'Hello, Workshop!', inNav: true});
    // Not written by the import (added by hand since): Docusaurus's own title.
    expect(navTitleOf('workshop/docs/added_later.md', {})).toBeUndefined();
  });

  it('the same for a workshop imported into a folder of docs/', () => {
    const routes = JSON.stringify({pages: {'docs/k8s/02_pods.md': '/k8s/02_pods/', 'docs/k8s/extra-notes.md': '/k8s/extra-notes/'}, files: {}});
    const navTitleOf = createNavTitles(site({'sidebars/imported.json': JSON.stringify([{type: 'doc', id: 'k8s/pods', label: 'Pods and more'}]), 'workshop/routes.json': routes}));
    expect(navTitleOf('docs/k8s/02_pods.md', {})).toEqual({title: 'Pods and more', inNav: true});
    expect(navTitleOf('docs/k8s/extra-notes.md', {})).toEqual({title: 'Extra notes', inNav: false});
  });

  it('a workshop imported into a folder of docs/ (`--into`): ids are relative to docs/', () => {
    const navTitleOf = createNavTitles(site({'sidebars/imported.json': JSON.stringify([{type: 'doc', id: 'k8s/pods', label: 'Pods and more'}])}));
    expect(navTitleOf('docs/k8s/02_pods.md', {})).toEqual({title: 'Pods and more', inNav: true});
    expect(navTitleOf('docs/k8s/other.md', {})).toBeUndefined();
  });

  it('nothing imported: no titles', () => {
    expect(createNavTitles(site({'docs/a.md': ''}))('docs/a.md', {})).toBeUndefined();
  });
});
