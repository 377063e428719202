/**
 * MDX nodes through rehype-raw as `<template>` placeholders (`../raw-stitch.ts`)
 * come out as hast-util-raw's stitch makes them: the tree after rehype-raw,
 * positions included, is the same with the placeholders as without, for
 * hand-picked pages (raw HTML before, inside and around boxes, tabs and
 * annotations; contexts a template would share with the page) and for
 * generated ones (fast-check: `FC_SEED`, `FC_PATH`, `FC_RUNS` as in
 * plugins/remark-mkdocs/test/properties.test.ts). Through Docusaurus's own
 * `.md` processor, with the site's remark plugins, as the build runs them.
 */
import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type {Root as HastRoot} from 'hast';
import type * as Preset from '@docusaurus/preset-classic';
import {afterAll, describe, expect, it, test} from 'vitest';
import {compileDocusaurusMd} from '../../../test/docusaurus-markdown-config';
import config from '../../../docusaurus.config';
import {rawHtmlEffect} from '../raw-html-effect';

const REPO = path.resolve(import.meta.dirname, '../../..');
const docs = (config.presets?.[0] as [string, Preset.Options])[1].docs as {
  remarkPlugins: unknown[];
  beforeDefaultRemarkPlugins: unknown[];
  rehypePlugins: unknown[];
  admonitions: unknown;
};

/**
 * The stitch's two plugins as the config has them: the config loads its plugins itself
 * (plugins/load-typescript.cjs), so an import of ../raw-stitch here would be another copy of the
 * module, whose hidden nodes the config's copy never sees.
 */
function configPlugin(list: unknown[], name: string): unknown {
  const found = list.find((plugin) => typeof plugin === 'function' && plugin.name === name);
  if (!found) throw new Error(`docusaurus.config.ts: no ${name} among the docs' plugins`);
  return found;
}
const remarkHideMdxFromRaw = configPlugin(docs.remarkPlugins, 'remarkHideMdxFromRaw');
const rehypeRestoreMdx = configPlugin(docs.rehypePlugins, 'rehypeRestoreMdx');
const site = mkdtempSync(path.join(tmpdir(), 'raw-stitch-'));
symlinkSync(path.join(REPO, 'node_modules'), path.join(site, 'node_modules'), 'dir');
afterAll(() => rmSync(site, {recursive: true, force: true}));

const RUNS = Number(process.env.FC_RUNS ?? 40);
const parameters: fc.Parameters<unknown> = {
  numRuns: RUNS,
  ...(process.env.FC_SEED ? {seed: Number(process.env.FC_SEED), path: process.env.FC_PATH} : {}),
};

type Capture = {trees: HastRoot[]};

/** The plugins for Docusaurus's `.md` processor: the site's remark plugins; rehype: `rehype` then a capture of the tree. */
function plugins(remarkPlugins: unknown[], rehype: unknown[], capture: Capture) {
  // Two plugin functions: unified keeps one entry per attacher.
  const record = () => () => (tree: HastRoot) => {
    capture.trees.push(structuredClone(tree));
  };
  return {
    admonitions: docs.admonitions,
    beforeDefaultRemarkPlugins: docs.beforeDefaultRemarkPlugins,
    remarkPlugins,
    // Before the restore too (placeholders are counted there), then after it.
    rehypePlugins: rehype.length > 0 ? [record(), ...rehype, record()] : [record()],
  } as never;
}

const stitchCapture: Capture = {trees: []};
const placeholderCapture: Capture = {trees: []};
const stitched = plugins(docs.remarkPlugins.filter((plugin) => plugin !== remarkHideMdxFromRaw), [], stitchCapture);
const placeheld = plugins(docs.remarkPlugins, [rehypeRestoreMdx], placeholderCapture);

