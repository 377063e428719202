/**
 * The build-time rewriting of links on imported pages, through remark and
 * rehype as the loader runs them (rehype-raw parses the raw HTML between).
 */
import path from 'node:path';
import type {Element, Root} from 'hast';
import type {Root as MdastRoot} from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {browserUrlOnMkdocsPage, linkResolver, rehypeMkdocsUrls, remarkMkdocsUrls, type RoutesFile} from '../index';

const SITE = '/site';
const routes: RoutesFile = {
  comment: '',
  pages: {
    'docs/w/index.md': '/w/',
    'docs/w/about-instructor.md': '/w/about-instructor/',
    'docs/w/01-Namespace/README.md': '/w/01-Namespace/',
    'docs/w/02-Pod/README.md': '/w/02-Pod/',
    'docs/w/labs/1-essentials.md': '/w/labs/1-essentials/',
    'docs/w/labs/2-deployments.md': '/w/labs/2-deployments/',
  },
  files: {'docs/w/02-Pod/resources/Dockerfile': '/w/02-Pod/resources/Dockerfile', 'docs/w/img/logo.png': '/w/img/logo.png'},
};

async function render(file: string, markdown: string, unresolved: Array<{file: string; url: string; kind: 'link'}> = [], baseUrl?: string): Promise<{urls: string[]; messages: string[]}> {
  const options = {siteDir: SITE, routes, unresolved, ...(baseUrl ? {baseUrl} : {})};
  const processor = unified()
    .use(remarkParse)
    .use(remarkMkdocsUrls, options)
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(rehypeRaw)
    .use(rehypeMkdocsUrls, options);
  const vfile = new VFile({path: `${SITE}/${file}`, value: markdown});
  const tree = (await processor.run(processor.parse(vfile), vfile)) as Root;
  const urls: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const url = node.properties.href ?? node.properties.src;
    if (typeof url === 'string') urls.push(`${node.tagName} ${url}`);
  });
  return {urls, messages: vfile.messages.map((message) => `${message.ruleId}: ${message.reason}`)};
}

describe('links on imported pages go where they went in MkDocs', () => {
  it('URL links on a page with a directory URL resolve against that URL, not its folder', async () => {
    const {urls} = await render('docs/w/labs/1-essentials.md', '[next](../2-deployments/) [here](./) <a href="../2-deployments">raw</a>');
    expect(urls).toEqual(['a /w/labs/2-deployments/', 'a /w/labs/1-essentials/', 'a /w/labs/2-deployments/']);
  });

  it('on an index page, `about-instructor` is the sibling page', async () => {
    const {urls} = await render('docs/w/index.md', '<a href="about-instructor">About</a> [lab](01-Namespace/)');
    expect(urls).toEqual(['a /w/about-instructor/', 'a /w/01-Namespace/']);
  });

  it('a numbered folder keeps its prefix, and the anchor stays', async () => {
    const {urls} = await render('docs/w/02-Pod/README.md', '[back](../01-Namespace#create) [ref][r]\n\n[r]: ../01-Namespace/#create');
    expect(urls).toEqual(['a /w/01-Namespace/#create', 'a /w/01-Namespace/#create']);
  });

  it("on a site under a baseUrl, a raw HTML image's path is under it (the theme's Link adds it to links, nothing to an <img>)", async () => {
    const {urls} = await render('docs/w/02-Pod/README.md', '<a href="resources/Dockerfile">raw</a> <img src="../img/logo.png"> <img src="../img/none.png"> <img src="https://example.com/x.png">', [], '/AnsibleLabs/');
    expect(urls).toEqual(['a pathname:///w/02-Pod/resources/Dockerfile', 'img /AnsibleLabs/w/img/logo.png', 'img /AnsibleLabs/w/img/none.png', 'img https://example.com/x.png']);
  });

  it('a file beside the page is its static/ copy, out of the route checks; a raw HTML image is its path', async () => {
    const {urls} = await render('docs/w/02-Pod/README.md', '[Dockerfile](resources/Dockerfile) <a href="resources/Dockerfile">raw</a> <img src="../img/logo.png">');
    expect(urls).toEqual(['a pathname:///w/02-Pod/resources/Dockerfile', 'a pathname:///w/02-Pod/resources/Dockerfile', 'img /w/img/logo.png']);
  });

  it('a Markdown link to a .md page is left to Docusaurus; other URLs and other pages\' links are left alone', async () => {
    expect((await render('docs/w/index.md', '[pods](02-Pod/README.md) [x](https://x.org/a/) [top](#top) [abs](/w/)')).urls).toEqual([
      'a 02-Pod/README.md',
      'a https://x.org/a/',
      'a #top',
      'a /w/',
    ]);
    expect((await render('docs/own-page.md', '[next](../2-deployments/)')).urls).toEqual(['a ../2-deployments/']);
  });

  it('a link to nothing becomes the path the browser asked for (the build checks it), unless the import listed it', async () => {
    expect((await render('docs/w/index.md', '<a href="nowhere/">n</a>')).urls).toEqual(['a /w/nowhere/']);
    const listed = await render('docs/w/index.md', '<a href="nowhere/">n</a>', [{file: 'docs/w/index.md', url: 'nowhere/', kind: 'link'}]);
    expect(listed.urls).toEqual(['a pathname:///w/nowhere/']);
    expect(listed.messages).toEqual([
      'import-unresolved-link: Unexpected link `nowhere/` to no page or file of the site (the browser asked for `/w/nowhere/` on the MkDocs page), expected an existing target: kept and not checked, as the MkDocs import reported (MkDocs only warns too)',
    ]);
  });
});

