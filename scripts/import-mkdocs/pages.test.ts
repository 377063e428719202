import {describe, expect, it} from 'vitest';
import {parseYaml} from './yaml';
import {hideNote, invalidDocusaurusFrontMatter, plainHeading, resolveLocalLink, scanPage, titleFromFileName} from './pages';

describe('page titles, as MkDocs takes them', () => {
  it('prefers front matter title, then a leading # heading, then the file name', () => {
    expect(scanPage('a.md', '---\ntitle: From meta\n---\n# Heading\n')).toMatchObject({title: 'From meta', titleSource: 'front matter'});
    expect(scanPage('a.md', '\n<!-- note -->\n# :octicons-rocket-16: Getting **started** `now` { #start }\n')).toMatchObject({title: 'Getting started now', titleSource: 'heading'});
    expect(scanPage('a.md', 'Setext title\n===\n\ntext\n')).toMatchObject({title: 'Setext title', titleSource: 'heading'});
    expect(scanPage('my_first-page.md', 'Intro first.\n\n# Late heading\n')).toMatchObject({title: 'My first page', titleSource: 'file name'});
  });

  it('names files like MkDocs', () => {
    expect(titleFromFileName('index.md')).toBe('Home');
    expect(titleFromFileName('setup/client-setup/index.md')).toBe('Client setup');
    expect(titleFromFileName('course_material/4_apptainer.md')).toBe('4 apptainer');
    expect(titleFromFileName('FAQ_Page.md')).toBe('FAQ Page');
  });

  it('cleans heading text', () => {
    expect(plainHeading('Use [links](x.md) and *emphasis* ##')).toBe('Use links and emphasis');
    expect(plainHeading('snake_case_name stays')).toBe('snake_case_name stays');
    expect(plainHeading('<span>HTML</span> :material-check: done')).toBe('HTML done');
  });
});

describe('page scan', () => {
  const source = [
    '---', // 1
    'hide: [toc]', // 2
    '---', // 3
    '# Title', // 4
    '', // 5
    'See [next](next.md#part), ![img](../assets/a.png "t") and [ext](https://x.org).', // 6
    '<img src="img/b.png" width="3"/>', // 7
    '`[not](a-link.md)` {{ site_name }}', // 8
    '```yaml', // 9
    'image: ![no](ignored.png)', // 10
    '--8<-- "inside-code.md"', // 11
    '```', // 12
    '--8<-- "includes/abbr.md"', // 13
    ';--8<-- "escaped.md"', // 14
    '[ref]: <other dir/page.md>', // 15
    '    !!! note', // 16
    '        ```', // 17
    '        [in box code](x.md)', // 18
    '        ```', // 19
    '    [in box](box.md)', // 20
  ].join('\n');
  const scan = scanPage('guide/page.md', source);

  it('finds links and images outside code, at the line and column the build reports them, with their text (a definition has none)', () => {
    expect(scan.links).toEqual([
      {target: 'next.md#part', kind: 'link', line: 6, column: 5, text: 'next'},
      {target: '../assets/a.png', kind: 'image', line: 6, column: 27, text: 'img'},
      {target: 'https://x.org', kind: 'link', line: 6, column: 59, text: 'ext'},
      {target: 'img/b.png', kind: 'html', element: 'img', line: 7, column: 1},
      {target: 'other dir/page.md', kind: 'link', line: 15, column: 1},
      {target: 'box.md', kind: 'link', line: 20, column: 5, text: 'in box'},
    ]);
  });

  it('skips links inside HTML comments, over several lines too (MkDocs does not check them)', () => {
    const page = scanPage('p.md', 'Before [a](a.md) <!-- [b](b.md) --> [c](c.md)\n<!--\n[d](d.md)\n--> [e](e.md)\n');
    expect(page.links.map((link) => [link.target, link.line, link.column])).toEqual([
      ['a.md', 1, 8],
      ['c.md', 1, 37],
      ['e.md', 4, 5],
    ]);
  });

  it('reads an inline link\'s destination as the build does (Python-Markdown\'s getLink: to the balancing `)`, spaces included)', () => {
    const page = scanPage('p.md', '[CLI]((https://aka.ms/x)) [report](report(v2).pdf) [NSF](NSF 23-104) ![map](site map.png "Map") [x](a.md "t")\n');
    expect(page.links.map((link) => link.target)).toEqual(['(https://aka.ms/x)', 'report(v2).pdf', 'NSF 23-104', 'site map.png', 'a.md']);
  });

  it('reads a link reference definition, not a footnote definition (its text is no URL)', () => {
    const page = scanPage('p.md', 'Text[^1] and [ref].\n\n[ref]: other.md\n[^1]: Kurtzer, G. (2017). Singularity.\n');
    expect(page.links.map((link) => [link.target, link.line])).toEqual([['other.md', 3]]);
  });

  it('finds snippets and Jinja everywhere, front matter too', () => {
    expect(scan.snippets.map((item) => item.line)).toEqual([11, 13]);
    expect(scan.jinja).toEqual([{line: 8, text: '`[not](a-link.md)` {{ site_name }}'}]);
    expect(scan.frontMatter).toEqual({hide: ['toc']});
  });

  it('resolves relative links inside the docs folder', () => {
    expect(resolveLocalLink('guide/page.md', 'next.md#part')).toBe('guide/next.md');
    expect(resolveLocalLink('guide/page.md', '../assets/a%20b.png')).toBe('assets/a b.png');
    expect(resolveLocalLink('guide/page.md', '../../outside.md')).toBe('../outside.md');
    expect(resolveLocalLink('guide/page.md', 'https://x.org/a.md')).toBeUndefined();
    expect(resolveLocalLink('guide/page.md', '/abs/a.md')).toBeUndefined();
    expect(resolveLocalLink('guide/page.md', '#anchor')).toBeUndefined();
    expect(resolveLocalLink('guide/page.md', '../setup/')).toBeUndefined();
    expect(resolveLocalLink('guide/page.md', 'mailto:a@b.c')).toBeUndefined();
  });

  it('reports broken front matter and values Docusaurus rejects', () => {
    expect(scanPage('a.md', '---\ntitle: [unclosed\n---\n').frontMatterError?.line).toBeGreaterThanOrEqual(2);
    // PyYAML's safe loader rejects the tag, so MkDocs shows the block as content; so does the site.
    expect(scanPage('a.md', '---\nemoji: !!python/name:x\n---\n')).toMatchObject({frontMatter: {}, frontMatterError: {message: expect.stringContaining('unknown tag')}});
    // Not a mapping: content in MkDocs and here, nothing to report.
    expect(scanPage('a.md', '---\n# Lab 1\n- a\n---\n').frontMatterError).toBeUndefined();
    expect(invalidDocusaurusFrontMatter({title: 3, tags: 'one', id: 'a/b', emoji: parseTagged()})).toEqual([
      'title must be a string',
      'id must be a string without a slash',
      'tags must be a list of strings',
      "a YAML tag (!!python/name:x) Docusaurus's YAML parser rejects",
    ]);
    expect(invalidDocusaurusFrontMatter({title: 'ok', tags: ['a', {label: 'b', permalink: '/b'}], description: 'd'})).toEqual([]);
    // As Docusaurus's schema: its tag objects need a permalink too, and null is no list (the build gives none for `tags:`).
    expect(invalidDocusaurusFrontMatter({tags: [{label: 'b'}]})).toEqual(['tags must be a list of strings']);
    expect(invalidDocusaurusFrontMatter({tags: null})).toEqual(['tags must be a list of strings']);
  });
});

