import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {lessonFindings} from './lesson-checks';
import {formatFinding} from './report';

const projectDir = mkdtempSync(path.join(tmpdir(), 'lessonsaurus-lesson-checks-'));
afterAll(() => rmSync(projectDir, {recursive: true, force: true}));
for (const [file, text] of Object.entries({
  'includes/shared.md': 'Shared.\n\n!!! nope\n    In the include.\n',
  'includes/glossary.md': '*[API]: Application Programming Interface\n',
})) {
  mkdirSync(path.dirname(path.join(projectDir, file)), {recursive: true});
  writeFileSync(path.join(projectDir, file), text);
}
const page = 'Intro.\n\n--8<-- "shared.md"\n\n!!! wrong\n    Own box.\n';
const snippets = {'pymdownx.snippets': {base_path: ['includes'], auto_append: ['glossary.md', 'missing.md']}, admonition: {}};

describe('lessonFindings: the lesson read as the site will read it', () => {
  it("with the workshop's includes expanded from the project: an included file's warning at its own line, as the build prints it", () => {
    const lines = lessonFindings('docs/index.md', page, {}, {markdownExtensions: snippets, projectDir}).map(formatFinding);
    expect(lines).toEqual([
      'includes/shared.md:3:5: Unexpected box type `nope`, expected one of note, abstract, info, tip, success, question, warning, failure, danger, bug, example, quote (or declare `nope` in the `customTypes` option): rendered with the neutral style (included at docs/index.md:3) [mkdocs-box-type]',
      'docs/index.md:5:5: Unexpected box type `wrong`, expected one of note, abstract, info, tip, success, question, warning, failure, danger, bug, example, quote (or declare `wrong` in the `customTypes` option): rendered with the neutral style [mkdocs-box-type]',
    ]);
  });

  it("with the workshop's extensions only: what it does not enable is not linted", () => {
    const keys = 'Press ++ctrl+frobnicate++.\n';
    expect(lessonFindings('docs/index.md', keys, {}, {markdownExtensions: {}, projectDir})).toEqual([]);
    expect(lessonFindings('docs/index.md', keys, {}, {markdownExtensions: {'pymdownx.keys': {}}, projectDir}).map((item) => item.ruleId)).toEqual(['mkdocs-keys-unknown']);
  });

  it("with Docusaurus's GFM, as the build reads the lesson: a footnote with its definition is no warning", () => {
    const footnotes = {footnotes: null};
    expect(lessonFindings('docs/a.md', '# A\n\nText[^1].\n\n[^1]: A note.\n', {}, {markdownExtensions: footnotes}).map(formatFinding)).toEqual([]);
    expect(lessonFindings('docs/a.md', '# A\n\nText[^2].\n', {}, {markdownExtensions: footnotes}).map((item) => item.ruleId)).toEqual(['mkdocs-footnote-undefined']);
  });

  it('a heading named as a script global (`process`) gets the id the build gives it, so nothing is predicted that the build does not print', () => {
    expect(lessonFindings('docs/a.md', '# A\n\n### `process`\n\n### module\n', {}, {markdownExtensions: {toc: null}}).map(formatFinding)).toEqual([]);
  });

  it('without the project folder, includes stay text and say nothing', () => {
    const lines = lessonFindings('docs/index.md', page, {}, {markdownExtensions: snippets}).map(formatFinding);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('docs/index.md:5:5');
  });
});
