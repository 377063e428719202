/**
 * mkdocs-autolinks-plugin as the site reproduces it: which destinations it
 * takes, the file it picks (MkDocs' file order), the path it writes, and the
 * build's remark step on imported pages of a workshop that lists it.
 */
import path from 'node:path';
import type {Element, Root} from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {ambiguousAutolinkReason, autolinkApplies, autolinkIndex, autolinkName, compareMkdocsFileOrder, resolveAutolink} from '../lib/autolinks';
import {linkResolver, remarkMkdocsUrls, type RoutesFile} from '../index';

describe('the destinations mkdocs-autolinks-plugin rewrites', () => {
  it('a bare file name with one of its extensions (case as written), and an anchor after it', () => {
    expect(autolinkName('b.md')).toEqual({name: 'b.md', anchor: ''});
    expect(autolinkName('b.md#step-1')).toEqual({name: 'b.md', anchor: '#step-1'});
    expect(autolinkName('diagram.webp')).toEqual({name: 'diagram.webp', anchor: ''});
    for (const ext of ['png', 'jpg', 'jpeg', 'bmp', 'gif', 'svg']) expect(autolinkName(`x.${ext}`)?.name).toBe(`x.${ext}`);
  });

  it('not a path, another extension, upper case, a query, a slash before the anchor', () => {
    for (const url of ['sub/b.md', './b.md', 'b.MD', 'b.PNG', 'slides.pdf', 'b.md?x=1', 'b.md/#x', 'b', 'https://x.org/b.md']) {
      expect(autolinkName(url), url).toBeUndefined();
    }
  });

  it('the anchor may hold a slash; the longest name ending in an extension wins, as the greedy pattern reads it', () => {
    expect(autolinkName('b.md#a/b')).toEqual({name: 'b.md', anchor: '#a/b'});
    expect(autolinkName('a.md#b.png')).toEqual({name: 'a.md#b.png', anchor: ''});
  });

  it('link text is needed, an image alt is not; a `]` in it stops the pattern', () => {
    expect(autolinkApplies('link', 'lesson B')).toBe(true);
    expect(autolinkApplies('link', '')).toBe(false);
    expect(autolinkApplies('image', '')).toBe(true);
    expect(autolinkApplies('link', 'see [1]')).toBe(false);
    expect(autolinkApplies('image', 'a]b')).toBe(false);
  });
});

describe("MkDocs' file order (get_files: os.walk top down)", () => {
  it("a folder's files (index and README first, then by code point) before its sub-folders, depth first", () => {
    const files = ['b/pic.png', 'pic.png', 'a/c/pic.png', 'a/b.md', 'a/index.md', 'a/pic.png', 'Z.md', 'README.md', 'index.md', 'a.md'];
    expect([...files].sort(compareMkdocsFileOrder)).toEqual(['README.md', 'index.md', 'Z.md', 'a.md', 'pic.png', 'a/index.md', 'a/b.md', 'a/pic.png', 'a/c/pic.png', 'b/pic.png']);
  });

  it('the lookup table lists each name\'s files in that order', () => {
    expect(autolinkIndex(['z/pic.png', 'a/pic.png', 'pic.png', 'a/b.md']).get('pic.png')).toEqual(['pic.png', 'a/pic.png', 'z/pic.png']);
  });
});

describe('resolveAutolink', () => {
  const index = autolinkIndex(['index.md', 'sub/b.md', 'sub/x.md', 'img/pic.png', 'My Folder/photo.jpg', 'a/dup.png', 'b/dup.png']);

  it('the path from the page\'s folder to the file, the anchor kept', () => {
    expect(resolveAutolink(index, 'index.md', 'b.md')).toMatchObject({url: 'sub/b.md', target: 'sub/b.md', candidates: ['sub/b.md']});
    expect(resolveAutolink(index, 'sub/x.md', 'pic.png')?.url).toBe('../img/pic.png');
    expect(resolveAutolink(index, 'sub/x.md', 'b.md#setup')?.url).toBe('b.md#setup');
    expect(resolveAutolink(index, 'sub/x.md', 'index.md')?.url).toBe('../index.md');
  });

  it("percent-encoded as Python's quote does", () => {
    expect(resolveAutolink(index, 'index.md', 'photo.jpg')).toMatchObject({url: 'My%20Folder/photo.jpg', replacement: 'My%20Folder/photo.jpg'});
  });

  it('no file of that name: left as written', () => {
    expect(resolveAutolink(index, 'index.md', 'missing.png')).toBeUndefined();
    expect(resolveAutolink(index, 'index.md', 'img/pic.png')).toBeUndefined();
  });

  it('several: the first in MkDocs\' order, the others named in the warning', () => {
    const link = resolveAutolink(index, 'sub/x.md', 'dup.png')!;
    expect(link).toMatchObject({url: '../a/dup.png', candidates: ['a/dup.png', 'b/dup.png']});
    expect(ambiguousAutolinkReason(link)).toBe(
      "Unexpected file name `dup.png` that 2 files of the docs folder have, expected a name only one has: goes to `a/dup.png` (the first in MkDocs' file order, as mkdocs-autolinks-plugin picks it), not to `b/dup.png`",
    );
  });
});

