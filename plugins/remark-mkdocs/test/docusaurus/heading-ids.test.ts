import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Heading, Root} from 'mdast';
import {VFile} from 'vfile';
import {createSlugger} from '@docusaurus/utils';
import {emojiShortcodes} from '../../lib/emoji/transform';
import {attributeLists} from '../../lib/attribute-list/transform';
import {mkdocsHeadingIds, slugify, tocSlugify, type HeadingSlugify} from '../../lib/docusaurus/heading-ids';

/** The id Docusaurus's heading step gives each heading after our steps (it slugs a given id again). */
function ids(markdown: string, separator?: string, slug?: HeadingSlugify, reserved?: (id: string) => boolean): string[] {
  const file = new VFile({value: markdown});
  const tree = unified().use(remarkParse).parse(file) as Root;
  emojiShortcodes(tree, file);
  attributeLists(tree, file, {infimaButtons: true});
  mkdocsHeadingIds(tree, separator, slug, reserved);
  const slugs = createSlugger();
  return tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((heading) => {
      const given = heading.data?.hProperties?.id;
      return typeof given === 'string' ? slugs.slug(given, {maintainCase: true}) : `(Docusaurus slugs the text)`;
    });
}

/**
 * Expected ids are Python-Markdown 3.4's (toc, attr_list, pymdownx.emoji), as
 * `/usr/bin/python3 -c 'import markdown; print(markdown.markdown(text, extensions=[...]))'` gives them.
 */
describe('heading ids as MkDocs gives them (Python-Markdown toc, default slugify)', () => {
  it('runs of spaces, hyphens and dropped punctuation are one separator', () => {
    expect(ids('## View Role - Read Only\n\n## 010 – Monitoring — Prometheus\n\n## Presto-Hudi Workshop - Building an Open Lakehouse\n')).toEqual([
      'view-role-read-only',
      '010-monitoring-prometheus',
      'presto-hudi-workshop-building-an-open-lakehouse',
    ]);
  });

  it('an icon or emoji first: no leading separator; accents folded; code, emphasis and HTML give their text only', () => {
    expect(ids('# :material-language-python: NeuroPython 2024\n\n## :rocket: Launch it\n\n## 🎉 Party\n\n## Launch :rocket:\n')).toEqual([
      'neuropython-2024',
      'launch-it',
      'party',
      'launch',
    ]);
    expect(ids('## Ça marche, déjà!\n\n## Using `kubectl` <span>now</span>\n\n## ![logo](x.png) Title\n\n## Step_1: the *first* one\n')).toEqual([
      'ca-marche-deja',
      'using-kubectl-now',
      'title',
      'step_1-the-first-one',
    ]);
  });

  it('repeats are numbered `_1`, `_2`, after the ids the page sets itself', () => {
    expect(ids('## Setup\n\n## Setup\n\n## Setup\n')).toEqual(['setup', 'setup_1', 'setup_2']);
    expect(ids('## Go { #go-now }\n\n## Go Now\n\n## go now\n')).toEqual(['go-now', 'go-now_1', 'go-now_2']);
    // A heading with no text at all.
    expect(ids('## :rocket:\n')).toEqual(['_1']);
  });

  it('a reserved id is skipped as a repeat is (the site reserves the ids its sanitizer refuses)', () => {
    const reserved = (id: string) => ['define', 'module'].includes(id) || id.startsWith('__');
    expect(ids('## Define\n\n## Module\n\n## Define\n\n## `__init__`\n\n## Process\n', undefined, undefined, reserved)).toEqual([
      'define_1',
      'module_1',
      'define_2',
      'h__init__',
      'process',
    ]);
  });

  it("the toc's separator", () => {
    // Only the separator and spaces collapse (`re.sub('[_\\s]+', '_', …)`): the hyphen stays.
    expect(ids('## View Role - Read Only\n', '_')).toEqual(['view_role_-_read_only']);
    expect(slugify('a.b  c', '.')).toBe('ab.c');
  });

  it('`{#id}` is an attribute list (its id kept); without attr_list, Docusaurus reads it', () => {
    expect(ids('## Plain {#plain-id}\n')).toEqual(['plain-id']);
    const tree = unified().use(remarkParse).parse('## Plain {#plain-id}\n') as Root;
    mkdocsHeadingIds(tree);
    expect((tree.children[0] as Heading).data?.hProperties?.id).toBeUndefined();
  });
});

describe('pymdownx.slugs, when the workshop names it as the toc\'s slugify', () => {
  // Python-Markdown 3.4.1 with toc's slugify set to pymdownx 9.5's function, as Material's documentation configures it.
  const headings = '# Home\n\n## What -- is new?\n\n## Ünïcödé Heading\n\n## What -- is new?\n\n## Step 1: `kubectl` **apply**\n\n## Ça – marche\n';

  it('slugify(case: lower): Unicode letters kept, runs of separators not merged, repeats numbered', () => {
    const lower = tocSlugify('!!python/object/apply:pymdownx.slugs.slugify {"kwds":{"case":"lower"}}');
    expect(lower).toBeDefined();
    expect(ids(headings, '-', lower)).toEqual(['home', 'what----is-new', 'ünïcödé-heading', 'what----is-new_1', 'step-1-kubectl-apply', 'ça--marche']);
  });

  it('slugify() keeps the case; the deprecated names are its presets', () => {
    expect(ids('## Ünïcödé Heading\n', '-', tocSlugify('!!python/object/apply:pymdownx.slugs.slugify'))).toEqual(['Ünïcödé-Heading']);
    expect(ids('## Ünïcödé Heading\n', '-', tocSlugify('!!python/name:pymdownx.slugs.uslugify'))).toEqual(['ünïcödé-heading']);
    expect(ids('## Ünïcödé Heading\n', '-', tocSlugify('!!python/name:pymdownx.slugs.gfm'))).toEqual(['Ünïcödé-heading']);
  });

  it("another function (the workshop's own Python) is not guessed", () => {
    expect(tocSlugify('!!python/name:my_site.slugs.slug')).toBeUndefined();
    expect(tocSlugify('!!python/object/apply:pymdownx.slugs.slugify {"kwds":{"case":"upper"}}')).toBeUndefined();
    expect(tocSlugify({})).toBeUndefined();
  });
});
