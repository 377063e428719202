/**
 * pymdown-extensions' own snippets tests (`../upstream/snippets.json`, ported
 * as data with their snippet files under `../upstream/snippets/_snippets/`),
 * checked on what the preprocessor produces: our expansion of each case,
 * rendered by the oracle with the case's other extensions, must give the HTML
 * the upstream test expects. This pins the expansion to pymdownx 10–11 (the
 * releases Material requires), including what the oracle's 9.5 cannot do
 * (line ranges, sections, escapes, `restrict_base_path`, `dedent_subsections`).
 * The cases that expect pymdownx to raise (`check_paths`) must give a fatal
 * message instead, with the author's line kept.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {MarkdownExtensions} from '../../lib/markdown-extensions';
import {expandPageSnippets} from '../../lib/snippets/parse';
import {oracleAvailable, renderWithPythonMarkdown} from '../oracle/oracle';
import {normalizeHtml, readUpstreamCases} from '../upstream/run-upstream';

interface SnippetCase {
  name: string;
  markdown: string;
  extensions: Record<string, unknown>;
  expected?: string;
  raises?: string;
}

const cases = readUpstreamCases('snippets') as unknown as SnippetCase[];
const cwd = path.resolve(import.meta.dirname, '../../../..');

/** Cases whose expansion differs from pymdownx's on purpose (see the plugin README, "Snippets"). */
const CYCLE = 'an include of a file already being included stays as written, with mkdocs-snippet-cycle (pymdownx drops the line)';
const MISSING = 'an include that finds nothing (no file, no section, an unreadable range) stays as written, with mkdocs-snippet-missing (pymdownx drops the line)';
const DEVIATIONS: Record<string, string> = {
  'TestSnippets.test_inline': CYCLE,
  'TestSnippets.test_block': `${CYCLE}; an inline include inside the block form stays as written, with mkdocs-snippet-syntax (pymdownx drops it)`,
  'TestSnippets.test_mixed': CYCLE,
  'TestSnippets.test_start_multi_hanging_comma': `${MISSING}: \`lines.txt:1:2,\` is read as a file name`,
  'TestSnippets.test_section_end_first': MISSING,
  'TestSnippetsGracefulMissing.test_top_level': MISSING,
  'TestSnippetsGracefulMissing.test_nested': MISSING,
  'TestSnippetsGracefulMissing.test_missing_lines': MISSING,
};

function expand(testCase: SnippetCase) {
  return expandPageSnippets(testCase.markdown, path.join(cwd, 'page.md'), new MarkdownExtensions(testCase.extensions as never), cwd);
}

describe('pymdownx snippets tests on our expansion', () => {
  const status = oracleAvailable();
  it('has cases and the oracle', () => {
    expect(cases.length).toBeGreaterThan(40);
    expect(status.available, status.available ? '' : status.reason).toBe(true);
  });
  if (!status.available) return;
  const rendering = cases.filter((testCase) => testCase.expected !== undefined);
  const rendered = renderWithPythonMarkdown(
    rendering.map((testCase) => {
      const {'pymdownx.snippets': _snippets, ...others} = testCase.extensions;
      return {id: testCase.name, markdown: expand(testCase).text, extensions: others};
    }),
  );
  for (const testCase of rendering) {
    it(testCase.name, () => {
      const ours = normalizeHtml(rendered.get(testCase.name)!);
      const theirs = normalizeHtml(testCase.expected!);
      const reason = DEVIATIONS[testCase.name];
      if (reason === undefined) expect(ours, testCase.markdown).toBe(theirs);
      else expect(ours, `listed as a deviation (${reason}) but now agrees`).not.toBe(theirs);
    });
  }
  for (const testCase of cases.filter((each) => each.raises !== undefined)) {
    it(`${testCase.name}: pymdownx raises ${testCase.raises}; we report an error and keep the line`, () => {
      const expansion = expand(testCase);
      expect(expansion.problems.map((problem) => [problem.ruleId, problem.fatal])).toContainEqual(['mkdocs-snippet-missing', true]);
      for (const problem of expansion.problems) {
        expect(expansion.text.split('\n')[problem.line - 1]).toMatch(/8<|^\S/);
      }
    });
  }
});
