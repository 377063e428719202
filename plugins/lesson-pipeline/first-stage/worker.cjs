/**
 * The worker thread of the lessons' first stage and descriptions (see
 * ./index.ts): requests in, answers out, one at a time, in order.
 *
 * Plain CommonJS that loads the TypeScript job (../../load-typescript.cjs).
 */
const {parentPort} = require('node:worker_threads');
const {THREAD_NAMES, nameThread} = require('../../thread-name.cjs');
nameThread(THREAD_NAMES.lessons);
const load = require('../../load-typescript.cjs')(__filename);
const {answerRequest} = load('./job.ts');
// Loaded: the main thread may hand over what it would otherwise do itself while waiting (descriptions).
parentPort.postMessage({ready: true});

parentPort.on('message', async ({id, ...message}) => {
  let answer;
  try {
    answer = await answerRequest(message);
  } catch (error) {
    if (process.env.LESSONSAURUS_DEBUG_WORKER) console.error(error);
    // The main thread does the job again, so that the error is the one it would have thrown.
    answer = undefined;
  }
  try {
    parentPort.postMessage({id, answer});
  } catch {
    // Something in the result does not cross threads: the main thread does the job.
    parentPort.postMessage({id, answer: undefined});
  }
});
