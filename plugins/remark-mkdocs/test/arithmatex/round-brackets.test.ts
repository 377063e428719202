/**
 * `\(…\)` next to unclosed `\(`: a `\(` whose scan found no `\)` before the
 * end of its paragraph lets the next ones in that paragraph fail at once
 * (construct.ts, `unclosedRound`); the answers must stay arithmatex's.
 */
import {describe, expect, it} from 'vitest';
import {oracleAvailable, renderWithPythonMarkdown} from '../oracle/oracle';
import {normalizeHtml, renderWithPlugin} from '../upstream/run-upstream';

const CASES = [
  '\\( a \\( b \\( c',
  '\\( a \\( b \\) c \\( d',
  'x \\( a\n\ny \\(b\\) z',
  '\\(a\\) \\( b \\\\) c \\(d\\)',
  '\\\\( a \\(b\\)',
  '- \\( a\n- \\(b\\)',
  '!!! note\n    \\( a\n\n    \\(b\\)',
];

describe('\\( … \\) with unclosed openers', () => {
  const status = oracleAvailable();
  it('has the oracle', () => expect(status.available, status.available ? '' : status.reason).toBe(true));
  if (!status.available) return;
  const extensions = {admonition: null, 'pymdownx.arithmatex': {generic: true}};
  const oracle = renderWithPythonMarkdown(CASES.map((markdown, index) => ({id: `round-${index}`, markdown, extensions})));
  CASES.forEach((markdown, index) => {
    it(JSON.stringify(markdown), () => {
      const ours = normalizeHtml(renderWithPlugin({name: `round-${index}`, markdown, extensions, source: 'here'}));
      expect(ours).toBe(normalizeHtml(oracle.get(`round-${index}`)!));
    });
  });

  it('a paragraph of 5,000 unclosed `\\(` stays text, every one kept', () => {
    const markdown = 'a \\( '.repeat(5_000);
    const html = renderWithPlugin({name: 'many', markdown, extensions, source: 'here'});
    expect(html.match(/\\\(/g) ?? []).toHaveLength(0);
    expect(html.match(/a \(/g)).toHaveLength(5_000);
  });
});
