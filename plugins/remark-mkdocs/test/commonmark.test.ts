/**
 * The plugin must not change how CommonMark is read: every example of the
 * CommonMark spec renders to the same HTML with and without it (target 'html'),
 * except where Python-Markdown, which defines what a lesson means, reads it
 * otherwise on purpose (INTENDED: asserted to still differ).
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

const SETEXT_ONE_LINE =
  'A setext underline takes one line of text, as Python-Markdown reads it (headings/setext.ts): under several lines, `===` is text of the paragraph and `---` a thematic break.';
const WIDE_LIST_NESTING =
  'A block indented 4 spaces after a list whose content starts past column 5 is the last item’s (lists/indented-blocks.ts), as in Python-Markdown.';
const INLINE_TAG_LINE =
  'A line holding only the tag of an element Python-Markdown does not count as block-level is inline HTML in a paragraph (md-in-html/html-flow.ts), so the Markdown after it is parsed, as in Python-Markdown.';
const PYTHON_MARKDOWN_LINK =
  'An inline link’s `(…)` is read as Python-Markdown’s getLink reads it (links/inline-link.ts): the destination runs to the balancing `)`, spaces included (`[link](/my uri)` links to `/my uri`, `(title)` after a space is part of it), a title is the quoted text before that `)` (inner quotes included), `<` without a closing `>` is part of the destination.';

const UNCLOSED_FENCE =
  'A fence with no closing fence before the end of its container is text, and what follows it Markdown (fence/closed-fence.ts), as in Python-Markdown (fenced_code, pymdownx.superfences).';

const UNREAD_FENCE_HEADER =
  'A fence header pymdownx.superfences does not read (`foo\\+bar`, an entity, `$%@#$`, `;`, a backtick in a tilde fence) makes no fence (fence/fenced-code.ts): its lines are text, as in Python-Markdown.';

const MERGED_QUOTES =
  'Block quotes separated by blank lines are one quote (blockquotes/merge.ts), as Python-Markdown appends a quote to the one before it.';

const MERGED_LISTS =
  'A list right after a list is the same list whatever its marker (lists/merge.ts), as Python-Markdown continues a list with any marker.';

const LAZY_QUOTE_BLOCK =
  'A paragraph or list on the line right after a quote (no blank line between) is the quote’s (blockquotes/merge.ts), as Python-Markdown reads a block that starts as a quote whole (Python-Markdown 3.4: `<blockquote><p>bar</p><p>baz</p></blockquote>`; `> - foo` ⏎ `- bar` one list in the quote).';

/** Spec example number → why the plugin reads it as Python-Markdown does. */
const INTENDED: Readonly<Record<number, string>> = {
  235: LAZY_QUOTE_BLOCK,
  249: LAZY_QUOTE_BLOCK,
  81: SETEXT_ONE_LINE,
  82: SETEXT_ONE_LINE,
  95: SETEXT_ONE_LINE,
  257: WIDE_LIST_NESTING,
  313: WIDE_LIST_NESTING,
  161: 'A raw HTML block ends at the line of its matching closing tag (md-in-html/raw-element.ts): the fence after `<div></div>` is a code block, as in Python-Markdown.',
  186: 'A raw HTML block ends at the line of its matching closing tag (md-in-html/raw-element.ts): `*foo*` after `</div>` is Markdown again, as in Python-Markdown.',
  21: INLINE_TAG_LINE,
  31: INLINE_TAG_LINE,
  162: INLINE_TAG_LINE,
  163: INLINE_TAG_LINE,
  164: INLINE_TAG_LINE,
  165: INLINE_TAG_LINE,
  166: INLINE_TAG_LINE,
  167: INLINE_TAG_LINE,
  41: PYTHON_MARKDOWN_LINK,
  488: PYTHON_MARKDOWN_LINK,
  505: PYTHON_MARKDOWN_LINK,
  568: PYTHON_MARKDOWN_LINK,
  493: PYTHON_MARKDOWN_LINK,
  494: PYTHON_MARKDOWN_LINK,
  504: PYTHON_MARKDOWN_LINK,
  507: PYTHON_MARKDOWN_LINK,
  508: PYTHON_MARKDOWN_LINK,
  126: UNCLOSED_FENCE,
  127: UNCLOSED_FENCE,
  128: UNCLOSED_FENCE,
  137: UNCLOSED_FENCE,
  139: UNCLOSED_FENCE,
  237: UNCLOSED_FENCE,
  24: UNREAD_FENCE_HEADER,
  34: UNREAD_FENCE_HEADER,
  143: UNREAD_FENCE_HEADER,
  144: UNREAD_FENCE_HEADER,
  146: UNREAD_FENCE_HEADER,
  242: MERGED_QUOTES,
  252: MERGED_QUOTES,
  301: MERGED_LISTS,
};

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
      if (example.number in INTENDED) {
        expect(actual, `example ${example.number} is listed as intended (${INTENDED[example.number]}) but no longer differs`).not.toBe(expected);
        continue;
      }
      if (actual !== expected) {
        differing.push(
          `example ${example.number} (${example.section}): ${JSON.stringify(example.markdown)}\n` +
            `  without plugin: ${JSON.stringify(expected)}\n  with plugin:    ${JSON.stringify(actual)}`,
        );
      }
    }
    console.info(
      `commonmark: ${examples.length - differing.length - Object.keys(INTENDED).length} of ${examples.length} spec examples identical with the plugin, ${Object.keys(INTENDED).length} read as Python-Markdown reads them`,
    );
    expect(differing, `${differing.length} spec examples changed:\n${differing.join('\n')}`).toEqual([]);
  });
});
