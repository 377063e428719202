/**
 * Loads the project's own TypeScript on Node: for the site config (the plugins
 * it wires) and for the worker threads (the built-HTML guard's and the lessons'
 * first stage), which do not inherit the main thread's module loader.
 *
 * Why not jiti, with which Docusaurus loads the config: it transpiles with
 * Babel every file the config imports, the ESM packages of node_modules too
 * (remark, micromark, …: everything `"type": "module"`), and keeps its cache
 * per file path in the system's temporary directory. A build in a fresh
 * checkout, a CI machine or a new clone spent 2.6–3.2 s of its main thread
 * before the first lesson (5.8 s with nothing cached, packages included; the
 * workers paid again), and the config is loaded twice per build. Here our
 * `.ts` files go through SWC (a native
 * transpiler; @docusaurus/faster, which the site's Rspack build needs,
 * installs it) and packages through Node's own `require`, ESM ones included
 * (require(esm), Node ≥ 20.19). On an older Node, or without SWC, jiti loads
 * everything as before.
 *
 * Each `loadTypeScript()` evaluates our modules afresh, as jiti's
 * `requireCache: false` did: Docusaurus loads the config again when it changes
 * and expects what it imports to be read again. Only the transpiled code is
 * kept (per file, while its text is the same), so a reload costs the
 * evaluation, not the transpiling.
 *
 * Imports are CommonJS bindings read when used, as under jiti, with one
 * difference in import cycles: a binding read while the module that exports
 * it is still being evaluated throws (as in real ESM) where jiti gave
 * `undefined`.
 *
 * `loadTypeScript(__filename)` returns a `require` for paths relative to that
 * file: `load('./job.ts')`, `load('./plugins/config-modules')`.
 */
const Module = require('node:module');
const {createRequire, builtinModules} = Module;
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

/** The files this loader transpiles; anything else (`.js`, `.cjs`, `.json`, packages) is Node's. */
const TYPESCRIPT = /\.[cm]?tsx?$/;

/** Where an import without extension may point, in the order TypeScript's resolution tries them. */
const CANDIDATE_SUFFIXES = ['', '.ts', '.tsx', `${path.sep}index.ts`, `${path.sep}index.tsx`];

/** Transpiled code per file: {source, code}. Shared by every load in this thread. */
const transpiled = new Map();

let swc;
/** SWC, resolved from @docusaurus/faster (which depends on it), or null. */
function loadSwc() {
  if (swc !== undefined) return swc;
  swc = null;
  try {
    const faster = path.dirname(require.resolve('@docusaurus/faster/package.json'));
    swc = require(require.resolve('@swc/core', {paths: [faster]}));
  } catch {
    try {
      swc = require('@swc/core');
    } catch {
      swc = null;
    }
  }
  return swc;
}

/**
 * jiti as Docusaurus loads the config with it (a dependency of
 * @docusaurus/utils, so always installed): modules evaluated afresh on each
 * load (`requireCache: false`), so that a config reload sees edited files.
 */
