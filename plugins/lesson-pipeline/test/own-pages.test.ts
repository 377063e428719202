import {mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {MATERIAL_MARKDOWN_EXTENSIONS} from '../../remark-mkdocs';
import {checkLesson, prepareText} from '..';
import {isOwnPage, lessonMarkdownExtensions, ownPagesExtensions, siteFeatures, siteMarkdownExtensions} from '../markdown-extensions';

const REPO = path.resolve(import.meta.dirname, '../../..');
/** Shows as text, with an attribute-list warning, where arithmatex is off and attr_list on: `{i=1}` ends a word. */
const FORMULA = 'The sum $\\sum_{i=1}^n i$ grows.\n';
const INCLUDE = '--8<-- "includes/shared.md"\n';

/** A site folder (the repository's node_modules, so the pipeline loads Docusaurus's parser) with the given files. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'own-pages-'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries({'package.json': '{}', ...files})) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("an imported workshop's extensions and the site's own pages", () => {
  let workshopSite: string;
  let intoFolder: string;
  beforeAll(() => {
    const workshop = {'workshop/markdown-extensions.json': JSON.stringify({attr_list: {}}), 'includes/shared.md': 'Shared text.\n'};
    workshopSite = site({...workshop, 'workshop/site.json': '{}'});
    intoFolder = site(workshop);
  });
  afterAll(() => {
    for (const dir of [workshopSite, intoFolder]) rmSync(dir, {recursive: true, force: true});
  });

  it('the workshop is the site: its lessons get its extensions, docs/ keeps Material\'s set', () => {
    expect(isOwnPage(workshopSite, path.join(workshopSite, 'docs/authoring-lessons.md'))).toBe(true);
    expect(isOwnPage(workshopSite, path.join(workshopSite, 'workshop/docs/index.md'))).toBe(false);
    expect(isOwnPage(workshopSite, path.join(workshopSite, 'docs-other/x.md'))).toBe(false);
    expect(lessonMarkdownExtensions(workshopSite, path.join(workshopSite, 'docs/a.md'))).toBe(MATERIAL_MARKDOWN_EXTENSIONS);
    expect(lessonMarkdownExtensions(workshopSite, path.join(workshopSite, 'workshop/docs/a.md'))).toEqual({attr_list: {}});
    // What the site loads serves both: KaTeX and theme-mermaid for the authoring guide's formulas and diagrams.
    expect(siteFeatures(siteMarkdownExtensions(workshopSite))).toEqual({math: false, mermaid: false});
    expect(siteFeatures(siteMarkdownExtensions(workshopSite), ownPagesExtensions(workshopSite))).toEqual({math: true, mermaid: true});
  });

  it('imported into a folder (one docs instance): every page gets the workshop\'s extensions', () => {
    expect(ownPagesExtensions(intoFolder)).toEqual({attr_list: {}});
    expect(lessonMarkdownExtensions(intoFolder, path.join(intoFolder, 'docs/a.md'))).toEqual({attr_list: {}});
  });

  it('checks each page with its own set: math on the own page, a warning on the workshop lesson', async () => {
    const own = await checkLesson(path.join(workshopSite, 'docs/math.md'), workshopSite, FORMULA);
    expect(own.messages).toEqual([]);
    const lesson = await checkLesson(path.join(workshopSite, 'workshop/docs/math.md'), workshopSite, FORMULA);
    expect(lesson.messages.map((message) => message.ruleId)).toEqual(['mkdocs-attr-list']);
  });

  it('expands includes on the own pages only (the workshop has no pymdownx.snippets)', () => {
    expect(prepareText(INCLUDE, path.join(workshopSite, 'docs/a.md'), workshopSite).trim()).toBe('Shared text.');
    expect(prepareText(INCLUDE, path.join(workshopSite, 'workshop/docs/a.md'), workshopSite)).toBe(INCLUDE);
  });
});

describe('the preprocessor reads the data files once while they stay unchanged', () => {
  let dir: string;
  beforeAll(() => {
    dir = site({'includes/shared.md': 'Shared text.\n'});
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it('sees a new, changed or removed markdown-extensions.json or mkdocs-macros.json at the next lesson (npm start, no restart)', () => {
    const lesson = path.join(dir, 'docs/a.md');
    const text = `${INCLUDE}\n{{ extra.version }}\n`;
    // No workshop: Material's set (snippets on), no macros.
    const first = prepareText(text, lesson, dir);
    expect(first).toContain('Shared text.');
    expect(first).not.toContain('--8<--');
    const rendered = (version: string) => first.replace('{{ extra.version }}', version);
    const macros = (version: string) => JSON.stringify({lessons: 'docs', config: {}, extra: {version}});
    mkdirSync(path.join(dir, 'workshop'), {recursive: true});
    writeFileSync(path.join(dir, 'workshop/mkdocs-macros.json'), macros('1.0'));
    expect(prepareText(text, lesson, dir)).toBe(rendered('1.0'));
    // Same size, new content: the file's times and identity tell it changed (a rename, as editors save, too).
    writeFileSync(path.join(dir, 'workshop/mkdocs-macros.json.tmp'), macros('2.0'));
    renameSync(path.join(dir, 'workshop/mkdocs-macros.json.tmp'), path.join(dir, 'workshop/mkdocs-macros.json'));
    expect(prepareText(text, lesson, dir)).toBe(rendered('2.0'));
    writeFileSync(path.join(dir, 'workshop/mkdocs-macros.json'), macros('3.0'));
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, 'workshop/mkdocs-macros.json'), later, later);
    expect(prepareText(text, lesson, dir)).toBe(rendered('3.0'));
    // The workshop's extensions without snippets: the include line stays as written.
    writeFileSync(path.join(dir, 'workshop/markdown-extensions.json'), JSON.stringify({attr_list: {}}));
    expect(prepareText(text, lesson, dir)).toBe(`${INCLUDE}\n3.0\n`);
    rmSync(path.join(dir, 'workshop/markdown-extensions.json'));
    rmSync(path.join(dir, 'workshop/mkdocs-macros.json'));
    expect(prepareText(text, lesson, dir)).toBe(first);
  });
});
