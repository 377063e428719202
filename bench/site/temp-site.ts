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
}

const PAGE_BYTES = 4096;

/** pid → parent pid of every process now running. */
function parentsNow(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return parents;
}

/** Resident bytes of `root` and all its descendants, now. */
export function treeRssBytes(root: number): number {
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

/** Samples the tree under `root` until stopped; `peak()` is the highest sum seen. */
export function sampleTreeRss(root: number, everyMs = 100): {stop(): number} {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(root));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** User + system CPU seconds of a shell's waited-for children, from its /proc stat line (fields 16 and 17). */
function childCpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) ", field 3 (state) is index 0: cutime (16) and cstime (17) are indexes 13 and 14.
  const ticksPerSecond = 100;
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
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
    const memory = child.pid === undefined ? {stop: () => Number.NaN} : sampleTreeRss(child.pid);
    child.on('error', (error) => {
      memory.stop();
      closeSync(fd);
      reject(error);
    });
    child.on('close', (code) => {
      const peakRssBytes = memory.stop();
      closeSync(fd);
      let cpuSeconds = Number.NaN;
      try {
        cpuSeconds = childCpuSeconds(readFileSync(statFile, 'utf8'));
      } catch {
        // No stat line: the shell was killed; the wall-clock time still stands.
      }
      resolve({code, seconds: (performance.now() - start) / 1000, cpuSeconds, peakRssBytes});
    });
  });
}
