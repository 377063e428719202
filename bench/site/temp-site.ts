/**
 * A throw-away copy of the site in the OS temp directory, for benchmarks that
 * build or serve it: its own `build/` and `.docusaurus/`, so they never touch
 * the repository's (which the end-to-end tests build under a lock).
 *
 * Sources are copied (a benchmark may add lessons or swap the config);
 * `node_modules` is a symlink, so nothing is installed.
 */
import {spawn} from 'node:child_process';
import {closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {THREAD_NAMES} from '../../plugins/thread-name.cjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');


/**
 * What a build needs (`includes/`: the demo lessons' shared text, pymdownx.snippets);
 * `sidebars/` (an imported MkDocs sidebar), `workshop/`
 * (an imported workshop's settings) and
 * `import-unresolved-links.json` (links an import could not resolve, which the
 * build keeps with a warning instead of failing) only when present.
 */
export const BUILD_ENTRIES = ['docusaurus.config.ts', 'sidebars.ts', 'sidebars-authoring.ts', 'sidebars', 'workshop', 'tsconfig.json', 'package.json', 'src', 'plugins', 'static', 'docs', 'includes', 'import-unresolved-links.json'];

/** Folders inside the copied entries that are test data or caches, not site. */
const SKIPPED = new Set(['node_modules', 'test', '.docusaurus']);

export interface TempSite {
  dir: string;
  /** Write `text` to `relative` inside the copy (folders created). */
  write(relative: string, text: string): void;
  remove(): void;
}

/** A copy of `entries` (paths under the repository; missing ones skipped) in a fresh temp folder. */
export function createTempSite(prefix = 'lessonsaurus-bench-', entries: readonly string[] = BUILD_ENTRIES): TempSite {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of entries) {
    const from = path.join(REPO, entry);
    if (!existsSync(from)) continue;
    cpSync(from, path.join(dir, entry), {
      recursive: true,
      // Plugin tests and their fixtures are not needed by a build, and are large.
      filter: (source) => !SKIPPED.has(path.basename(source)) || path.dirname(source) === REPO,
    });
  }
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write(relative, text) {
      const file = path.join(dir, relative);
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, text);
    },
    remove() {
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

export interface RunResult {
  code: number | null;
  /** Wall-clock seconds. */
  seconds: number;
  /**
   * CPU seconds (user + system) of the command and every process it waited
   * for. On a machine shared with other work, wall-clock time mostly measures
   * the neighbours; CPU time measures the build.
   */
  cpuSeconds: number;
  /**
   * Highest resident memory of the whole process tree (the shell, npx, the
   * build and any process it starts; its worker threads and Rspack's threads
   * live in the build's process), sampled every 100 ms: the sum of every
   * descendant's RSS at one instant, so concurrent processes add up and
   * successive ones do not.
   */
  peakRssBytes: number;
  /**
   * CPU seconds of the build's process by kind of thread (`threadKind`), from
   * each thread's /proc stat as last sampled every 100 ms (Linux only). What
   * a thread used after its last sample, or a thread that lived between two
   * samples, is in 'ended between samples' (the process's own total, which
   * keeps ended threads, less the threads seen).
   */
  cpuByThread: Partial<Record<ThreadKind, number>>;
}

/** The kinds of thread a build's CPU time is told apart by (`threadKind`). */
export const THREAD_KINDS = ['main thread', 'lessons worker', 'built-HTML guard', 'Rspack', 'other Node threads', 'ended between samples'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

/**
 * A thread of the build's process by what runs on it: its main thread (the
 * thread id is the process id); our worker threads, which name themselves
 * (plugins/thread-name.cjs); Rspack's native threads (`tokio-N`); and every
 * other thread Node started, all called `node`: the server render's workers,
 * V8's garbage collection and compiler helpers, libuv's pool.
 */
export function threadKind(thread: {pid: number; tid: number; name: string}): ThreadKind {
  if (thread.tid === thread.pid) return 'main thread';
  if (thread.name === THREAD_NAMES.lessons) return 'lessons worker';
  if (thread.name === THREAD_NAMES.htmlGuard) return 'built-HTML guard';
  if (RSPACK_THREAD.test(thread.name)) return 'Rspack';
  return 'other Node threads';
}

/** Rspack's threads (its Rust runtime's, tokio's); anything else unnamed by us is Node's (libuv may name its pool). */
const RSPACK_THREAD = /^tokio-\d+$/;

/**
 * The fields of a /proc stat line after "pid (comm) " (the name may hold spaces and parentheses): field 3
 * (state) is index 0, so field n is index n − 3.
 */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** A thread's name (`comm`) and CPU ticks (user + system) from its /proc stat line. */
export function threadStat(stat: string): {name: string; ticks: number} {
  // utime (14) and stime (15).
  const fields = statFields(stat);
  return {name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: Number(fields[11]) + Number(fields[12])};
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

const PAGE_BYTES = 4096;

/** pid → parent pid of every process now running. */
function parentsNow(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // ppid (4).
      parents.set(Number(name), Number(statFields(stat)[1]));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return parents;
}

/** `root` and all its descendants, now. */
function treePids(root: number): Set<number> {
  const parents = parentsNow();
  const tree = new Set([root]);
  // Parents usually have lower pids, but not always (pid wrap): repeat until nothing is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** Resident bytes of `root` and all its descendants, now. */
function treeRssBytes(root: number, tree: ReadonlySet<number> = treePids(root)): number {
  let bytes = 0;
  for (const pid of tree) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // Exited meanwhile.
    }
  }
  return bytes;
}

/** A thread as last sampled: its process, its id, its name and the CPU ticks it had used. */
interface ThreadSample {
  pid: number;
  tid: number;
  name: string;
  ticks: number;
}

/**
 * Notes the CPU ticks and name of every thread of the processes in `tree`, by
 * process and thread id, and each process's own total (ended threads included).
 */
function noteThreads(tree: ReadonlySet<number>, seen: Map<string, ThreadSample>, processTicks: Map<number, number>): void {
  for (const pid of tree) {
    try {
      processTicks.set(pid, threadStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).ticks);
    } catch {
      // Ended meanwhile: its last sample stands.
    }
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const {name, ticks} = threadStat(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
        seen.set(`${pid}:${tid}`, {pid, tid: Number(tid), name, ticks});
      } catch {
        // Ended between the listing and the read: its last sample stands.
      }
    }
  }
}

