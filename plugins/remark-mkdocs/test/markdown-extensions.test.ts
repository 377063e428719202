import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMkdocs from '../index';
import {DEFAULT_MARKDOWN_EXTENSIONS, MATERIAL_MARKDOWN_EXTENSIONS, MarkdownExtensions} from '../lib/markdown-extensions';

describe('markdownExtensions option', () => {
  it('reads names as mkdocs.yml writes them, options or none', () => {
    const extensions = new MarkdownExtensions({'markdown.extensions.toc': {permalink: true}, 'pymdownx.keys': null, def_list: true});
    expect(extensions.names()).toEqual(['toc', 'pymdownx.keys', 'def_list']);
    expect(extensions.has('toc')).toBe(true);
    expect(extensions.options('toc')).toEqual({permalink: true});
    expect(extensions.options('pymdownx.keys')).toEqual({});
    expect(extensions.has('pymdownx.mark')).toBe(false);
  });

  it('enables the parts of extra and pymdownx.extra, as Python-Markdown loads them', () => {
    const extra = new MarkdownExtensions({extra: null});
    expect(['abbr', 'attr_list', 'def_list', 'footnotes', 'md_in_html', 'tables', 'fenced_code'].every((name) => extra.has(name))).toBe(true);
    expect(extra.has('pymdownx.superfences')).toBe(false);
    const pymdownxExtra = new MarkdownExtensions({'pymdownx.extra': null});
    expect(pymdownxExtra.has('pymdownx.superfences')).toBe(true);
    expect(pymdownxExtra.has('pymdownx.betterem')).toBe(true);
    expect(pymdownxExtra.has('fenced_code')).toBe(false);
  });

  it('defaults to what the plugin always rendered; Material’s set is a superset of it', () => {
    const material = new MarkdownExtensions(MATERIAL_MARKDOWN_EXTENSIONS);
    for (const name of Object.keys(DEFAULT_MARKDOWN_EXTENSIONS)) expect(material.has(name), name).toBe(true);
    expect(material.has('pymdownx.arithmatex')).toBe(true);
    expect(new MarkdownExtensions(DEFAULT_MARKDOWN_EXTENSIONS).has('pymdownx.arithmatex')).toBe(false);
  });

  it('rejects options that are not a mapping, naming the extension', () => {
    const attach = (value: unknown) => unified().use(remarkParse).use(remarkMkdocs, {markdownExtensions: value as never}).freeze();
    expect(() => attach(['pymdownx.keys'])).toThrow(/markdownExtensions.*must be an object/);
    expect(() => attach({'pymdownx.keys': 'yes'})).toThrow(/pymdownx\.keys.*options must be an object or null/);
    expect(() => attach({'pymdownx.keys': null})).not.toThrow();
  });
});
