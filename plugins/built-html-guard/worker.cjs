/**
 * The guard's page scan in a worker thread (see `checkBuiltSiteInWorker` in
 * index.ts): the build's postBuild hooks all run on its main thread (the
 * search index is built there at the same time), while the second core is
 * idle once the pages are rendered.
 *
 * Plain CommonJS that loads the TypeScript scan (../load-typescript.cjs).
 */
const {parentPort, workerData} = require('node:worker_threads');
const {THREAD_NAMES, nameThread} = require('../thread-name.cjs');
nameThread(THREAD_NAMES.htmlGuard);
const load = require('../load-typescript.cjs')(__filename);
const {checkBuiltSite} = load('./index.ts');
parentPort.postMessage(checkBuiltSite(workerData.outDir, workerData.baseUrl, new Map(workerData.sources)));
