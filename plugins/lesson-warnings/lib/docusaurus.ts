/**
 * The Docusaurus plugin that prints every lesson's warnings after each
 * compilation, and fails a strict build, whether or not the Markdown loader
 * ran (Rspack's persistent cache skips it for lessons it compiled before).
 *
 * After every compilation (the build's client and server bundles, each
 * rebuild of `docusaurus start`) it takes every lesson the docs plugins
 * loaded, reads its text, and looks up what the checks found in that text (the
 * loader's remark plugin recorded it, in this process or an earlier one); a
 * lesson without a record is checked again with the site's own pipeline. Each
 * line is printed once per process and version of the lesson: a build prints
 * them all once, `docusaurus start` prints them all on start and a saved
 * lesson's again once it has been recompiled.
 */
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {VFile} from 'vfile';
import {brokenAnchorWarnings} from './anchors';
import {byPlace, formatWarningLine, relativePath, warningsOf} from './format';
import type {LessonRecord, LessonWarningsStore} from './store';

export interface LessonWarningsPluginOptions {
  store: LessonWarningsStore;
  /** The site's Markdown checks on one lesson (no bundler): used when a lesson has no record. */
  check: (filePath: string) => Promise<VFile>;
  /** Fail the build when any lesson has a warning (LESSONSAURUS_STRICT=1). Ignored by `docusaurus start`. */
  strict: boolean;
  /**
   * The text the loader parses, from the file's text (the site's Markdown
   * preprocessor): records are keyed by it. Default: the file's text.
   */
  prepare?: (text: string, filePath: string) => string;
  /** Where lines go (tests replace it). Default: stderr. */
  write?: (line: string) => void;
  /**
   * Warnings about the site's settings rather than a lesson (an `auto_append`
   * snippet that is not there), as formatted lines: told first, on every
   * build, and counted by strict mode like a lesson's.
   */
  settingsWarnings?: () => string[];
  /**
   * Whether strict mode counts a lesson's warnings (site-relative path); default all. The site's own pages
   * (the authoring guide, whose examples warn on purpose) are not counted once an imported workshop is the site:
   * printed, but the workshop's build fails only on the workshop's lessons.
   */
  strictCounts?: (file: string) => boolean;
  /**
   * Said once, before the warnings of the lessons strict mode does not count, which come after the others: what
   * those pages are (a workshop's author would otherwise take `docs/pod-networking.md:22:1` for a file of theirs).
   */
  uncountedHeading?: string;
}

/** The lessons of every docs plugin instance (the site's docs and, in the e2e build, the test pages). */
interface DocsContent {
  loadedVersions?: ReadonlyArray<{docs: ReadonlyArray<{source: string; permalink?: string}>}>;
}

export interface LessonReport {
  /** Every warning line, lessons in path order, each lesson's lines in reading order. */
  lines: string[];
  /** For each line, the key of the lesson text it was found in. */
  keys: string[];
  /** For each line, the lesson (site-relative) it was found in. */
  files: string[];
  /** Lessons checked again because nothing was recorded for their text. */
  rechecked: number;
}

/**
 * Each lesson's record key by the file's modification time and size, kept by
 * the plugin for the life of the process: after a save under `docusaurus
 * start`, only the saved lesson is read, prepared and hashed again, not every
 * lesson of the site (a stat each instead: about 1 ms for 200 lessons against
 * tens of ms). The key still comes from the text whenever the file changed.
 */
export type LessonKeyCache = Map<string, {stamp: string; key: string}>;

