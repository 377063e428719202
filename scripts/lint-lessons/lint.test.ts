import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {collectLessons, lintLesson, main} from './lint';

describe('lint:lessons', () => {
  let dir: string;
  let stderr: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lint-lessons-'));
    stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, {recursive: true, force: true});
  });

  it('reports file:line:col and rule id, exit 0 without --strict', async () => {
    writeFileSync(path.join(dir, 'bad.md'), 'Intro.\n\n!!! note "Title" extra\n    body\n');
    expect(await main([dir])).toBe(0);
    expect(stderr).toContain('bad.md');
    expect(stderr).toMatch(/3:18\s+warning\s+Unexpected text `extra` after the title's closing quote/);
    expect(stderr).toContain('mkdocs-box-header');
  });

  it('exits 1 on warnings with --strict, 0 on a clean lesson', async () => {
    writeFileSync(path.join(dir, 'bad.md'), '!!! lab\n    declared\n\n!!! nope\n    undeclared\n');
    writeFileSync(path.join(dir, 'good.md'), '!!! lab "Hands-on"\n    declared custom type\n');
    expect(await main(['--strict', path.join(dir, 'good.md')])).toBe(0);
    expect(await main(['--strict', dir])).toBe(1);
    expect(stderr).toMatch(/4:5\s+warning\s+Unexpected box type `nope`/);
  });

  it('reports a link to an id its lesson does not have, across the lessons linted, at the link (--strict counts it)', async () => {
    writeFileSync(path.join(dir, 'a.md'), '# A\n\nSee [setup](b.md#instal) and [below](#a).\n');
    writeFileSync(path.join(dir, 'b.md'), '# B\n\n## Install\n');
    expect(await main(['--strict', dir])).toBe(1);
    expect(stderr).toMatch(/3:5\s+warning\s+Unexpected link to `#instal`, which no heading or element of `[^`]*b\.md` has, expected one of its ids \(`#b`, `#install`\)/);
    expect(stderr).toContain('mkdocs-link-anchor');
    writeFileSync(path.join(dir, 'a.md'), '# A\n\nSee [setup](b.md#install) and [below](#a).\n');
    expect(await main(['--strict', dir])).toBe(0);
  });

  it('walks folders for .md and .mdx files in order', () => {
    writeFileSync(path.join(dir, 'b.md'), '');
    writeFileSync(path.join(dir, 'a.mdx'), '');
    writeFileSync(path.join(dir, 'c.txt'), '');
    expect(collectLessons(dir).map((file) => path.basename(file))).toEqual(['a.mdx', 'b.md']);
  });

  it('lints the seed lesson: one mojibake warning on line 22', async () => {
    const file = await lintLesson(path.resolve(import.meta.dirname, '../../docs/pod-networking.md'));
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([[22, 1, 'mkdocs-mojibake']]);
  });

  it('an unknown option is one line naming it, exit 2', async () => {
    expect(await main(['--strickt', dir])).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['lint:lessons: Unknown option --strickt (usage: npm run lint:lessons -- [--strict] [paths...])']);
  });

  it('reports included text at the included file and line, the lesson\'s own lines unshifted (pymdownx.snippets)', async () => {
    // The site's base path is its root: the include names a file of this repository.
    const included = 'plugins/remark-mkdocs/test/fixtures/snippets-files/with-problems.md';
    writeFileSync(path.join(dir, 'includes.md'), `Intro.\n\n--8<-- "${included}"\n\n!!! note "Title" extra\n    body\n`);
    expect(await main([dir])).toBe(0);
    // vfile-reporter: each file's path on its own line, then its messages; files in path order, which depends on
    // where the repository and the temp folder are, so each block is found by its file name.
    const blocks = stderr.split(/\n\n/);
    const block = (name: string) => blocks.find((text) => text.split('\n')[0]!.endsWith(name)) ?? '';
    const [lesson, include] = [block('includes.md'), block('with-problems.md')];
    expect(lesson).toMatch(/includes\.md\n5:18\s+warning\s+Unexpected text `extra`/);
    expect(include).toMatch(/with-problems\.md\n3:5\s+warning\s+Unexpected box type `nope`.*\(included at .*includes\.md:3\)/);
    expect(include).toMatch(/\n6:1\s+warning\s+Unexpected missing snippet `no-such-file\.md`/);
  });
});
