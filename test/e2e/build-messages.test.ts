/**
 * What the build tells an author about their lessons: the seed's mojibake is
 * reported as `file:line:col  message  rule-id` in the normal build's output,
 * and a strict build (`LESSONSAURUS_STRICT=1`, as CI runs it) fails and names
 * the same place.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {sourceText} from './pages';
import {ARTIFACTS, BUILD_LOG, docusaurus, readLog, tail} from './site';

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
    expect([...rules].sort()).toEqual(['mkdocs-attr-unsafe', 'mkdocs-html-unsafe']);
  });
});

describe('strict build (LESSONSAURUS_STRICT=1)', () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-strict-'));
  const log = path.join(ARTIFACTS, 'build-strict.log');
  afterAll(() => rmSync(outDir, {recursive: true, force: true}));

  test('fails and names the file and line of the mojibake', {timeout: 900_000}, async () => {
    const {line} = mojibakePlace();
    // No persistent cache: the normal build's cached modules must not spare the lessons a recompile.
    const result = await docusaurus(['build', '--out-dir', outDir], log, {
      LESSONSAURUS_STRICT: '1',
      DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
    });
    const output = readLog(log);
    expect(result.code, `strict build exited ${result.code}; artifacts/build-strict.log ends:\n${tail(output, 40)}`).not.toBe(0);
    expect(output, `artifacts/build-strict.log does not name ${SOURCE}:${line}:\n${tail(output, 40)}`).toMatch(
      new RegExp(`${escape(SOURCE)}:${line}\\b`),
    );
    // Without LESSONSAURUS_TEST_PAGES the test-only lessons are no part of the site.
    expect(output).not.toContain('test/e2e/lessons/');
  });
});
