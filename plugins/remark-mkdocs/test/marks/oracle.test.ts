import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {renderWithPythonMarkdown, oracleAvailable} from '../oracle/oracle';
import {normalizeHtml, renderWithPlugin, type UpstreamCase} from '../upstream/run-upstream';

/**
 * keys, mark, caret and tilde against the oracle (Debian's Python-Markdown +
 * pymdown-extensions 9.5), compared as the upstream cases are
 * (`upstream/run-upstream.ts`): the fixtures of these extensions, and
 * generated paragraphs mixing every marker with code spans, escapes, keys,
 * links and intraword underscores. Emphasis is left out of the generated
 * paragraphs: `*`/`_` follow CommonMark here, not Python-Markdown's rules
 * (what Docusaurus reads), a difference of its own.
 */
const FOUR = {'pymdownx.keys': null, 'pymdownx.mark': null, 'pymdownx.caret': null, 'pymdownx.tilde': null};
const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures');

function fixtureCases(): UpstreamCase[] {
  return readdirSync(fixturesDir)
    .filter((name) => /^(keys|mark|marks|caret|tilde)-/.test(name))
    .map((name) => {
      const options = JSON.parse(readFileSync(path.join(fixturesDir, name, 'options.json'), 'utf8')) as {markdownExtensions?: Record<string, unknown>};
      return {name, markdown: readFileSync(path.join(fixturesDir, name, 'input.md'), 'utf8'), extensions: options.markdownExtensions ?? {}, source: `fixtures/${name}`};
    });
}

const ATOMS = ['==', '=', '^', '^^', '~', '~~', '~~~', '^^^', 'a', 'b', ' ', 'word', '`c`', '\\=', '\\^', '++ctrl+c++', '[l](u)', 'x_y', '\\ '];

/** Deterministic paragraphs (a linear congruential generator, so a failure is reproducible by its number). */
function generatedCases(count: number): UpstreamCase[] {
  let seed = 20261206;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({length: count}, (_, index) => {
    let markdown = 'p ';
    const length = 3 + Math.floor(next() * 10);
    for (let atom = 0; atom < length; atom++) markdown += ATOMS[Math.floor(next() * ATOMS.length)];
    return {name: `generated-${index}`, markdown: markdown.trimEnd() + '\n', extensions: FOUR, source: 'generated'};
  });
}

describe('keys, mark, caret and tilde agree with pymdownx', () => {
  const status = oracleAvailable();
  it('has the oracle', () => expect(status.available, status.available ? '' : status.reason).toBe(true));
  if (!status.available) return;
  const cases = [...fixtureCases(), ...generatedCases(600)];
  const oracle = renderWithPythonMarkdown(cases.map((testCase) => ({id: testCase.name, markdown: testCase.markdown, extensions: testCase.extensions})));

  it('on their fixtures', () => {
    const fixtures = cases.filter((testCase) => testCase.source.startsWith('fixtures/'));
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
    for (const testCase of fixtures) {
      expect(normalizeHtml(renderWithPlugin(testCase)), testCase.name).toBe(normalizeHtml(oracle.get(testCase.name)!));
    }
  });

  it('on 600 generated paragraphs', () => {
    const differing = cases
      .filter((testCase) => testCase.source === 'generated')
      .filter((testCase) => normalizeHtml(renderWithPlugin(testCase)) !== normalizeHtml(oracle.get(testCase.name)!))
      .map((testCase) => testCase.markdown);
    expect(differing).toEqual([]);
  });
});
