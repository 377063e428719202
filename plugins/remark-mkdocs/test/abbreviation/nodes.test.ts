/**
 * The pieces around the fixtures: the line grammar, the node shapes (with
 * positions) before and after the transform, rendering through
 * mdast-util-to-hast (what remark-rehype and MDX both use) with inert titles,
 * printing through mdast-util-to-markdown, and a glossary-sized document.
 */
import {toHast} from 'mdast-util-to-hast';
import {toHtml} from 'hast-util-to-html';
import {toMarkdown} from 'mdast-util-to-markdown';
import {describe, expect, it} from 'vitest';
import {nextLineTitle, parseAbbreviationLine} from '../../lib/abbreviation/grammar';
import {decodeCharacterReferences} from '../../lib/python-markdown';
import {mkdocsAbbreviationToMarkdown} from '../../lib/abbreviation/to-markdown';
import {parseTree, renderHtml} from './harness';

describe('the definition line grammar', () => {
  it('reads term and title, stripped', () => {
    expect(parseAbbreviationLine('*[ NAT ] :   Network Address Translation  ')).toEqual({
      ok: true,
      definition: {term: {start: 3, end: 6}, close: 7, colon: 9, title: {start: 13, end: 40}},
    });
    expect(parseAbbreviationLine('*[NAT]:')).toEqual({ok: true, definition: {term: {start: 2, end: 5}, close: 5, colon: 6}});
  });

  it('ignores lines that do not start with `*[`', () => {
    expect(parseAbbreviationLine('* [NAT]: x')).toBeUndefined();
    expect(parseAbbreviationLine(' *[NAT]: x')).toBeUndefined();
  });

  it('explains what is wrong', () => {
    const problem = (line: string) => {
      const result = parseAbbreviationLine(line);
      return result && !result.ok ? result.problem : undefined;
    };
    expect(problem('*[NAT] x')).toEqual({offset: 7, reason: 'Unexpected `x` after `*[NAT]`, expected `:` (`*[NAT]: Title`)'});
    expect(problem('*[NAT]')?.reason).toMatch(/^Unexpected end of line after `\*\[NAT\]`, expected `:`/);
    expect(problem('*[NAT')?.reason).toMatch(/expected `]`/);
    expect(problem('*[NAT]  : x')?.reason).toMatch(/^Unexpected 2 spaces between `]` and `:`/);
    expect(problem('*[ ]: x')?.reason).toMatch(/^Unexpected empty term/);
    expect(problem('*[a\\b]: x')).toMatchObject({offset: 3});
  });

  it('takes the next line as the title unless Python-Markdown reads it as a block', () => {
    expect(nextLineTitle('    Network Address Translation ')).toEqual({start: 4, end: 31});
    expect(nextLineTitle('*[X]: y')).toEqual({start: 0, end: 7});
    expect(nextLineTitle('  # not a heading')).toEqual({start: 2, end: 17});
    for (const line of ['', '   ', '# H', '#H', '***', '- - -', '   > q', '!!! note', '???+ tip "x"', '=== "Tab"', '```', '~~~ yaml', '<div>', '<!-- c -->']) {
      expect(nextLineTitle(line), line).toBeUndefined();
    }
  });

  it('shows the title as a browser shows MkDocs’ attribute', () => {
    expect(decodeCharacterReferences('AT&amp;T &foo; &#65;&#x42; &#150; &#0; &eacute; &Eacute; \\*x\\* <b>')).toBe('AT&T &foo; AB – \ufffd é É \\*x\\* <b>');
  });
});

describe('nodes', () => {
  it('parses a definition into a node with a position', () => {
    const {tree} = parseTree('Text\n*[NAT] :\n    Network &amp; Address\nmore\n', false);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'mkdocsAbbreviationDefinition', 'paragraph']);
    expect(tree.children[1]).toEqual({
      type: 'mkdocsAbbreviationDefinition',
      term: 'NAT',
      title: 'Network & Address',
      position: {start: {line: 2, column: 1, offset: 5}, end: {line: 3, column: 26, offset: 39}},
    });
  });

  it('wraps occurrences in an `mkdocsAbbreviation` with exact positions and removes definitions', () => {
    const {tree} = parseTree('> A NAT.\n\n*[NAT]: x\n', true);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({
      type: 'blockquote',
      children: [
        {
          type: 'paragraph',
          children: [
            {type: 'text', value: 'A ', position: {start: {line: 1, column: 3}, end: {line: 1, column: 5}}},
            {
              type: 'mkdocsAbbreviation',
              data: {hName: 'abbr', hProperties: {title: 'x'}},
              children: [{type: 'text', value: 'NAT', position: {start: {line: 1, column: 5}, end: {line: 1, column: 8}}}],
              position: {start: {line: 1, column: 5}, end: {line: 1, column: 8}},
            },
            {type: 'text', value: '.', position: {start: {line: 1, column: 8}, end: {line: 1, column: 9}}},
          ],
        },
      ],
    });
  });

  it('leaves a document without definitions alone', () => {
    const markdown = 'NAT and *[NAT] text\n\n```\n*[NAT]: in code\n```\n';
    const {tree} = parseTree(markdown, true);
    expect(tree).toEqual(parseTree(markdown, false).tree);
  });

  it('renders `<abbr title>` through mdast-util-to-hast, the title an inert attribute value', () => {
    const {tree} = parseTree('*[XSS]: "><script>alert(1)</script>\n\nXSS & more\n', true);
    const html = toHtml(toHast(tree));
    expect(html).toBe('<p><abbr title="&#x22;><script>alert(1)</script>">XSS</abbr> &#x26; more</p>');
    expect(html).not.toContain('"><script>');
  });

  it('prints with mdast-util-to-markdown', () => {
    const {tree} = parseTree('*[NAT]: A "quoted" & <b>\n\nThe NAT.\n', true);
    expect(toMarkdown(tree, {extensions: [mkdocsAbbreviationToMarkdown()]})).toBe(
      'The <abbr title="A &quot;quoted&quot; &amp; &lt;b>">NAT</abbr>.\n',
    );
    const parsed = parseTree('*[NAT]: AT&amp;T\n\n*[DNS]:\n', false).tree;
    expect(toMarkdown(parsed, {extensions: [mkdocsAbbreviationToMarkdown()]})).toBe('*[NAT]: AT&amp;T\n\n*[DNS]:\n');
  });
});

describe('a glossary', () => {
  it('handles 1000 terms on a long page quickly', () => {
    const terms = Array.from({length: 1000}, (_, index) => `T${index.toString(36).toUpperCase()}X`);
    const glossary = terms.map((term, index) => `*[${term}]: Term number ${index}`).join('\n');
    const prose = Array.from({length: 300}, (_, index) => `Paragraph ${index} uses ${terms[(index * 7) % 1000]} and ${terms[(index * 13) % 1000]}, words and more words.`).join('\n\n');
    const started = performance.now();
    const {html, file} = renderHtml(`${prose}\n\n${glossary}\n`);
    const elapsed = performance.now() - started;
    expect(html.match(/<abbr /g)).toHaveLength(600);
    expect(file.messages.filter((message) => message.ruleId === 'mkdocs-abbr-unused').length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(5000);
  });
});
