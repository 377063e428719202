import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Heading, Paragraph} from 'mdast';
import {VFile} from 'vfile';
import {attributeLists} from '../../lib/attribute-list/transform';
import {PARSERS, renderInline} from '../inline-pipeline';

/** Long SVG paths make expectations unreadable; the icon tests check them. */
const shortPaths = (html: string) => html.replace(/ d="[^"]*"/g, ' d="…"');

interface Case {
  name: string;
  markdown: string;
  html: string;
  /** `line:col-line:col: reason [rule]` lines; a substring of the reason is enough. */
  messages?: string[];
  infimaButtons?: boolean;
}

const cases: Case[] = [
  // Buttons (Material's `.md-button`) become Infima buttons and keep their classes.
  {
    name: 'link button, secondary',
    markdown: '[Start](intro.md){ .md-button }',
    html: '<p><a href="intro.md" class="button button--secondary md-button">Start</a></p>',
  },
  {
    name: 'link button, primary',
    markdown: '[Start](intro.md){ .md-button .md-button--primary }',
    html: '<p><a href="intro.md" class="button button--primary md-button md-button--primary">Start</a></p>',
  },
  {
    name: 'colon form without spaces',
    markdown: '[Start](intro.md){:.md-button}',
    html: '<p><a href="intro.md" class="button button--secondary md-button">Start</a></p>',
  },
  {
    name: 'MkDocs-shaped html keeps only Material classes',
    markdown: '[Start](intro.md){ .md-button }',
    html: '<p><a href="intro.md" class="md-button">Start</a></p>',
    infimaButtons: false,
  },
  {
    name: 'text after the list stays',
    markdown: 'Go [Start](intro.md){ .md-button } now.',
    html: '<p>Go <a href="intro.md" class="button button--secondary md-button">Start</a> now.</p>',
  },
  {
    name: 'reference link',
    markdown: '[Start][s]{ .md-button }\n\n[s]: intro.md',
    html: '<p><a href="intro.md" class="button button--secondary md-button">Start</a></p>',
  },
  {
    name: 'corpus: icon inside a button link',
    markdown: '[:fontawesome-solid-file-pdf: Download the presentation](../assets/pdf/4_apptainer.pdf){: .md-button }',
    html:
      '<p><a href="../assets/pdf/4_apptainer.pdf" class="button button--secondary md-button"><span class="twemoji">' +
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 576 512" width="1.125em" height="1.125em" fill="currentColor" aria-hidden="true" focusable="false" style="vertical-align:-0.2em">' +
      '<path d="…"></path></svg></span> Download the presentation</a></p>',
  },

  // Headings.
  {
    name: 'heading id',
    markdown: '## Custom heading { #custom-id }',
    html: '<h2 id="custom-id">Custom heading</h2>',
  },
  {
    name: 'heading id, colon form',
    markdown: '### Setup {: #setup }',
    html: '<h3 id="setup">Setup</h3>',
  },
  {
    name: 'heading classes and attributes',
    markdown: '## Title { #t .big data-level="2" }',
    html: '<h2 id="t" data-level="2" class="big">Title</h2>',
  },
  {
    name: 'heading closing hashes are stripped',
    markdown: '## Title ## { #t }',
    html: '<h2 id="t">Title</h2>',
  },
  {
    name: 'heading ending in inline markup',
    markdown: '## Use **this** { #use }',
    html: '<h2 id="use">Use <strong>this</strong></h2>',
  },
  {
    name: 'a hash that is part of the title stays (not a closing sequence)',
    markdown: '## C# { #csharp }',
    html: '<h2 id="csharp">C#</h2>',
  },
  {
    name: 'setext heading',
    markdown: 'Title { #s }\n=====',
    html: '<h1 id="s">Title</h1>',
  },
  {
    name: 'heading list without a space before it stays text',
    markdown: '## Title{ #t }',
    html: '<h2>Title{ #t }</h2>',
    messages: ['1:9-1:15: Unexpected attribute list `{ #t }` after plain text'],
  },

  // Paragraphs and list items.
  {
    name: 'paragraph class (annotations)',
    markdown: 'Lorem ipsum (1)\n{ .annotate }\n\n1. Note',
    html: '<p class="annotate">Lorem ipsum (1)</p>\n<ol>\n<li>Note</li>\n</ol>',
  },
  {
    name: 'last line after a link applies to the paragraph',
    markdown: '[a](b)\n{ .x }',
    html: '<p class="x"><a href="b">a</a></p>',
  },
  {
    name: 'tight list item gets it (it has no <p> in MkDocs)',
    markdown: '- Item (1)\n  { .annotate }\n- Other',
    html: '<ul>\n<li class="annotate">Item (1)</li>\n<li>Other</li>\n</ul>',
  },
  {
    name: 'loose list item: its paragraph gets it',
    markdown: '- Item\n  { .x }\n\n- Other',
    html: '<ul>\n<li>\n<p class="x">Item</p>\n</li>\n<li>\n<p>Other</p>\n</li>\n</ul>',
  },
  {
    name: 'in a blockquote',
    markdown: '> Quote\n> { .x }',
    html: '<blockquote>\n<p class="x">Quote</p>\n</blockquote>',
  },

  // Inline elements.
  {
    name: 'image size',
    markdown: '![Diagram](img/diagram.png){ width="300" }',
    html: '<p><img src="img/diagram.png" alt="Diagram" width="300"></p>',
  },
  {
    name: 'image, unquoted and single-quoted values',
    markdown: "![x](y.png){ width=300 loading='lazy' }",
    html: '<p><img src="y.png" alt="x" width="300" loading="lazy"></p>',
  },
  {
    name: 'emphasis, code span, strikethrough-free inline targets',
    markdown: '*a*{ .b } `c`{ .d } **e**{ .f }',
    html: '<p><em class="b">a</em> <code class="d">c</code> <strong class="f">e</strong></p>',
  },
  {
    name: 'icon with a class (Material: coloured icons)',
    markdown: ':material-heart:{ .heart }',
    html:
      '<p><span class="twemoji heart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="1.125em" height="1.125em" fill="currentColor" aria-hidden="true" focusable="false" style="vertical-align:-0.2em">' +
      '<path d="…"></path></svg></span></p>',
  },
  {
    name: 'class attribute replaces, dot appends',
    markdown: '[a](b){ .x class="y z" .w }',
    html: '<p><a href="b" class="y z w">a</a></p>',
  },
  {
    name: 'unparsable rest: applied up to it, reported',
    markdown: '[a](b){ .x = .y }',
    html: '<p><a href="b" class="x">a</a></p>',
    messages: ['1:7-1:18: Unexpected `= .y` in attribute list `{ .x = .y }`'],
  },

  // Unsafe attributes are dropped; values are never markup.
  {
    name: 'event handler dropped',
    markdown: '![x](y.png){ width="300" onerror="alert(1)" }',
    html: '<p><img src="y.png" alt="x" width="300"></p>',
    messages: ['1:12-1:46: Unexpected event-handler attribute `onerror="alert(1)"`, expected presentational attributes such as `.class`, `#id` or `width="300"`; dropped [mkdocs-attr-unsafe]'],
  },
  {
    name: 'javascript: href dropped, link keeps its own URL',
    markdown: '[a](https://example.com){ href="javascript:alert(1)" }',
    html: '<p><a href="https://example.com">a</a></p>',
    messages: ['Unexpected `javascript:` URL in `href="javascript:alert(1)"`, expected an http(s), mailto or relative URL; dropped [mkdocs-attr-unsafe]'],
  },
  {
    name: 'data: src dropped',
    markdown: '![x](y.png){ src="data:image/svg+xml;base64,PHN2Zz4=" }',
    html: '<p><img src="y.png" alt="x"></p>',
    messages: ['Unexpected `data:` URL in `src="data:image/svg+xml;base64,PHN2Zz4="`'],
  },
  {
    name: 'style with url( dropped, plain style kept',
    markdown: '[a](b){ style="background:url(https://evil.example/x)" }\n\n[c](d){ style="color: red" }',
    html: '<p><a href="b">a</a></p>\n<p><a href="d" style="color: red">c</a></p>',
    messages: ['Unexpected `url(` in `style="background:url(https://evil.example/x)"`'],
  },
  {
    name: 'srcdoc dropped',
    markdown: '[a](b){ srcdoc="x" }',
    html: '<p><a href="b">a</a></p>',
    messages: ['Unexpected `srcdoc="x"` attribute'],
  },
  {
    name: 'hostile title is an escaped attribute value, never markup',
    markdown: "[a](b){ title='&quot;&gt;&lt;img src=x onerror=alert(1)&gt;' }",
    html: '<p><a href="b" title="&#x22;><img src=x onerror=alert(1)>">a</a></p>',
  },
  {
    name: 'hostile value that ends its own quotes: the pieces are separate, inert attributes',
    markdown: '[a](b){ title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" }',
    html: '<p><a href="b" title="" _img="><img" src="x">a</a></p>',
    messages: ['Unexpected event-handler attribute `onerror="alert(1)>""`', 'Unexpected attribute name `><img`, expected letters, digits'],
  },
  {
    name: 'hostile id on a heading is escaped',
    markdown: "## T { id='&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;' }",
    html: '<h2 id="&#x22;><script>alert(1)</script>">T</h2>',
  },
  {
    name: 'quote in a class value cannot break out',
    markdown: `[a](b){ class='x" onclick="alert(1)' }`,
    html: '<p><a href="b" class="x&#x22; onclick=&#x22;alert(1)">a</a></p>',
  },

  // Lists that cannot be attached stay visible, reported.
  {
    name: 'malformed: no closing brace after a link',
    markdown: '[a](b){ .x',
    html: '<p><a href="b">a</a>{ .x</p>',
    messages: ['1:7-1:11: Unexpected unclosed attribute list `{ .x`, expected a closing `}` on the same line; shown as text [mkdocs-attr-list]'],
  },
  {
    name: 'malformed: heading',
    markdown: '## Title { .x',
    html: '<h2>Title { .x</h2>',
    messages: ['1:10-1:14: Unexpected unclosed attribute list `{ .x`'],
  },
  {
    name: 'malformed: last line',
    markdown: 'Text\n{ .x',
    html: '<p>Text\n{ .x</p>',
    messages: ['2:1-2:5: Unexpected unclosed attribute list `{ .x`'],
  },
  {
    name: 'in a paragraph of its own',
    markdown: 'Text\n\n{ .annotate }',
    html: '<p>Text</p>\n<p>{ .annotate }</p>',
    messages: ['3:1-3:14: Unexpected attribute list `{ .annotate }` in a paragraph of its own'],
  },
  {
    name: 'after plain text',
    markdown: 'Some { .x } text',
    html: '<p>Some { .x } text</p>',
    messages: ['1:6-1:12: Unexpected attribute list `{ .x }` after plain text'],
  },
  {
    name: 'prose braces are not attribute lists',
    markdown: 'Replace {placeholder} and {} here; `{ .x }` is code.',
    html: '<p>Replace {placeholder} and {} here; <code>{ .x }</code> is code.</p>',
  },
  {
    name: 'prose braces holding dots or numbers are no attribute lists either (`{...}`, `{.5}`: no CSS name)',
    markdown: 'The data for SFT {messages: [...], meta: {...}} is a list; scale by {.5}.',
    html: '<p>The data for SFT {messages: [...], meta: {...}} is a list; scale by {.5}.</p>',
  },
  {
    name: 'template braces are no attribute lists (mkdocs-macros, Jinja: its own warning says what stays unrendered)',
    markdown: 'See -{{image(url="x.png")}}- and {{ config.site_name }} or {% if x %}y{% endif %}.',
    html: '<p>See -{{image(url="x.png")}}- and {{ config.site_name }} or {% if x %}y{% endif %}.</p>',
  },
  {
    name: 'escaped braces are text, silently',
    markdown: '[a](b)\\{ .x } and ## not \\{ .y }',
    html: '<p><a href="b">a</a>{ .x } and ## not { .y }</p>',
  },
  {
    name: 'a list in a code block is code',
    markdown: '```\n[a](b){ .x }\n```',
    html: '<pre><code>[a](b){ .x }\n</code></pre>',
  },
];

