import {describe, expect, it} from 'vitest';
import {navPaths, navToSidebar, type NavPage} from './nav';
import {formatFinding} from './report';
import {parseYaml} from './yaml';

const pages = new Map<string, NavPage>([
  ['index.md', {id: 'index', title: 'Home', isDoc: true}],
  ['1_intro.md', {id: 'intro', title: 'Introduction', isDoc: true}],
  ['basics/index.md', {id: 'basics/index', title: 'Basics overview', isDoc: true}],
  ['basics/pods.md', {id: 'basics/pods', title: 'Pods page', isDoc: true}],
  ['basics/deep/index.md', {id: 'basics/deep/index', title: 'Deep', isDoc: true}],
  ['basics/_partial.md', {id: 'basics/_partial', title: 'Partial', isDoc: false}],
]);

const source = `site_name: x
nav:
  - Home: index.md
  - 1_intro.md
  - Basics:
    - basics/index.md
    - Pods: basics/pods.md
    - Deeper:
      - basics/deep/index.md
    - Gone: basics/gone.md
  - Empty:
    - nothing/here.md
  - Kubernetes: https://kubernetes.io/docs/
  - Sub project: '!include ./sub/mkdocs.yml'
  - !include ./other/mkdocs.yml
  - Anchored: basics/pods.md#volumes
  - Partial: basics/_partial.md
  - Two: a.md
    Keys: b.md
  - Labs:
  - Root link: /blog/
`;

function convert(indexes: boolean) {
  const nav = (parseYaml(source) as {nav: unknown[]}).nav;
  return navToSidebar(nav, {pages, indexes, file: 'mkdocs.yml', source});
}

describe('nav → sidebar', () => {
  it('keeps titles and order; index pages become category links with navigation.indexes', () => {
    const {items, used} = convert(true);
    expect(items).toEqual([
      {type: 'doc', id: 'index', label: 'Home'},
      {type: 'doc', id: 'intro', label: 'Introduction'},
      {
        type: 'category',
        label: 'Basics',
        link: {type: 'doc', id: 'basics/index'},
        items: [
          {type: 'doc', id: 'basics/pods', label: 'Pods'},
          {type: 'doc', id: 'basics/deep/index', label: 'Deeper'},
        ],
      },
      {type: 'link', label: 'Kubernetes', href: 'https://kubernetes.io/docs/'},
      {type: 'link', label: 'Root link', href: '/blog/'},
    ]);
    expect([...used].sort()).toEqual(['1_intro.md', 'basics/deep/index.md', 'basics/index.md', 'basics/pods.md', 'index.md']);
  });

  it('keeps index pages as ordinary items without navigation.indexes', () => {
    const basics = convert(false).items[2];
    expect(basics).toEqual({
      type: 'category',
      label: 'Basics',
      items: [
        {type: 'doc', id: 'basics/index', label: 'Basics overview'},
        {type: 'doc', id: 'basics/pods', label: 'Pods'},
        {type: 'category', label: 'Deeper', items: [{type: 'doc', id: 'basics/deep/index', label: 'Deep'}]},
      ],
    });
  });

  it('reports every entry it leaves out, with its line', () => {
    expect(convert(true).findings.map(formatFinding)).toEqual([
      'mkdocs.yml:10: nav entry "Gone: basics/gone.md": basics/gone.md is not in the docs folder: left out of the sidebar',
      'mkdocs.yml:12: nav entry nothing/here.md: nothing/here.md is not in the docs folder: left out of the sidebar',
      'mkdocs.yml:11: nav section "Empty": nothing left in it: left out of the sidebar',
      'mkdocs.yml:14: nav entry "Sub project: !include ./sub/mkdocs.yml": !include entries (monorepo / include plugins) are not followed: left out of the sidebar',
      'mkdocs.yml:15: nav entry !include ./other/mkdocs.yml: YAML tags (!include …) are not followed: left out of the sidebar',
      "mkdocs.yml:16: nav entry \"Anchored: basics/pods.md#volumes\": a link to an anchor inside a page is not a sidebar doc: left out (add it by hand as a link to the page's URL)",
      'mkdocs.yml:17: nav entry "Partial: basics/_partial.md": basics/_partial.md is not a page Docusaurus builds (only .md/.mdx files not starting with _ or .): left out of the sidebar',
      'mkdocs.yml:18: nav entry with 2 keys (Two, Keys): MkDocs expects one title per entry: left out of the sidebar',
      'mkdocs.yml:20: nav entry "Labs: null": neither a page, a link nor a section: left out of the sidebar',
      'mkdocs.yml:21: nav entry "Root link: /blog/": a site-absolute link, kept as is; check that the site serves it',
    ]);
  });

  it('lists the files a nav names', () => {
    const nav = (parseYaml(source) as {nav: unknown[]}).nav;
    expect(navPaths(nav)).toEqual([
      'index.md', '1_intro.md', 'basics/index.md', 'basics/pods.md', 'basics/deep/index.md', 'basics/gone.md',
      'nothing/here.md', 'basics/pods.md', 'basics/_partial.md', 'a.md', 'b.md',
    ]);
  });

  it('a section holding only its index page becomes a doc with the section title', () => {
    const nav = [{Basics: ['basics/index.md']}];
    expect(navToSidebar(nav, {pages, indexes: true, file: 'mkdocs.yml'}).items).toEqual([{type: 'doc', id: 'basics/index', label: 'Basics'}]);
  });
});

describe('nav entries naming a file that is no page (UPPMAX/LLM-workshop: day2/quantization.ipynb)', () => {
  const text = ['site_name: x', 'nav:', '  - Home: index.md', '  - Quantization: day2/quantization.ipynb', '  - day2/slides.pdf', '  - Gone: day2/gone.ipynb'].join('\n');
  const nav = (parseYaml(text) as {nav: unknown[]}).nav;
  const files = new Map([
    ['day2/quantization.ipynb', '/day2/quantization.ipynb'],
    ['day2/slides.pdf', '/day2/slides.pdf'],
  ]);

  it('a link to the copy the site serves, not "not in the docs folder"; a notebook is said not to be rendered', () => {
    const {items, findings, used} = navToSidebar(nav, {pages, files, indexes: false, file: 'mkdocs.yml', source: text});
    expect(items).toEqual([
      {type: 'doc', id: 'index', label: 'Home'},
      {type: 'link', label: 'Quantization', href: 'pathname:///day2/quantization.ipynb'},
      {type: 'link', label: 'slides.pdf', href: 'pathname:///day2/slides.pdf'},
    ]);
    expect(findings.map(formatFinding)).toEqual([
      'mkdocs.yml:4: nav entry "Quantization: day2/quantization.ipynb": day2/quantization.ipynb is copied and served at /day2/quantization.ipynb, but not rendered as a page (MkDocs renders notebooks with the mkdocs-jupyter plugin, which the site does not have): the sidebar links to the file',
      'mkdocs.yml:5: nav entry day2/slides.pdf: day2/slides.pdf is not a page: copied and served at /day2/slides.pdf, the sidebar links to the file',
      'mkdocs.yml:6: nav entry "Gone: day2/gone.ipynb": day2/gone.ipynb is not in the docs folder: left out of the sidebar',
    ]);
    expect([...used]).toEqual(['index.md']);
  });
});