describe('a Markdown image or file link to no file beside the page file, but to one at the page\'s MkDocs URL', () => {
  // docs/ops/day2/upgrades.md writes ../../Images/x.png: docs/Images/x.png is not there, docs/ops/Images/x.png is,
  // and on /w/ops/day2/upgrades/ the browser asked MkDocs' site for /w/ops/Images/x.png.
  const opsRoutes: RoutesFile = {
    comment: '',
    pages: {'docs/w/ops/day2/upgrades.md': '/w/ops/day2/upgrades/', 'docs/w/ops/guide.md': '/w/ops/guide/'},
    files: {
      'docs/w/ops/Images/x.png': '/w/ops/Images/x.png',
      'docs/w/ops/Images/notes.pdf': '/w/ops/Images/notes.pdf',
      'docs/w/ops/Images/both.png': '/w/ops/Images/both.png',
      'docs/w/Images/both.png': '/w/Images/both.png',
      'docs/w/ops/Images/my pic.png': '/w/ops/Images/my pic.png',
    },
  };
  const onDisk = new Set(Object.keys(opsRoutes.files).map((file) => path.join(SITE, ...file.split('/'))));

  /** The Markdown images' and links' URLs after the remark step, as Docusaurus's image and link steps get them. */
  function remarkUrls(file: string, markdown: string, pageRoutes: RoutesFile = opsRoutes): string[] {
    const processor = unified().use(remarkParse).use(remarkMkdocsUrls, {siteDir: SITE, routes: pageRoutes, exists: (absolute) => onDisk.has(absolute)});
    const vfile = new VFile({path: `${SITE}/${file}`, value: markdown});
    const tree = processor.runSync(processor.parse(vfile), vfile) as MdastRoot;
    const urls: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'image' || node.type === 'link') urls.push(`${node.type} ${node.url}`);
    });
    return urls;
  }

  it('the image is the file the browser loaded, site-absolute (Docusaurus bundles it from the static folder), the link its static copy', () => {
    expect(remarkUrls('docs/w/ops/day2/upgrades.md', '![Available Upgrades](../../Images/x.png) [notes](../../Images/notes.pdf) ![q](../../Images/x.png?v=1#top) ![s](../../Images/my%20pic.png)')).toEqual([
      'image /w/ops/Images/x.png',
      'link pathname:///w/ops/Images/notes.pdf',
      'image /w/ops/Images/x.png?v=1#top',
      'image /w/ops/Images/my%20pic.png',
    ]);
  });

  it('a file beside the page file wins (MkDocs rewrote the path to it), as Docusaurus bundles it; no file at either stays as written', () => {
    expect(remarkUrls('docs/w/ops/day2/upgrades.md', '![both](../../Images/both.png) ![none](../../Images/none.png) ![up](../../../../x.png)')).toEqual([
      'image ../../Images/both.png',
      'image ../../Images/none.png',
      'image ../../../../x.png',
    ]);
  });

  it('a file the import serves but did not put beside the page (theme.custom_dir\'s, in the static folder only) is its URL, as MkDocs linked it', () => {
    // Not on disk under docs/: only in the static folder.
    const themeRoutes = {...opsRoutes, files: {...opsRoutes.files, 'docs/w/ops/assets/logo.png': '/w/ops/assets/logo.png'}};
    expect(remarkUrls('docs/w/ops/day2/upgrades.md', '![logo](../assets/logo.png)', themeRoutes)).toEqual(['image /w/ops/assets/logo.png']);
  });

  it('only on imported pages, and only to a file: a page at that URL is no image', () => {
    expect(remarkUrls('docs/own.md', '![x](../ops/Images/x.png)')).toEqual(['image ../ops/Images/x.png']);
    expect(remarkUrls('docs/w/ops/day2/upgrades.md', '![x](../../guide/)')).toEqual(['image ../../guide/']);
  });
});