/**
 * CPU seconds by kind of thread of the build's process: the process of the
 * tree that used the most CPU (the shell and npx around it use little).
 */
function cpuByThreadKind(seen: ReadonlyMap<string, ThreadSample>, processTicks: ReadonlyMap<number, number>): Partial<Record<ThreadKind, number>> {
  const build = [...processTicks].sort((a, b) => b[1] - a[1])[0]?.[0];
  const result: Partial<Record<ThreadKind, number>> = {};
  let seenTicks = 0;
  for (const thread of seen.values()) {
    if (thread.pid !== build) continue;
    const kind = threadKind(thread);
    result[kind] = (result[kind] ?? 0) + thread.ticks / TICKS_PER_SECOND;
    seenTicks += thread.ticks;
  }
  if (build !== undefined) result['ended between samples'] = Math.max(0, processTicks.get(build)! - seenTicks) / TICKS_PER_SECOND;
  return result;
}

/**
 * Samples the tree under `root` until stopped: the highest sum of its
 * processes' resident memory seen, and the CPU of the build's threads by kind.
 */
export function sampleTree(root: number, everyMs = 100): {stop(): {peakRssBytes: number; cpuByThread: Partial<Record<ThreadKind, number>>}} {
  let peak = 0;
  const threads = new Map<string, ThreadSample>();
  const processTicks = new Map<number, number>();
  const timer = setInterval(() => {
    const tree = treePids(root);
    peak = Math.max(peak, treeRssBytes(root, tree));
    noteThreads(tree, threads, processTicks);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return {peakRssBytes: peak, cpuByThread: cpuByThreadKind(threads, processTicks)};
    },
  };
}

/** User + system CPU seconds of a shell's waited-for children, from its /proc stat line (fields 16 and 17). */
function childCpuSeconds(stat: string): number {
  // cutime (16) and cstime (17).
  const fields = statFields(stat);
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

/**
 * `npx docusaurus <args>` in `site`, output to `logFile`. The persistent cache
 * is off so that every build compiles every lesson (a benchmark of a warm
 * cache would measure the cache).
 */
export function docusaurusIn(site: string, args: readonly string[], logFile: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const fd = openSync(logFile, 'w');
  const start = performance.now();
  // The caller's env decides strict mode and test pages, never the shell's.
  const {LESSONSAURUS_STRICT: _strict, LESSONSAURUS_TEST_PAGES: _testPages, ...inherited} = process.env;
  const childEnv: NodeJS.ProcessEnv = {
    ...inherited,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
    ...env,
  };
  const statFile = path.join(site, '.cpu-stat');
  // A shell runs the build and, once it has waited for it, saves its own stat line:
  // the children's CPU times are there, whatever processes and threads the build used.
  const script = 'npx --no-install docusaurus "$@"; code=$?; cat /proc/$$/stat > "$STAT_FILE"; exit $code';
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script, 'bash', ...args], {
      cwd: site,
      env: {...childEnv, STAT_FILE: statFile},
      stdio: ['ignore', fd, fd],
    });
    const sampler = child.pid === undefined ? {stop: () => ({peakRssBytes: Number.NaN, cpuByThread: {}})} : sampleTree(child.pid);
    child.on('error', (error) => {
      sampler.stop();
      closeSync(fd);
      reject(error);
    });
    child.on('close', (code) => {
      const {peakRssBytes, cpuByThread} = sampler.stop();
      closeSync(fd);
      let cpuSeconds = Number.NaN;
      try {
        cpuSeconds = childCpuSeconds(readFileSync(statFile, 'utf8'));
      } catch {
        // No stat line: the shell was killed; the wall-clock time still stands.
      }
      resolve({code, seconds: (performance.now() - start) / 1000, cpuSeconds, peakRssBytes, cpuByThread});
    });
  });
}
