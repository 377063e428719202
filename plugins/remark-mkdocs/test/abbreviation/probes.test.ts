/**
 * The research probes `probe-abbr-*` (test/data/mkdocs-cases: the input and
 * what MkDocs rendered): the same words are wrapped, with the same titles, in
 * the same blocks.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {MKDOCS_CASES as casesDir} from '../../../../test/data-paths';
import {abbreviationView, renderHtml} from './harness';

const probes = readdirSync(casesDir)
  .filter((name) => /^probe-abbr-\d+\.md$/.test(name))
  .sort();

describe('abbreviation probes agree with MkDocs', () => {
  it('finds the probes', () => expect(probes.length).toBeGreaterThanOrEqual(12));

  for (const name of probes) {
    it(name, () => {
      const markdown = readFileSync(path.join(casesDir, name), 'utf8');
      const expected = abbreviationView(readFileSync(path.join(casesDir, name.replace(/\.md$/, '.html')), 'utf8'));
      const actual = abbreviationView(renderHtml(markdown).html);
      expect(actual).toEqual(expected);
    });
  }
});
