/**
 * The expansion against Python-Markdown's own: generated pages of includes
 * (inline and block form, nested, indented in lists and boxes, in fences,
 * blank lines in the block form, `; file` comments) rendered by the oracle
 * twice: with pymdownx.snippets on the page as written, and without it on our
 * expanded page. The same HTML means the same expansion. Only what the
 * oracle's pymdownx 9.5 does the same as 10–11 is generated: no ranges,
 * sections or escapes (upstream-expected.test.ts covers those), no missing
 * files or cycles (we keep those lines on purpose), and the included files
 * end without a line break (10+ reads a final line break as a blank line).
 */
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {MarkdownExtensions} from '../../lib/markdown-extensions';
import {expandPageSnippets} from '../../lib/snippets/parse';
import {oracleAvailable, renderWithPythonMarkdown} from '../oracle/oracle';
import {normalizeHtml} from '../upstream/run-upstream';

const cwd = path.resolve(import.meta.dirname, '../../../..');
const base = 'plugins/remark-mkdocs/test/snippets/files';
const EXTENSIONS = {admonition: null, 'pymdownx.superfences': null, 'pymdownx.snippets': {base_path: [base]}};
const WITHOUT_SNIPPETS = {admonition: null, 'pymdownx.superfences': null};

const include = fc.constantFrom('--8<-- "plain.md"', '--8<-- "nested.md"', "--8<-- 'code.txt'", '--8<-- "deeper/list.md"');
const blockForm = fc
  .array(fc.constantFrom('plain.md', 'nested.md', '', '; plain.md', 'code.txt'), {minLength: 1, maxLength: 4})
  .map((names) => ['--8<--', ...names, '--8<--'].join('\n'));
const block = fc.oneof(
  include,
  blockForm,
  include.map((line) => `- Item\n\n    ${line}`),
  include.map((line) => `!!! note\n    ${line}`),
  include.map((line) => `\`\`\`text\n${line}\n\`\`\``),
  fc.constantFrom('A paragraph.', '# Heading', '- list item', '    indented code'),
);
const pages = fc.sample(fc.array(block, {minLength: 1, maxLength: 6}).map((blocks) => blocks.join('\n\n') + '\n'), {numRuns: 150, seed: 16});

describe('snippets expansion vs pymdownx 9.5', () => {
  const status = oracleAvailable();
  it('has the oracle', () => expect(status.available, status.available ? '' : status.reason).toBe(true));
  if (!status.available) return;
  const extensions = new MarkdownExtensions(EXTENSIONS);
  const documents = pages.flatMap((markdown, index) => [
    {id: `theirs-${index}`, markdown, extensions: EXTENSIONS},
    {id: `ours-${index}`, markdown: expandPageSnippets(markdown, path.join(cwd, 'page.md'), extensions, cwd).text, extensions: WITHOUT_SNIPPETS},
  ]);
  const html = renderWithPythonMarkdown(documents);
  it(`expands ${pages.length} generated pages as Python-Markdown does`, () => {
    let includes = 0;
    pages.forEach((markdown, index) => {
      includes += (markdown.match(/8</g) ?? []).length;
      expect(normalizeHtml(html.get(`ours-${index}`)!), markdown).toBe(normalizeHtml(html.get(`theirs-${index}`)!));
    });
    expect(includes).toBeGreaterThan(150);
  });
});
