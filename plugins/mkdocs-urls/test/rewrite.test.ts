/**
 * The build-time rewriting of links on imported pages, through remark and
 * rehype as the loader runs them (rehype-raw parses the raw HTML between).
 */
import type {Element, Root} from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {linkResolver, rehypeMkdocsUrls, remarkMkdocsUrls, type RoutesFile} from '../index';

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

async function render(file: string, markdown: string, unresolved: Array<{file: string; url: string; kind: 'link'}> = []): Promise<{urls: string[]; messages: string[]}> {
  const options = {siteDir: SITE, routes, unresolved};
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
});
