import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import {toString} from 'mdast-util-to-string';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import type {Heading, Root} from 'mdast';
import {VFile} from 'vfile';
import {emojiFor, emojiShortcodes, isIconNode} from '../../lib/emoji/transform';
import {resolveIcon} from '../../lib/emoji/icons';
import {PARSERS, renderInline, type Parser} from '../inline-pipeline';
import {corpusWorkshops} from '../../../../test/data-paths';

/** Long SVG paths make expectations unreadable; `icon()` below checks one in full. */
const shortPaths = (html: string) => html.replace(/ d="[^"]*"/g, ' d="…"');
const svg = (viewBox: string) =>
  `<span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="1.125em" height="1.125em" fill="currentColor" aria-hidden="true" focusable="false" style="vertical-align:-0.2em"><path d="…"></path></svg></span>`;

interface Case {
  name: string;
  markdown: string;
  html: string;
  messages?: string[];
}

const cases: Case[] = [
  {name: 'in prose', markdown: 'Party :tada: time', html: '<p>Party 🎉 time</p>'},
  {name: 'aliases with + and -', markdown: ':+1: and :-1:', html: '<p>👍 and 👎</p>'},
  {name: 'back to back', markdown: ':tada::rocket:', html: '<p>🎉🚀</p>'},
  {name: 'inside a word (pymdownx needs no boundary)', markdown: 'a:smile:b', html: '<p>a😄b</p>'},
  {name: 'in a heading', markdown: '## :rocket: Launch', html: '<h2>🚀 Launch</h2>'},
  {name: 'in emphasis', markdown: '*:warning: careful*', html: '<p><em>⚠️ careful</em></p>'},
  {name: 'in link text', markdown: '[:books: Docs](https://example.com)', html: '<p><a href="https://example.com">📚 Docs</a></p>'},
  {name: 'not in inline code', markdown: 'Type `:tada:` to get :tada:', html: '<p>Type <code>:tada:</code> to get 🎉</p>'},
  {name: 'not in a code block', markdown: '```\necho :tada:\n```', html: '<pre><code>echo :tada:\n</code></pre>'},
  {name: 'not in an indented code block', markdown: '    :tada:', html: '<pre><code>:tada:\n</code></pre>'},
  {
    name: 'not in a link URL',
    markdown: '[wiki](https://wiki.example/Category:Customer:_Golog)',
    html: '<p><a href="https://wiki.example/Category:Customer:_Golog">wiki</a></p>',
  },
  {
    name: 'not in an autolink',
    markdown: '<https://example.com/:tada:/x>',
    html: '<p><a href="https://example.com/:tada:/x">https://example.com/:tada:/x</a></p>',
  },
  {
    name: 'not in raw HTML',
    markdown: '<span title=":tada:">x</span> :tada:',
    html: '<p><span title=":tada:">x</span> 🎉</p>',
  },
  {name: 'escaped colon is literal (pymdownx makes `:` escapable)', markdown: '\\:tada: and :tada:', html: '<p>:tada: and 🎉</p>'},
  {name: 'a character reference is not a colon', markdown: '&#58;tada: but &amp; :tada:', html: '<p>:tada: but &#x26; 🎉</p>'},
  {name: 'escaped closing colon is literal too', markdown: ':tada\\:', html: '<p>:tada:</p>'},
  {
    name: 'on a continuation line of a quote or list (the value lacks the `> ` prefix)',
    markdown: '> a &amp; b\n> :tada:\n\n- x\n  :rocket:',
    html: '<blockquote>\n<p>a &#x26; b\n🎉</p>\n</blockquote>\n<ul>\n<li>x\n🚀</li>\n</ul>',
  },
  {
    name: 'unknown words stay, silently',
    markdown: 'Port :8080:, :notanemoji: and :Customer:',
    html: '<p>Port :8080:, :notanemoji: and :Customer:</p>',
  },
  {
    name: 'octicon in a heading (corpus)',
    markdown: '## :octicons-tasklist-16: **Task 1**: Create a PersistentVolumeClaim',
    html: `<h2>${svg('0 0 16 16')} <strong>Task 1</strong>: Create a PersistentVolumeClaim</h2>`,
  },
  {name: 'material icon', markdown: 'Done :material-check:', html: `<p>Done ${svg('0 0 24 24')}</p>`},
  {name: 'font awesome solid', markdown: ':fontawesome-solid-file-pdf:', html: `<p>${svg('0 0 576 512')}</p>`},
  {name: 'font awesome brands', markdown: ':fontawesome-brands-github:', html: `<p>${svg('0 0 512 512')}</p>`},
  {name: 'font awesome regular', markdown: ':fontawesome-regular-face-smile:', html: `<p>${svg('0 0 512 512')}</p>`},
  {
    name: 'icon that is all a link holds names the link',
    markdown: '[:fontawesome-brands-github:](https://github.com)',
    html: `<p><a href="https://github.com">${svg('0 0 512 512').replace('class="twemoji"', 'class="twemoji" role="img" aria-label="github"')}</a></p>`,
  },
  {
    name: 'unknown octicon is reported and stays',
    markdown: 'A :octicons-no-such-icon-16: here',
    html: '<p>A :octicons-no-such-icon-16: here</p>',
    messages: ['1:3-1:29: Unexpected icon `:octicons-no-such-icon-16:`, expected an icon name from Material\'s icon sets'],
  },
  {
    name: 'octicon without its size is reported',
    markdown: ':octicons-tasklist:',
    html: '<p>:octicons-tasklist:</p>',
    messages: ['Unexpected icon `:octicons-tasklist:`'],
  },
  {
    name: 'unknown material icon and Font Awesome style',
    markdown: ':material-not-an-icon-at-all: :fontawesome-light-house:',
    html: '<p>:material-not-an-icon-at-all: :fontawesome-light-house:</p>',
    messages: ['1:1-1:30: Unexpected icon', '1:31-1:56: Unexpected icon'],
  },
];

