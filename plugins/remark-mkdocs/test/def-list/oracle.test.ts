/**
 * Definition lists against Python-Markdown on the rules the upstream suite
 * (`test/upstream/def_list.json`) leaves out: where a definition starts and
 * ends, lazy lines, which definitions are loose, lists merging, and what stays
 * text. Compared as the upstream cases are (`run-upstream.ts`); a case with a
 * `deviation` must still differ, so a fix is noticed.
 */
import {describe} from 'vitest';
import {itAgreesWithOracle} from '../upstream/run-upstream';

interface Case {
  name: string;
  markdown: string;
  deviation?: string;
}

const LAZY_INTERRUPT =
  'a line that would interrupt a paragraph ends the container it is lazy in, as in CommonMark (Python-Markdown keeps the block together and parses the `:` line inside the list item or quote)';

const CASES: Case[] = [
  {name: 'no space after the colon stays text', markdown: 't\n:def\n'},
  {name: 'four spaces before the colon stays text', markdown: 't\n    : def\n'},
  {name: 'colon first in the document stays text', markdown: ': a\n\nb\n'},
  {name: 'definition after a heading has no term', markdown: '# Head\n\n: def\n'},
  {name: 'definition after a list and a blank line', markdown: '- a\n\n: x\n'},
  {name: 'lazy line after the colon line', markdown: 't\n: a\nb\n'},
  {name: 'indented line then an unindented one', markdown: 't\n:   a\n    b\nc\n'},
  {name: 'blank line then an indented block with a lazy line', markdown: 't\n: a\n\n    b\nc\n'},
  {name: 'groups merge across a blank line', markdown: 't1\n: d1\n\nt2\n: d2\n'},
  {name: 'paragraph then blank then colon line is loose and merges', markdown: 't1\n: d1\n\nmore\n\n: d2\n'},
  {name: 'several term lines', markdown: 'a\nb\nc\n: d\n'},
  {name: 'several definitions', markdown: 't\n: one\n: two\n:   three\n'},
  {name: 'loose definition after a definition with blocks', markdown: 't\n:   a\n\n    b\n\n:   c\n'},
  {name: 'tight definition after a tight one', markdown: 't\n:   a\n\n:   b\n'},
  {name: 'five spaces after the colon', markdown: 't\n:     x\n'},
  {name: 'tab after the colon', markdown: 't\n:\tx\n'},
  {name: 'heading ends the definition', markdown: 't\n: d\n# h\n'},
  {name: 'inline markup in terms and definitions', markdown: '`code` and *em*\n:   a [link](http://example.com) and **strong**\n'},
  {name: 'definition with a nested list after a blank line', markdown: 'term\n\n:   text\n\n    * one\n    * two\n'},
  {
    name: 'code block in a definition',
    markdown: 'term\n:   text\n\n        code\n',
    deviation:
      'any block after a blank line makes a definition loose here; Python-Markdown leaves the text of a tight definition unwrapped when the block is indented code (its indent processor nests 8 columns one level deeper), a distinction mdast does not keep (indented and fenced code are both `code`)',
  },
  {name: 'inside a block quote', markdown: '> t\n> : d\n'},
  {name: 'inside an admonition', markdown: '!!! note\n\n    t\n    :   d\n'},
  {name: 'definitions then text', markdown: 't\n: d\n\nafter\n'},
  {
    name: 'lazy line then another colon line',
    markdown: 't\n: a\nb\n: c\n',
    deviation:
      'Python-Markdown gives the whole rest of the block to the first definition, so `b` and `: c` become a definition list nested in it (terms `a`, `b`); we keep `b` as a lazy line of the first definition and `: c` as its sibling, as an author means',
  },
  {name: 'definition on a lazy line of a list item', markdown: '- a\n: x\n', deviation: LAZY_INTERRUPT},
  {name: 'definition on a lazy line of a quote', markdown: '> t\n: d\n', deviation: LAZY_INTERRUPT},
];

describe('def_list against Python-Markdown', () => {
  itAgreesWithOracle(
    CASES.map((testCase) => ({...testCase, extensions: {def_list: null, admonition: null}, source: 'def-list/oracle.test.ts'})),
  );
});
