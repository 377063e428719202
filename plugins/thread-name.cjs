/**
 * Names for the site's own worker threads, as the operating system shows them
 * (`top -H`, `ps -L`, /proc): every thread of Node is called `node`, so a
 * build's CPU could not be told apart by thread. `npm run bench:site` reads
 * these names to say what each of our threads cost.
 *
 * Linux only (a thread may rename itself through /proc/thread-self/comm, at
 * most 15 bytes); elsewhere nothing happens.
 */
const {writeFileSync} = require('node:fs');

/** The name of each of our worker threads. */
const THREAD_NAMES = {
  /** The lessons' first stage and descriptions (lesson-pipeline/first-stage). */
  lessons: 'lsr-lessons',
  /** The scan of the built pages (built-html-guard). */
  htmlGuard: 'lsr-html-guard',
};

/** Gives the calling thread `name`, where the system allows it. */
function nameThread(name) {
  try {
    writeFileSync('/proc/thread-self/comm', name);
  } catch {
    // Not Linux, or /proc not mounted: the thread keeps its name.
  }
}

module.exports = {THREAD_NAMES, nameThread};