describe.each(PARSERS)('emoji and icons (%s)', (parser: Parser) => {
  it.each(cases)('$name', ({markdown, html, messages = []}) => {
    const result = renderInline(markdown, {parser, attributes: false});
    expect(shortPaths(result.html)).toBe(html);
    const lines = result.messages === '' ? [] : result.messages.split('\n');
    expect(lines).toHaveLength(messages.length);
    messages.forEach((expected, index) => expect(lines[index]).toContain(expected));
    for (const line of lines) expect(line).toMatch(/\[mkdocs-icon\]$/);
  });

  it('a shortcode followed by a word (directive shape) keeps the word', () => {
    expect(renderInline(':tada:done and :tada:[x]', {parser}).html).toBe('<p>🎉done and 🎉[x]</p>');
  });

  it('an icon keeps its source position; the text around it too', () => {
    const tree = parse('Go :material-check: now', parser);
    emojiShortcodes(tree, new VFile('Go :material-check: now'));
    const paragraph = tree.children[0] as Extract<Root['children'][number], {type: 'paragraph'}>;
    expect(paragraph.children.map((node) => [node.type, isIconNode(node), node.position?.start.column, node.position?.end.column])).toEqual([
      ['text', false, 1, 4],
      ['text', true, 4, 20],
      ['text', false, 20, 24],
    ]);
  });

  it('an icon adds nothing to the heading text (slug, TOC)', () => {
    const markdown = '## :octicons-tasklist-16: **Task 1**: Create';
    const tree = parse(markdown, parser);
    emojiShortcodes(tree, new VFile(markdown));
    expect(toString(tree.children[0] as Heading)).toBe(' Task 1: Create');
  });
});

