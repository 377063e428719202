/**
 * Right after a match, pymdownx's patterns see the placeholder that replaced
 * it, not its last marker: a smart `^^`/`~~`/`==` opener there is allowed
 * (`resolve.ts`, `afterMatch` in `patterns.ts`). Expected HTML from the oracle
 * (Debian's Python-Markdown 3.4.1 + pymdown-extensions 9.5, with caret, mark
 * and tilde), written out so the test runs without it.
 */
import {describe, expect, it} from 'vitest';
import {normalizeHtml, renderWithPlugin} from '../upstream/run-upstream';

const MARKS = {'pymdownx.caret': null, 'pymdownx.mark': null, 'pymdownx.tilde': null};

function render(markdown: string): string {
  return normalizeHtml(renderWithPlugin({name: 'adjacent', markdown, extensions: MARKS, source: 'adjacent-matches.test.ts'}));
}

const SUP = '<sup>^</sup>';
const SUB = '<sub>~</sub>';

describe('a match right after a match', () => {
  it.each([
    ['^x^^^y^^', '<p><sup>x</sup><ins>y</ins></p>'],
    ['~x~~~y~~', '<p><sub>x</sub><del>y</del></p>'],
    ['a ^x^^^y^^ b', '<p>a <sup>x</sup><ins>y</ins> b</p>'],
    ['^^^x^^^^y^^', '<p><ins><sup>x</sup></ins><sup>y</sup>^</p>'],
    ['^^a^^^^b^^^^c^^', '<p><ins>a<sup>^</sup><sup>b</sup><sup>^</sup>c</ins></p>'],
    ['==x====y==', '<p><mark>x====y</mark></p>'],
  ])('%s as pymdownx reads it', (markdown, html) => {
    expect(render(markdown)).toBe(normalizeHtml(html));
  });

  it('splits a long run of markers into the same matches as pymdownx', () => {
    expect(render(`a ${'^'.repeat(41)} b`)).toBe(normalizeHtml(`<p>a ${SUP.repeat(13)}^^ b</p>`));
    expect(render(`a ${'~'.repeat(23)} b`)).toBe(normalizeHtml(`<p>a ${SUB.repeat(7)}~~ b</p>`));
  });
});