describe('linkResolver', () => {
  const resolver = linkResolver(routes);
  it('finds a page by every path a static server answers it at', () => {
    for (const target of ['../2-deployments', '../2-deployments/', '../2-deployments/index.html']) {
      expect(resolver.resolve('docs/w/labs/1-essentials.md', target, 'html')).toEqual({url: '/w/labs/2-deployments/', to: 'page'});
    }
  });
  it('a Markdown link names a file relative to the page file first, as MkDocs does', () => {
    // On /w/labs/1-essentials/ the browser would ask for /w/labs/1-essentials/x; MkDocs rewrote the link to the file.
    const withFile = linkResolver({...routes, files: {'docs/w/labs/x.pdf': '/w/labs/x.pdf'}});
    expect(withFile.resolve('docs/w/labs/1-essentials.md', 'x.pdf', 'markdown')).toEqual({url: 'pathname:///w/labs/x.pdf', to: 'file'});
    expect(withFile.resolve('docs/w/labs/1-essentials.md', 'x.pdf', 'html')).toEqual({url: '/w/labs/1-essentials/x.pdf', to: 'nothing'});
  });
  it('a site-absolute path, which MkDocs leaves as written, goes to what is served there; a protocol-relative URL is not one', () => {
    const withFile = linkResolver({...routes, files: {'docs/w/labs/x.pdf': '/w/labs/x.pdf'}});
    for (const kind of ['markdown', 'html'] as const) {
      expect(withFile.resolve('docs/w/labs/1-essentials.md', '/w/labs/2-deployments/#top', kind)).toEqual({url: '/w/labs/2-deployments/#top', to: 'page'});
      expect(withFile.resolve('docs/w/labs/1-essentials.md', '/w/labs/x.pdf', kind)).toEqual({url: 'pathname:///w/labs/x.pdf', to: 'file'});
      expect(withFile.resolve('docs/w/labs/1-essentials.md', '/1.0', kind)).toEqual({url: '/1.0', to: 'nothing'});
      expect(withFile.resolve('docs/w/labs/1-essentials.md', '//cdn.example.org/x.js', kind)).toBeUndefined();
    }
    // On a page the import did not write: left alone.
    expect(withFile.resolve('docs/own.md', '/1.0', 'markdown')).toBeUndefined();
  });
});

describe('browserUrlOnMkdocsPage', () => {
  it('resolves a URL left as written against the page\'s MkDocs URL, as the browser did there; not on other pages', () => {
    const at = browserUrlOnMkdocsPage(path.resolve('/site'), routes);
    expect(at(path.resolve('/site/docs/w/index.md'), 'link')).toBe('/w/link');
    expect(at(path.resolve('/site/docs/w/labs/1-essentials.md'), '../gone.md#x')).toBe('/w/labs/gone.md#x');
    expect(at(path.resolve('/site/docs/w/labs/1-essentials.md'), '/1.0')).toBe('/1.0');
    expect(at(path.resolve('/site/docs/w/labs/1-essentials.md'), 'https://example.org/x')).toBeUndefined();
    expect(at(path.resolve('/site/docs/own.md'), 'link')).toBeUndefined();
  });
});