describe('directive shapes', () => {
  it('a directive named after a shortcode, then a colon, becomes the emoji (older directive parsers)', () => {
    // remark-directive 3 and 4 reject `:tada:` as a directive; build the shape by hand.
    const source = 'Hi :tada: you';
    const point = (offset: number) => ({line: 1, column: offset + 1, offset});
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            {type: 'text', value: 'Hi ', position: {start: point(0), end: point(3)}},
            {type: 'textDirective', name: 'tada', attributes: {}, children: [], position: {start: point(3), end: point(8)}},
            {type: 'text', value: ': you', position: {start: point(8), end: point(13)}},
          ],
        },
      ],
    };
    emojiShortcodes(tree, new VFile(source));
    expect(tree.children[0]).toMatchObject({
      children: [{type: 'text', value: 'Hi 🎉 you', position: {start: point(0), end: point(13)}}],
    });
  });

  it('a directive after an unknown word stays a directive', () => {
    const markdown = ':notanemoji:word';
    const tree = parse(markdown, 'directive');
    emojiShortcodes(tree, new VFile(markdown));
    expect((tree.children[0] as Extract<Root['children'][number], {type: 'paragraph'}>).children.map((node) => node.type)).toEqual([
      'text',
      'textDirective',
    ]);
  });
});

describe('icon data', () => {
  it('inlines the exact path of the package', () => {
    const {html} = renderInline(':octicons-tasklist-16:');
    const tree = fromHtml(html, {fragment: true});
    const svgElement = select('span.twemoji > svg', tree);
    expect(svgElement?.properties.viewBox).toBe('0 0 16 16');
    const paths = selectAll('path', tree);
    expect(paths).toHaveLength(1);
    const found = resolveIcon('octicons-tasklist-16');
    expect(found && 'found' in found && found.found.paths[0].d).toBe(paths[0].properties.d);
  });

  it('reports a set whose package is missing', () => {
    const {html, messages} = renderInline(':simple-github:', {
      emoji: {resolveIcon: () => ({missing: 'package', packageName: 'simple-icons'})},
    });
    expect(html).toBe('<p>:simple-github:</p>');
    expect(messages).toBe(
      '1:1-1:16: Unexpected icon `:simple-github:` from a set whose package `simple-icons` is not installed, expected an installed icon set (npm install simple-icons); shown as text [mkdocs-icon]',
    );
  });

  it('simple-icons: installed, as Material ships them (`:simple-redis:` on a button, `:simple-python:` in a card)', () => {
    for (const name of ['simple-github', 'simple-redis', 'simple-python']) expect(resolveIcon(name)).toMatchObject({found: {viewBox: '0 0 24 24'}});
    expect(resolveIcon('simple-no-such-brand')).toEqual({missing: 'icon'});
  });

  it("knows the names of Material's Twemoji index too (skin tones, EmojiOne names gemoji lacks)", () => {
    expect(emojiFor('pray_tone3')).toBe('🙏🏽');
    expect(emojiFor('thumbsup_tone5')).toBe('👍🏿');
    expect(emojiFor('+1_tone1')).toBe('👍🏻');
    expect(emojiFor('face_vomiting')).toBe('🤮');
    expect(emojiFor('clown')).toBe('🤡');
    // gemoji's own reading wins where both know a name.
    expect(emojiFor('tada')).toBe('🎉');
  });

  it('knows the whole gemoji set', () => {
    expect(emojiFor('tada')).toBe('🎉');
    expect(emojiFor('white_check_mark')).toBe('✅');
    expect(emojiFor('octocat')).toBeUndefined(); // GitHub image, no Unicode
    expect(emojiFor('not_an_emoji')).toBeUndefined();
  });
});

describe('corpus lessons', () => {
  // The real workshops of test/data/corpus.
  const files = corpusWorkshops().flatMap((workshop) =>
    readdirSync(workshop)
      .filter((name) => name.endsWith('.md'))
      .map((name) => path.join(workshop, name)),
  );

  it.each(PARSERS)('every icon renders and every attribute list attaches (%s)', (parser) => {
    expect(files.length, 'lessons in test/data/corpus').toBeGreaterThan(0);
    for (const file of files) {
      const {html, messages} = renderInline(readFileSync(file, 'utf8'), {parser});
      expect(messages, file).toBe('');
      const withoutCode = html.replace(/<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, '');
      expect(withoutCode, file).not.toMatch(/:(?:octicons|fontawesome|material)-[\w-]+:/);
      expect(withoutCode, file).not.toContain('{: .md-button }');
    }
  });
});

function parse(markdown: string, parser: Parser): Root {
  const processor = unified().use(remarkParse);
  if (parser === 'directive') processor.use(remarkDirective);
  return processor.parse(markdown);
}
