/**
 * Property test: random HTML fragments from a grammar of tags (HTML, raw-text
 * and RCDATA elements, tables, forms, SVG and MathML with their integration
 * points), attributes (handlers, URLs in every disguise, CSS, srcdoc) and
 * texts that close or open contexts (`</style>`, `<!--`, `]]>`), nested at
 * random, some end tags left out, as a block or inline in a paragraph, through
 * the site's whole pipeline and React's server render: the HTML the browser
 * parses never holds a handler, a script URL or a script (the built-HTML
 * guard's scan), and the pipeline never fails on them.
 */
import fc from 'fast-check';
import {afterAll, describe, expect, test} from 'vitest';
import {NOTHING_OWN, findUnsafeInPage} from '../../plugins/built-html-guard';
import {asPage, startRenderer} from './renderer';

const renderer = startRenderer();
afterAll(() => renderer.close());

const HTML_TAGS = [
  'div', 'p', 'span', 'a', 'b', 'i', 'img', 'table', 'tbody', 'tr', 'td', 'caption', 'colgroup', 'ul', 'li', 'pre', 'code', 'kbd',
  'details', 'summary', 'figure', 'form', 'button', 'input', 'select', 'option', 'label', 'video', 'source', 'iframe', 'h1', 'font',
  'style', 'textarea', 'title', 'noscript', 'template', 'xmp', 'noembed', 'noframes', 'plaintext', 'script', 'object', 'embed', 'base',
  'meta', 'link', 'frameset', 'head', 'body', 'html', 'custom-el', 'admonition',
];
const FOREIGN_TAGS = [
  'svg', 'math', 'mtext', 'mi', 'mo', 'mglyph', 'malignmark', 'annotation-xml', 'semantics', 'foreignObject', 'desc', 'title', 'g',
  'a', 'set', 'animate', 'use', 'image', 'text', 'path', 'style', 'script',
];
const ATTRIBUTE_NAMES = [
  'onerror', 'onload', 'onclick', 'ONMOUSEOVER', 'href', 'src', 'style', 'title', 'id', 'class', 'srcdoc', 'xlink:href', 'formaction',
  'action', 'data', 'encoding', 'attributeName', 'values', 'to', 'poster', 'background', 'name', 'type', 'content', 'http-equiv', 'markdown',
];
const ATTRIBUTE_VALUES = [
  'x', 'javascript:alert(1)', 'java&#x09;script:alert(1)', '&#106;avascript:alert(1)', ' JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>', 'data:image/png;base64,AA', '</style><img src=x onerror=alert(1)>',
  '--><img src=x onerror=alert(1)>', 'url(javascript:alert(1))', 'background:url(\\6a avascript:alert(1))', 'color:red', 'text/html',
  'href', '#x', 'https://example.invalid/', '<script>alert(1)</script>', 'refresh', '0;url=javascript:alert(1)', '"', "'",
];
const TEXTS = [
  'x', '<img src=x onerror=alert(1)>', '</style>', '</textarea>', '</title>', '</noscript>', '<!--', '-->', '--!>', ']]>', '<![CDATA[',
  '&lt;img src=x onerror=alert(1)&gt;', '<svg onload=alert(1)>', '</math>', '</svg>', '\n\n', '\n', '*a*', '`c`', '!!! note "t"\n    b',
  '[l](javascript:alert(1))',
];

function attribute(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...ATTRIBUTE_NAMES), fc.constantFrom(...ATTRIBUTE_VALUES), fc.constantFrom('"', "'", '', 'bare'))
    .map(([name, value, quote]) => {
      if (quote === 'bare') return name;
      if (quote === '') return `${name}=${value.replace(/[\s"'>]/g, '')}`;
      return `${name}=${quote}${value.split(quote).join(quote === '"' ? '&quot;' : '&#39;')}${quote}`;
    });
}

const fragment = fc.letrec<{node: string; nodes: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    fc.constantFrom(...TEXTS),
    fc.constantFrom(...TEXTS.map((text) => `<!--${text}-->`)),
    fc
      .tuple(
        fc.constantFrom(...HTML_TAGS, ...FOREIGN_TAGS),
        fc.array(attribute(), {maxLength: 3}),
        tie('nodes'),
        fc.constantFrom('close', 'close', 'close', 'open', 'self'),
      )
      .map(([tag, attributes, children, end]) => {
        const open = `<${tag}${attributes.map((a) => ` ${a}`).join('')}`;
        if (end === 'self') return `${open}/>`;
        return `${open}>${children}${end === 'close' ? `</${tag}>` : ''}`;
      }),
    fc.constantFrom(...[...HTML_TAGS, ...FOREIGN_TAGS].map((tag) => `</${tag}>`)),
  ),
  nodes: fc.array(tie('node'), {maxLength: 4}).map((nodes) => nodes.join('')),
})).nodes;

describe('random HTML through the whole pipeline', () => {
  test('never yields a handler, a script URL or a script in the HTML the browser parses', async () => {
    await fc.assert(
      fc.asyncProperty(fragment, fc.boolean(), async (html, inline) => {
        const markdown = inline ? `# Page\n\nBefore ${html} after.\n` : `# Page\n\n${html}\n`;
        const rendered = await renderer.render(markdown);
        const findings = findUnsafeInPage(asPage(rendered), NOTHING_OWN);
        expect(findings, `${markdown}\n→ ${rendered}`).toEqual([]);
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 400), seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined},
    );
  }, 600_000);
});
