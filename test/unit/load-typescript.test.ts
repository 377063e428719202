/**
 * plugins/load-typescript.cjs: the loader the site config (and the worker
 * threads) load the project's TypeScript with, instead of Docusaurus's jiti.
 * Run in child processes: the loader is plain Node (vitest's own transform must
 * not stand in for it).
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const REPO = path.resolve(__dirname, '../..');
const LOADER = path.join(REPO, 'plugins/load-typescript.cjs');

/**
 * Runs `script` (CommonJS) in a fresh Node with `load` = loadTypeScript(<dir>/entry.cjs), and `loadAgain()` making
 * another such load (a config reload); returns its JSON output.
 */
function run(dir: string, script: string, env: NodeJS.ProcessEnv = {}): unknown {
  const prelude = `const loadAgain = () => require(${JSON.stringify(LOADER)})(${JSON.stringify(path.join(dir, 'entry.cjs'))});\nconst load = loadAgain();`;
  const out = execFileSync(
    process.execPath,
    ['-e', `${prelude}\n${script}`],
    {cwd: REPO, env: {...process.env, ...env, NODE_ENV: 'production'}, encoding: 'utf8'},
  );
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

const dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'load-typescript-'));
  dirs.push(dir);
  // The repository's packages, as a site's own node_modules.
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

const SAMPLE = {
  'counter.ts': 'export let count = 0;\nexport function bump(): number {\n  return ++count;\n}\n',
  'uses-counter.ts': "import {bump} from './counter';\nexport const first: number = bump();\n",
  'lib/index.ts': "export {default as twice} from './twice.js';\nexport * from './enum';\n",
  'lib/twice.ts': 'export default (n: number): number => n * 2;\n',
  'lib/enum.ts': 'export enum Kind {\n  Box,\n  Tab,\n}\n',
  'data.json': '{"answer": 42}\n',
  'plain.cjs': 'module.exports = {plain: true};\n',
  'main.ts': [
    "import type {Root} from 'mdast';",
    "import {unified} from 'unified';",
    "import remarkParse from 'remark-parse';",
    "import yaml from 'js-yaml';",
    "import data from './data.json';",
    "import {plain} from './plain.cjs';",
    "import {twice, Kind} from './lib';",
    "import {first} from './uses-counter';",
    "import {bump} from './counter';",
    'const tree = unified().use(remarkParse).parse("# hi") as Root;',
    'export const heading = tree.children[0].type;',
    "export const yamlValue = (yaml.load('a: 1') as {a: number}).a;",
    'export const answer = data.answer;',
    'export const isPlain = plain;',
    'export const four = twice(2);',
    'export const tab = Kind.Tab;',
    'export const counts = [first, bump()];',
    "export const here = new URL('.', import.meta.url).pathname;",
    "export const later = () => import('./lib/twice').then((m) => m.default(5));",
  ].join('\n'),
};

const LOADERS = [
  {loader: 'swc', env: {}},
  {loader: 'jiti', env: {LESSONSAURUS_JITI: '1'}},
] as const;

describe.each(LOADERS)('loadTypeScript (plugins/load-typescript.cjs) with $loader', ({loader, env}) => {
  it(`loads with ${loader} here`, () => {
    const dir = project(SAMPLE);
    expect(run(dir, `console.log(JSON.stringify(require(${JSON.stringify(LOADER)}).typeScriptLoader()))`, env)).toBe(loader);
  });

  it('loads TypeScript with relative, index, `.js`-named, JSON, CommonJS and ESM package imports', () => {
    const dir = project(SAMPLE);
    const result = run(
      dir,
      "const m = load('./main'); m.later().then((later) => console.log(JSON.stringify({...m, later, here: m.here === require('node:path').join(" +
        JSON.stringify(dir) +
        ", '/')})));",
      env,
    );
    expect(result).toEqual({heading: 'heading', yamlValue: 1, answer: 42, isPlain: true, four: 4, tab: 1, counts: [1, 2], here: true, later: 10});
  });

  it('evaluates the modules afresh on each load (a config reload sees them anew), one instance per module within a load', () => {
    const dir = project(SAMPLE);
    const result = run(
      dir,
      "const a = load('./main');\n" +
        "const b = loadAgain()('./main');\n" +
        // `counts`: main and uses-counter bump one counter module ([1, 2]); a second load starts from 0 again.
        'console.log(JSON.stringify({freshLoad: a !== b, counts: [a.counts, b.counts]}));',
      env,
    );
    expect(result).toEqual({freshLoad: true, counts: [[1, 2], [1, 2]]});
  });

  it('reads a changed file again on the next load', () => {
    const dir = project(SAMPLE);
    const result = run(
      dir,
      "const before = load('./lib/twice').default(3);\n" +
        "require('node:fs').writeFileSync(require('node:path').join(" + JSON.stringify(dir) + ", 'lib/twice.ts'), 'export default (n: number): number => n * 3;\\n');\n" +
        "const after = loadAgain()('./lib/twice').default(3);\n" +
        'console.log(JSON.stringify([before, after]));',
      env,
    );
    expect(result).toEqual([6, 9]);
  });

  it('runs a module that threw again when imported again (it throws again), and resolves TypeScript paths', () => {
    const dir = project({
      ...SAMPLE,
      'bad.ts': "export const before = 1;\nthrow new Error('bad module');\n",
      'both.ts': "export const which = 'both.ts';\n",
      'both/index.ts': "export const which = 'both/index.ts';\n",
    });
    const result = run(
      dir,
      [
        'const errors = [];',
        "for (let i = 0; i < 2; i++) { try { load('./bad'); } catch (error) { errors.push(error.message); } }",
        "const resolved = load.resolve('./counter');",
        "console.log(JSON.stringify({errors, which: load('./both').which, resolved: require('node:path').basename(resolved)}));",
      ].join('\n'),
      env,
    );
    expect(result).toEqual({errors: ['bad module', 'bad module'], which: 'both.ts', resolved: 'counter.ts'});
  });
});

describe('loadTypeScript with SWC only', () => {
  it('shares a module between imports of one load, and loads `.tsx` (jiti 1 reads no `.tsx`)', () => {
    const dir = project({...SAMPLE, 'view.tsx': 'export const element = <b>bold</b>;\n', 'uses-view.ts': "export {element} from './view.js';\n"});
    const result = run(
      dir,
      "const a = load('./main'); const again = load('./main');\n" +
        "console.log(JSON.stringify({same: a === again, view: load('./uses-view').element.type}));",
    );
    expect(result).toEqual({same: true, view: 'b'});
  });
});

describe('the site config under both loaders', () => {
  it('gets the same modules from SWC as from jiti (LESSONSAURUS_JITI=1)', () => {
    const script =
      "const m = load('./plugins/config-modules');\n" +
      'console.log(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === "function" ? "function:" + v.name : v]))));';
    const withSwc = run(REPO, script);
    const withJiti = run(REPO, script, {LESSONSAURUS_JITI: '1'});
    expect(Object.keys(withSwc as object).length).toBeGreaterThan(25);
    expect(withSwc).toEqual(withJiti);
  });
});
