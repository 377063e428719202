/**
 * Names for the site's own worker threads, as the operating system shows them
 * (`top -H`, `ps -L`, /proc): every thread of Node is called `node`, so a
 * build's CPU could not be told apart by thread. `npm run bench:site` reads
 * these names to say what each of our threads cost.
 *
 * Linux only: a thread may rename itself through /proc/thread-self/comm (a
 * longer name is cut to 15 bytes). Elsewhere, or with /proc missing, read-only
 * or denied, nothing happens.
 */
const {writeFileSync} = require('node:fs');

/** The name of each of our worker threads. */
const THREAD_NAMES = {
  /** The lessons' first stage and descriptions (lesson-pipeline/first-stage). */
  lessons: 'lsr-lessons',
  /** The scan of the built pages (built-html-guard). */
  htmlGuard: 'lsr-html-guard',
};

/**
 * Gives the calling thread `name`, where the system allows it. Synchronous on
 * purpose: an asynchronous write would run on a libuv pool thread and rename
 * that one. `r+`: never creates a file where /proc is not.
 */
function nameThread(name) {
  try {
    writeFileSync('/proc/thread-self/comm', name, {flag: 'r+'});
  } catch {
    // Not Linux, or /proc missing, read-only or denied: the thread keeps its name.
  }
}

module.exports = {THREAD_NAMES, nameThread};
