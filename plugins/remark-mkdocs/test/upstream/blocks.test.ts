/**
 * pymdownx.blocks' upstream cases (`blocks.json`, from
 * `tests/test_extensions/test_blocks/` by `port-pymdownx.py`), compared with
 * the HTML the upstream test expects, normalised as every upstream case is.
 * Not with the oracle: Debian's pymdown-extensions 9.5 predates blocks (10.0).
 * A case listed in `deviations.json` (`blocks/<case>`) must still differ;
 * one listed as "Tab markup: …" must agree once the parts of Material's tab
 * markup the plugin does not write are taken out of both (`withoutTabInputs`).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {normalizeHtml, readUpstreamCases, renderWithPlugin} from './run-upstream';

const cases = readUpstreamCases('blocks');
const deviations = JSON.parse(readFileSync(path.join(import.meta.dirname, 'deviations.json'), 'utf8')) as Record<string, string>;

describe(`upstream blocks (${cases.length} cases, against upstream's expected HTML)`, () => {
  it('has cases, each with its expected HTML', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.filter((testCase) => testCase.expected === undefined)).toEqual([]);
  });
  for (const testCase of cases) {
    const deviation = deviations[`blocks/${testCase.name}`];
    it(testCase.name, () => {
      const ours = normalizeHtml(renderWithPlugin(testCase));
      const upstream = normalizeHtml(testCase.expected!);
      if (deviation === undefined) expect(ours, `${testCase.source}\nmarkdown:\n${testCase.markdown}`).toBe(upstream);
      else expect(ours === upstream, `listed as a deviation (${deviation}) but now agrees: remove it`).toBe(false);
      if (deviation?.startsWith('Tab markup:')) expect(withoutTabInputs(ours)).toBe(withoutTabInputs(upstream));
    });
  }
});

/**
 * Normalised HTML without what only Material's tab markup (and Pygments) has:
 * the radio inputs, `for`, `data-tabs`, the plugin's `data-selected`, and the
 * `highlight` wrapper of code blocks.
 */
function withoutTabInputs(html: string): string {
  return html
    .replace(/<input[^>]*>/g, '')
    .replace(/ (?:for|data-tabs|data-selected)="[^"]*"/g, '')
    .replace(/<div class="highlight"><pre><span><\/span>(.*?)<\/pre><\/div>/g, '<pre>$1</pre>');
}