/** The tree after rehype-raw both ways, how many placeholders the page had, the JSX names left to the stitch. */
async function both(markdown: string): Promise<{stitch: string; placeholders: string; hidden: number; kept: string[]}> {
  const quiet = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    stitchCapture.trees = [];
    placeholderCapture.trees = [];
    await compileDocusaurusMd(markdown, site, stitched);
    await compileDocusaurusMd(markdown, site, placeheld);
  } finally {
    process.stderr.write = quiet;
  }
  const [before, after] = placeholderCapture.trees;
  const kept: string[] = [];
  const walk = (node: {type: string; name?: string; children?: unknown[]}) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') kept.push(node.name ?? '');
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(before);
  return {stitch: JSON.stringify(stitchCapture.trees[0]), placeholders: JSON.stringify(after), hidden: JSON.stringify(before).split('"dataLessonsaurusStitch"').length - 1, kept};
}

const BOX = '!!! note "A title"\n\n    Inside the box, `code` and **bold**.\n\n    ```bash\n    $ ls -l\n    ```\n';
const TABS = '=== "One"\n\n    First tab.\n\n=== "Two"\n\n    !!! tip\n\n        Nested box.\n';
const ANNOTATED = '``` yaml\nkey: value # (1)!\n```\n\n1.  The annotation, with `code`.\n';

/** Pages whose MDX nodes a template must parse as the stitch does, or which must be left to the stitch. */
const PAGES: Record<string, string> = {
  'boxes, tabs and annotations, no raw HTML': `# Title\n\n${BOX}\n${TABS}\n${ANNOTATED}`,
  'a raw element left open before a box': `Text <NodeIP> and more.\n\n${BOX}\n<span>after</span>\n`,
  'raw HTML inside a box, closed': `${BOX}\n    Press <kbd>Ctrl</kbd> and <b>go</b>.\n`,
  'raw HTML inside a box, left open': `!!! note\n\n    Reach it at <NodeIP>:<NodePort>.\n\n${TABS}`,
  'an end tag inside a box closing what is outside it': `<div>\n\n${BOX}\n    </div>\n\nafter\n`,
  'a raw paragraph left open around a box': `<p>open paragraph\n\n${BOX}\n`,
  'a whole iframe before a box': `<iframe width="560" height="315" src="https://example.org/x"></iframe>\n\n${BOX}`,
  'an unclosed iframe before a box': `<iframe src="https://example.org/x">\n\n${BOX}`,
  'a textarea left open before a box': `<textarea>\n\n${BOX}\n</textarea>\n\n${TABS}`,
  'an unclosed comment before a box': `- <!-- not closed, ends with the list item\n\n${BOX}`,
  'a closed comment before a box': `<!-- closed -->\n\n${BOX}`,
  'raw svg around a box': `<svg><g>\n\n${BOX}\n</g></svg>\n`,
  'a raw table around a box': `<table><tr><td>\n\n${BOX}\n</td></tr></table>\n`,
  'a raw pre before tabs': `<pre>\n\n${TABS}\n</pre>\n`,
  'a raw template and form around boxes': `<template>\n\n${BOX}\n</template>\n\n<form>\n\n${BOX}\n</form>\n`,
  'a box in a GFM table cell (inline code highlight)': '| a | b |\n|---|---|\n| `#!python print(1)` | <kbd>x</kbd> |\n',
  'a box in a footnote': `Text[^1] and <b>more.\n\n[^1]: A note with \`#!python x = 1\` inline.\n\n${BOX}`,
  'a hard break before inline JSX': 'Line one  \n  `#!python print(1)` after a break.\n',
  'a doctype and a processing instruction': `<!DOCTYPE html>\n\n${BOX}\n<?php echo 1 ?>\n\n${TABS}`,
  'a tag cut off by a blank line': `<div class="a\n\nb">\n\n${BOX}`,
  'a plaintext element': `${BOX}\n<plaintext>\n\n${TABS}`,
};