function fileStamp(filePath: string): string | undefined {
  try {
    const stats = statSync(filePath, {bigint: true});
    return `${stats.mtimeNs}:${stats.ctimeNs}:${stats.size}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The warnings of `files` (absolute paths): recorded ones, the rest checked
 * again (and recorded). Exported for tests and for `npm run lint:lessons`.
 */
export async function reportLessons(
  files: readonly string[],
  store: LessonWarningsStore,
  check: LessonWarningsPluginOptions['check'],
  prepare: NonNullable<LessonWarningsPluginOptions['prepare']> = (text) => text,
  keyCache?: LessonKeyCache,
  permalinks: ReadonlyMap<string, string> = new Map(),
): Promise<LessonReport> {
  const lines: string[] = [];
  const keys: string[] = [];
  const lessonFiles: string[] = [];
  let rechecked = 0;
  const ordered = [...files].sort((a, b) => relativePath(a, store.siteDir).localeCompare(relativePath(b, store.siteDir)));
  const found: Array<{file: string; key: string; record: LessonRecord; permalink?: string}> = [];
  for (const filePath of ordered) {
    const file = relativePath(filePath, store.siteDir);
    const stamp = keyCache && fileStamp(filePath);
    const cached = stamp === undefined ? undefined : keyCache?.get(filePath);
    let key: string;
    if (cached !== undefined && cached.stamp === stamp) {
      key = cached.key;
    } else {
      let text: string;
      try {
        text = readFileSync(filePath, 'utf8');
      } catch {
        // Deleted since the docs were loaded (`docusaurus start`): the next load drops it.
        keyCache?.delete(filePath);
        continue;
      }
      key = store.key(file, prepare(text, filePath));
      if (stamp !== undefined) keyCache?.set(filePath, {stamp, key});
    }
    let record: LessonRecord | undefined = store.get(key);
    if (!record) {
      rechecked += 1;
      const checked = await check(filePath);
      const anchors = checked.data.lessonAnchors;
      record = {file, warnings: warningsOf(checked, store.siteDir), ...(anchors ? {anchors} : {})};
      store.set(key, record);
    }
    const permalink = permalinks.get(filePath);
    found.push({file, key, record, ...(permalink === undefined ? {} : {permalink})});
  }
  // Links to an id their lesson does not have: known once every lesson's ids are.
  const anchored = found.flatMap(({file, record, permalink}) => (record.anchors ? [{file, anchors: record.anchors, ...(permalink === undefined ? {} : {permalink})}] : []));
  const broken = brokenAnchorWarnings(anchored, store.siteDir);
  for (const {file, key, record} of found) {
    for (const warning of [...record.warnings, ...(broken.get(file) ?? [])].sort(byPlace)) {
      lines.push(formatWarningLine(file, warning));
      keys.push(key);
      lessonFiles.push(file);
    }
  }
  // The records the loader set in the background are on disk before the process can end.
  await store.flush();
  return {lines, keys, files: lessonFiles, rechecked};
}

/** The key of the uncounted pages' heading among the printed lines (no line's key has a NUL of its own first). */
const UNCOUNTED_HEADING = '\0uncounted';

export default function lessonWarningsPlugin(context: LoadContext, options: LessonWarningsPluginOptions): Plugin {
  const {store, check, strict, prepare, settingsWarnings = () => [], strictCounts = () => true, uncountedHeading} = options;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const building = process.env.NODE_ENV === 'production';
  let lessons: string[] = [];
  /** Each lesson's URL (absolute path → permalink), for links resolved to it. */
  let permalinks = new Map<string, string>();
  /** Lines printed by this process, keyed with the text's key: each version of a lesson is told once. */
  const printed = new Set<string>();
  const keyCache: LessonKeyCache = new Map();
  let failed = false;

  /** Prints what was not printed yet; returns the lines strict mode counts. */
  async function tell(): Promise<string[]> {
    const report = await reportLessons(lessons, store, check, prepare, keyCache, permalinks);
    const settings = settingsWarnings();
    const lines = [...settings, ...report.lines];
    const keys = [...settings.map(() => 'settings'), ...report.keys];
    const counted = [...settings.map(() => true), ...report.files.map((file) => strictCounts(file))];
    // The uncounted pages' warnings last, under their heading, so that none of the others reads as one of theirs.
    const order = [...lines.keys()].sort((a, b) => Number(counted[b]) - Number(counted[a]) || a - b);
    for (const index of order) {
      const line = lines[index]!;
      const id = `${keys[index]}\0${line}`;
      if (printed.has(id)) continue;
      printed.add(id);
      if (!counted[index] && uncountedHeading !== undefined && !printed.has(UNCOUNTED_HEADING)) {
        printed.add(UNCOUNTED_HEADING);
        write(uncountedHeading);
      }
      write(line);
    }
    return [...settings, ...report.lines.filter((_, index) => strictCounts(report.files[index]!))];
  }

  return {
    name: 'lessonsaurus-lesson-warnings',

    async allContentLoaded({allContent}) {
      const docs = (allContent['docusaurus-plugin-content-docs'] ?? {}) as Record<string, DocsContent>;
      const loaded = Object.values(docs).flatMap((instance) => (instance.loadedVersions ?? []).flatMap((version) => version.docs));
      const absolute = (source: string) => path.join(context.siteDir, source.replace(/^@site\//, ''));
      lessons = [...new Set(loaded.map((doc) => absolute(doc.source)))];
      permalinks = new Map(loaded.flatMap((doc) => (doc.permalink === undefined ? [] : [[absolute(doc.source), doc.permalink] as const])));
    },

    configureWebpack(_config, isServer) {
      return {
        plugins: [
          {
            apply(compiler: RspackCompiler) {
              compiler.hooks.afterCompile.tapPromise('lessonsaurus-lesson-warnings', async (compilation) => {
                const lines = await tell();
                // One error for the whole build (client and server compile the same lessons), in the
                // compilation, so Docusaurus stops with its usual "Failed to compile" and our text.
                if (!building || !strict || failed || lines.length === 0 || isServer) return;
                failed = true;
                const count = lines.length;
                const ErrorClass = compiler.webpack?.WebpackError ?? Error;
                compilation.errors.push(
                  new ErrorClass(
                    `${count} lesson warning${count === 1 ? '' : 's'} in strict mode (LESSONSAURUS_STRICT=1), printed above; first: ${lines[0]}`,
                  ),
                );
              });
            },
          },
        ],
      };
    },
  };
}

/** The part of Rspack's (and webpack's) compiler this plugin uses. */
interface RspackCompiler {
  webpack?: {WebpackError?: new (message: string) => Error};
  hooks: {
    afterCompile: {tapPromise(name: string, hook: (compilation: {errors: Error[]}) => Promise<void>): void};
  };
}
