/**
 * The two real MkDocs workshops of test/data/corpus, imported with
 * `npm run import:mkdocs` into a throw-away copy of the site and built there
 * with `docusaurus build` (the repository's docs/ and build/ are not touched):
 *
 * - the build succeeds, though their lessons link to PDFs and pages that are
 *   not in the corpus (MkDocs only warns about those; so does the site);
 * - no built page of theirs shows raw MkDocs syntax outside code;
 * - every warning of the build has the form `docs/…md:LINE:COL  message  rule-id`,
 *   and the warnings on the imported lessons are exactly those the import
 *   report announced, at the same places.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {selectAll} from 'hast-util-select';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {findRawMkdocs} from './raw-mkdocs';
import {CORPUS} from '../data-paths';
import {
  BUILD_WARNING,
  buildWarningKeys,
  builtPageOf,
  builtPages,
  readBuilt,
  textContent,
  reportWarningKeys,
  warningLines,
  type ImportedSite,
  type ImportRun,
  importAndBuild,
} from './import-build';
import {tail} from './site';

const WORKSHOPS = [
  // natrontech declares a `reminder` box type in its extra.css and opens six lessons with one.
  {name: 'natrontech-kubernetes-workshop', into: 'natron', pages: 7, customType: 'reminder'},
  {name: 'sib-swiss-containers-training', into: 'sib', pages: 5, customType: undefined},
];

/** Build seconds per workshop, printed once at the end. */
const buildTimes: string[] = [];
afterAll(() => {
  if (buildTimes.length > 0) console.log(`[e2e] import builds: ${buildTimes.join(', ')}`);
});

describe.each(WORKSHOPS)('import of $name', ({name, into, pages, customType}) => {
  let run: ImportRun | undefined;
  let imported: ImportedSite;

  beforeAll(async () => {
    run = importAndBuild(path.join(CORPUS, name), into);
    imported = await run.done;
    buildTimes.push(`${name} ${imported.build.seconds.toFixed(1)} s`);
  }, 300_000);

  afterAll(() => run?.remove());

  test('docusaurus build succeeds', () => {
    expect(imported.build.code, `build of ${name} exited ${imported.build.code}; ${imported.logFile} ends:\n${tail(imported.log, 40)}`).toBe(0);
    expect(builtPages(imported)).toHaveLength(pages);
  });

  test('no built page shows raw MkDocs syntax outside code', () => {
    const leaks = builtPages(imported).flatMap((page) =>
      findRawMkdocs(readBuilt(imported, page)).map((leak) => `${page}: ${leak.construct} in ${leak.where}: "${leak.context}"`),
    );
    expect(leaks).toEqual([]);
  });

  test('every build warning is `docs/…md:LINE:COL  message  rule-id`', () => {
    const malformed = warningLines(imported.log).filter((line) => !BUILD_WARNING.test(line));
    expect(malformed).toEqual([]);
  });

  test('the warnings on the imported lessons are exactly those of import-report.txt', () => {
    const fromBuild = buildWarningKeys(imported).sort();
    const fromReport = reportWarningKeys(imported.report).sort();
    expect(fromBuild).toEqual(fromReport);
  });

  test('every box type is known: extra.css custom types are carried over and have their own style', () => {
    // No lesson falls back to the neutral style of an undeclared type.
    expect(imported.log).not.toMatch(/mkdocs-box-type$/m);
    if (customType === undefined) return;
    const boxes = builtPages(imported).flatMap((page) => selectAll(`article .theme-admonition-${customType}`, fromHtml(readBuilt(imported, page))));
    expect(boxes.length).toBeGreaterThan(0);
    // Its icon, the workshop's (extra.css's `--md-admonition-icon--<type>`), is the type's rule in the site's style sheet.
    const cssDir = path.join(imported.site.dir, 'build', 'assets', 'css');
    const css = readdirSync(cssDir).map((file) => readFileSync(path.join(cssDir, file), 'utf8')).join('\n');
    const rule = new RegExp(`\\.theme-admonition-${customType}\\{--lsr-box-icon:url\\("data:image/svg\\+xml,([^"]*)"\\)\\}`).exec(css);
    expect(rule, `no icon rule for ${customType}`).not.toBeNull();
    expect(decodeURIComponent(rule![1]!)).toContain("d='M21 2H3c-1.1 0-2 .9-2 2v16");
  });

  test('links to files that are not in the corpus stay links, with their text', () => {
    const unresolved = imported.result.plan.unresolvedLinks;
    expect(unresolved.length).toBeGreaterThan(0);
    for (const link of unresolved) {
      const tree = fromHtml(readBuilt(imported, builtPageOf(imported, link.file)));
      // The theme's link resolves a relative URL against the page's; the path written stays at its end.
      const written = link.url.replace(/^(?:\.\.?\/)+/, '');
      const anchors = selectAll('article a', tree).filter((a) => String(a.properties.href ?? '').endsWith(written));
      expect(anchors.map((a) => textContent(a).trim() !== ''), `${link.file}:${link.line}: no <a> to ${link.url}`).toEqual([true]);
    }
  });

});
