/**
 * test/data/url-workshop planned: each page's MkDocs URL (number prefixes and
 * README.md as the folder's index kept), the other files copied into static/
 * at theirs, its links written as URLs found, not_in_nav honoured.
 */
import {describe, expect, it} from 'vitest';
import {URL_WORKSHOP} from '../../test/data-paths';
import {fileTree, locateProject} from './cli';
import {planImport, type FileTree} from './plan';
import {formatFinding} from './report';
import {readMkdocsConfig} from './config';
import {mergeRoutes} from './write-urls';

const empty: FileTree = {files: [], read: () => Buffer.alloc(0)};

function plan(into: string, options: {useDirectoryUrls?: boolean; static?: FileTree; force?: boolean} = {}) {
  const project = locateProject(URL_WORKSHOP, {});
  const config = project.config!;
  const parsed = options.useDirectoryUrls === false ? {...config.parsed, raw: {...config.parsed.raw, use_directory_urls: false}} : config.parsed;
  return planImport({config: {...config, parsed}, docsDir: project.docsDir, docs: fileTree(project.docsPath), site: empty, static: options.static, into, force: options.force});
}

describe('import of test/data/url-workshop', () => {
  const urls = plan('urls');
  const lines = urls.findings.map(formatFinding);

  it('reads docs_dir Labs', () => {
    expect(locateProject(URL_WORKSHOP, {}).docsDir).toBe('Labs');
  });

  it('gives every page its MkDocs URL: directory URLs, README.md as the folder index, number prefixes kept', () => {
    expect(urls.routes.pages).toEqual({
      'docs/urls/01-Namespace/README.md': '/urls/01-Namespace/',
      'docs/urls/02-Pod/README.md': '/urls/02-Pod/',
      'docs/urls/03-Deployment/README.md': '/urls/03-Deployment/',
      'docs/urls/03-Deployment/rolling.md': '/urls/03-Deployment/rolling/',
      'docs/urls/about-instructor.md': '/urls/about-instructor/',
      'docs/urls/index.md': '/urls/',
      'docs/urls/notes/draft.md': '/urls/notes/draft/',
    });
  });

  it('with use_directory_urls: false, at name.html and folder/index.html', () => {
    const flat = plan('', {useDirectoryUrls: false});
    expect(flat.routes.pages['docs/03-Deployment/rolling.md']).toBe('/03-Deployment/rolling.html');
    expect(flat.routes.pages['docs/01-Namespace/README.md']).toBe('/01-Namespace/index.html');
    // The home page stays the site's `/` (MkDocs' `index.html`: a static host serves both).
    expect(flat.routes.pages['docs/index.md']).toBe('/');
  });

  it('copies every other file into static/ at its MkDocs path too', () => {
    expect(urls.routes.files).toEqual({
      'docs/urls/02-Pod/resources/Dockerfile': '/urls/02-Pod/resources/Dockerfile',
      'docs/urls/files/cheatsheet.txt': '/urls/files/cheatsheet.txt',
    });
    expect(urls.staticFiles.map((file) => `${file.target} ${file.action}`)).toEqual(['urls/02-Pod/resources/Dockerfile copy', 'urls/files/cheatsheet.txt copy']);
  });

  it('keeps a different static/ file of the site unless --force, and says so', () => {
    const site: FileTree = {files: ['urls/files/cheatsheet.txt'], read: () => Buffer.from('the site\'s own')};
    const kept = plan('urls', {static: site});
    expect(kept.staticFiles.find((file) => file.target === 'urls/files/cheatsheet.txt')?.action).toBe('clash');
    expect(kept.routes.files['docs/urls/files/cheatsheet.txt']).toBeUndefined();
    expect(kept.findings.map(formatFinding)).toContain(
      "Labs/files/cheatsheet.txt: name clash: the site already has a different static/urls/files/cheatsheet.txt: not copied there, so /urls/files/cheatsheet.txt serves the site's file (--force overwrites it)",
    );
    expect(plan('urls', {static: site, force: true}).staticFiles.find((file) => file.target === 'urls/files/cheatsheet.txt')?.action).toBe('overwrite');
  });

  it('finds every link written as a URL, and the file links: nothing unresolved, no warning on a link', () => {
    expect(urls.unresolvedLinks).toEqual([]);
    expect(lines.filter((line) => /: (?:link|image|HTML) /.test(line))).toEqual([]);
  });

  it('does not report the not_in_nav page as left out of nav', () => {
    expect(lines.filter((line) => line.includes('not in nav'))).toEqual([]);
    expect(lines).toContain('mkdocs.yml:21: not_in_nav: applied: the pages it matches are reachable by their URL and not in the sidebar, as in MkDocs, and the report does not list them as left out of nav');
  });

  it('builds the sidebar from nav: sections, a section index page as the category link, an external link', () => {
    expect(urls.sidebar).toEqual([
      {type: 'doc', id: 'urls/index', label: 'Home'},
      {type: 'doc', id: 'urls/about-instructor', label: 'About'},
      {
        // Material's navigation.indexes: the section's first index page (a README.md is one) is its link.
        type: 'category',
        label: 'Labs',
        link: {type: 'doc', id: 'urls/Namespace/README'},
        items: [
          {type: 'doc', id: 'urls/Pod/README', label: 'Pods'},
          {type: 'category', label: 'Deployments', link: {type: 'doc', id: 'urls/Deployment/README'}, items: [{type: 'doc', id: 'urls/Deployment/rolling', label: 'Rolling updates'}]},
        ],
      },
      {type: 'link', label: 'Kubernetes docs', href: 'https://kubernetes.io/docs/'},
    ]);
  });

  it('a README.md beside an index.md is left out, as MkDocs leaves it out', () => {
    const docs: FileTree = {files: ['a/README.md', 'a/index.md'], read: () => Buffer.from('# A\n')};
    const both = planImport({docsDir: 'docs', docs, site: empty, into: 'w'});
    expect(both.files.map((file) => `${file.source} ${file.action}`).sort()).toEqual(['a/README.md skip', 'a/index.md copy']);
    expect(both.routes.pages).toEqual({'docs/w/a/index.md': '/w/a/'});
    expect(both.findings.map(formatFinding)).toContain('docs/a/README.md: not copied: MkDocs leaves it out of the site too, as it conflicts with a/index.md (same URL)');
  });

  it('a second import keeps the routes of other imports and replaces its own folder\'s (a page the workshop dropped loses its route)', () => {
    const previous = mergeRoutes(undefined, {routes: {pages: {'docs/other/x.md': '/other/x/', 'docs/urls/gone.md': '/urls/gone/'}, files: {}}});
    const merged = JSON.parse(mergeRoutes(previous, urls, 'docs/urls')) as {pages: Record<string, string>};
    expect(merged.pages['docs/other/x.md']).toBe('/other/x/');
    expect(merged.pages['docs/urls/gone.md']).toBeUndefined();
    expect(merged.pages['docs/urls/02-Pod/README.md']).toBe('/urls/02-Pod/');
  });
});