/** A tagged value as the import's YAML reader keeps it (a page's `---` block with one is invalid YAML to MkDocs: content). */
function parseTagged(): unknown {
  return (parseYaml('emoji: !!python/name:x\n') as Record<string, unknown>).emoji;
}

describe("Material's hide front matter in the report", () => {
  it('names each value written and what it hides, then what the site does (kubestronaut\'s index.md: hide: [feedback])', () => {
    expect(hideNote(['feedback'])).toEqual({
      severity: 'info',
      message: 'front matter hide: feedback (Material\'s "Was this page helpful?" widget, extra.analytics.feedback): the site has none, so there is nothing to hide',
    });
    expect(hideNote(['toc', 'navigation'])).toEqual({
      severity: 'info',
      message:
        'front matter hide: toc (the table of contents): hidden on this page, as in Material (hide_table_of_contents); navigation (the sidebar): hidden on this page, as in Material (displayed_sidebar: null)',
    });
  });

  it('a warning when the page will look different from Material\'s: path, tags', () => {
    expect(hideNote(['toc', 'footer'])).toEqual({
      severity: 'info',
      message:
        'front matter hide: toc (the table of contents): hidden on this page, as in Material (hide_table_of_contents); footer (the previous/next links): hidden on this page, as in Material (pagination_prev and pagination_next: null)',
    });
    expect(hideNote(['footer', 'path'])?.severity).toBe('warning');
    expect(hideNote(['path'])?.message).toBe('front matter hide: path (the breadcrumbs): still shown (Docusaurus hides them only for the whole site, the docs option breadcrumbs: false)');
    expect(hideNote(['tags'])).toEqual({severity: 'warning', message: "front matter hide: tags (the page's tags): still listed (Docusaurus has no per-page switch)"});
    // Without Material's tags plugin neither shows any.
    expect(hideNote(['tags'], {tags: false})).toEqual({
      severity: 'info',
      message: "front matter hide: tags (the page's tags): none shown anyway, as in Material without its tags plugin, which the workshop does not use",
    });
  });

  it('values as the front matter reader takes them: a string split at spaces and commas, repeats once; unknown ones said so; nothing for none', () => {
    expect(hideNote('toc, toc')?.message).toBe('front matter hide: toc (the table of contents): hidden on this page, as in Material (hide_table_of_contents)');
    expect(hideNote(['constructor'])).toEqual({
      severity: 'info',
      message: 'front matter hide: constructor: not a part Material hides (navigation, toc, footer, path, tags, feedback), ignored there too',
    });
    expect(hideNote([])).toBeUndefined();
    expect(hideNote(null)).toBeUndefined();
    expect(hideNote(true)?.message).toBe('front matter hide: true: not a list of the parts to hide (hide: [toc, navigation]): the site hides nothing');
  });
});
