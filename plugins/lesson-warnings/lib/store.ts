/**
 * What the checks found in each lesson, kept by content: the key is a hash of
 * the pipeline's fingerprint, the lesson's site-relative path and its text.
 *
 * Why a store: Rspack's persistent cache skips the Markdown loader for a
 * lesson it compiled before, and the warnings the remark plugins attach to
 * the file are gone with it. The loader writes what it found here (memory, and
 * a JSON file per key under `node_modules/.cache/lessonsaurus/`, which
 * `docusaurus clear` removes with Rspack's cache); the Docusaurus plugin reads
 * it back for every lesson after each compilation, warm cache or not.
 *
 * Keyed by content, never by time: a lesson whose text changed has a new key,
 * and so does every lesson once the code or data that decides the warnings
 * changes (the fingerprint), so a record can never describe other text.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {mkdir, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LessonAnchors} from './anchors';
import type {LessonWarning} from './format';

/** Where the records live, under the site folder. */
export const STORE_DIR = path.join('node_modules', '.cache', 'lessonsaurus', 'lesson-warnings');

export interface LessonRecord {
  /** Site-relative POSIX path (`docs/a.md`). */
  file: string;
  warnings: LessonWarning[];
  /** Its ids and the links with a fragment it makes (`./anchors.ts`), for the check across lessons. */
  anchors?: LessonAnchors;
}

export interface FingerprintInputs {
  /** Files and folders (relative to the site) whose content decides the warnings. */
  paths: readonly string[];
  /** Folder names never read (tests and their fixtures do not change a lesson's warnings). */
  skip?: readonly string[];
}

export class LessonWarningsStore {
  readonly siteDir: string;
  private readonly inputs: FingerprintInputs;
  private fingerprintValue: string | undefined;
  private readonly memory = new Map<string, LessonRecord>();
  /** The background write of each key set in this process. */
  private readonly writes = new Map<string, Promise<void>>();
  /**
   * The records on disk when this process first set one (read once: one directory listing instead of a look-up
   * per lesson), and the folder made for them. A record removed later (`docusaurus clear` beside `npm start`) is
   * not written again by this process: the next one checks that lesson again, as after any lost record.
   */
  private onDisk: Set<string> | undefined;
  private folder: Promise<unknown> | undefined;

  constructor(siteDir: string, inputs: FingerprintInputs) {
    this.siteDir = siteDir;
    this.inputs = inputs;
  }

  /**
   * A hash of every file that decides what the checks report: the plugins'
   * code and data, the site config, the installed packages (their lockfile).
   * Computed once per process (plugin code is loaded once per process too).
   */
  get fingerprint(): string {
    this.fingerprintValue ??= fingerprintOf(this.siteDir, this.inputs);
    return this.fingerprintValue;
  }

  key(file: string, text: string): string {
    return createHash('sha1').update(this.fingerprint).update('\0').update(file).update('\0').update(text).digest('hex');
  }

  get(key: string): LessonRecord | undefined {
    const known = this.memory.get(key);
    if (known) return known;
    try {
      const record = JSON.parse(readFileSync(this.recordPath(key), 'utf8')) as LessonRecord;
      this.memory.set(key, record);
      return record;
    } catch {
      return undefined;
    }
  }

  /**
   * Remembered at once; on disk for the next process, written in the
   * background (a build waits on no disk: the file is only read by a later
   * process) and only once per key: a key names its content, so a record
   * already on disk is this one.
   */
  set(key: string, record: LessonRecord): void {
    this.memory.set(key, record);
    if (this.writes.has(key)) return;
    const target = this.recordPath(key);
    this.onDisk ??= recordsIn(path.dirname(target));
    if (this.onDisk.has(path.basename(target))) {
      this.writes.set(key, Promise.resolve());
      return;
    }
    const written = (async () => {
      try {
        await (this.folder ??= mkdir(path.dirname(target), {recursive: true}));
        // Written whole, then renamed: a reader in another process never sees half a record.
        const temporary = `${target}.${process.pid}.${key.slice(0, 8)}.tmp`;
        await writeFile(temporary, JSON.stringify(record));
        await rename(temporary, target);
      } catch {
        // A read-only cache folder costs a re-check on the next warm build, nothing else. A folder removed meanwhile
        // (`docusaurus clear` beside `npm start`) is made again for the next record.
        this.folder = undefined;
      }
    })();
    this.writes.set(key, written);
  }

  /** Resolves once every record set so far is on disk (or could not be written). */
  async flush(): Promise<void> {
    await Promise.all(this.writes.values());
  }

  private recordPath(key: string): string {
    return path.join(this.siteDir, STORE_DIR, `${key}.json`);
  }
}

/** The names in a folder (none when it does not exist yet). */
function recordsIn(folder: string): Set<string> {
  try {
    return new Set(readdirSync(folder));
  } catch {
    return new Set();
  }
}

/** One store per site folder and process, shared by the loader's remark plugin and the Docusaurus plugin. */
const stores = new Map<string, LessonWarningsStore>();

export function lessonWarningsStore(siteDir: string, inputs: FingerprintInputs): LessonWarningsStore {
  let store = stores.get(siteDir);
  if (!store) {
    store = new LessonWarningsStore(siteDir, inputs);
    stores.set(siteDir, store);
  }
  return store;
}

function fingerprintOf(siteDir: string, inputs: FingerprintInputs): string {
  const skip = new Set(inputs.skip ?? []);
  const hash = createHash('sha1');
  const add = (relative: string): void => {
    const full = path.join(siteDir, relative);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      hash.update(`${relative}\0(absent)\0`);
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!skip.has(name)) add(path.join(relative, name));
    } else {
      hash.update(`${relative}\0`).update(readFileSync(full)).update('\0');
    }
  };
  for (const relative of inputs.paths) add(relative);
  return hash.digest('hex');
}
