/**
 * pymdownx.blocks over arbitrary block-flavoured documents (fast-check): no
 * document throws, for either target, and no content word is lost: every word
 * of the plain CommonMark rendering that comes from content lines (not from a
 * header's name or an options line, which a block consumes) is in the
 * plugin's rendering, counted.
 *
 * Reproduce a failure with `FC_SEED=<seed>` (and `FC_PATH=<path>`); `FC_RUNS=<n>`.
 */
import fc from 'fast-check';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {remarkClosedFences} from '../../lib/fence/closed-fence';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import remarkMkdocs, {type Options} from '../../index';
import {missingWords, withoutMarkupStarts, wordCounts} from '../words';

const parameters: fc.Parameters<unknown> = {
  numRuns: Number(process.env.FC_RUNS ?? 500),
  ...(process.env.FC_SEED ? {seed: Number(process.env.FC_SEED), path: process.env.FC_PATH} : {}),
};

const markdownExtensions = {
  'pymdownx.blocks.admonition': null,
  'pymdownx.blocks.details': null,
  'pymdownx.blocks.tab': {alternate_style: true},
  'pymdownx.blocks.html': null,
};

/** Content words: the only words whose loss counts (header names, selectors and options use none of them). */
const CONTENT_WORDS = ['alpha', 'beta', 'café', 'данные', '数据', 'x1', '42'];
const words = fc.array(fc.constantFrom(...CONTENT_WORDS), {minLength: 1, maxLength: 3}).map((list) => list.join(' '));

const fence = fc.constantFrom('///', '///', '////', '/////', '//');
// An `html` block's argument is a tag and selector, never text: it gets selectors only.
const nameAndArgument = fc.oneof(
  fc.tuple(
    fc.constantFrom('admonition', 'details', 'tab', 'note', 'warning', 'unknown', 'TIP'),
    fc.oneof(fc.constant(''), fc.constant(' |'), words.map((w) => ` | ${w}`), words.map((w) => ` | *${w}*`)),
  ),
  fc.tuple(fc.constant('html'), fc.constantFrom('', ' | div', ' | div.cls#id', ' | span', ' | pre', ' | p', ' | 3tag', ' | div.+')),
);
const header = fc
  .tuple(fc.constantFrom('', ' ', '   ', '    ', '> ', '- '), fence, usually(' '), nameAndArgument)
  .map(([indent, slashes, space, [name, argument]]) => indent + slashes + space + name + argument);
const option = fc.constantFrom('    type: warning', '    open: true', '    new: true', '    select: true', '    bogus: 1', '    type: [x', '    markdown: raw', '        deeper: 1', '    attrs: {class: k}');
const line = fc.oneof(
  {weight: 4, arbitrary: header},
  {weight: 2, arbitrary: option},
  {weight: 3, arbitrary: fc.tuple(fc.constantFrom('', '', '    ', '- ', '> ', '1. '), words).map(([i, w]) => i + w)},
  {weight: 3, arbitrary: fc.tuple(fc.constantFrom('', ' ', '    ', '> '), fence).map(([i, f]) => i + f)},
  {weight: 2, arbitrary: fc.constantFrom('', '', '```', '~~~', '!!! note', '=== "T"', '<div markdown>', '</div>')},
);
const document = fc.tuple(fc.array(line, {maxLength: 20}), fc.constantFrom('\n', '\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

function usually(common: string): fc.Arbitrary<string> {
  return fc.oneof({weight: 3, arbitrary: fc.constant(common)}, {weight: 1, arbitrary: fc.constantFrom('', '  ', '\t')});
}

function render(markdown: string, options?: Options): string {
  const processor = unified().use(remarkParse).use(remarkGfm);
  // The plain rendering reads fences as Python-Markdown does (an unclosed one is text), as the plugin does.
  if (options) processor.use(remarkMkdocs, options);
  else processor.use(remarkClosedFences);
  return String(
    processor
      .use(remarkRehype, {allowDangerousHtml: true})
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(new VFile({value: markdown, path: 'input.md'})),
  );
}

function runDocusaurus(markdown: string): void {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMkdocs, {target: 'docusaurus', markdownExtensions});
  const file = new VFile({value: markdown, path: 'input.md'});
  processor.runSync(processor.parse(file), file);
}

describe('pymdownx.blocks properties', () => {
  test('no block-flavoured document throws (both targets)', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        render(markdown, {target: 'html', markdownExtensions});
        runDocusaurus(markdown);
      }),
      parameters,
    );
  });

  test('no content word of the plain rendering is lost', () => {
    fc.assert(
      fc.property(document.map(withoutMarkupStarts), (markdown) => {
        const plain = wordCounts(render(markdown), false);
        const ours = wordCounts(render(markdown, {target: 'html', repairMojibake: false, markdownExtensions}), true);
        const lost = missingWords(plain, ours).filter((entry) => CONTENT_WORDS.some((word) => entry.startsWith(`${word} `)));
        expect(lost).toEqual([]);
      }),
      parameters,
    );
  });
});
