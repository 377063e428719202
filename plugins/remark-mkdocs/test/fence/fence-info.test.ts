import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Code, Root} from 'mdast';
import {describe, expect, it} from 'vitest';
import {parseFenceInfo, type FenceInfo} from '../../lib/fence/info';

/** The fence's `lang` and `meta` exactly as remark-parse hands them over. */
function header(line: string): {lang: string | null | undefined; meta: string | null | undefined} {
  const tree = unified().use(remarkParse).parse(`${line}\necho hi\n${line.startsWith('~') ? '~~~' : '```'}\n`) as Root;
  const code = tree.children[0] as Code;
  expect(code.type).toBe('code');
  return {lang: code.lang, meta: code.meta};
}

const DROPS = '(MkDocs drops such a fence)';

/**
 * Header line → expected result (only the fields that differ from the empty
 * result). `drops: true` means the MkDocs oracle renders the fence as paragraph
 * text (checked with /usr/bin/python3 + pymdownx 9.5, see the shell note).
 */
const cases: Array<[string, Partial<FenceInfo> & {drops?: boolean}]> = [
  ['```', {}],
  ['```bash', {language: 'bash'}],
  ['``` bash', {language: 'bash'}],
  ['```.bash', {language: 'bash'}],
  ['``` shell-session', {language: 'shell-session'}],
  ['``` c++', {language: 'c++'}],
  ['``` bash title="Install it"', {language: 'bash', title: 'Install it'}],
  ["``` bash title='a b'", {language: 'bash', title: 'a b'}],
  ['``` title="no language"', {title: 'no language'}],
  ['``` bash title', {language: 'bash', title: 'title'}],
  ['``` py title="bubble_sort.py" hl_lines="2 3" linenums="1"', {language: 'py', title: 'bubble_sort.py', hlLines: [2, 3], linenums: {start: 1}}],
  ['``` bash hl_lines="1-3 5"', {language: 'bash', hlLines: [1, 2, 3, 5]}],
  ['``` bash hl_lines="4-2 9"', {language: 'bash', hlLines: [9]}],
  ['``` bash hl_lines="0 2"', {language: 'bash', hlLines: [2]}],
  ['``` bash linenums="5 2"', {language: 'bash', linenums: {start: 5, step: 2}}],
  ['``` bash linenums="1 2 x"', {language: 'bash', linenums: {start: 1, step: 2}}],
  // pymdownx.highlight: start 0 turns numbering off (a real workshop sets `title="" linenums="0"` on every fence).
  ['``` bash title="" linenums="0"', {language: 'bash', title: '', linenumsOff: true}],
  ['``` bash linenums="0 2"', {language: 'bash', linenumsOff: true}],
  ['``` { .bash linenums="0" }', {language: 'bash', linenumsOff: true}],
  ['```bash   title="x"  ', {language: 'bash', title: 'x'}],
  ['``` bash hl_lines', {language: 'bash', data: {hl_lines: 'hl_lines'}, drops: true}],
  ['``` bash hl_lines="2,3"', {language: 'bash', data: {hl_lines: '2,3'}, drops: true}],
  ['``` bash linenums="one"', {language: 'bash', data: {linenums: 'one'}, drops: true}],
  ['``` bash foo="1"', {language: 'bash', data: {foo: '1'}, drops: true}],
  ['``` bash data-x="1"', {language: 'bash', drops: true}],
  ['``` bash title=x', {language: 'bash', drops: true}],
  ['``` bash {1,3}', {language: 'bash', data: {'1,3': '1,3'}, drops: true}],
  ['``` { .bash .no-copy title="Output" }', {language: 'bash', classes: ['no-copy'], title: 'Output'}],
  ['``` { .text .no-table }', {language: 'text', classes: ['no-table']}],
  ['```{ .yaml .annotate }', {language: 'yaml', classes: ['annotate']}],
  ['```{.yaml .annotate}', {language: 'yaml', classes: ['annotate']}],
  ['``` {.yaml}', {language: 'yaml'}],
  ['~~~ {#id .sh}', {language: 'sh', id: 'id'}],
  ['``` { .yaml .annotate #cfg title="x.yml" data-x="1" }', {language: 'yaml', classes: ['annotate'], id: 'cfg', title: 'x.yml', data: {'data-x': '1'}}],
  ["``` { .console title='Run it' hl_lines=\"2\" linenums=\"3\" }", {language: 'console', title: 'Run it', hlLines: [2], linenums: {start: 3}}],
  ['``` { .bash hl_lines="x" }', {language: 'bash', data: {hl_lines: 'x'}}],
  ['``` { .bash data-lang=sh }', {language: 'bash', data: {'data-lang': 'sh'}}],
  ['``` {bash}', {data: {bash: 'bash'}}],
  ['``` { }', {}],
  ['``` { .bash } extra', {language: 'bash', drops: true}],
  ['``` bash { .no-copy }', {language: 'bash', classes: ['no-copy'], drops: true}],
  ['```bash{.x}', {language: 'bash', classes: ['x'], drops: true}],
];

describe('parseFenceInfo', () => {
  for (const [line, expected] of cases) {
    it(line, () => {
      const {lang, meta} = header(line);
      const info = parseFenceInfo(lang, meta);
      const {drops = false, ...fields} = expected;
      // Every header with a `{` here is read in the braces form (unknown keys are attributes there).
      const braces = line.includes('{') ? {braces: true} : {};
      expect({...info, problems: undefined}).toEqual({classes: [], hlLines: [], data: {}, ...braces, ...fields, problems: undefined});
      expect(info.problems.length > 0).toBe(drops);
      for (const problem of info.problems) expect(problem.reason).toMatch(/^Unexpected .*, expected .*\(MkDocs drops such a fence\)$/);
    });
  }

  // The value too: in the Docusaurus target the warning is the only place the option's text still shows.
  it('names the unknown option, value included, in the message', () => {
    expect(parseFenceInfo('bash', 'foo="1"').problems).toEqual([
      {reason: `Unexpected fence option \`foo="1"\`, expected title, hl_lines or linenums ${DROPS}`},
    ]);
  });

  it('accepts missing lang and meta', () => {
    expect(parseFenceInfo(null, null)).toEqual({classes: [], hlLines: [], data: {}, problems: []});
    expect(parseFenceInfo(undefined, '')).toEqual({classes: [], hlLines: [], data: {}, problems: []});
  });

  it('caps huge ranges instead of allocating them', () => {
    expect(parseFenceInfo('bash', 'hl_lines="1-99999999"').hlLines.length).toBe(10_000);
  });
});
