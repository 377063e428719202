import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import {formatMessages} from '../pipeline';

/** With remark-gfm, as Docusaurus loads it (its bare URLs are what the step cuts). */
function render(markdown: string, target: 'html' | 'docusaurus' = 'html') {
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target}).use(remarkGfm);
  const file = new VFile({value: markdown, path: 'input.md'});
  const tree = processor.runSync(processor.parse(file), file);
  return {html: String(unified().use(remarkRehype).use(rehypeStringify).stringify(unified().use(remarkRehype).runSync(tree as never, file) as never)).trim(), file, tree};
}

describe('bare URLs end where pymdownx.magiclink ends them', () => {
  // Each expectation is Python-Markdown 3.4.1 with pymdownx.magiclink 9.5 on the same line.
  it('a stray backtick after a URL is text, not part of the link (the link Docusaurus could not parse)', () => {
    expect(render('Preview the build at https://localhost:8000` and more.').html).toBe(
      '<p>Preview the build at <a href="https://localhost:8000">https://localhost:8000</a>` and more.</p>',
    );
  });

  it('quotes, parentheses and backticks after the path end it', () => {
    expect(render('Install: `/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"``').html).toBe(
      '<p>Install: `/bin/bash -c "$(curl -fsSL <a href="https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh">https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh</a>)"``</p>',
    );
  });

  it('URLs GFM already ends where magiclink does are left as they are', () => {
    expect(render('A URL that ends a sentence: https://example.com/path. Quoted: "https://example.com/q?x=1&y=2", www.example.com/docs.').html).toBe(
      '<p>A URL that ends a sentence: <a href="https://example.com/path">https://example.com/path</a>. Quoted: "<a href="https://example.com/q?x=1&#x26;y=2">https://example.com/q?x=1&#x26;y=2</a>", <a href="http://www.example.com/docs">www.example.com/docs</a>.</p>',
    );
  });

  it('links written as links are not touched', () => {
    expect(render('[a link](https://example.com/x) and <https://example.com/z>`').html).toBe(
      '<p><a href="https://example.com/x">a link</a> and <a href="https://example.com/z">https://example.com/z</a>`</p>',
    );
  });

  it('the link and the text after it keep their places in the source', () => {
    const {tree} = render('See https://a.example/b` here.');
    const paragraph = (tree as unknown as {children: Array<{children: Array<{type: string; position: {start: {offset: number}; end: {offset: number}}}>}>}).children[0]!;
    expect(paragraph.children.map((node) => [node.type, node.position.start.offset, node.position.end.offset])).toEqual([
      ['text', 0, 4],
      ['link', 4, 23],
      // The backtick GFM had put in the link, then the text that followed it.
      ['text', 23, 24],
      ['text', 24, 30],
    ]);
  });
});

describe('a destination Docusaurus cannot parse', () => {
  it('is shown as its text on the Docusaurus target, with a warning at its place; kept as written in MkDocs\' HTML', () => {
    const input = 'A link to [the dev server](http://localhost:80a/docs) and ![the logo](https://[bad/logo.png) here.';
    const docusaurus = render(input, 'docusaurus');
    expect(docusaurus.html).toBe('<p>A link to the dev server and the logo here.</p>');
    expect(formatMessages(docusaurus.file).split('\n')).toEqual([
      "1:11-1:54: This link's URL cannot be read as a URL (`http://localhost:80a/docs`): shown as text [mkdocs-link-url]",
      "1:59-1:93: This image's URL cannot be read as a URL (`https://[bad/logo.png`): shown as text [mkdocs-link-url]",
    ]);
    const html = render(input, 'html');
    expect(html.html).toContain('<a href="http://localhost:80a/docs">the dev server</a>');
    expect(formatMessages(html.file)).toBe(formatMessages(docusaurus.file));
  });
});
