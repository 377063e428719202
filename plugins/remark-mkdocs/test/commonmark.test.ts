/**
 * The plugin must not change how CommonMark is read: every example of the
 * CommonMark spec renders to the same HTML with and without it (target 'html').
 */
import {createRequire} from 'node:module';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkMkdocs from '../index';

interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

// commonmark-spec ships no types; it is CommonJS: {tests: SpecExample[]}.
const {tests: examples} = createRequire(import.meta.url)('commonmark-spec') as {tests: SpecExample[]};

const plain = unified().use(remarkParse).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).use(rehypeStringify);
const withPlugin = unified()
  .use(remarkParse)
  .use(remarkMkdocs, {target: 'html'})
  .use(remarkRehype, {allowDangerousHtml: true})
  .use(rehypeRaw)
  .use(rehypeStringify);

describe('CommonMark spec examples render the same with remark-mkdocs', () => {
  test(`all ${examples.length} examples`, () => {
    expect(examples.length).toBeGreaterThan(600);
    const differing: string[] = [];
    for (const example of examples) {
      const expected = String(plain.processSync(example.markdown));
      let actual: string;
      try {
        actual = String(withPlugin.processSync(example.markdown));
      } catch (error) {
        actual = `threw: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (actual !== expected) {
        differing.push(
          `example ${example.number} (${example.section}): ${JSON.stringify(example.markdown)}\n` +
            `  without plugin: ${JSON.stringify(expected)}\n  with plugin:    ${JSON.stringify(actual)}`,
        );
      }
    }
    console.info(
      `commonmark: ${examples.length - differing.length} of ${examples.length} spec examples identical with the plugin`,
    );
    expect(differing, `${differing.length} spec examples changed:\n${differing.join('\n')}`).toEqual([]);
  });
});
