import type {Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified, type Plugin} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkSafeHtml, {decodeCss, dropUnsafeFrontMatter, rehypeSafeHtmlGuard, rehypeSanitizeLesson, unsafeCss} from '../index';

const PASS_THROUGH: Array<'mdxjsEsm' | 'mdxFlowExpression' | 'mdxJsxFlowElement' | 'mdxJsxTextElement' | 'mdxTextExpression'> = ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'];

/** As Docusaurus runs `.md`: rehype-raw first among the rehype plugins, then the sanitizer and the guard. */
async function render(markdown: string, before: Plugin<[], Root>[] = [], afterRaw: Plugin<[], HastRoot>[] = []) {
  const file = new VFile({path: 'docs/lesson.md', value: markdown});
  const processor = unified()
    .use(remarkParse)
    .use(before)
    .use(remarkSafeHtml)
    .use(remarkRehype, {allowDangerousHtml: true, passThrough: PASS_THROUGH})
    .use(rehypeRaw, {passThrough: PASS_THROUGH})
    .use(afterRaw)
    .use(rehypeSanitizeLesson)
    .use(rehypeSafeHtmlGuard);
  const tree = await processor.run(processor.parse(file), file);
  const html = afterRaw.length > 0 ? '' : unified().use(rehypeStringify).stringify(tree as never);
  const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`);
  return {html, messages, tree};
}

describe('rehypeSanitizeLesson', () => {
  it('shows the mutation-XSS vector of issue 14 as text, with its place', async () => {
    const vector = `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'"></style></mglyph></table></mtext></math>`;
    const {html, messages} = await render(`Intro.\n\n${vector}\n`);
    expect(html).not.toMatch(/<math|<style|<img/);
    expect(html).toContain('&#x3C;math>&#x3C;mtext>&#x3C;table>&#x3C;mglyph>&#x3C;style>');
    expect(messages.some((m) => /^3:1 Unexpected .*`<mglyph>`.* in `<math>`, expected MathML from the allow-list.*shown as text \[mkdocs-html-unsafe\]$/.test(m))).toBe(true);
  });

  it('keeps MathML and SVG made of allowed elements, with their attributes', async () => {
    const {html, messages} = await render('<math display="block"><mi>x</mi><mo>=</mo><mn>2</mn></math>\n\n<svg viewBox="0 0 10 10" width="10"><circle cx="5" cy="5" r="4" fill="red"/></svg>\n');
    expect(messages).toEqual([]);
    expect(html).toContain('<math display="block"><mi>x</mi><mo>=</mo><mn>2</mn></math>');
    expect(html).toContain('<svg viewBox="0 0 10 10" width="10"><circle cx="5" cy="5" r="4" fill="red"></circle></svg>');
  });

  it.each([
    ['<svg><foreignObject><p>x</p></foreignObject></svg>', '`<foreignObject>`'],
    ['<svg><desc><b>x</b></desc></svg>', 'element `<b>` inside `<desc>`'],
    ['<svg><set attributeName="fill" to="red"/></svg>', 'element `<set>`'],
    ['<svg><use href="https://evil.example/x.svg#a"/></svg>', '`href` to `https://evil.example/x.svg#a`'],
    ['<math><annotation-xml encoding="text/html"><b>x</b></annotation-xml></math>', 'element `<annotation-xml>`'],
  ])('shows %s as text', async (markdown, finding) => {
    const {html, messages} = await render(`${markdown}\n`);
    expect(html).not.toMatch(/<svg|<math/);
    expect(messages.join('\n')).toContain(finding);
  });

  it('keeps a <style> with a mkdocs-html-style warning at its line', async () => {
    const {html, messages} = await render('Text.\n\n<style>.lesson h2 { color: teal }</style>\n');
    expect(html).toContain('<style>.lesson h2 { color: teal }</style>');
    expect(messages).toEqual([expect.stringMatching(/^3:1 Unexpected `<style>` element in a lesson, expected no site-wide CSS: it is kept.* \[mkdocs-html-style\]$/)]);
  });

  it('keeps the `type` of a <style> (`text/css`, as old tutorials write it) with no second warning', async () => {
    const {html, messages} = await render('<style type="text/css">.lesson h2 { color: teal }</style>\n');
    expect(html).toContain('<style type="text/css">');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('[mkdocs-html-style]');
  });

  it.each([
    '<style>*{background:url("\\6a avascript:alert(1)")}</style>',
    '<style>@import "javascript:alert(1)";</style>',
    '<style>p{x:expression(alert(1))}</style>',
  ])('shows %s as text: CSS that loads script', async (markdown) => {
    const {html, messages} = await render(`${markdown}\n`);
    expect(html).not.toContain('<style');
    expect(messages.join('\n')).toMatch(/CSS that loads script .* shown as text \[mkdocs-html-unsafe\]/);
  });

  it('shows a style element whose text would close it early as text', async () => {
    // The remark step shows the unsafe <img> as text, and that text lands inside the raw <style>.
    const {html, messages} = await render('a <style>b{}</style><img src=x onerror=alert(1)></style> c\n');
    expect(html).not.toMatch(/<img/);
    expect(messages.join('\n')).toMatch(/mkdocs-html-unsafe/);
  });

  it.each(['noscript', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes'])('shows <%s> as text, content included', async (tag) => {
    const {html, messages} = await render(`Before <${tag}><b>bold</b></${tag}> after.\n`);
    expect(html).not.toContain(`<${tag}`);
    expect(html).toContain(`&#x3C;${tag}>`);
    expect(messages.join('\n')).toContain(`element \`<${tag}>\` in the page`);
  });

  it('keeps a YouTube embed as written, and shows other iframes as text', async () => {
    const embed = '<iframe width="560" height="315" src="https://www.youtube.com/embed/x" title="Video" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe>';
    const kept = await render(`${embed}\n`);
    expect(kept.messages).toEqual([]);
    expect(kept.html).toBe(embed.replace('frameborder', 'frameborder').replace('allowfullscreen', 'allowfullscreen'));
  });

  it('keeps unknown elements lessons use as placeholders, silently, and drops attributes outside the allow-list', async () => {
    const {html, messages} = await render('Reach it at <NodeIP>:<NodePort>.\n\n<span class="x" foo="bar" style="color: red">y</span>\n');
    expect(html).toContain('Reach it at <nodeip>:<nodeport>.');
    expect(html).toContain('<span class="x" style="color: red">y</span>');
    expect(messages).toEqual(['3:1 Unexpected attribute `foo` on `<span>`, expected attributes from the allow-list that run no script: dropped [mkdocs-html-unsafe]']);
  });

  it('keeps MkDocs classes on links, ids unprefixed, data: images', async () => {
    const {html, messages} = await render('<a class="md-button md-button--primary" href="intro.md" id="start">Go</a> ![dot](data:image/png;base64,AA)\n');
    expect(messages).toEqual([]);
    expect(html).toContain('<a class="md-button md-button--primary" href="intro.md" id="start">Go</a>');
    expect(html).toContain('<img src="data:image/png;base64,AA" alt="dot">');
  });

  it('drops names and ids that would clobber document or the site’s globals, keeps anchors', async () => {
    const {html, messages} = await render('<img name="createElement" src="a.png" alt="a"> <span id="webpackChunklessonsaurus">x</span> <span id="docusaurus">y</span> <a id="step_2" name="Step2">z</a>\n');
    expect(html).toBe('<p><img src="a.png" alt="a"> <span>x</span> <span>y</span> <a id="step_2" name="Step2">z</a></p>');
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('attribute `name` (it would replace `document.createElement`) on `<img>`');
  });

  it('keeps Docusaurus’s pathname:// links (the MkDocs import’s unresolved links use them)', async () => {
    const {html, messages} = await render('<a href="pathname://../part-three/gone.md">gone</a>\n');
    expect(messages).toEqual([]);
    expect(html).toContain('href="pathname://../part-three/gone.md"');
  });

  it('drops a style attribute Docusaurus could not parse (it would fail the build)', async () => {
    const {html, messages} = await render('<span style="color">x</span>\n');
    expect(html).toBe('<p><span>x</span></p>');
    expect(messages.join('\n')).toContain('attribute `style` (CSS that cannot be parsed) on `<span>`');
  });

  it('keeps JSX nodes from our plugins, dropping string attributes that hold script', async () => {
    // After rehype-raw, as Docusaurus's tree has them (the remark step has its own check of JSX attributes).
    const addJsx: Plugin<[], HastRoot> = () => (tree) => {
      (tree.children as unknown[]).push({
        type: 'mdxJsxFlowElement',
        name: 'CommandBlock',
        attributes: [
          {type: 'mdxJsxAttribute', name: 'title', value: 'JavaScript: the basics'},
          {type: 'mdxJsxAttribute', name: 'href', value: 'javascript:alert(1)'},
        ],
        children: [],
      });
    };
    const {tree, messages} = await render('Text.\n', [], [addJsx]);
    const jsx = (tree as {children: Array<{type: string; attributes?: Array<{name: string}>}>}).children.find((node) => node.type === 'mdxJsxFlowElement');
    expect(jsx?.attributes?.map((a) => a.name)).toEqual(['title']);
    expect(messages.join('\n')).toContain('`javascript:` URL in `href` on `<CommandBlock>`');
  });
});

