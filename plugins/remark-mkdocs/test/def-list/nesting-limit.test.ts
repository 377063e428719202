/**
 * Definitions nested deeper than `MAX_DEFINITION_DEPTH` (each level indented 4
 * more): the `:` lines past it stay text, and one `mkdocs-nesting-limit`
 * warning says where, as for boxes (`test/pathological.test.ts`).
 */
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import {MAX_DEFINITION_DEPTH} from '../../lib/def-list/construct';
import {treeWordCounts} from '../words';

/** `Term`, then `depth` definitions, each in the one before it. */
function nestedDefinitions(depth: number): string {
  const lines = ['Term'];
  for (let level = 0; level < depth; level++) lines.push(`${' '.repeat(4 * level)}:   Term at level ${level + 1}`);
  lines.push(`${' '.repeat(4 * depth)}deepest words here`);
  return `${lines.join('\n')}\n`;
}

function run(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target: 'html', markdownExtensions: {def_list: null}});
  const file = new VFile({value: markdown, path: 'nested.md'});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {tree, file};
}

/** How deep definitions nest in the tree. */
function definitionDepth(node: {type: string; children?: unknown[]}): number {
  const inner = Math.max(0, ...(node.children ?? []).map((child) => definitionDepth(child as typeof node)));
  return inner + (node.type === 'defListDescription' ? 1 : 0);
}

describe('nested definitions', () => {
  it(`deeper than ${MAX_DEFINITION_DEPTH} stay text, with one mkdocs-nesting-limit warning at the first refused \`:\` line`, () => {
    const depth = MAX_DEFINITION_DEPTH + 20;
    const {tree, file} = run(nestedDefinitions(depth));
    expect(definitionDepth(tree)).toBe(MAX_DEFINITION_DEPTH);
    const limits = file.messages.filter((message) => message.ruleId === 'mkdocs-nesting-limit');
    // Line 1 is the term: level n's `:` line is line n + 1, indented 4 × (n - 1).
    expect(limits.map((message) => `${message.line}:${message.column}`)).toEqual([`${MAX_DEFINITION_DEPTH + 2}:${4 * MAX_DEFINITION_DEPTH + 1}`]);
    expect(String(limits[0])).toMatch(/^nested\.md:34:129/);
    // The deeper `:` lines are covered by that warning, not reported one by one.
    expect(file.messages.filter((message) => message.ruleId === 'mkdocs-deflist-syntax')).toEqual([]);
    const words = treeWordCounts(tree);
    expect(words.get('level')).toBe(depth);
    expect(words.get('deepest')).toBe(1);
  });

  it(`${MAX_DEFINITION_DEPTH} deep are all definitions`, () => {
    const {tree, file} = run(nestedDefinitions(MAX_DEFINITION_DEPTH));
    expect(definitionDepth(tree)).toBe(MAX_DEFINITION_DEPTH);
    expect(file.messages).toEqual([]);
  });
});
