import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {main, parseArguments} from './cli';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEE_HELP = ' (npm run lighthouse -- --help shows the usage)';

describe('npm run lighthouse: arguments', () => {
  afterEach(() => vi.restoreAllMocks());

  it('defaults: build/, the page at /, 5 runs', () => {
    expect(parseArguments([])).toEqual({dir: path.resolve('build'), urlPath: '/', runs: 5});
  });

  it('reads --dir, --url-path and --runs, with the value after the flag or after =', () => {
    expect(parseArguments(['--dir', 'out/site', '--url-path=/docs/x', '--runs', '3'])).toEqual({dir: path.resolve('out/site'), urlPath: '/docs/x', runs: 3});
  });

  it('an unknown option, a missing value, an argument or a bad --runs: one line naming it', () => {
    const cases: Array<[string[], string]> = [
      [['--nope'], `Unknown option --nope${SEE_HELP}`],
      [['--runs'], `--runs needs a value${SEE_HELP}`],
      [['--dir', '--runs', '3'], `--dir needs a value${SEE_HELP}`],
      [['--help=yes'], `--help takes no value${SEE_HELP}`],
      [['build'], `Unexpected argument build: this command takes options only${SEE_HELP}`],
      [['--runs', '0'], '--runs must be a positive integer, got 0'],
      [['--runs', '2.5'], '--runs must be a positive integer, got 2.5'],
      [['--runs', 'many'], '--runs must be a positive integer, got many'],
    ];
    for (const [argv, error] of cases) expect(parseArguments(argv), argv.join(' ')).toEqual({error});
  });

  it('main: exit 1 and the error on stderr, before anything is served or launched', async () => {
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    expect(await main(['--nope', '--dir', '/definitely/not/here'])).toBe(1);
    expect(errors).toEqual([`Unknown option --nope${SEE_HELP}`]);
  });

  it('--help and -h: the usage, every option explained, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const printed: unknown[] = [];
      vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
      expect(await main([flag])).toBe(0);
      const [usage] = printed as string[];
      expect(printed).toHaveLength(1);
      expect(usage).toMatch(/^Usage: npm run lighthouse /);
      for (const option of ['--dir <dir>', '--url-path <path>', '--runs <n>']) expect(usage).toContain(`\n  ${option} `);
      vi.restoreAllMocks();
    }
  });

  it('npm run lighthouse exits 1 on an unknown option, printing one line', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/lighthouse.ts', '--nope'], {cwd: ROOT, encoding: 'utf8'});
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`Unknown option --nope${SEE_HELP}\n`);
    expect(result.stdout).toBe('');
  });
});
