/**
 * Links to an id their lesson does not have (`mkdocs-link-anchor`): the ids and links a lesson's emitted tree has
 * (through the site's own pipeline, `checkLesson`), and the check across lessons by `.md` path, by resolved page URL
 * (the loader's links) and on the page itself, as `reportLessons` prints it on every build, recorded or not.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkLesson} from '../../lesson-pipeline';
import {brokenAnchorWarnings, collectAnchors, type AnchoredLesson} from '../lib/anchors';
import {LessonWarningsStore, reportLessons} from '../index';

const REPO = path.resolve(__dirname, '..', '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, {recursive: true, force: true});
});

/** Lessons in a temporary folder (checked with this repository's site settings), removed after. */
function lessons(files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'anchors-test-'));
  made.push(dir);
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, text);
    return file;
  });
}

const relative = (file: string) => path.relative(REPO, file).split(path.sep).join('/');

describe('collectAnchors (through the site pipeline)', () => {
  it('has heading ids, attribute-list ids, raw HTML ids and names, and every link with a fragment', async () => {
    const [a] = lessons({
      'a.md': [
        '# Page A',
        '',
        '## Install the tools',
        '',
        'A paragraph.',
        '{ #custom-id }',
        '',
        '<a id="raw-id"></a><a name="old-name"></a>',
        '',
        '[b](b.md#prerequisites) [here](#install-the-tools) [web](https://example.org/x#y) <a href="b.md#raw">raw</a>',
        '',
      ].join('\n'),
    });
    const file = await checkLesson(a!, REPO);
    const anchors = file.data.lessonAnchors!;
    expect(anchors.ids).toEqual(expect.arrayContaining(['page-a', 'install-the-tools', 'custom-id', 'raw-id', 'old-name']));
    expect(anchors.links).toEqual([
      {href: 'b.md#prerequisites', line: 10, column: 1},
      {href: '#install-the-tools', line: 10, column: 25},
      {href: 'b.md#raw', line: 10, column: 83},
    ]);
  });

  it('is empty for a tree without ids or links', () => {
    expect(collectAnchors({type: 'root', children: []}, {} as never, REPO)).toEqual({ids: [], links: []});
  });
});

describe('brokenAnchorWarnings', () => {
  const b: AnchoredLesson = {file: 'docs/b.md', permalink: '/guide/b', anchors: {ids: ['page-b', 'prerequisites'], links: []}};

  it('checks links on the page, by .md path and by page URL, and names the ids the page has', () => {
    const a: AnchoredLesson = {
      file: 'docs/a.md',
      permalink: '/guide/a',
      anchors: {
        ids: ['page-a', 'steps'],
        links: [
          {href: '#steps', line: 1, column: 1},
          {href: '#step', line: 2, column: 3},
          {href: 'b.md#prerequisites', line: 3, column: 1},
          {href: 'b.md#prereqs', line: 4, column: 1},
          {href: '/guide/b/#prereqs', line: 5, column: 1},
          {href: 'b#nope', line: 6, column: 1},
          {href: '/guide/b#prerequisites', line: 7, column: 1},
        ],
      },
    };
    const warnings = brokenAnchorWarnings([a, b], REPO).get('docs/a.md')!;
    expect(warnings.map(({line, ruleId}) => [line, ruleId])).toEqual([
      [2, 'mkdocs-link-anchor'],
      [4, 'mkdocs-link-anchor'],
      [5, 'mkdocs-link-anchor'],
      [6, 'mkdocs-link-anchor'],
    ]);
    expect(warnings[0]!.reason).toBe('Unexpected link to `#step`, which no heading or element of this page has, expected one of its ids (`#page-a`, `#steps`): the link opens the page at its top');
    expect(warnings[1]!.reason).toContain('no heading or element of `docs/b.md` has, expected one of its ids (`#page-b`, `#prerequisites`)');
  });

  it('leaves alone the page top, text fragments, Material widgets and pages that are no lesson', () => {
    const a: AnchoredLesson = {
      file: 'docs/a.md',
      anchors: {
        ids: [],
        links: ['#top', '#', '#:~:text=x', '#__tabbed_1_2', 'other.md#x', '/elsewhere#x', 'b.md?x=1#prerequisites'].map((href, index) => ({href, line: index + 1, column: 1})),
      },
    };
    expect(brokenAnchorWarnings([a, b], REPO).get('docs/a.md')).toBeUndefined();
  });

  it('places a link written in an included file there', () => {
    const a: AnchoredLesson = {file: 'docs/a.md', anchors: {ids: [], links: [{href: '#gone', line: 3, column: 2, file: 'docs/parts/p.md', includedAt: 'docs/a.md:7'}]}};
    expect(brokenAnchorWarnings([a], REPO).get('docs/a.md')).toEqual([
      expect.objectContaining({line: 3, column: 2, file: 'docs/parts/p.md', includedAt: 'docs/a.md:7', ruleId: 'mkdocs-link-anchor'}),
    ]);
  });
});

describe('reportLessons', () => {
  it('prints broken anchors on every report, from records and from lessons checked again', async () => {
    const [a, b] = lessons({'a.md': '# A\n\nSee [b](b.md#gone) and [b](b.md#here).\n', 'b.md': '# B\n\n## Here\n'});
    const dir = mkdtempSync(path.join(tmpdir(), 'anchors-store-'));
    made.push(dir);
    mkdirSync(path.join(dir, 'plugins'));
    const store = new LessonWarningsStore(REPO, {paths: [path.relative(REPO, path.join(dir, 'plugins'))]});
    const check = (file: string) => checkLesson(file, REPO);
    const expected = [`${relative(a!)}:3:5  Unexpected link to \`#gone\`, which no heading or element of \`${relative(b!)}\` has, expected one of its ids (\`#b\`, \`#here\`): the link opens the page at its top  mkdocs-link-anchor`];
    const first = await reportLessons([a!, b!], store, check);
    expect(first.lines).toEqual(expected);
    expect(first.rechecked).toBe(2);
    // Recorded now: the same line without checking again.
    const second = await reportLessons([a!, b!], store, check);
    expect(second).toMatchObject({lines: expected, rechecked: 0});
    // The target fixed: nothing, though the linking lesson did not change.
    writeFileSync(b!, '# B\n\n## Here\n\n## Gone\n');
    expect((await reportLessons([a!, b!], store, check)).lines).toEqual([]);
  });

  it('resolves links the loader made page URLs by the docs permalinks', async () => {
    const [a, b] = lessons({'a.md': '# A\n', 'b.md': '# B\n'});
    const store = new LessonWarningsStore(REPO, {paths: []});
    const anchors = {a: {ids: ['a'], links: [{href: '/base/b/#nope', line: 1, column: 1}]}, b: {ids: ['b'], links: []}};
    const check = async (file: string) => {
      const checked = await checkLesson(file, REPO);
      checked.data.lessonAnchors = file === a ? anchors.a : anchors.b;
      return checked;
    };
    const report = await reportLessons([a!, b!], store, check, undefined, undefined, new Map([[a!, '/base/a'], [b!, '/base/b']]));
    expect(report.lines).toEqual([expect.stringMatching(/:1:1 {2}Unexpected link to `#nope`.*mkdocs-link-anchor$/)]);
  });
});
