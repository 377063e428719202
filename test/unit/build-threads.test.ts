/**
 * What `npm run bench:site` tells the build's threads apart by: the names our
 * worker threads give themselves (plugins/thread-name.cjs) and the sampler
 * that reads every thread's CPU time from /proc (bench/site/temp-site.ts).
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {sampleTree, threadKind, threadStat} from '../../bench/site/temp-site';
import {THREAD_NAMES} from '../../plugins/thread-name.cjs';

const threadNameModule = path.resolve(__dirname, '../../plugins/thread-name.cjs');

describe('a thread stat line', () => {
  it('gives the name between the first ( and the last ), and user + system ticks (fields 14 and 15)', () => {
    const fields = ['S', '1', '2', '3', '0', '-1', '4194368', '10', '0', '0', '0', '250', '37', '0', '0', '20', '0', '40'];
    expect(threadStat(`4242 (tokio-1) ${fields.join(' ')}`)).toEqual({name: 'tokio-1', ticks: 287});
    // A name may hold spaces and parentheses itself.
    expect(threadStat(`4242 (a (b) c) ${fields.join(' ')}`)).toEqual({name: 'a (b) c', ticks: 287});
  });
});

describe('the kind of a thread', () => {
  it('is the main thread where the thread id is the process id, whatever its name', () => {
    expect(threadKind({pid: 7, tid: 7, name: 'node'})).toBe('main thread');
  });

  it("is one of our workers by the name it gave itself, Rspack by tokio's names, else another Node thread", () => {
    expect(threadKind({pid: 7, tid: 9, name: THREAD_NAMES.lessons})).toBe('lessons worker');
    expect(threadKind({pid: 7, tid: 9, name: THREAD_NAMES.htmlGuard})).toBe('built-HTML guard');
    expect(threadKind({pid: 7, tid: 9, name: 'tokio-3'})).toBe('Rspack');
    expect(threadKind({pid: 7, tid: 9, name: 'node'})).toBe('other Node threads');
    // Newer libuv names its pool threads: still Node's, not Rspack's.
    expect(threadKind({pid: 7, tid: 9, name: 'libuv-worker'})).toBe('other Node threads');
  });
});

describe.runIf(process.platform === 'linux')('on Linux', () => {
  it('a worker thread that names itself shows that name to the system', async () => {
    const source = `
      const {parentPort, workerData} = require('node:worker_threads');
      const {readFileSync} = require('node:fs');
      const {nameThread} = require(workerData.module);
      nameThread(workerData.name);
      parentPort.postMessage(readFileSync('/proc/thread-self/comm', 'utf8').trim());
    `;
    const worker = new Worker(source, {eval: true, workerData: {module: threadNameModule, name: THREAD_NAMES.lessons}});
    const seen = await new Promise<string>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(seen).toBe(THREAD_NAMES.lessons);
  });

  it("the sampler counts a named worker's CPU time under its kind, in the busiest process of the tree", async () => {
    // A shell (which stays, it has more to do after) runs a node process whose main thread idles while a worker
    // named as ours spins until it has used 0.6 s of CPU itself (a loaded machine only makes that take longer).
    const script = `
      const {Worker} = require('node:worker_threads');
      const worker = new Worker(\`
        const {readFileSync} = require('node:fs');
        const {nameThread} = require(${JSON.stringify(threadNameModule)});
        nameThread(${JSON.stringify(THREAD_NAMES.lessons)});
        const ticks = () => {
          const stat = readFileSync('/proc/thread-self/stat', 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return Number(fields[11]) + Number(fields[12]);
        };
        while (ticks() < 60);
      \`, {eval: true});
      worker.on('exit', () => setTimeout(() => {}, 300));
    `;
    const child = spawn('bash', ['-c', 'node -e "$1"; exit $?', 'bash', script], {stdio: 'ignore'});
    const sampler = sampleTree(child.pid!, 20);
    await new Promise((resolve) => child.on('close', resolve));
    const {cpuByThread} = sampler.stop();
    expect(cpuByThread['lessons worker']).toBeGreaterThanOrEqual(0.5);
    expect(cpuByThread['main thread'] ?? 0).toBeLessThan(cpuByThread['lessons worker']!);
    // What no sample saw is counted apart, never negative.
    expect(cpuByThread['ended between samples']).toBeGreaterThanOrEqual(0);
  });
});
