/**
 * The snippets grammar and expansion, case by case: line forms, references
 * and ranges, sections, escapes, nesting and the line map, cycles, missing
 * files, base paths and `restrict_base_path`, `auto_append`, front matter.
 * Files live in a temporary folder made per test file.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expandSnippets} from '../../lib/snippets/expand';
import {readReference, readSectionLine, readSnippetLine, selectRanges, snippetReferencePaths} from '../../lib/snippets/grammar';
import {snippetsOptions} from '../../lib/snippets/options';
import {frontMatterLines} from '../../lib/snippets/parse';

const root = mkdtempSync(path.join(os.tmpdir(), 'snippets-expand-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));
function write(file: string, text: string): string {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), {recursive: true});
  writeFileSync(full, text);
  return full;
}
write('base/a.md', 'A one\nA two\n');
write('base/five.txt', '1\n2\n3\n4\n5');
write('base/nested.md', 'Nested start\n--8<-- "a.md"\nNested end');
write('base/loop1.md', 'loop one\n--8<-- "loop2.md"');
write('base/loop2.md', 'loop two\n--8<-- "loop1.md"');
write('base/sections.py', '# --8<-- [start:one]\n    def one():\n        pass\n# --8<-- [end:one]\n# ;--8<-- [start:two]\nplain\n');
write('base/chain1.md', 'one\n  --8<-- "chain2.md"');
write('base/chain2.md', 'two\n\t--8<-- "chain3.md"');
write('base/chain3.md', 'three\n --8<-- "gone.md"');
write('other/b.md', 'B from other');
write('outside.md', 'outside the base');
const page = path.join(root, 'page.md');

function expand(text: string, options: Record<string, unknown> = {}) {
  return expandSnippets(text, {path: page, options: snippetsOptions({base_path: ['base'], ...options}, root)});
}

describe('grammar', () => {
  it('reads the inline form, the block marker and escapes', () => {
    expect(readSnippetLine('  --8<-- "a.md"')).toEqual({kind: 'inline', indent: '  ', reference: 'a.md'});
    expect(readSnippetLine("-8<- 'a.md'")).toEqual({kind: 'inline', indent: '', reference: 'a.md'});
    expect(readSnippetLine('--8<--')).toEqual({kind: 'block-marker', indent: ''});
    expect(readSnippetLine(';--8<-- "a.md"')).toEqual({kind: 'escaped', text: '--8<-- "a.md"'});
    expect(readSnippetLine(';;--8<--')).toEqual({kind: 'escaped', text: ';--8<--'});
    // Not include lines: trailing space, text before, no quotes, an empty quote.
    for (const line of ['--8<-- "a.md" ', 'x --8<-- "a.md"', '--8<-- a.md', '--8<-- ""', '--8<-- "a.md" tail', '--8<-- ']) {
      expect(readSnippetLine(line), line).toBeUndefined();
    }
  });

  it('reads references: ranges and sections', () => {
    expect(readReference('a.md')).toEqual({path: 'a.md', ranges: []});
    expect(readReference('a.md:3:8')).toEqual({path: 'a.md', ranges: [{start: 2, end: 8}]});
    expect(readReference('a.md:3')).toEqual({path: 'a.md', ranges: [{start: 2, end: null}]});
    expect(readReference('a.md::8')).toEqual({path: 'a.md', ranges: [{start: null, end: 8}]});
    expect(readReference('a.md:1:3,5:6')).toEqual({path: 'a.md', ranges: [{start: 0, end: 3}, {start: 4, end: 6}]});
    expect(readReference('a.md:-2')).toEqual({path: 'a.md', ranges: [{start: -2, end: null}]});
    expect(readReference('a.md:intro-1')).toEqual({path: 'a.md', ranges: [], section: 'intro-1'});
    expect(readReference('C:/x.md')).toEqual({path: 'C:/x.md', ranges: []});
  });

  it('selects ranges as Python slices', () => {
    const lines = ['1', '2', '3', '4', '5'];
    expect(selectRanges(lines, [{start: 1, end: 3}])).toEqual(['2', '3']);
    expect(selectRanges(lines, [{start: -2, end: null}])).toEqual(['4', '5']);
    expect(selectRanges(lines, [{start: null, end: -2}])).toEqual(['1', '2', '3', '4']);
    expect(selectRanges(lines, [{start: 9, end: null}])).toEqual([]);
  });

  it('reads section markers anywhere on a line', () => {
    expect(readSectionLine('# --8<-- [start: one ]')).toEqual({kind: 'marker', type: 'start', name: 'one'});
    expect(readSectionLine('<!-- -8<- [END:x] -->')).toEqual({kind: 'marker', type: 'end', name: 'x'});
    expect(readSectionLine('# ;--8<-- [start:two]')).toEqual({kind: 'escaped', text: '# --8<-- [start:two]'});
    expect(readSectionLine('--8<-- [start:2bad]')).toBeUndefined();
  });

  it('lists the paths a text includes, with their lines', () => {
    expect(snippetReferencePaths('--8<-- "a.md:2"\n;--8<-- "no.md"\n--8<--\nb.md\n; c.md\n\n--8<--\n')).toEqual([
      {path: 'a.md', line: 1},
      {path: 'b.md', line: 4},
    ]);
  });

  it('finds the YAML front matter', () => {
    expect(frontMatterLines('---\ntitle: x\n---\n--8<-- "a.md"\n')).toBe(3);
    expect(frontMatterLines('--- \na: 1\n...\nx')).toBe(3);
    expect(frontMatterLines('# no\n---\n')).toBe(0);
  });
});

describe('expansion', () => {
  it('replaces an include by the file, with its final line break as a blank line (pymdownx 10+)', () => {
    const result = expand('Intro\n--8<-- "a.md"\nOutro');
    expect(result.text).toBe('Intro\nA one\nA two\n\nOutro');
    expect(result.changed).toBe(true);
    expect(result.dependencies).toEqual([path.join(root, 'base/a.md')]);
    expect(result.problems).toEqual([]);
  });

  it('maps each line back to where it was written; the page keeps its own numbers', () => {
    const result = expand('Intro\n\n  --8<-- "nested.md"\nOutro');
    expect(result.text).toBe('Intro\n\n  Nested start\n  A one\n  A two\n  \n  Nested end\nOutro');
    const nested = path.join(root, 'base/nested.md');
    const a = path.join(root, 'base/a.md');
    expect(result.sources.map(({path: file, line, indent}) => [path.basename(file), line, indent])).toEqual([
      ['page.md', 1, 0],
      ['page.md', 2, 0],
      ['nested.md', 1, 2],
      ['a.md', 1, 2],
      ['a.md', 2, 2],
      ['a.md', 3, 2],
      ['nested.md', 3, 2],
      ['page.md', 4, 0],
    ]);
    // Every included line knows the page's include line it came through.
    expect(result.sources[3]!.includedAt).toMatchObject({path: page, line: 3});
    expect(result.dependencies.sort()).toEqual([a, nested].sort());
  });

  it('places the lines of a chain of includes after every include line around them, attributed to the page\'s include line', () => {
    const result = expand('Page\n  --8<-- "chain1.md"');
    expect(result.text).toBe('Page\n  one\n    two\n        three\n         --8<-- "gone.md"');
    const pageLine = {path: page, line: 2, indent: 0};
    expect(result.sources).toEqual([
      {path: page, line: 1, indent: 0},
      {path: path.join(root, 'base/chain1.md'), line: 1, indent: 2, includedAt: pageLine},
      {path: path.join(root, 'base/chain2.md'), line: 1, indent: 4, includedAt: pageLine},
      {path: path.join(root, 'base/chain3.md'), line: 1, indent: 8, includedAt: pageLine},
      {path: path.join(root, 'base/chain3.md'), line: 2, indent: 8, includedAt: pageLine},
    ]);
    // The missing file three levels down: its author's line stays, where it lands on the page.
    expect(result.problems).toMatchObject([{line: 5, ruleId: 'mkdocs-snippet-missing'}]);
  });

  it('indents with the include line (tabs to 4 columns), inside any construct', () => {
    expect(expand('-\t--8<-- "other/../five.txt:1:2"').text).toBe('-\t--8<-- "other/../five.txt:1:2"');
    expect(expand('\t--8<-- "five.txt:1:2"').text).toBe('    1\n    2');
    expect(expand('```\n--8<-- "five.txt:2:2"\n```').text).toBe('```\n2\n```');
  });

  it('reads line ranges, several ranges, and negative ones', () => {
    expect(expand('--8<-- "five.txt:2:3"').text).toBe('2\n3');
    expect(expand('--8<-- "five.txt:4"').text).toBe('4\n5');
    expect(expand('--8<-- "five.txt::2"').text).toBe('1\n2');
    expect(expand('--8<-- "five.txt:1:1,5:5"').text).toBe('1\n5');
    expect(expand('--8<-- "five.txt:-2"').text).toBe('4\n5');
    // The map keeps the file's own line numbers.
    expect(expand('--8<-- "five.txt:4"').sources.map((source) => source.line)).toEqual([4, 5]);
  });

  it('extracts sections (markers dropped, escaped markers kept minus a `;`), dedented on request', () => {
    expect(expand('--8<-- "sections.py:one"').text).toBe('    def one():\n        pass');
    expect(expand('--8<-- "sections.py:one"', {dedent_subsections: true}).text).toBe('def one():\n    pass');
    expect(expand('--8<-- "sections.py"').text).toBe('    def one():\n        pass\n# --8<-- [start:two]\nplain\n');
    // On the page itself too.
    expect(expand('a\n--8<-- [start:x]\nb\n--8<-- [end:x]\nc').text).toBe('a\nb\nc');
  });

  it('the block form: one file a line, blank lines kept, `; file` skipped, escapes', () => {
    expect(expand('--8<--\na.md\n\n; five.txt\nfive.txt:1:1\n--8<--\nafter').text).toBe('A one\nA two\n\n\n1\nafter');
    expect(expand(';--8<--\na.md\n;--8<--').text).toBe('--8<--\na.md\n--8<--');
  });

  it('an inline include inside the block form stays, reported (pymdownx ignores it)', () => {
    const result = expand('--8<--\n--8<-- "a.md"\n--8<--');
    expect(result.text).toBe('--8<-- "a.md"');
    expect(result.problems).toMatchObject([{line: 1, column: 1, ruleId: 'mkdocs-snippet-syntax', fatal: false}]);
  });

  it('stops a cycle at the include that closes it, keeps that line and reports it', () => {
    const result = expand('--8<-- "loop1.md"');
    expect(result.text).toBe('loop one\nloop two\n--8<-- "loop1.md"');
    expect(result.problems).toMatchObject([{line: 3, ruleId: 'mkdocs-snippet-cycle'}]);
    expect(result.problems[0]!.reason).toContain('loop1.md → loop2.md → loop1.md');
    expect(result.sources[2]).toMatchObject({path: path.join(root, 'base/loop2.md'), line: 2});
  });

  it('a missing file or section, or no file name: the line stays, a warning, an error with check_paths', () => {
    for (const line of ['--8<-- "nope.md"', '--8<-- "sections.py:nope"', '--8<-- ":3"']) {
      const result = expand(`x\n${line}`);
      expect(result.text).toBe(`x\n${line}`);
      expect(result.problems).toMatchObject([{line: 2, column: 1, ruleId: 'mkdocs-snippet-missing', fatal: false}]);
      expect(expand(line, {check_paths: true}).problems).toMatchObject([{fatal: true}]);
    }
    expect(expand('--8<-- "nope.md"').missing).toEqual([path.join(root, 'base/nope.md')]);
  });

  it('base paths: the first that has the file, a string or a list, a file as a base; restrict_base_path', () => {
    expect(expand('--8<-- "b.md"', {base_path: ['base', 'other']}).text).toBe('B from other');
    expect(expand('--8<-- "b.md"', {base_path: 'other'}).text).toBe('B from other');
    expect(expand('--8<-- "b.md"', {base_path: 'other/b.md'}).text).toBe('B from other');
    expect(expand('--8<-- "a.md"', {base_path: 'other/b.md'}).problems).toMatchObject([{ruleId: 'mkdocs-snippet-missing'}]);
    // Outside the base: refused by default, read with restrict_base_path: false.
    expect(expand('--8<-- "../outside.md"').problems).toMatchObject([{ruleId: 'mkdocs-snippet-missing'}]);
    expect(expand(`--8<-- "${path.join(root, 'outside.md')}"`).problems).toMatchObject([{ruleId: 'mkdocs-snippet-missing'}]);
    expect(expand('--8<-- "../outside.md"', {restrict_base_path: false}).text).toBe('outside the base');
    // The default base is `.`: the folder the expansion runs in (cwd).
    expect(expandSnippets('--8<-- "base/a.md"', {path: page, options: snippetsOptions({}, root)}).text).toBe('A one\nA two\n');
  });

  it('URLs are not downloaded; without url_download they are file names', () => {
    expect(expand('--8<-- "https://example.com/a.md"', {url_download: true}).problems).toMatchObject([{ruleId: 'mkdocs-snippet-url'}]);
    expect(expand('--8<-- "https://example.com/a.md"').problems).toMatchObject([{ruleId: 'mkdocs-snippet-missing'}]);
  });

  it('auto_append includes files at the end of the page', () => {
    expect(expand('Page', {auto_append: ['a.md']}).text).toBe('Page\n\n\nA one\nA two\n\n');
  });

  it('leaves the front matter alone and keeps an unchanged page byte for byte', () => {
    const text = '---\ninclude: --8<-- "a.md"\n---\r\nbody\r\n';
    expect(expandSnippets(text, {path: page, skipLines: 3, options: snippetsOptions({base_path: 'base'}, root)})).toMatchObject({text, changed: false});
    expect(expandSnippets('---\n--8<-- "a.md"\n---\n--8<-- "a.md"', {path: page, skipLines: 3, options: snippetsOptions({base_path: 'base'}, root)}).text).toBe(
      '---\n--8<-- "a.md"\n---\nA one\nA two\n',
    );
  });
});
