/**
 * The guard's page scan in a worker thread (see `checkBuiltSiteInWorker` in
 * index.ts): the build's postBuild hooks all run on its main thread (the
 * search index is built there at the same time), while the second core is
 * idle once the pages are rendered.
 *
 * Plain CommonJS that loads the TypeScript scan with jiti, the transpiler
 * Docusaurus loads the site config with (a dependency of @docusaurus/utils):
 * a worker thread does not inherit the main thread's module loader.
 */
const {parentPort, workerData} = require('node:worker_threads');
const path = require('node:path');

const jitiPath = require.resolve('jiti', {paths: [path.dirname(require.resolve('@docusaurus/utils/package.json'))]});
const load = require(jitiPath)(__filename, {interopDefault: true});
const {checkBuiltSite} = load('./index.ts');
parentPort.postMessage(checkBuiltSite(workerData.outDir, workerData.baseUrl, new Map(workerData.sources)));
