/**
 * `npm run lint:lessons [--strict] [paths...]`: the site's checks on lesson
 * files, without building the site. Paths are files or folders (default:
 * `docs`). Each lesson goes through the site's own pipeline
 * (`plugins/lesson-pipeline`: the plugins, options and parser extensions the
 * build uses), so lint and build report the same warnings. Output is
 * vfile-reporter's; the exit code is 1 when a file could not be processed,
 * and also on any warning with `--strict`.
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {VFile} from 'vfile';
import {reporter} from 'vfile-reporter';
import {checkLesson} from '../../plugins/lesson-pipeline';
import {relativePath, warningsOf} from '../../plugins/lesson-warnings';
import {brokenAnchorWarnings} from '../../plugins/lesson-warnings/lib/anchors';
import {parseCommandLine} from '../cli-arguments';

/** The site whose pipeline checks the lessons: this repository. */
const SITE_DIR = path.resolve(__dirname, '..', '..');

export function collectLessons(target: string): string[] {
  const stats = statSync(target);
  if (stats.isFile()) return [target];
  return readdirSync(target, {withFileTypes: true})
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return collectLessons(full);
      return /\.mdx?$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

export function lintLesson(filePath: string): Promise<VFile> {
  return checkLesson(filePath, SITE_DIR);
}

/**
 * The lesson's messages at the places the author wrote them, as the build
 * prints them (`warningsOf`): a lesson parsed with `--8<--` includes expanded
 * has its messages mapped back, and those about included text move to a file
 * of their own (the included file), so the reporter names that file.
 */
export function atWrittenPlaces(file: VFile): VFile[] {
  if (!file.data.mkdocsSnippets?.changed) return [file];
  const files = new Map<string, VFile>([[file.path, new VFile({path: file.path})]]);
  const warnings = warningsOf(file, SITE_DIR);
  file.messages.forEach((message, index) => {
    const warning = warnings[index]!;
    const target = warning.file === undefined ? file.path : path.resolve(SITE_DIR, warning.file);
    let written = files.get(target);
    if (!written) files.set(target, (written = new VFile({path: target})));
    const reason = warning.includedAt ? `${message.reason} (included at ${warning.includedAt})` : message.reason;
    const moved = written.message(reason, {place: {line: warning.line, column: warning.column}, ruleId: message.ruleId, source: message.source});
    moved.fatal = message.fatal;
  });
  return [...files.values()];
}

/**
 * Links to an id the lesson they point to does not have, among the lessons linted (as the build checks them across
 * its lessons: `brokenAnchorWarnings`), added to `files` at the places written (the file a link was written in is
 * one of `files`, or a new one).
 */
export function addBrokenAnchors(linted: readonly VFile[], files: VFile[]): void {
  const lessons = linted.flatMap((file) => (file.data.lessonAnchors ? [{file: relativePath(file.path, SITE_DIR), anchors: file.data.lessonAnchors}] : []));
  for (const [lesson, warnings] of brokenAnchorWarnings(lessons, SITE_DIR)) {
    for (const warning of warnings) {
      const target = path.resolve(SITE_DIR, warning.file ?? lesson);
      let written = files.find((file) => file.path === target);
      if (!written) files.push((written = new VFile({path: target})));
      const reason = warning.includedAt ? `${warning.reason} (included at ${warning.includedAt})` : warning.reason;
      written.message(reason, {place: {line: warning.line, column: warning.column}, ruleId: warning.ruleId, source: 'lesson-warnings'});
    }
  }
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine({args: argv, options: {strict: {type: 'boolean', default: false}}, allowPositionals: true});
  if ('error' in parsed) {
    process.stderr.write(`lint:lessons: ${parsed.error} (usage: npm run lint:lessons -- [--strict] [paths...])\n`);
    return 2;
  }
  const {values, positionals} = parsed;
  // The site's own lessons, and an imported workshop's (npm run import:mkdocs) when there is one.
  const targets = positionals.length > 0 ? positionals : ['docs', ...(existsSync('workshop/docs') ? ['workshop/docs'] : [])];
  const files: VFile[] = [];
  const linted: VFile[] = [];
  for (const lesson of targets.flatMap(collectLessons)) {
    const file = await lintLesson(lesson);
    linted.push(file);
    files.push(...atWrittenPlaces(file));
  }
  addBrokenAnchors(linted, files);
  process.stderr.write(reporter(files, {quiet: true}) + '\n');
  const errors = files.some((file) => file.messages.some((message) => message.fatal));
  const warnings = files.some((file) => file.messages.length > 0);
  return errors || (values.strict && warnings) ? 1 : 0;
}
