import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkUnresolvedLinks, {RULE_ID, UNRESOLVED_LINKS_FILE, readUnresolvedLinks, type UnresolvedLink} from '../index';

const siteDir = path.resolve('/site');

function run(markdown: string, links: UnresolvedLink[], file = 'docs/w/lesson.md'): {tree: Root; vfile: VFile} {
  const processor = unified().use(remarkParse).use(remarkUnresolvedLinks, {siteDir, links});
  const vfile = new VFile({value: markdown, path: path.join(siteDir, file)});
  const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  return {tree, vfile};
}

const paragraph = (tree: Root): RootContent[] => (tree.children[0].type === 'paragraph' ? tree.children[0].children : []);

describe('remark-unresolved-links', () => {
  const listed: UnresolvedLink[] = [
    {file: 'docs/w/lesson.md', url: '../pdf/slides.pdf', kind: 'link'},
    {file: 'docs/w/lesson.md', url: 'img/gone.png', kind: 'image'},
    {file: 'docs/w/lesson.md', url: '../gone.md', kind: 'link'},
  ];

  it('turns a listed link into a JSX <a> the link checker skips, text and position kept, and warns', () => {
    const {tree, vfile} = run('Get [the *slides*](../pdf/slides.pdf "PDF") now.\n', listed);
    const link = paragraph(tree)[1] as MdxJsxTextElement;
    expect(link).toMatchObject({
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [
        {name: 'href', value: '../pdf/slides.pdf'},
        {name: 'title', value: 'PDF'},
        {name: 'data-noBrokenLinkCheck', value: 'true'},
      ],
      position: {start: {line: 1, column: 5}},
    });
    expect(link.children.map((child) => child.type)).toEqual(['text', 'emphasis']);
    expect(vfile.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([[1, 5, RULE_ID]]);
  });

  it('sends a listed link where the browser went on the MkDocs page, when told where that is, and says so', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkUnresolvedLinks, {siteDir, links: listed, resolve: (filePath, url) => (filePath === path.join(siteDir, 'docs/w/lesson.md') ? `/w/lesson/${url}` : undefined)});
    const vfile = new VFile({value: '[Slides](../pdf/slides.pdf) ![A picture](img/gone.png)\n', path: path.join(siteDir, 'docs/w/lesson.md')});
    const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
    const [link, , image] = paragraph(tree) as MdxJsxTextElement[];
    expect(link!.attributes[0]).toEqual({type: 'mdxJsxAttribute', name: 'href', value: '/w/lesson/../pdf/slides.pdf'});
    expect(image!.attributes[0]).toEqual({type: 'mdxJsxAttribute', name: 'src', value: '/w/lesson/img/gone.png'});
    expect(vfile.messages[0]!.reason).toContain('kept, going where the browser went on the MkDocs page (`/w/lesson/../pdf/slides.pdf`), and not checked');
  });

  it('turns a listed image into a JSX <img> (Docusaurus would fail on the missing file)', () => {
    const {tree} = run('![A picture](img/gone.png)\n', listed);
    expect(paragraph(tree)[0]).toMatchObject({name: 'img', attributes: [{name: 'src', value: 'img/gone.png'}, {name: 'alt', value: 'A picture'}]});
  });

  it('keeps an attribute list remark-mkdocs applied', () => {
    const processor = unified()
      .use(remarkParse)
      .use(() => (tree: Root) => {
        const link = paragraph(tree)[0];
        if (link.type === 'link') link.data = {hProperties: {className: ['md-button']}};
      })
      .use(remarkUnresolvedLinks, {siteDir, links: listed});
    const vfile = new VFile({value: '[Slides](../pdf/slides.pdf)\n', path: path.join(siteDir, 'docs/w/lesson.md')});
    const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
    expect((paragraph(tree)[0] as MdxJsxTextElement).attributes).toContainEqual({type: 'mdxJsxAttribute', name: 'className', value: 'md-button'});
  });

  it('takes a listed reference definition out of the checks with pathname://', () => {
    const {tree, vfile} = run('[Gone][g]\n\n[g]: ../gone.md\n', listed);
    expect(tree.children[1]).toMatchObject({type: 'definition', url: 'pathname://../gone.md'});
    expect(vfile.messages).toHaveLength(1);
  });

  it('leaves links that are not listed, or listed for another file, to the build (which fails on them)', () => {
    const {tree, vfile} = run('[Other](../other.pdf) [Slides](../pdf/slides.pdf)\n', listed, 'docs/w/another.md');
    expect(paragraph(tree).filter((node) => node.type === 'link')).toHaveLength(2);
    expect(vfile.messages).toEqual([]);
  });

  it('matches a destination written with angle brackets or backslash escapes', () => {
    const links: UnresolvedLink[] = [
      {file: 'docs/w/lesson.md', url: 'my slides.pdf', kind: 'link'},
      {file: 'docs/w/lesson.md', url: 'a\\_b.pdf', kind: 'link'},
    ];
    const {tree} = run('[Spaced](<my slides.pdf>) [Escaped](a\\_b.pdf)\n', links);
    expect(paragraph(tree).filter((node) => node.type === 'mdxJsxTextElement')).toHaveLength(2);
  });

  /**
   * A page whose line 2 is an include of `included` (pymdownx.snippets, include-markdown): the expanded text and its
   * source map, as remark-mkdocs leaves them on the file (`file.data.mkdocsSnippets`).
   */
  function runIncluded(pageFile: string, includedFile: string, includedLine: string, links: UnresolvedLink[], baseUrl?: string) {
    const text = `# Page\n${includedLine}\n`;
    const page = path.join(siteDir, pageFile);
    const included = path.join(siteDir, includedFile);
    const processor = unified()
      .use(remarkParse)
      .use(remarkUnresolvedLinks, {siteDir, links, ...(baseUrl ? {baseUrl, resolve: () => '/assets/gone.png'} : {})});
    const vfile = new VFile({value: text, path: page});
    vfile.data.mkdocsSnippets = {
      text,
      sources: [{path: page, line: 1, indent: 0}, {path: included, line: 3, indent: 0, includedAt: {path: page, line: 2, indent: 0}}, {path: page, line: 3, indent: 0}],
      lineCount: 3,
      dependencies: [included],
      missing: [],
      problems: [],
      changed: true,
    };
    const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
    const second = tree.children[1];
    return {nodes: second?.type === 'paragraph' ? second.children : [], vfile};
  }

  it("a link of a file included into the page is matched under the included file's name, where its line came from", () => {
    const links: UnresolvedLink[] = [{file: 'docs/w/labs/usage.md', url: '../assets/gone.png', kind: 'image'}];
    // The included file's own folder: the URL as written.
    const same = runIncluded('docs/w/labs/index.md', 'docs/w/labs/usage.md', '![x](../assets/gone.png)', links);
    expect(same.nodes.map((node) => node.type)).toEqual(['mdxJsxTextElement']);
    expect(same.vfile.messages.map((message) => [message.line, message.ruleId])).toEqual([[2, RULE_ID]]);
    // include-markdown rewrote it to work from a page in another folder (`rewrite-relative-urls`): the same file.
    const rewritten = runIncluded('docs/w/index.md', 'docs/w/labs/usage.md', '![x](assets/gone.png)', links);
    expect(rewritten.nodes.map((node) => node.type)).toEqual(['mdxJsxTextElement']);
    // Another URL on that line, or the listed URL on a line of the page's own: left to the build.
    expect(runIncluded('docs/w/labs/index.md', 'docs/w/labs/usage.md', '![x](../assets/other.png)', links).nodes.map((node) => node.type)).toEqual(['image']);
  });

  it("an image's site-absolute src is under the site's baseUrl (no theme component adds it to an <img>)", () => {
    const links: UnresolvedLink[] = [{file: 'docs/w/labs/usage.md', url: '../assets/gone.png', kind: 'image'}];
    const [image] = runIncluded('docs/w/labs/index.md', 'docs/w/labs/usage.md', '![x](../assets/gone.png)', links, '/AnsibleLabs/').nodes as MdxJsxTextElement[];
    expect(image!.attributes[0]).toEqual({type: 'mdxJsxAttribute', name: 'src', value: '/AnsibleLabs/assets/gone.png'});
  });

  it('reads the generated list, and no list means no links', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'unresolved-links-'));
    try {
      expect(readUnresolvedLinks(dir)).toEqual({siteDir: dir, links: []});
      writeFileSync(path.join(dir, UNRESOLVED_LINKS_FILE), JSON.stringify({comment: '', links: listed}));
      expect(readUnresolvedLinks(dir).links).toEqual(listed);
      writeFileSync(path.join(dir, UNRESOLVED_LINKS_FILE), '{"links": 3}');
      expect(() => readUnresolvedLinks(dir)).toThrow(TypeError);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
