/**
 * mkdocs-macros reads the page's own text, before its `--8<--` includes are
 * expanded (MkDocs renders macros on the page's Markdown, and snippets are a
 * Markdown preprocessor): what it leaves as written is reported at the
 * author's line, however many lines an include above it brought in.
 */
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {checkLesson} from '..';
import {warningsOf} from '../../lesson-warnings/lib/format';

const REPO = path.resolve(import.meta.dirname, '../../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'macros-places-'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const files: Record<string, string> = {
    'package.json': '{}',
    'workshop/site.json': '{}',
    'workshop/markdown-extensions.json': JSON.stringify({'pymdownx.snippets': {base_path: ['includes']}}),
    'workshop/mkdocs-macros.json': JSON.stringify({lessons: 'workshop/docs', config: {}, extra: {}}),
    'includes/three.md': 'One.\n\nTwo.\n\nThree.\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    writeFileSync(path.join(dir, name), text);
  }
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

it("a macro left as written after an include is reported at the author's line and column", async () => {
  const lesson = ['# Title', '', '--8<-- "three.md"', '', 'Run {{ unknown_macro() }} now.', ''].join('\n');
  const file = await checkLesson(path.join(dir, 'workshop/docs/lesson.md'), dir, lesson);
  const macros = warningsOf(file, dir).filter((warning) => warning.ruleId?.startsWith('mkdocs-macros'));
  expect(macros.map(({line, column, file: elsewhere}) => ({line, column, elsewhere}))).toEqual([{line: 5, column: 5, elsewhere: undefined}]);
});
