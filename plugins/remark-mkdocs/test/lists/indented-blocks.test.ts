import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Code, List, Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import {fragmentParser} from '../../lib/mdast-util/fragment-parser';
import {mayHaveWideListMarkers, nestIndentedBlocksInLists} from '../../lib/lists/indented-blocks';
import type {BoxNode} from '../../lib/boxes/nodes';

const input = readFileSync(path.join(import.meta.dirname, '../fixtures/list-wide-marker-nested-blocks/input.md'), 'utf8');

/** The page parsed with the plugin's syntax, then the step alone. */
function nested(markdown: string): {tree: Root; file: VFile} {
  const processor = unified().use(remarkParse).use(remarkMkdocs).freeze();
  const data = processor.data();
  const file = new VFile({value: markdown});
  const tree = processor.parse(file) as Root;
  nestIndentedBlocksInLists(tree, file, fragmentParser(data));
  return {tree, file};
}

describe('blocks indented 4 spaces after a list with indented markers (Python-Markdown nesting)', () => {
  it('are the last item’s, at their places in the page; the next step goes on in the same list', () => {
    const {tree} = nested(input);
    const list = tree.children[1] as List;
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list']);
    expect(list.children).toHaveLength(3);
    const [first] = list.children;
    expect(first!.spread).toBe(true);
    expect(first!.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'containerDirective']);
    const fence = first!.children[1] as Code;
    expect(fence.lang).toBe('bash');
    expect(fence.value).toBe('nano main.py');
    // Line 5 of the page, where the fence is (indented 4): column 5; its offset points at the backticks.
    expect(fence.position?.start).toEqual({line: 5, column: 5, offset: input.indexOf('```bash')});
    expect(fence.position?.end.line).toBe(7);
    const box = first!.children[2] as BoxNode;
    expect(box.position?.start).toEqual({line: 9, column: 5, offset: input.indexOf('!!! warning')});
    expect(box.position?.end.line).toBe(10);
    expect(list.position?.end.line).toBe(18);
  });

  it('only after a list whose content starts past column 5; a fence after a list, or a plain list, stays as it is', () => {
    expect(mayHaveWideListMarkers('1. a\n- b\n10. c\n  - d\n')).toBe(false);
    expect(mayHaveWideListMarkers('  1. a\n')).toBe(true);
    expect(mayHaveWideListMarkers('   - a\n')).toBe(true);
    const fenced = '  1. a\n\n```bash\nls\n```\n';
    expect(nested(fenced).tree.children.map((node) => node.type)).toEqual(['list', 'code']);
    // A list followed by another list with nothing nested between: CommonMark's two lists stay two.
    const twoLists = '  1. a\n\n- b\n';
    expect(nested(twoLists).tree.children.map((node) => node.type)).toEqual(['list', 'list']);
  });

  it('reads the page as the positions count it: after a byte order mark, a fence stays a fence, and a nested block gets offsets in the text', () => {
    // micromark drops a leading BOM before counting offsets (a fuzz counterexample read the fence as indented code).
    expect(nested('\uFEFF1. \n  2) \n```\nx').tree.children.map((node) => node.type)).toEqual(['list', 'list', 'code']);
    const withBom = nested('\uFEFF' + input).tree;
    const fence = ((withBom.children[1] as List).children[0]!.children[1] as Code);
    expect(fence.position?.start).toEqual({line: 5, column: 5, offset: input.indexOf('```bash')});
  });
});