const SITE = '/site';
const routes: RoutesFile = {
  comment: '',
  pages: {'docs/w/index.md': '/w/', 'docs/w/sub/b.md': '/w/sub/b/', 'docs/w/sub/x.md': '/w/sub/x/'},
  files: {'docs/w/img/pic.png': '/w/img/pic.png', 'docs/w/a/dup.png': '/w/a/dup.png', 'docs/w/b/dup.png': '/w/b/dup.png'},
  autolinks: ['docs/w'],
};

async function render(file: string, markdown: string, withRoutes: RoutesFile = routes): Promise<{out: string[]; messages: string[]}> {
  // The import's files are in the site's docs folder too, where Docusaurus bundles an image found beside the page.
  const onDisk = new Set(Object.keys(withRoutes.files).map((file) => path.join(SITE, ...file.split('/'))));
  const processor = unified().use(remarkParse).use(remarkMkdocsUrls, {siteDir: SITE, routes: withRoutes, exists: (file) => onDisk.has(file)}).use(remarkRehype);
  const vfile = new VFile({path: `${SITE}/${file}`, value: markdown});
  const tree = (await processor.run(processor.parse(vfile), vfile)) as Root;
  const out: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a') out.push(`a ${String(node.properties.href)} "${node.children.map((child) => ('value' in child ? child.value : '')).join('')}"`);
    if (node.tagName === 'img') out.push(`img ${String(node.properties.src)} "${String(node.properties.alt)}"`);
  });
  return {out, messages: vfile.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)};
}

describe('the build on a page of a workshop that uses autolinks', () => {
  it('a page link by name goes to its file (Docusaurus resolves the .md), an image to the file beside it, a file link to its static copy', async () => {
    const {out, messages} = await render('docs/w/index.md', '[lesson B](b.md) ![diagram](pic.png) [the picture](pic.png)');
    expect(out).toEqual(['a sub/b.md "lesson B"', 'img img/pic.png "diagram"', 'a pathname:///w/img/pic.png "the picture"']);
    expect(messages).toEqual([]);
  });

  it('the name is replaced in the link text and title too, as the plugin replaces it in the whole link', async () => {
    const {out} = await render('docs/w/index.md', '[see b.md and `b.md`](b.md#x "b.md")');
    expect(out).toEqual(['a sub/b.md#x "see sub/b.md and "']);
    const tree = unified().use(remarkParse).parse('[see b.md and `b.md`](b.md#x "b.md")');
    const file = new VFile({path: `${SITE}/docs/w/index.md`});
    await unified().use(remarkMkdocsUrls, {siteDir: SITE, routes}).run(tree, file);
    expect(JSON.stringify(tree)).toContain('"value":"sub/b.md"');
    expect(JSON.stringify(tree)).toContain('"title":"sub/b.md"');
  });

  it('left alone: empty link text, a path, code, no such file, the link around an image (whose own name is taken)', async () => {
    const {out} = await render('docs/w/sub/x.md', '[](b.md) [x](../index.md) `[c](b.md)` [gone](gone.md) [![logo](pic.png)](index.md)\n\n```\n[c](b.md)\n```');
    expect(out).toEqual(['a b.md ""', 'a ../index.md "x"', 'a gone.md "gone"', 'a index.md ""', 'img ../img/pic.png "logo"']);
  });

  it('a name several files have goes to the first, with a warning at the link', async () => {
    const {out, messages} = await render('docs/w/sub/x.md', 'Shown: ![d](dup.png)');
    expect(out).toEqual(['img ../a/dup.png "d"']);
    expect(messages).toEqual([`1:8 mkdocs-autolinks-ambiguous: ${ambiguousAutolinkReason(linkResolver(routes).autolink('docs/w/sub/x.md', 'dup.png')!)}`]);
  });

  it('not in text pymdownx.snippets included (the plugin ran on the page before the include)', async () => {
    const tree = unified().use(remarkParse).parse('[own](b.md)\n[included](b.md)');
    const file = new VFile({path: `${SITE}/docs/w/index.md`});
    const own = {path: file.path, line: 1, indent: 0};
    file.data.mkdocsSnippets = {text: '', sources: [own, {path: `${SITE}/snippets/inc.md`, line: 1, indent: 0, includedAt: own}], lineCount: 2, dependencies: [], missing: [], problems: [], changed: true};
    await unified().use(remarkMkdocsUrls, {siteDir: SITE, routes}).run(tree, file);
    const urls: string[] = [];
    visit(tree, 'link', (node: {url: string}) => void urls.push(node.url));
    expect(urls).toEqual(['sub/b.md', 'b.md']);
  });

  it('nothing without the plugin, and nothing on pages of another import', async () => {
    const {autolinks: _off, ...without} = routes;
    expect((await render('docs/w/index.md', '[lesson B](b.md)', without)).out).toEqual(['a b.md "lesson B"']);
    expect((await render('docs/w/index.md', '[lesson B](b.md)', {...routes, autolinks: ['docs/other']})).out).toEqual(['a b.md "lesson B"']);
    expect((await render('docs/own.md', '[lesson B](b.md)')).out).toEqual(['a b.md "lesson B"']);
  });
});