describe('a nav entry naming a notebook (UPPMAX/LLM-workshop: day2/quantization.ipynb)', () => {
  const text = ['site_name: W', 'nav:', '  - Home: index.md', '  - Quantization: day2/quantization.ipynb'].join('\n');
  const docs: FileTree = {files: ['day2/quantization.ipynb', 'index.md'], read: (file) => Buffer.from(file.endsWith('.md') ? '# W\n' : '{"cells": []}\n')};
  const plan = (into: string) => planImport({config: {parsed: readMkdocsConfig(text, {file: 'mkdocs.yml'}), text}, docsDir: 'docs', docs, site: {files: [], read: () => Buffer.from('')}, into});

  it('links to the copy served at its MkDocs URL, in the workshop as the site and in a folder', () => {
    for (const [into, url] of [['', '/day2/quantization.ipynb'], ['w', '/w/day2/quantization.ipynb']] as const) {
      const result = plan(into);
      expect(result.sidebar.at(-1)).toEqual({type: 'link', label: 'Quantization', href: `pathname://${url}`});
      expect(result.findings.map(formatFinding)).toContain(
        `mkdocs.yml:4: nav entry "Quantization: day2/quantization.ipynb": day2/quantization.ipynb is copied and served at ${url}, but not rendered as a page (MkDocs renders notebooks with the mkdocs-jupyter plugin, which the site does not have): the sidebar links to the file`,
      );
    }
  });
});
