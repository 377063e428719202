/**
 * What the build tells an author about their lessons: the seed's mojibake is
 * reported as `file:line:col  message  rule-id` in the normal build's output,
 * and a strict build (`LESSONSAURUS_STRICT=1`, as CI runs it) fails and names
 * the same place. The same holds on a warm cache (Rspack's persistent cache
 * skips the Markdown loader for lessons it compiled before), and
 * `npm run lint:lessons` reports exactly the build's warnings.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {collectLessons, lintLesson} from '../../scripts/lint-lessons/lint';
import {formatWarningLine, relativePath, STORE_DIR, warningsOf} from '../../plugins/lesson-warnings';
import {brokenAnchorWarnings, type AnchoredLesson} from '../../plugins/lesson-warnings/lib/anchors';
import {sourceText} from './pages';
import {ARTIFACTS, BUILD_DIR, BUILD_LOG, ROOT, docusaurus, readLog, tail, type CommandResult} from './site';

const SOURCE = 'docs/pod-networking.md';
const MOJIBAKE = '\u00e2\u0153\u2026'; // "âœ…"

/** 1-based line and column of the first mojibake in the seed. */
function mojibakePlace(): {line: number; column: number} {
  const lines = sourceText(SOURCE).split('\n');
  const index = lines.findIndex((line) => line.includes(MOJIBAKE));
  if (index < 0) throw new Error(`${SOURCE} holds no "${MOJIBAKE}" any more`);
  return {line: index + 1, column: lines[index].indexOf(MOJIBAKE) + 1};
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The lesson warning lines of a build log (`docs/…` and the test pages' `test/e2e/lessons/…`), in order. */
function lessonWarnings(log: string): string[] {
  return log.split('\n').filter((line) => /^(?:docs|test\/e2e\/lessons)\/\S+\.mdx?:\d+:\d+ {2}/.test(line));
}

describe('normal build (artifacts/build.log from the global setup)', () => {
  const {line, column} = mojibakePlace();
  const warning = new RegExp(`^${escape(SOURCE)}:${line}:${column}  \\S.*  mkdocs-mojibake$`, 'gm');

  test(`warns about the mojibake at ${SOURCE}:${line}:${column}`, () => {
    const log = readLog(BUILD_LOG);
    const matches = log.match(warning) ?? [];
    expect(matches.length, `no line like "${SOURCE}:${line}:${column}  <message>  mkdocs-mojibake" in:\n${tail(log, 40)}`).toBeGreaterThan(0);
  });

  test('prints that warning once, though Docusaurus compiles each page twice', () => {
    const matches = readLog(BUILD_LOG).match(warning) ?? [];
    expect(matches).toHaveLength(1);
  });
});

describe('test pages (LESSONSAURUS_TEST_PAGES=1, set by the global setup)', () => {
  const HOSTILE = 'test/e2e/lessons/hostile-input.md';
  /** Source lines that start a payload the site must defuse, and the rule (a pattern) that reports it. */
  const PAYLOADS: ReadonlyArray<[start: string, rule: string]> = [
    ['!!! note "<script>', 'mkdocs-html-unsafe'],
    ['1.  <img src=x onerror=', 'mkdocs-html-unsafe'],
    ['[Click me](https://example.org){ onclick=', 'mkdocs-attr-unsafe'],
    ['[Start](https://example.org){ .md-button href="javascript:', 'mkdocs-attr-unsafe'],
    ['[Styled](https://example.org){ style=', 'mkdocs-attr-unsafe'],
    ['[a javascript link](javascript:', 'mkdocs-html-unsafe'],
    ['<javascript:', 'mkdocs-html-unsafe'],
    ['![an image](javascript:', 'mkdocs-html-unsafe'],
    ['[js]: javascript:', 'mkdocs-html-unsafe'],
    [':<script>', 'mkdocs-html-unsafe'],
    ['<img src=x onerror=', 'mkdocs-html-unsafe'],
    ['Inline <b onmouseover=', 'mkdocs-html-unsafe'],
    ['<iframe srcdoc=', 'mkdocs-html-unsafe'],
    ['<svg ', 'mkdocs-html-unsafe'],
    // md_in_html builds the div and drops the handler itself; either step may report it.
    ['<div markdown onclick=', 'mkdocs-(?:attr|html)-unsafe'],
    // Issue 14's mutation-XSS vector: reported by the tree sanitizer at the `<math>`.
    ['<math><mtext><table><mglyph><style>', 'mkdocs-html-unsafe'],
  ];

  test.each(PAYLOADS)('reports the hostile lesson line starting `%s` (%s)', (start, rule) => {
    const lines = sourceText(HOSTILE).split('\n');
    const index = lines.findIndex((line) => line.startsWith(start));
    expect(index, `${HOSTILE} has no line starting ${start}`).toBeGreaterThanOrEqual(0);
    const warning = new RegExp(`^${escape(HOSTILE)}:${index + 1}:\\d+  \\S.*  ${rule}$`, 'm');
    const log = readLog(BUILD_LOG);
    expect(log, `no ${rule} warning for ${HOSTILE}:${index + 1} in artifacts/build.log`).toMatch(warning);
  });

  test('the test pages add no other kind of warning', () => {
    const fromTestPages = readLog(BUILD_LOG)
      .split('\n')
      .filter((line) => line.startsWith('test/e2e/lessons/'));
    const rules = new Set(fromTestPages.map((line) => line.split('  ').pop()));
    expect([...rules].sort()).toEqual(['mkdocs-attr-unsafe', 'mkdocs-html-unsafe', 'mkdocs-link-anchor', 'mkdocs-link-url']);
  });

  // Docusaurus names only the page a broken anchor is on, by URL; MkDocs names the file.
  test('a link to a heading that is not there, on the page or another, is reported at its line', () => {
    const lesson = 'test/e2e/lessons/anchor-links.md';
    const lines = sourceText(lesson).split('\n');
    const reported = readLog(BUILD_LOG)
      .split('\n')
      .filter((line) => line.startsWith(`${lesson}:`));
    const renamed = lines.findIndex((line) => line.includes('(#a-heading-that-was-here)'));
    const elsewhere = lines.findIndex((line) => line.includes('(languages.md#colours)'));
    expect(reported).toEqual([
      `${lesson}:${renamed + 1}:${lines[renamed]!.indexOf('[a heading renamed') + 1}  Unexpected link to \`#a-heading-that-was-here\`, which no heading or element of this page has, expected one of its ids (\`#links-to-headings\`, \`#a-heading-that-is-here\`): the link opens the page at its top  mkdocs-link-anchor`,
      `${lesson}:${elsewhere + 1}:1  Unexpected link to \`#colours\`, which no heading or element of \`test/e2e/lessons/languages.md\` has, expected one of its ids (\`#languages-mkdocs-colours\`): the link opens the page at its top  mkdocs-link-anchor`,
    ]);
  });

  // Docusaurus's link steps once failed the whole build on these, with no line.
  test('a link whose URL cannot be parsed is reported at its line, and the page is built with its text', () => {
    const lesson = 'test/e2e/lessons/unparseable-urls.md';
    const index = sourceText(lesson).split('\n').findIndex((line) => line.startsWith('A link to [the dev server]'));
    expect(readLog(BUILD_LOG)).toMatch(new RegExp(`^${escape(lesson)}:${index + 1}:11  \\S.*  mkdocs-link-url$`, 'm'));
    const page = readFileSync(path.join(BUILD_DIR, 'test-pages', 'unparseable-urls.html'), 'utf8');
    expect(page).toContain('A link to the dev server that cannot be parsed.');
    // A bare URL ends where pymdownx.magiclink ends it: the stray backtick is text after the link, no warning.
    expect(page).toMatch(/<a href="?https:\/\/localhost:8000"?[^>]*>https:\/\/localhost:8000<\/a>` and more\./);
  });
});

describe('strict build (LESSONSAURUS_STRICT=1)', () => {
  const log = path.join(ARTIFACTS, 'build-strict.log');
  // Made by the test, not when the file is collected: a run that filters this test out runs no hook to remove it.
  let outDir: string | undefined;
  let build: Promise<CommandResult> | undefined;
  afterAll(async () => {
    // A build that timed out was stopped through the test's signal; it must be over before its output goes.
    await build?.catch(() => undefined);
    if (outDir) rmSync(outDir, {recursive: true, force: true});
  });

  test('fails and names the file and line of the mojibake', {timeout: 900_000}, async ({signal}) => {
    const {line} = mojibakePlace();
    outDir = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-strict-'));
    // No persistent cache: the normal build's cached modules must not spare the lessons a recompile.
    build = docusaurus(['build', '--out-dir', outDir], log, {LESSONSAURUS_STRICT: '1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}, undefined, signal);
    const result = await build;
    const output = readLog(log);
    expect(result.code, `strict build exited ${result.code}; artifacts/build-strict.log ends:\n${tail(output, 40)}`).not.toBe(0);
    expect(output, `artifacts/build-strict.log does not name ${SOURCE}:${line}:\n${tail(output, 40)}`).toMatch(
      new RegExp(`${escape(SOURCE)}:${line}\\b`),
    );
    // Without LESSONSAURUS_TEST_PAGES the test-only lessons are no part of the site.
    expect(output).not.toContain('test/e2e/lessons/');
  });
});

describe('a second build on the warm cache (same settings as the global setup\'s build)', () => {
  // Made by a test, not when the file is collected: a run that filters these tests out runs no hook to remove it.
  let outDir: string | undefined;
  let build: Promise<CommandResult> | undefined;
  afterAll(async () => {
    await build?.catch(() => undefined);
    if (outDir) rmSync(outDir, {recursive: true, force: true});
  });
  const cold = () => lessonWarnings(readLog(BUILD_LOG));
  /** `docusaurus build` with the global setup's settings (test pages on), into a temp folder. */
  const again = (log: string, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<CommandResult> => {
    outDir ??= mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-warm-'));
    build = docusaurus(['build', '--out-dir', outDir], log, {LESSONSAURUS_TEST_PAGES: '1', ...env}, undefined, signal);
    return build;
  };

  test('the cold build printed lesson warnings (what the warm builds are compared with)', () => {
    expect(cold().length).toBeGreaterThan(10);
  });

  test('prints the same lesson warnings, line for line', {timeout: 900_000}, async ({signal}) => {
    const log = path.join(ARTIFACTS, 'build-warm.log');
    const result = await again(log, {}, signal);
    expect(result.code, tail(readLog(log), 40)).toBe(0);
    expect(lessonWarnings(readLog(log))).toEqual(cold());
  });

  test('strict fails, naming the mojibake, as on a cold cache', {timeout: 900_000}, async ({signal}) => {
    const log = path.join(ARTIFACTS, 'build-warm-strict.log');
    const result = await again(log, {LESSONSAURUS_STRICT: '1'}, signal);
    const output = readLog(log);
    expect(result.code, `the strict build on a warm cache passed; artifacts/build-warm-strict.log ends:\n${tail(output, 40)}`).not.toBe(0);
    expect(lessonWarnings(output)).toEqual(cold());
    expect(output).toMatch(new RegExp(`\\d+ lesson warnings in strict mode \\(LESSONSAURUS_STRICT=1\\), printed above; first: ${escape(cold()[0])}`));
  });

  test('with the recorded warnings deleted (Rspack\'s cache kept), checks the lessons again and prints the same', {timeout: 900_000}, async ({signal}) => {
    rmSync(path.join(ROOT, STORE_DIR), {recursive: true, force: true});
    const log = path.join(ARTIFACTS, 'build-warm-rechecked.log');
    const result = await again(log, {}, signal);
    expect(result.code, tail(readLog(log), 40)).toBe(0);
    expect(lessonWarnings(readLog(log))).toEqual(cold());
    expect(existsSync(path.join(ROOT, STORE_DIR)), 'the checks recorded what they found again').toBe(true);
  });
});

describe('npm run lint:lessons and the build agree', () => {
  test('on every lesson of the site and of the test pages, warning for warning', async () => {
    const lines: string[] = [];
    const anchored: AnchoredLesson[] = [];
    for (const lesson of [...collectLessons(path.join(ROOT, 'docs')), ...collectLessons(path.join(ROOT, 'test/e2e/lessons'))]) {
      const file = await lintLesson(lesson);
      const name = relativePath(file.path, ROOT);
      const warnings = warningsOf(file).sort((a, b) => a.line - b.line || a.column - b.column);
      lines.push(...warnings.map((warning) => formatWarningLine(name, warning)));
      if (file.data.lessonAnchors) anchored.push({file: name, anchors: file.data.lessonAnchors});
    }
    // Links to ids are checked across the lessons linted together, as `npm run lint:lessons` does.
    for (const [name, warnings] of brokenAnchorWarnings(anchored, ROOT)) lines.push(...warnings.map((warning) => formatWarningLine(name, warning)));
    // The same lines, in any order (the build prints a lesson's in reading order, links to ids among them).
    const byFile = (list: string[]) => [...list].sort();
    expect(byFile(lines)).toEqual(byFile(lessonWarnings(readLog(BUILD_LOG))));
  });
});

describe('the dev-only warnings panel', () => {
  test('is in no production page nor bundle', () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, {withFileTypes: true})) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(?:html|js|css)$/.test(entry.name) && /data-lesson-warnings|Lesson warnings \(development only\)/.test(readFileSync(full, 'utf8'))) {
          found.push(path.relative(BUILD_DIR, full));
        }
      }
    };
    walk(BUILD_DIR);
    expect(found).toEqual([]);
  });
});