describe('MDX nodes through rehype-raw as placeholders', () => {
  for (const [name, markdown] of Object.entries(PAGES)) {
    it(`the same tree as the stitch makes: ${name}`, async () => {
      const {stitch, placeholders} = await both(markdown);
      expect(placeholders).toBe(stitch);
    });
  }

  it('the placeholders are used where nothing stands in the way', async () => {
    expect((await both(PAGES['boxes, tabs and annotations, no raw HTML'])).hidden).toBeGreaterThan(5);
    expect((await both(PAGES['a raw element left open before a box'])).hidden).toBeGreaterThan(0);
    expect((await both(PAGES['a whole iframe before a box'])).hidden).toBeGreaterThan(0);
  });

  it('and not after raw HTML that leaves the parser elsewhere, nor inside a box around an unclosed element', async () => {
    expect((await both(PAGES['an unclosed comment before a box'])).kept).toContain('admonition');
    expect((await both(PAGES['raw svg around a box'])).kept).toContain('admonition');
    const open = await both(PAGES['raw HTML inside a box, left open']);
    expect(open.kept).toContain('admonition');
    expect(open.hidden).toBeGreaterThan(0);
  });

  const fragment = fc.constantFrom(
    BOX, TABS, ANNOTATED, 'Plain *text* with `#!python x = 1` inline.\n', '- item\n- item with `#!bash ls`\n',
    '<kbd>K</kbd>\n', '<NodeIP>\n', '</div>\n', '<div>\n', '<p>\n', '<b>bold\n', '<!-- c -->\n', '<!-- open\n', '-->\n',
    '<textarea>\n', '</textarea>\n', '<svg>\n', '</svg>\n', '<table><tr><td>\n', '</td></tr></table>\n', '<pre>\n', '</pre>\n',
    '<iframe src="x"></iframe>\n', '<template>\n', '</template>\n', '<select>\n', '<a href="#x">\n', '</a>\n', '&amp\n',
    'Line  \nbreak `#!python y`\n', '| a |\n|---|\n| `#!python z` |\n', 'Note[^n].\n\n[^n]: With `#!python n`.\n',
  );
  const indent = fc.constantFrom('', '', '    ');
  const page = fc.array(fc.tuple(indent, fragment), {maxLength: 8}).map((parts) =>
    parts.map(([prefix, text]) => text.split('\n').map((line) => (line ? prefix + line : line)).join('\n')).join('\n'),
  );

  test('generated pages: the same tree either way', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (markdown) => {
        const {stitch, placeholders} = await both(markdown);
        expect(placeholders).toBe(stitch);
      }),
      parameters,
    );
  });
});

describe('rawHtmlEffect', () => {
  const cases: Array<[string, boolean, boolean]> = [
    ['<kbd>', true, false],
    ['</kbd>', true, false],
    ['<kbd>Ctrl</kbd> + <kbd>C</kbd>', true, true],
    ['<a href="x" title=\'y\' data-z=w>link</A>', true, true],
    ['<br/><img src="x.png" alt="">', true, true],
    ['<div/>', true, false],
    ['a < b & c', true, true],
    ['<!-- a comment -->', true, true],
    ['<iframe width="560" src="x"></iframe>', true, true],
    ['<figure>\n  <img src="x">\n  <figcaption>c</figcaption>\n</figure>', true, true],
    ['<b><i>x</b></i>', true, false],
    // The tokenizer or the insertion mode is left elsewhere, or the string is not understood.
    ['<!-- open', false, false],
    ['<!-- a --!> b -->', false, false],
    ['<iframe src="x">', false, false],
    ['<textarea>x</textarea>', false, false],
    ['<svg></svg>', false, false],
    ['<table>', false, false],
    ['<pre>', false, false],
    ['</br>', false, false],
    ['<!DOCTYPE html>', false, false],
    ['<?php ?>', false, false],
    ['<div class="a', false, false],
    ['</ div>', false, false],
    ['<a\u00a0b>', false, false],
  ];
  for (const [value, benign, selfContained] of cases) {
    it(`${JSON.stringify(value)}: benign ${benign}, self-contained ${selfContained}`, () => {
      expect(rawHtmlEffect(value)).toEqual({benign, selfContained});
    });
  }
});
