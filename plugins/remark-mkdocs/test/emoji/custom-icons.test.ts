import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Element} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {customIconFolders, customIconIndex, customIconName, customIcons, iconFolderOnDisk, withCustomIconFolders, type DrawnSvg, type IconFolder} from '../../lib/emoji/custom-icons';
import {resolveOptions} from '../../lib/options';
import {PARSERS, renderInline} from '../inline-pipeline';
import {renderHtml} from '../pipeline';

/** A folder of custom_icons in memory. */
const folder = (files: Record<string, string>): IconFolder => ({files: Object.keys(files), read: (file) => files[file]!});

/** What a host draws: the file's one `<svg>` element, or a refusal for any `<script>` (the site uses its allow-list). */
const draw = (svg: string): DrawnSvg => {
  if (svg.includes('<script')) return {problem: 'the file holds a script'};
  const root = fromHtml(svg, {fragment: true}).children.find((node): node is Element => node.type === 'element');
  return root?.tagName === 'svg' ? {svg: root} : {problem: 'the file is not one <svg> element'};
};

const ANTA = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g fill="#e00"><circle cx="12" cy="12" r="10"/></g><path d="M2 2h4v4H2z"/></svg>';
const LOGO = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="48" height="24" fill="#123456" style="opacity:.9"><rect width="48" height="24"/></svg>';
const CHECK = '<svg viewBox="0 0 10 10"><path d="M1 1h8v8H1z"/></svg>';

const icons = () =>
  customIcons([folder({'anta.svg': ANTA, 'arista/logo.svg': LOGO, 'material/check.svg': CHECK, 'tada.svg': CHECK, 'evil.svg': '<svg><script>alert(1)</script></svg>'})], draw);

describe('Material\'s index of custom_icons', () => {
  it('names an icon by its path in the folder, / as -, without .svg; hidden files and folders and other files are not icons', () => {
    expect(customIconName('anta.svg')).toBe('anta');
    expect(customIconName('arista/logo.svg')).toBe('arista-logo');
    expect(customIconName('a/b/c-d.svg')).toBe('a-b-c-d');
    expect(customIconName('Logo.svg')).toBe('Logo');
    for (const file of ['.hidden.svg', '.git/x.svg', 'a/.b/c.svg', 'logo.SVG', 'logo.png', 'README.md']) expect(customIconName(file), file).toBeUndefined();
  });

  it('reads the folders from pymdownx.emoji\'s options, and writes others in their place', () => {
    expect(customIconFolders({emoji_index: '!!python/name:material.extensions.emoji.twemoji', options: {custom_icons: ['overrides/.icons', 'more']}})).toEqual(['overrides/.icons', 'more']);
    expect(customIconFolders({})).toEqual([]);
    expect(customIconFolders({options: {custom_icons: 'overrides/.icons'}})).toEqual([]);
    expect(withCustomIconFolders({options: {custom_icons: ['overrides/.icons'], other: 1}, x: 2}, ['workshop/icons/overrides/.icons'])).toEqual({
      options: {custom_icons: ['workshop/icons/overrides/.icons'], other: 1},
      x: 2,
    });
  });

  it('the first file of a name wins: earlier folders first, a folder\'s own files before its subfolders\'; an emoji name wins over every icon', () => {
    const {icons: index, shadowed} = customIconIndex(
      [folder({'b/c.svg': '', 'b-c.svg': '', 'a.svg': '', 'smile.svg': ''}), folder({'a.svg': '', 'z/y.svg': ''})],
      (name) => name === 'smile',
    );
    expect(Object.fromEntries(index)).toEqual({'a': {folder: 0, file: 'a.svg'}, 'b-c': {folder: 0, file: 'b-c.svg'}, 'z-y': {folder: 1, file: 'z/y.svg'}});
    expect(shadowed).toEqual([
      {name: 'smile', folder: 0, file: 'smile.svg'},
      {name: 'b-c', folder: 0, file: 'b/c.svg', by: {folder: 0, file: 'b-c.svg'}},
      {name: 'a', folder: 1, file: 'a.svg', by: {folder: 0, file: 'a.svg'}},
    ]);
  });

  it('looks an icon up: its <svg>, or why its file cannot be drawn, each file read once; a folder prefix is known', () => {
    const reads: string[] = [];
    const set = customIcons([{files: ['anta.svg', 'arista/logo.svg', 'evil.svg'], read: (file) => (reads.push(file), file === 'evil.svg' ? '<script>' : ANTA)}], draw);
    expect(set.lookUp('nothing')).toBeUndefined();
    expect(set.lookUp('anta')).toMatchObject({file: 'anta.svg', found: {type: 'element', tagName: 'svg'}});
    expect(set.lookUp('anta')).toMatchObject({found: {tagName: 'svg'}});
    expect(set.lookUp('evil')).toEqual({file: 'evil.svg', problem: 'the file holds a script'});
    expect(reads).toEqual(['anta.svg', 'evil.svg']);
    // Positions are the SVG file's: none reach the page.
    const found = set.lookUp('anta') as {found: Element};
    expect(JSON.stringify(found.found)).not.toContain('"position"');
    expect(set.inFolder('arista-nothere')).toBe('arista');
    expect(set.inFolder('arista-')).toBeUndefined();
    expect(set.inFolder('anta-x')).toBeUndefined();
    // A folder's name may hold dashes.
    expect(customIcons([folder({'my-brand/logo.svg': LOGO})], draw).inFolder('my-brand-other')).toBe('my-brand');
  });
});