function jitiFor(filename) {
  const jitiPath = require.resolve('jiti', {paths: [path.dirname(require.resolve('@docusaurus/utils/package.json'))]});
  return require(jitiPath)(filename, {interopDefault: true, requireCache: false});
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The TypeScript file a relative or absolute import names, or undefined (then Node resolves it). */
function resolveTypeScript(fromDir, id) {
  const base = path.resolve(fromDir, id);
  for (const suffix of CANDIDATE_SUFFIXES) {
    const candidate = base + suffix;
    if (TYPESCRIPT.test(candidate) && isFile(candidate)) return candidate;
  }
  // `import './x.js'` written for Node's ESM resolution names `./x.ts` (or `.tsx`; `.mjs` → `.mts`, `.cjs` → `.cts`).
  const javascript = /\.([cm]?)js(x?)$/.exec(base);
  if (javascript) {
    const stem = base.slice(0, javascript.index);
    const [, kind, jsx] = javascript;
    for (const candidate of [`${stem}.${kind}ts${jsx}`, ...(kind === '' && jsx === '' ? [`${stem}.tsx`] : [])]) {
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function transpile(filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const known = transpiled.get(filename);
  if (known && known.source === source) return known.code;
  const {code} = swc.transformSync(source, {
    filename,
    swcrc: false,
    configFile: false,
    jsc: {
      parser: {syntax: 'typescript', tsx: filename.endsWith('x')},
      target: 'es2022',
      // The config's and the plugins' TSX (if any) as the site's tsconfig says: React's automatic runtime.
      transform: {react: {runtime: 'automatic'}},
    },
    module: {type: 'commonjs'},
  });
  transpiled.set(filename, {source, code});
  return code;
}

/**
 * One load: a fresh module per TypeScript file (shared within the load, so
 * cycles and repeated imports see one instance), packages from Node.
 */
function createLoad() {
  const modules = new Map();

  function requireFrom(filename, parent) {
    const dir = path.dirname(filename);
    const nativeRequire = createRequire(filename);
    /** The TypeScript file a relative or absolute `id` names; undefined for anything Node resolves. */
    const typeScriptFile = (id) => (id.startsWith('.') || path.isAbsolute(id) ? resolveTypeScript(dir, id) : undefined);
    function localRequire(id) {
      if (id.startsWith('node:') || builtinModules.includes(id)) return nativeRequire(id);
      const file = typeScriptFile(id);
      if (file !== undefined) return evaluate(file, parent);
      try {
        return nativeRequire(id);
      } catch (error) {
        // A package Node cannot `require` (an ESM one with top-level await): jiti, as before.
        if (error && (error.code === 'ERR_REQUIRE_ESM' || error.code === 'ERR_REQUIRE_ASYNC_MODULE')) return jitiFor(filename)(id);
        throw error;
      }
    }
    // `require.resolve('./x')` finds `./x.ts` as `require('./x')` does.
    function resolve(id, options) {
      return typeScriptFile(id) ?? nativeRequire.resolve(id, options);
    }
    resolve.paths = nativeRequire.resolve.paths;
    localRequire.resolve = resolve;
    localRequire.cache = nativeRequire.cache;
    return localRequire;
  }

  function evaluate(filename, parent) {
    const known = modules.get(filename);
    if (known) return known.exports;
    const code = transpile(filename);
    const mod = new Module(filename, parent);
    mod.filename = filename;
    mod.paths = Module._nodeModulePaths(path.dirname(filename));
    mod.require = requireFrom(filename, mod);
    modules.set(filename, mod);
    try {
      const wrapper = vm.runInThisContext(Module.wrap(code), {filename});
      wrapper.call(mod.exports, mod.exports, mod.require, mod, filename, path.dirname(filename));
    } catch (error) {
      // As Node does: a module that threw is not kept half-made, the next import runs it again (and throws again).
      modules.delete(filename);
      if (parent) parent.children.splice(parent.children.indexOf(mod), 1);
      throw error;
    }
    mod.loaded = true;
    return mod.exports;
  }

  return {requireFrom};
}

/** Node runs ESM packages through `require` (20.19 and later, 22.12 and later). */
const nodeRequiresEsm = Boolean(process.features && process.features.require_module);

/** Which loader `loadTypeScript` uses here: 'swc', or 'jiti' (an older Node, no SWC, or LESSONSAURUS_JITI=1). */
function typeScriptLoader() {
  return !nodeRequiresEsm || !loadSwc() || process.env.LESSONSAURUS_JITI === '1' ? 'jiti' : 'swc';
}

function loadTypeScript(filename) {
  if (typeScriptLoader() === 'jiti') return jitiFor(filename);
  return createLoad().requireFrom(filename, undefined);
}

module.exports = loadTypeScript;
module.exports.loadTypeScript = loadTypeScript;
module.exports.typeScriptLoader = typeScriptLoader;
