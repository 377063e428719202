/**
 * `npm run bench:warnings [-- <folder of lessons>]`: what telling every
 * lesson's warnings costs a build, on the 204-lesson site of the site
 * benchmark (the corpus workshops of `test/data/corpus`, copied 17×).
 *
 * After each compilation the lesson-warnings plugin reads every lesson and
 * looks up what was recorded for its text (`reportLessons`); a lesson without
 * a record is checked again with the site's pipeline. Printed, as
 * `name: measured (target …)`:
 * - every lesson recorded (any build after the loader ran, cold or warm);
 * - nothing recorded (Rspack's cache kept, `node_modules/.cache/lessonsaurus`
 *   deleted): every lesson checked again, the worst case.
 */
import {cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {checkLesson, PIPELINE_INPUTS} from '../plugins/lesson-pipeline';
import {LessonWarningsStore, reportLessons} from '../plugins/lesson-warnings';

const REPO = path.resolve(__dirname, '..');
const SOURCE = path.resolve(process.argv[2] ?? path.join(REPO, 'test', 'data', 'corpus'));
const COPIES = 17;

function lessonsIn(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return lessonsIn(full);
    return entry.name.endsWith('.md') && entry.name !== 'README.md' ? [full] : [];
  });
}

async function main(): Promise<void> {
  const site = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-bench-warnings-'));
  try {
    for (const entry of ['plugins', 'src', 'docusaurus.config.ts', 'package.json', 'package-lock.json']) {
      cpSync(path.join(REPO, entry), path.join(site, entry), {recursive: true, filter: (from) => path.basename(from) !== 'test'});
    }
    // The packages, linked one by one: the copy's records go to its own node_modules/.cache, not the repository's.
    mkdirSync(path.join(site, 'node_modules'));
    for (const name of readdirSync(path.join(REPO, 'node_modules'))) {
      if (name !== '.cache') symlinkSync(path.join(REPO, 'node_modules', name), path.join(site, 'node_modules', name));
    }
    const sources = lessonsIn(SOURCE);
    const files: string[] = [];
    for (let copy = 0; copy < COPIES; copy++) {
      for (const source of sources) {
        const target = path.join(site, 'docs', `copy-${copy}`, path.relative(SOURCE, source));
        mkdirSync(path.dirname(target), {recursive: true});
        cpSync(source, target);
        files.push(target);
      }
    }
    const check = (file: string) => checkLesson(file, site);
    // Warm-up: the pipeline's modules load and compile once, as they would in the build process.
    await check(files[0]);
    const store = new LessonWarningsStore(site, PIPELINE_INPUTS);

    let start = performance.now();
    const cold = await reportLessons(files, store, check);
    const coldMs = performance.now() - start;

    start = performance.now();
    const warm = await reportLessons(files, new LessonWarningsStore(site, PIPELINE_INPUTS), check);
    const warmMs = performance.now() - start;

    console.log(`lessons: ${files.length} (${sources.length} × ${COPIES}), warnings: ${cold.lines.length}`);
    console.log(`every lesson recorded (any build after the loader ran): ${warmMs.toFixed(0)} ms, ${warm.rechecked} checked again (target ≤ 200 ms)`);
    console.log(`nothing recorded (every lesson checked again): ${coldMs.toFixed(0)} ms, ${cold.rechecked} checked again (a report: the worst case)`);
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
}

void main();