describe.each(PARSERS)('attribute lists (%s)', (parser) => {
  it.each(cases)('$name', ({markdown, html, messages = [], infimaButtons}) => {
    const result = renderInline(markdown, {parser, attributes: {infimaButtons}});
    expect(shortPaths(result.html)).toBe(html);
    const lines = result.messages === '' ? [] : result.messages.split('\n');
    expect(lines).toHaveLength(messages.length);
    messages.forEach((expected, index) => expect(lines[index]).toContain(expected));
  });

  it('a colon inside a value is not a directive', () => {
    const {html, messages} = renderInline('[a](b){ title="Note:important" .x }', {parser});
    expect(html).toBe('<p><a href="b" title="Note:important" class="x">a</a></p>');
    expect(messages).toBe('');
  });

  it('a javascript: value split by a directive is still dropped', () => {
    const {html, messages} = renderInline('[a](b){ href="javascript:alert(1)" }', {parser});
    expect(html).toBe('<p><a href="b">a</a></p>');
    expect(messages).toContain('[mkdocs-attr-unsafe]');
  });
});

describe('positions', () => {
  const run = (markdown: string) => {
    const tree = unified().use(remarkParse).parse(markdown);
    attributeLists(tree, new VFile(markdown));
    return tree;
  };
  const span = (node: {position?: {start: {column: number}; end: {column: number}}}) => [
    node.position?.start.column,
    node.position?.end.column,
  ];

  it('text kept after an inline list starts after the braces', () => {
    const paragraph = run('Go [a](b){ .x } now').children[0] as Paragraph;
    expect(paragraph.children.map((node) => [node.type, ...span(node)])).toEqual([
      ['text', 1, 4],
      ['link', 4, 10],
      ['text', 16, 20],
    ]);
  });

  it('a heading\'s text ends before its list', () => {
    const heading = run('## Title ## { #t }').children[0] as Heading;
    expect(heading.children.map((node) => [node.type, ...span(node)])).toEqual([['text', 4, 9]]);
  });
});
