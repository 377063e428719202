import type {Root} from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified, type Plugin} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkSafeHtml, {findUnsafeHtml, rehypeSafeHtmlGuard, unsafeAttribute, unsafeUrl} from '../index';

/** Markdown → HTML the way Docusaurus does it for `.md`: raw HTML parsed by rehype-raw, then the guard. */
async function render(markdown: string, before: Plugin<[], Root>[] = []) {
  const file = new VFile({path: 'docs/lesson.md', value: markdown});
  const result = await unified()
    .use(remarkParse)
    .use(before)
    .use(remarkSafeHtml)
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(rehypeRaw)
    .use(rehypeSafeHtmlGuard)
    .use(rehypeStringify)
    .process(file);
  const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`);
  return {html: String(result), messages};
}

describe('findUnsafeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', 'element `<script>`'],
    ['<img src=x onerror=alert(1)>', 'event-handler attribute `onerror`'],
    ['<img/src="x"/onerror=alert(1)>', 'event-handler attribute `onerror`'],
    ['<a href="java\tscript:alert(1)">x</a>', '`javascript:` URL in `href`'],
    ['<a href="javascript&colon;alert(1)">x</a>', '`javascript:` URL in `href`'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '`data:` URL in `href`'],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', '`javascript:` URL in `xlink:href`'],
    ['<iframe srcdoc="<b>x</b>"></iframe>', 'element `<iframe>` without an http(s) `src`'],
    ['<iframe src="https://www.youtube.com/embed/x" srcdoc="<b>x</b>"></iframe>', 'attribute `srcdoc` (a page with its own scripts)'],
    ['<iframe src="javascript:alert(1)"></iframe>', 'element `<iframe>` without an http(s) `src`'],
    ['<iframe src="data:text/html,<script>alert(1)</script>"></iframe>', 'element `<iframe>` without an http(s) `src`'],
    ['<span style="background:url(javascript:alert(1))">x</span>', 'script URL in `style`'],
    ['<svg><set attributeName="href" to="javascript:alert(1)"/></svg>', 'script URL in `to`'],
    ['<template><img src=x onerror=alert(1)></template>', 'event-handler attribute `onerror`'],
    ['<base href="https://evil.example/">', 'element `<base>`'],
    ['</script>', 'end tag `</script>`'],
  ])('%s is unsafe', (html, finding) => {
    expect(findUnsafeHtml(html)).toContain(finding);
  });

  it.each([
    '<kbd>Ctrl</kbd>',
    '<details><summary>More</summary>text</details>',
    '<img src="img/pods.png" alt="Pods" width="300">',
    '<span style="color: red" title="javascript: the basics">x</span>',
    '<a href="https://example.org/?q=javascript:">x</a>',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">',
    '</div>',
    // An unquoted value runs to the next space: this `src` is `x/onerror=alert(1)`, harmless.
    '<img/src=x/onerror=alert(1)>',
    '<!-- <script>alert(1)</script> -->',
    // Workshops embed videos: a web page in its own origin cannot reach the lesson's page.
    '<iframe width="560" height="315" src="https://www.youtube.com/embed/x" title="Video" allowfullscreen></iframe>',
    '<iframe src="//player.vimeo.com/video/1"></iframe>',
    '</iframe>',
  ])('%s is safe', (html) => {
    expect(findUnsafeHtml(html)).toEqual([]);
  });
});

describe('unsafeUrl and unsafeAttribute', () => {
  it('judges schemes after removing the whitespace browsers ignore', () => {
    expect(unsafeUrl(' JaVa\nScRiPt:alert(1)', 'link')).toBe('`javascript:` URL');
    expect(unsafeUrl('vbscript:x', 'image')).toBe('`vbscript:` URL');
    expect(unsafeUrl('data:image/png;base64,AA', 'image')).toBeUndefined();
    expect(unsafeUrl('data:image/png;base64,AA', 'link')).toBe('`data:` URL');
    expect(unsafeUrl('intro.md#javascript:', 'link')).toBeUndefined();
    expect(unsafeUrl('mailto:a@b.c', 'link')).toBeUndefined();
  });

  it('reads hast and React property names as attributes', () => {
    expect(unsafeAttribute('onClick', 'x')).toBe('event-handler attribute `onclick`');
    expect(unsafeAttribute('xLinkHref', 'javascript:x')).toBe('`javascript:` URL in `xlinkhref`');
    expect(unsafeAttribute('srcDoc', '<b>')).toMatch(/srcdoc/);
    // A label or title that mentions JavaScript is text, not a URL.
    expect(unsafeAttribute('label', 'JavaScript: the basics')).toBeUndefined();
    expect(unsafeAttribute('open', 'true')).toBeUndefined();
  });
});

describe('remarkSafeHtml in a Docusaurus-like pipeline', () => {
  it('shows an inline script as text where it was written, and says where', async () => {
    const {html, messages} = await render('A <script>window.x = 1</script> b.\n');
    expect(html).toBe('<p>A &#x3C;script>window.x = 1&#x3C;/script> b.</p>');
    expect(messages).toEqual([
      '1:3 Unexpected element `<script>` in raw HTML, expected HTML that runs no script: shown as text [mkdocs-html-unsafe]',
    ]);
  });

  it('shows an unsafe block of raw HTML as a paragraph of text', async () => {
    const {html, messages} = await render('Before.\n\n<img src=x onerror="alert(1)">\n\nAfter.\n');
    expect(html).toBe('<p>Before.</p>\n<p>&#x3C;img src=x onerror="alert(1)"></p>\n<p>After.</p>');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^3:1 Unexpected event-handler attribute `onerror` in raw HTML/);
  });

  it('shows the end tag of an element whose start tag is shown as text, and only that one', async () => {
    const {html} = await render('<b onclick="x()">bold</b> and <b>safe</b>\n');
    expect(html).toBe('<p>&#x3C;b onclick="x()">bold&#x3C;/b> and <b>safe</b></p>');
  });

  it('keeps the text of a `javascript:` link, inline or by reference, and drops the link', async () => {
    const {html, messages} = await render('[one](javascript:alert(1)) [two][t] <javascript:alert(3)>\n\n[t]: javascript:alert(2)\n');
    expect(html).toBe('<p>one two javascript:alert(3)</p>');
    expect(messages.map((m) => m.split(' Unexpected')[0])).toEqual(['3:1', '1:1', '1:37']);
  });

  it('shows a `javascript:` image as its source text', async () => {
    const {html} = await render('![pods](javascript:alert(1))\n');
    expect(html).toBe('<p>![pods](javascript:alert(1))</p>');
  });

  it('leaves safe raw HTML, links and images alone, without a message', async () => {
    const markdown = '<details><summary>More</summary>\n\nBody <kbd>Ctrl</kbd>.\n\n</details>\n\n[a](https://example.org) ![b](data:image/png;base64,AA)\n';
    const {html, messages} = await render(markdown);
    expect(messages).toEqual([]);
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<a href="https://example.org">a</a>');
  });

  it('drops unsafe properties and JSX attributes other plugins built, keeping safe ones', async () => {
    const addAttributes: Plugin<[], Root> = () => (tree) => {
      const paragraph = tree.children[0];
      paragraph.data = {hProperties: {onClick: 'alert(1)', className: ['lead']}};
      tree.children.push({
        type: 'mdxJsxFlowElement',
        name: 'TabItem',
        attributes: [
          {type: 'mdxJsxAttribute', name: 'label', value: 'JavaScript: basics'},
          {type: 'mdxJsxAttribute', name: 'onMouseOver', value: 'alert(2)'},
        ],
        children: [],
      });
    };
    const file = new VFile({path: 'docs/lesson.md', value: 'Text.\n'});
    const processor = unified().use(remarkParse).use(addAttributes).use(remarkSafeHtml);
    const tree = await processor.run(processor.parse(file), file);
    expect(tree.children[0].data?.hProperties).toEqual({className: ['lead']});
    const tab = tree.children[1] as {attributes: {name: string}[]};
    expect(tab.attributes.map((a) => a.name)).toEqual(['label']);
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Unexpected event-handler attribute `onclick`, expected attributes that run no script: dropped',
      'Unexpected event-handler attribute `onmouseover`, expected attributes that run no script: dropped',
    ]);
  });
});

describe('rehypeSafeHtmlGuard', () => {
  it('fails the file when something unsafe reaches the HTML tree', async () => {
    // Without the remark step, the raw script goes through rehype-raw to the guard.
    const file = new VFile({path: 'docs/lesson.md', value: 'A <script>x()</script>\n'});
    const processor = unified()
      .use(remarkParse)
      .use(remarkRehype, {allowDangerousHtml: true})
      .use(rehypeRaw)
      .use(rehypeSafeHtmlGuard)
      .use(rehypeStringify);
    await expect(processor.process(file)).rejects.toThrow(/Unexpected element `<script>` \(line 1\)/);
  });
});
