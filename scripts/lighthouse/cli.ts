/**
 * `npm run lighthouse [-- --dir <build dir>] [--url-path /] [--runs 5]` (`--help`): Lighthouse
 * on the seed page of the built site, served locally, in Debian's Chromium, with
 * Lighthouse's default mobile form factor and simulated throttling. Prints the
 * four category scores of the median run (by performance) with their targets
 * and the audits that cost points; exits 1 when a target is missed.
 *
 * Several runs because the simulated performance score scales the CPU time it
 * observes: on a busy machine one run can swing by 20 points (Lighthouse's own
 * advice is the median of five runs).
 *
 * Serves `build/` (run `npm run build` first; gzip, as hosts do) unless `--dir` names another
 * build. The browser is CHROMIUM_PATH or CHROME_PATH (default /usr/bin/chromium), launched with
 * the same flags as the end-to-end tests; nothing is downloaded.
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Flags, Result} from 'lighthouse';
import {CHROMIUM_FLAGS, chromiumPath} from '../chromium';
import {parseCommandLine} from '../cli-arguments';
import {serveStatic} from '../static-server';

/** Minimum score (0–100) per category; SEO is reported against 90, Lighthouse's own "good" mark. */
const TARGETS = {performance: 95, accessibility: 100, 'best-practices': 95, seo: 90} as const;
type Category = keyof typeof TARGETS;
const REPORT_DIR = path.resolve('artifacts', 'lighthouse');

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

const USAGE = `Usage: npm run lighthouse [-- --dir <dir>] [--url-path <path>] [--runs <n>]
  --dir <dir>        the built site to serve (default: build)
  --url-path <path>  the page to audit, from the site's root (default: /)
  --runs <n>         how many Lighthouse runs; the median by performance is reported (default: 5)`;

export interface LighthouseOptions {
  /** The built site, absolute. */
  dir: string;
  urlPath: string;
  runs: number;
}

/** The options, `{help}` for `--help` / `-h`, or a one-line `{error}`. */
export function parseArguments(argv: readonly string[]): LighthouseOptions | {help: string} | {error: string} {
  const parsed = parseCommandLine({
    args: argv,
    options: {
      dir: {type: 'string', default: 'build'},
      'url-path': {type: 'string', default: '/'},
      runs: {type: 'string', default: '5'},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
  if ('error' in parsed) return {error: `${parsed.error} (npm run lighthouse -- --help shows the usage)`};
  const {values} = parsed;
  if (values.help) return {help: USAGE};
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) return {error: `--runs must be a positive integer, got ${values.runs}`};
  return {dir: path.resolve(values.dir), urlPath: values['url-path'], runs};
}

/** Audits of a category that did not get full marks, worst first: `  - id (score): title`. */
function lostPoints(result: Result, category: Category): string[] {
  return result.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => result.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((audit) => `    - ${audit.id} (${Math.round((audit.score ?? 0) * 100)}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
}

/**
 * Prints the usage, an argument error or the scores; returns the exit code (1 on an argument error or a missed
 * target). Throws when the site is not built or Lighthouse fails.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const options = parseArguments(argv);
  if ('help' in options) {
    console.log(options.help);
    return 0;
  }
  if ('error' in options) {
    console.error(options.error);
    return 1;
  }
  const {dir, urlPath, runs} = options;
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} holds no built site (index.html); run \`npm run build\` first, or pass --dir <build dir>`);
  }
  // Both packages are ES modules; this script runs as CommonJS under tsx.
  const {default: lighthouse} = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');

  const server = await serveStatic(dir, {gzip: true, cacheAssets: true});
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const url = new URL(urlPath.replace(/^\//, ''), server.url).href;
    const flags: Flags = {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS)};
    const results: Result[] = [];
    for (let run = 0; run < runs; run++) {
      const runner = await lighthouse(url, flags);
      if (!runner) throw new Error('Lighthouse returned no result');
      results.push(runner.lhr);
    }
    const performance = (r: Result) => r.categories.performance.score ?? 0;
    results.sort((a, b) => performance(a) - performance(b));
    const result = results[(results.length - 1) >> 1];
    // The whole median report, for anyone who wants the detail behind the scores (git-ignored).
    mkdirSync(REPORT_DIR, {recursive: true});
    const reportPath = path.join(REPORT_DIR, 'median.json');
    writeFileSync(reportPath, JSON.stringify(result));
    console.log(`lighthouse ${result.lighthouseVersion}, ${result.configSettings.formFactor}, ${url}`);
    console.log(`performance of the ${runs} runs: ${results.map((r) => Math.round(performance(r) * 100)).join(', ')}; the median run follows`);
    let missed = 0;
    for (const category of Object.keys(TARGETS) as Category[]) {
      const score = Math.round((result.categories[category].score ?? 0) * 100);
      const ok = score >= TARGETS[category];
      if (!ok) missed++;
      console.log(`${result.categories[category].title}: ${score} (target ≥ ${TARGETS[category]})${ok ? '' : '  MISSED'}`);
      for (const line of lostPoints(result, category)) console.log(line);
    }
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
    console.log(`metrics: ${metrics.map((id) => `${id} ${result.audits[id]?.displayValue ?? 'n/a'}`).join(', ')}`);
    console.log(`median report: ${path.relative(process.cwd(), reportPath)}`);
    if (result.runtimeError) console.log(`runtime error: ${result.runtimeError.message}`);
    return missed > 0 ? 1 : 0;
  } finally {
    await chrome.kill();
    await server.close();
  }
}
