import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Heading, Root} from 'mdast';
import {VFile} from 'vfile';
import {createSlugger} from '@docusaurus/utils';
import {emojiShortcodes} from '../../lib/emoji/transform';
import {attributeLists} from '../../lib/attribute-list/transform';
import {headingIdsAfterIcons} from '../../lib/docusaurus/heading-ids';

/** The id Docusaurus's heading step gives each heading after our steps (it slugs a given id again). */
function ids(markdown: string): string[] {
  const file = new VFile({value: markdown});
  const tree = unified().use(remarkParse).parse(file) as Root;
  emojiShortcodes(tree, file);
  attributeLists(tree, file, {infimaButtons: true});
  headingIdsAfterIcons(tree);
  const slugs = createSlugger();
  return tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((heading) => {
      const given = heading.data?.hProperties?.id;
      return typeof given === 'string' ? slugs.slug(given, {maintainCase: true}) : `(Docusaurus slugs the text)`;
    });
}

describe('heading ids after an opening icon or emoji (as Python-Markdown toc slugifies the stripped text)', () => {
  it('an icon or emoji first: no leading `-`', () => {
    expect(ids('# :material-language-python: NeuroPython 2024\n\n## :rocket: Launch it\n\n## 🎉 Party\n')).toEqual(['neuropython-2024', 'launch-it', 'party']);
  });

  it('repeats are numbered as Docusaurus numbers them', () => {
    expect(ids('## :material-check: Setup\n\n## :material-check: Setup\n')).toEqual(['setup', 'setup-1']);
  });

  it('headings that start with a word, or carry their own id, are left alone', () => {
    expect(ids('## Launch :rocket:\n\n## :rocket: Go { #go-now }\n\n## Plain\n')).toEqual(['(Docusaurus slugs the text)', 'go-now', '(Docusaurus slugs the text)']);
  });
});
