import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {select} from 'hast-util-select';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import remarkMkdocs from '../../remark-mkdocs';
import {rehypeSanitizeLesson} from '../../remark-safe-html';
import {wholeSvg} from '../../remark-safe-html/lib/svg-file';
import {lessonDescription} from '../../lesson-description';
import {checkLesson, prepareText} from '..';
import {customIconDependencies, siteCustomIcons} from '../custom-icons';
import {siteMarkdownExtensions} from '../markdown-extensions';
import {snippetDependencies} from '../snippets';

const REPO = path.resolve(import.meta.dirname, '../../..');
const ICONS = 'workshop/icons/overrides/.icons';
const ANTA = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g fill="#e00"><circle cx="12" cy="12" r="10"/></g><path d="M2 2h4v4H2z"/></svg>\n';
const LOGO = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 48 24"><defs><linearGradient id="g"><stop offset="0" stop-color="#f80"/></linearGradient></defs><rect width="48" height="24" fill="url(#g)"/></svg>\n';
const EXTENSIONS = {attr_list: {}, 'pymdownx.emoji': {emoji_index: '!!python/name:material.extensions.emoji.twemoji', options: {custom_icons: [ICONS]}}};

describe("the site's custom icons (Material's custom_icons, as the import copied them)", () => {
  let site: string;
  beforeAll(() => {
    site = mkdtempSync(path.join(tmpdir(), 'custom-icons-site-'));
    // The repository's node_modules, so the pipeline loads Docusaurus's parser.
    symlinkSync(path.join(REPO, 'node_modules'), path.join(site, 'node_modules'), 'dir');
    const files: Record<string, string> = {
      'package.json': '{}',
      'workshop/site.json': '{}',
      'workshop/markdown-extensions.json': JSON.stringify(EXTENSIONS),
      [`${ICONS}/anta.svg`]: ANTA,
      [`${ICONS}/arista/logo.svg`]: LOGO,
      [`${ICONS}/evil.svg`]: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><path d="M0 0"/></svg>',
      [`${ICONS}/styled.svg`]: '<svg viewBox="0 0 1 1"><style>path{fill:red}</style><path d="M0 0"/></svg>',
      [`${ICONS}/two.svg`]: '<svg/><svg/>',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(site, name)), {recursive: true});
      writeFileSync(path.join(site, name), text);
    }
  });
  afterAll(() => rmSync(site, {recursive: true, force: true}));

  it('reads custom_icons against the site folder; an icon is drawn only when the SVG allow-list keeps its whole file', () => {
    const icons = siteCustomIcons(site, siteMarkdownExtensions(site))!;
    expect(icons.lookUp('anta')).toMatchObject({file: 'anta.svg', found: {tagName: 'svg'}});
    expect(icons.lookUp('arista-logo')).toMatchObject({file: 'arista/logo.svg', found: {tagName: 'svg'}});
    expect(icons.lookUp('evil')).toEqual({file: 'evil.svg', problem: expect.stringMatching(/^the file holds what the site does not serve \(Unexpected element `<script>`/)});
    expect(icons.lookUp('styled')).toEqual({file: 'styled.svg', problem: expect.stringMatching(/`<style>`/)});
    expect(icons.lookUp('two')).toEqual({file: 'two.svg', problem: 'the file is not one <svg> element'});
    expect(siteCustomIcons(site, {'pymdownx.emoji': {}})).toBeUndefined();
  });

  it('wholeSvg: the file\'s <svg> as the lessons\' allow-list keeps it, an XML declaration and comments left out', () => {
    const drawn = wholeSvg(LOGO);
    expect('svg' in drawn && drawn.svg.properties.viewBox).toBe('0 0 48 24');
    expect(wholeSvg('<svg><foreignObject><div>x</div></foreignObject></svg>')).toEqual({problem: expect.stringMatching(/foreignObject/)});
    expect(wholeSvg('<svg onload="alert(1)"/>')).toEqual({problem: expect.stringMatching(/onload/)});
  });

  it('the lesson pipeline draws them and says only what cannot be drawn; the sanitizer keeps what is drawn, and so does the build\'s check', async () => {
    const lesson = path.join(site, 'workshop/docs/index.md');
    const text = '- :anta:{ .lg .middle } **ANTA**\n- :arista-logo: :evil: :arista-nothere:\n';
    const checked = await checkLesson(lesson, site, text);
    expect(checked.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['2:17 mkdocs-icon', '2:24 mkdocs-icon']);

    const extensions = siteMarkdownExtensions(site);
    const file = new VFile({path: lesson, value: text});
    const html = String(
      unified()
        .use(remarkParse)
        .use(remarkMkdocs, {target: 'html', markdownExtensions: extensions, customIcons: siteCustomIcons(site, extensions)})
        .use(remarkRehype, {allowDangerousHtml: true})
        .use(rehypeRaw)
        .use(rehypeSanitizeLesson)
        .use(rehypeStringify)
        .processSync(file),
    );
    expect(file.messages.map((message) => message.ruleId)).toEqual(['mkdocs-icon', 'mkdocs-icon']);
    const tree = fromHtml(html, {fragment: true});
    expect(select('li:first-child > span.twemoji.lg.middle > svg > g > circle', tree)).toBeDefined();
    expect(select('span.twemoji > svg linearGradient#g', tree)).toBeDefined();
    expect(html).toContain(':evil: :arista-nothere:');
  });

  it('a lesson depends on the icon files it names (the bundler rebuilds its page when one changes)', () => {
    const lesson = path.join(site, 'workshop/docs/deps.md');
    const text = 'Use :anta: and :arista-logo: and :tada: and :nothing:\n';
    const files = [path.join(site, ICONS, 'anta.svg'), path.join(site, ICONS, 'arista/logo.svg')];
    expect(customIconDependencies(text, lesson, site)).toEqual(files);
    prepareText(text, lesson, site);
    expect(snippetDependencies(lesson).files).toEqual(files);
    // The site's own pages (Material's set, no custom_icons) name none.
    expect(customIconDependencies(text, path.join(site, 'docs/own.md'), site)).toEqual([]);
  });

  it('a description leaves a drawn icon out, as the page shows no text for it', () => {
    const extensions = siteMarkdownExtensions(site);
    expect(lessonDescription(':anta: ANTA tests the network.\n', {}, extensions, site)).toBe('ANTA tests the network.');
    expect(lessonDescription(':anta: ANTA tests the network.\n', {}, extensions)).toBe(':anta: ANTA tests the network.');
  });
});
