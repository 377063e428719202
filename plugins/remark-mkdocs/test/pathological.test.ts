/**
 * Pathological lessons (the sizes of issue 5, or as close as a unit test can
 * afford): nothing throws or overflows the stack, nothing disappears, and a
 * limit that is hit is reported. Their timing is the benchmark's business
 * (`npm run bench`, `bench/pathological.ts`), never a unit test's.
 */
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import remarkMkdocs from '../index';
import {MAX_BOX_DEPTH} from '../lib/boxes/nesting';
import {PATHOLOGICAL_CASES} from './pathological-inputs';
import {treeWordCounts} from './words';

function run(markdown: string, target: 'docusaurus' | 'html') {
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target});
  const file = new VFile({value: markdown, path: 'pathological.md'});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {tree, file};
}

/** Unit-test sizes where the are out of reach (see the README's limits). */
const SCALES: Record<string, number> = {
  // 5,000 deep, each level indented 4 more, is 50 MB of indentation; 200 deep (80 KB) is far past the limit.
  'nested boxes (each level indented 4 more)': 200 ** 2,
  'nested tabs': 200 ** 2,
};

/**
 * Both targets share the parse and all transforms but the last; the full size
 * runs once (Docusaurus), the HTML target at a tenth, to keep the file fast.
 */
const HTML_SHARE = 10;

describe('pathological input', () => {
  for (const testCase of PATHOLOGICAL_CASES) {
    const scale = SCALES[testCase.name] ?? testCase.testScale;
    test(`${testCase.name} (scale ${scale})`, () => {
      for (const target of ['docusaurus', 'html'] as const) {
        // A last paragraph after the case: nothing before it may swallow it.
        const markdown = `${testCase.build(target === 'html' ? Math.ceil(scale / HTML_SHARE) : scale)}\nLast words.\n`;
        const words = treeWordCounts(run(markdown, target).tree);
        expect(words.get('last'), `${target}: the last paragraph`).toBeGreaterThan(0);
        if (markdown.includes('deepest')) expect(words.get('deepest'), `${target}: the deepest text`).toBe(1);
      }
    });
  }

  test(`boxes deeper than ${MAX_BOX_DEPTH} stay text, with one mkdocs-nesting-limit warning at the first refused header`, () => {
    const depth = MAX_BOX_DEPTH + 20;
    const markdown = PATHOLOGICAL_CASES[0].build(depth ** 2);
    const {tree, file} = run(markdown, 'html');
    const limits = file.messages.filter((message) => message.ruleId === 'mkdocs-nesting-limit');
    expect(limits.map((message) => `${message.line}:${message.column}`)).toEqual([`${MAX_BOX_DEPTH + 1}:${4 * MAX_BOX_DEPTH + 1}`]);
    expect(String(limits[0])).toMatch(/^pathological\.md:33:129/);
    // No `mkdocs-box-header` for each of the deeper headers: the one warning covers them.
    expect(file.messages.filter((message) => message.ruleId === 'mkdocs-box-header')).toEqual([]);
    const words = treeWordCounts(tree);
    expect(words.get('level')).toBe(depth);
    expect(words.get('deepest')).toBe(1);
  });

  test(`a box at depth ${MAX_BOX_DEPTH} is still a box`, () => {
    const markdown = PATHOLOGICAL_CASES[0].build(MAX_BOX_DEPTH ** 2);
    const {file} = run(markdown, 'html');
    expect(file.messages.filter((message) => message.ruleId === 'mkdocs-nesting-limit')).toEqual([]);
  });
});
