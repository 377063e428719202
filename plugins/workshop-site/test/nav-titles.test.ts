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
    expect(navTitleOf('workshop/docs/workshop/1_hello_workshop.md', {})).toBe('Hello, Workshop!');
    expect(navTitleOf('workshop/docs/index.md', {})).toBe('Home');
    expect(navTitleOf('workshop/docs/workshop/other.md', {id: 'hello_workshop'})).toBe('Hello, Workshop!');
    // A category's own page is titled by its content, not the section's label.
    expect(navTitleOf('workshop/docs/workshop/index.md', {})).toBeUndefined();
    // The site's own pages (under docs/ when a workshop is the site) are not the workshop's.
    expect(navTitleOf('docs/index.md', {})).toBeUndefined();
  });

  it('a workshop imported into a folder of docs/ (`--into`): ids are relative to docs/', () => {
    const navTitleOf = createNavTitles(site({'sidebars/imported.json': JSON.stringify([{type: 'doc', id: 'k8s/pods', label: 'Pods and more'}])}));
    expect(navTitleOf('docs/k8s/02_pods.md', {})).toBe('Pods and more');
    expect(navTitleOf('docs/k8s/other.md', {})).toBeUndefined();
  });

  it('nothing imported: no titles', () => {
    expect(createNavTitles(site({'docs/a.md': ''}))('docs/a.md', {})).toBeUndefined();
  });
});