describe('a folder on disk', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'custom-icons-'));
  });
  afterEach(() => rmSync(root, {recursive: true, force: true}));

  it('lists its SVG files as Material\'s glob does (no hidden ones), following links to folders; none when it is missing', () => {
    const write = (file: string, text = '<svg/>') => {
      mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
      writeFileSync(path.join(root, file), text);
    };
    write('icons/a.svg', ANTA);
    write('icons/brand/logo.svg');
    write('icons/.hidden/x.svg');
    write('icons/.y.svg');
    write('icons/notes.txt');
    write('shared/s.svg');
    symlinkSync(path.join(root, 'shared'), path.join(root, 'icons/linked'));
    const disk = iconFolderOnDisk(path.join(root, 'icons'));
    expect([...disk.files].sort()).toEqual(['a.svg', 'brand/logo.svg', 'linked/s.svg']);
    expect(disk.read('a.svg')).toBe(ANTA);
    expect(iconFolderOnDisk(path.join(root, 'missing')).files).toEqual([]);
  });
});

describe.each(PARSERS)('custom icons in a lesson (%s)', (parser) => {
  const render = (markdown: string, withAttributes = true) => renderInline(markdown, {parser, emoji: {customIcons: icons()}, ...(withAttributes ? {} : {attributes: false})});

  it('draws `:name:` as its file\'s <svg> in a twemoji span, sized and painted as the sets\' icons, the attribute list on the span', () => {
    const {html, messages} = render('- :anta:{ .lg .middle } **ANTA**');
    expect(messages).toBe('');
    const tree = fromHtml(html, {fragment: true});
    const span = select('li > span.twemoji', tree)!;
    expect(span.properties.className).toEqual(['twemoji', 'lg', 'middle']);
    const svg = select('svg', span)!;
    expect(svg.properties).toMatchObject({viewBox: '0 0 24 24', width: '1.125em', height: '1.125em', fill: 'currentColor', ariaHidden: 'true', focusable: 'false', style: 'vertical-align:-0.2em'});
    // The file's shapes as they are: a group with its own fill keeps it.
    expect(selectAll('svg > *', span).map((element) => element.tagName)).toEqual(['g', 'path']);
    expect(select('g', span)!.properties.fill).toBe('#e00');
    expect(html).toContain('</span> <strong>ANTA</strong>');
  });

  it('`:folder-name:` for a file in a subfolder; an SVG sized only by width and height gets their viewBox; the root\'s fill is currentColor, its style kept', () => {
    const {html, messages} = render('The :arista-logo: logo');
    expect(messages).toBe('');
    const svg = select('span.twemoji > svg', fromHtml(html, {fragment: true}))!;
    expect(svg.properties).toMatchObject({viewBox: '0 0 48 24', width: '1.125em', height: '1.125em', fill: 'currentColor', style: 'vertical-align:-0.2em;opacity:.9'});
    expect(selectAll('rect', svg)).toHaveLength(1);
  });

  it('a custom icon of a set\'s name wins over the set\'s (Material indexes custom_icons first); an emoji name stays the emoji', () => {
    const {html} = render(':material-check: :tada:');
    expect(html).toContain('viewBox="0 0 10 10"');
    expect(html).toContain('🎉');
  });

  it('an icon that is all a link holds names the link by its whole name', () => {
    const {html} = render('[:arista-logo:](https://arista.com)');
    expect(html).toContain('<span class="twemoji" role="img" aria-label="arista logo">');
  });

  it('a shortcode followed by a word (directive shape) keeps the word', () => {
    expect(render(':anta:done').html).toMatch(/^<p><span class="twemoji"><svg [^>]*>.*<\/svg><\/span>done<\/p>$/);
  });

  it('a name in a folder of custom icons that no file has, and an icon whose file cannot be drawn: text, reported; other words stay silently', () => {
    const {html, messages} = render(':arista-nothere: :evil: :anta-x: :nothing:', false);
    expect(html).toBe('<p>:arista-nothere: :evil: :anta-x: :nothing:</p>');
    expect(messages.split('\n')).toEqual([
      '1:1-1:17: Unexpected icon `:arista-nothere:`, expected the name of an SVG file in a folder of custom_icons (`arista/…`, `/` written as `-`); shown as text [mkdocs-icon]',
      "1:18-1:24: Unexpected icon `:evil:` whose file `evil.svg` (custom_icons) cannot be drawn: the file holds a script, expected an SVG the site's allow-list keeps whole; shown as text [mkdocs-icon]",
    ]);
  });

  it('without the option, custom_icons draws nothing (the plugin reads no SVG file itself)', () => {
    expect(renderInline(':anta: :arista-logo:', {parser}).html).toBe('<p>:anta: :arista-logo:</p>');
  });
});

describe('the plugin option', () => {
  it('is passed to the emoji step, in both targets', () => {
    const markdownExtensions = {attr_list: null, 'pymdownx.emoji': {options: {custom_icons: ['icons']}}};
    const {html, file} = renderHtml(':anta:{ .lg }', {markdownExtensions, customIcons: icons()});
    expect(file.messages).toEqual([]);
    expect(html).toMatch(/^<p><span class="twemoji lg"><svg [^>]*viewBox="0 0 24 24"/);
  });

  it('must be the icons of custom_icons', () => {
    expect(() => resolveOptions({customIcons: ['icons'] as never})).toThrow(/option `customIcons` must be the icons of custom_icons/);
    expect(resolveOptions({customIcons: icons()}).customIcons).toBeDefined();
  });
});
