import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
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
