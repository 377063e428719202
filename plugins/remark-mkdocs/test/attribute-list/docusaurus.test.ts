import {DOCUSAURUS_MARKDOWN_CONFIG} from '../../../../test/docusaurus-markdown-config';
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Element, Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {createProcessorUncached} from '@docusaurus/mdx-loader/lib/processor.js';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {emojiShortcodes} from '../../lib/emoji/transform';
import {attributeLists} from '../../lib/attribute-list/transform';
import remarkMkdocsAfterDefaults from '../../lib/docusaurus/jsx-props';

/**
 * The transforms inside Docusaurus's own Markdown processor (`.md` format):
 * before its defaults (heading ids, asset links and images), with the
 * restoring step after them, as `docusaurus.config.ts` wires them.
 */

// Made in beforeAll, not when the file is collected: a run that filters out every test here collects the file
// but runs no hook, and the folder would stay behind.
let site: string;
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'attr-list-site-'));
  mkdirSync(path.join(site, 'docs/assets/pdf'), {recursive: true});
  mkdirSync(path.join(site, 'docs/img'), {recursive: true});
  writeFileSync(path.join(site, 'docs/assets/pdf/slides.pdf'), '%PDF-1.4\n');
  // A 1×1 PNG, so Docusaurus can read an intrinsic size.
  writeFileSync(
    path.join(site, 'docs/img/dot.png'),
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
  );
});
afterAll(() => {
  if (site) rmSync(site, {recursive: true, force: true});
});

async function compile(markdown: string) {
  let hast: HastRoot | undefined;
  const before = () => (tree: Root, file: VFile) => {
    emojiShortcodes(tree, file);
    attributeLists(tree, file);
  };
  const capture = () => (tree: HastRoot) => {
    hast = structuredClone(tree);
  };
  const processor = await createProcessorUncached({
    format: 'md',
    options: {
      siteDir: site,
      staticDirs: [],
      markdownConfig: DOCUSAURUS_MARKDOWN_CONFIG,
      admonitions: true,
      beforeDefaultRemarkPlugins: [before],
      remarkPlugins: [remarkMkdocsAfterDefaults],
      rehypePlugins: [capture],
    },
  });
  const result = await processor.process({
    content: markdown,
    filePath: path.join(site, 'docs/lesson.md'),
    frontMatter: {},
    compilerName: 'server',
  });
  return {js: result.content, hast: hast!, toc: result.data};
}

function jsxElements(tree: HastRoot, name: string): MdxJsxTextElement[] {
  const found: MdxJsxTextElement[] = [];
  visit(tree, (node) => {
    const element = node as unknown as MdxJsxTextElement;
    if (element.type === 'mdxJsxTextElement' && element.name === name) found.push(element);
  });
  return found;
}

function attribute(element: MdxJsxTextElement, name: string): unknown {
  const found = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found?.value;
}

function elements(tree: HastRoot, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

describe('inside the Docusaurus .md pipeline', () => {
  it('a button link to a local PDF keeps its classes after Docusaurus makes it an asset <a>', async () => {
    const {hast} = await compile('[:fontawesome-solid-file-pdf: Download the presentation](assets/pdf/slides.pdf){: .md-button }');
    const [link] = jsxElements(hast, 'a');
    expect(link).toBeDefined();
    expect(attribute(link, 'className')).toBe('button button--secondary md-button');
    expect(attribute(link, 'target')).toBe('_blank');
    const icon = link.children[0] as unknown as Element;
    expect(icon.tagName).toBe('span');
    expect((icon.children[0] as Element).tagName).toBe('svg');
  });

  it('a button link to another page keeps its classes', async () => {
    const {hast} = await compile('[Start](https://example.com/start){ .md-button .md-button--primary }');
    const [link] = elements(hast, 'a');
    expect(link.properties.className).toEqual(['button', 'button--primary', 'md-button', 'md-button--primary']);
  });

  it('an image size replaces the intrinsic size of a local image', async () => {
    const {hast} = await compile('![Dot](img/dot.png){ width="300" }');
    const [image] = jsxElements(hast, 'img');
    expect(attribute(image, 'width')).toBe('300');
    expect(attribute(image, 'height')).toBeUndefined();
  });

  it('a style that sizes a local image replaces its intrinsic size too (a capped height squashed it); one that does not keeps it', async () => {
    const {hast} = await compile('![Dot](img/dot.png){ style="max-height:360px" } ![Dot](img/dot.png){ style="border: 1px solid red" }');
    const [capped, bordered] = jsxElements(hast, 'img');
    expect([attribute(capped, 'width'), attribute(capped, 'height')]).toEqual([undefined, undefined]);
    expect([attribute(bordered, 'width'), attribute(bordered, 'height')]).toEqual([expect.anything(), expect.anything()]);
  });

  it('a style on a local image is given to JSX as an object, as React takes it', async () => {
    const {hast, js} = await compile('![Dot](img/dot.png){: style="width:200px; border-top: 2px solid red" }');
    const [image] = jsxElements(hast, 'img');
    const style = image.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'style');
    expect(style?.value).toMatchObject({type: 'mdxJsxAttributeValueExpression'});
    expect(js).toMatch(/style: \{\s*"?width"?: "200px",\s*"?borderTop"?: "2px solid red"\s*\}/);
  });

  it('heading ids reach the heading and the table of contents', async () => {
    const {hast, js} = await compile('## :octicons-tasklist-16: **Task 1**: Create { #task-1 }\n\n## Second {: #second .big }');
    const headings = elements(hast, 'h2');
    expect(headings.map((heading) => heading.properties.id)).toEqual(['task-1', 'second']);
    expect(headings[1].properties.className).toEqual(['big']);
    expect(js).toContain('"id": "task-1"');
    expect(js).toContain('"value": "<strong>Task 1</strong>: Create"');
  });

  it('a table cell takes a trailing list (GFM tables are on in Docusaurus)', async () => {
    const {hast} = await compile('| Name { .wide } | Size |\n| --- | --- |\n| a | b { data-unit="kB" } |');
    expect(elements(hast, 'th')[0].properties.className).toEqual(['wide']);
    expect(elements(hast, 'td')[1].properties.dataUnit).toBe('kB');
  });

  it('an icon compiles to JSX props React understands', async () => {
    const {js} = await compile('[:octicons-mark-github-16:](https://github.com) and :material-check:{ .ok }');
    const svgs = js.split('_jsx(_components.svg, {').slice(1);
    expect(svgs).toHaveLength(2);
    expect(svgs[0]).toMatch(/^\s*xmlns: "http:\/\/www.w3.org\/2000\/svg",\s*viewBox: "0 0 16 16",\s*width: "1.125em",\s*height: "1.125em",\s*fill: "currentColor",\s*"aria-hidden": "true",\s*focusable: "false",\s*style: \{\s*verticalAlign: "-0.2em"\s*\}/);
    expect(js).toMatch(/className: "twemoji",\s*role: "img",\s*"aria-label": "mark github"/);
    expect(js).toContain('className: "twemoji ok"');
  });

  it('emoji are Unicode before Docusaurus\'s own emoji step', async () => {
    const {hast} = await compile('Ship it :rocket: :tada:done');
    const [paragraph] = elements(hast, 'p');
    expect(paragraph.children).toEqual([expect.objectContaining({type: 'text', value: 'Ship it 🚀 🎉done'})]);
  });
});