describe('CSS checks', () => {
  it('reads CSS as its tokenizer does: comments out, escapes decoded', () => {
    expect(decodeCss('a/* x */b\\6a avascript\\3a')).toBe('abjavascript:');
    expect(unsafeCss('background: url(JAVA\\53 CRIPT:x)')).toBe('CSS that loads script (`javascript:`)');
    expect(unsafeCss('background: url(java/**/script:x)')).toBe('CSS that loads script (`javascript:`)');
    expect(unsafeCss('color: red; background: url(img/a.png)')).toBeUndefined();
  });
});

describe('dropUnsafeFrontMatter', () => {
  it('drops script URLs from the keys the theme writes as URLs, and nothing else', () => {
    const frontMatter: Record<string, unknown> = {
      title: 'javascript: the basics',
      custom_edit_url: ' JaVa\tscript:alert(1)',
      image: 'data:image/png;base64,AA',
    };
    expect(dropUnsafeFrontMatter(frontMatter)).toEqual([{key: 'custom_edit_url', reason: '`javascript:` URL'}]);
    expect(frontMatter).toEqual({title: 'javascript: the basics', image: 'data:image/png;base64,AA'});
    expect(dropUnsafeFrontMatter({image: 'data:text/html,<script>alert(1)</script>'})).toEqual([{key: 'image', reason: '`data:` URL'}]);
  });
});
