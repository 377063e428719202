/**
 * `npm run fuzz`: hostile and broken input through remark-mkdocs, both targets.
 *
 * Inputs come from a grammar of MkDocs constructs mixed with random bytes,
 * line-ending damage, BOMs, NULs, unpaired surrogates and deep indentation
 * (`fuzz/inputs.ts`). Each one must not throw, must stay under 50 ms per 10 KB
 * (an input over budget is timed again by its worker, the plugin alone, best
 * of three runs per pipeline; one still over is timed once more by the runner
 * after the workers are done, alone on the machine and warm, best of five:
 * the check's own word counting leaves garbage to collect, the two workers
 * share two cores, and the first inputs of a process run cold), and must keep
 * every word (`fuzz/word-check.ts`). The summary prints the first, single
 * timings too, so what the retiming changed stays visible.
 *
 *   FUZZ_SEED=<n|random>  base seed (printed; default 20251125)
 *   FUZZ_COUNT=<n>        inputs (default 100000)
 *   FUZZ_WORKERS=<n>      processes (default 2)
 *
 * The first failures of each kind are minimised and written to
 * `artifacts/fuzz/` (`.json` exact, `.md` readable). Exit code 1 on any failure.
 */
import {fork, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {BUDGET_MS_PER_10KB, checkInput, per10KB, timeInput} from './check';
import {fuzzInput, resolveFuzzSeed} from './inputs';
import {minimize} from './minimize';
import {emptyTally, keep, merge, visibleJson, writeArtifact, type Failure, type Tally} from './report';

const here = path.dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = path.join(here, '..', 'artifacts', 'fuzz');

type Message = {type: 'progress'; tally: Tally} | {type: 'done'; tally: Tally};

/** A worker: inputs `worker`, `worker + workers`, … below `count`. */
function work(seed: number, count: number, worker: number, workers: number): Tally {
  const tally = emptyTally();
  for (let index = worker; index < count; index += workers) {
    const input = fuzzInput(seed, index);
    const first = checkInput(input);
    tally.count++;
    tally.bytes += input.length;
    if (first.msPer10KB > BUDGET_MS_PER_10KB) tally.firstOver++;
    noteTime(tally, 'firstSlowest', index, first.msPer10KB, first.size);
    if (first.throws.length > 0) {
      tally.throws++;
      keep(tally, {index, kind: 'throw', detail: first.throws.join('\n')});
    }
    if (first.lost.length > 0) {
      tally.lost++;
      keep(tally, {index, kind: 'lost', detail: first.lost.join(', ')});
    }
    // Over budget once may be the garbage collector or the other worker: the
    // plugin alone, a few runs back to back, best kept. Still over, it waits
    // for the end of the run (`timeAlone`).
    const msPer10KB = first.msPer10KB > BUDGET_MS_PER_10KB ? Math.min(first.msPer10KB, timeInput(input, 3)) : first.msPer10KB;
    if (msPer10KB > BUDGET_MS_PER_10KB) tally.pending.push({index, msPer10KB, size: first.size});
    else noteTime(tally, 'slowest', index, msPer10KB, first.size);
    if (tally.count % 1000 === 0) process.send?.({type: 'progress', tally} satisfies Message);
  }
  return tally;
}

function noteTime(tally: Tally, which: 'slowest' | 'firstSlowest', index: number, msPer10KB: number, size: number): void {
  if (msPer10KB > tally[which].msPer10KB) tally[which] = {index, msPer10KB, size};
}

/**
 * The inputs the workers left over budget, timed again by the runner once
 * the workers are done, so alone on the machine (two workers on two cores
 * also share the collector's helper threads: a worker's timing rose by up to
 * half when the other was busy), and warm: it first checks a few hundred
 * inputs, as a worker's JIT had. The best of five runs per pipeline counts.
 */
function timeAlone(seed: number, tally: Tally): void {
  if (tally.pending.length === 0) return;
  for (let index = 0; index < 300; index++) checkInput(fuzzInput(seed, index), {words: false});
  for (const {index, msPer10KB: before, size} of tally.pending) {
    const msPer10KB = Math.min(before, timeInput(fuzzInput(seed, index), 5));
    noteTime(tally, 'slowest', index, msPer10KB, size);
    if (msPer10KB > BUDGET_MS_PER_10KB) {
      tally.slow++;
      keep(tally, {index, kind: 'slow', detail: `${msPer10KB.toFixed(1)} ms per 10 KB (${size} code units)`});
    }
  }
  tally.pending = [];
}

/** The same kind of failure, for the minimiser. */
function stillFails(failure: Failure): (candidate: string) => boolean {
  return (candidate) => {
    const result = checkInput(candidate);
    if (failure.kind === 'throw') return result.throws.length > 0;
    if (failure.kind === 'lost') return result.lost.length > 0;
    return per10KB(result.msPer10KB, 1) > BUDGET_MS_PER_10KB;
  };
}

async function main(): Promise<void> {
  const seed = resolveFuzzSeed(process.env.FUZZ_SEED);
  const count = Number(process.env.FUZZ_COUNT ?? 100_000);
  const workers = Math.max(1, Number(process.env.FUZZ_WORKERS ?? 2));
  const worker = process.env.FUZZ_WORKER;
  if (worker !== undefined) {
    process.send?.({type: 'done', tally: work(seed, count, Number(worker), workers)} satisfies Message);
    return;
  }

  console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} reproduces), ${count} inputs, ${workers} worker${workers === 1 ? '' : 's'}`);
  const start = performance.now();
  // The latest tally of each worker, for progress lines and for a summary if the run is stopped early.
  const partial: Tally[] = Array.from({length: workers}, emptyTally);
  let lastPrinted = 0;
  const sumUp = (): Tally => {
    const tally = emptyTally();
    for (const part of partial) merge(tally, part);
    return tally;
  };
  const children: ChildProcess[] = [];
  process.once('SIGINT', () => {
    for (const child of children) child.kill();
    console.log('stopped early:');
    printSummary(seed, sumUp(), (performance.now() - start) / 1000);
    process.exit(1);
  });
  const tallies = await Promise.all(
    Array.from({length: workers}, (_, k) =>
      new Promise<Tally>((resolve, reject) => {
        const child = fork(fileURLToPath(import.meta.url), [], {
          execArgv: process.execArgv,
          env: {...process.env, FUZZ_SEED: String(seed), FUZZ_COUNT: String(count), FUZZ_WORKERS: String(workers), FUZZ_WORKER: String(k)},
        });
        children.push(child);
        child.on('message', (message: Message) => {
          partial[k] = message.tally;
          if (message.type === 'done') return resolve(message.tally);
          const so = sumUp();
          if (so.count - lastPrinted >= 5_000) {
            lastPrinted = so.count;
            const seconds = ((performance.now() - start) / 1000).toFixed(0);
            console.log(`  ${so.count} inputs, ${seconds} s: ${so.throws} throws, ${so.lost} word losses, ${so.pending.length} over budget so far (timed again at the end), slowest of the rest ${so.slowest.msPer10KB.toFixed(1)} ms/10 KB`);
          }
        });
        child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`worker ${k} exited with ${code}`))));
      }),
    ),
  );
  const tally = emptyTally();
  for (const part of tallies) merge(tally, part);
  if (tally.pending.length > 0) console.log(`  timing the ${tally.pending.length} input(s) still over budget again, alone`);
  timeAlone(seed, tally);
  const seconds = (performance.now() - start) / 1000;

  for (const failure of tally.failures) {
    const input = fuzzInput(seed, failure.index);
    const small = failure.kind === 'slow' ? input : minimize(input, stillFails(failure));
    const file = writeArtifact(ARTIFACTS, `${seed}-${failure.index}-${failure.kind}`, small, failure.detail);
    console.log(`${failure.kind} at input ${failure.index}: ${failure.detail.split('\n')[0]}\n  minimised (${small.length} of ${input.length} code units): ${file}\n  ${visibleJson(small).slice(0, 300)}`);
  }

  printSummary(seed, tally, seconds);
  if (tally.throws + tally.lost + tally.slow > 0) process.exitCode = 1;
}

function printSummary(seed: number, tally: Tally, seconds: number): void {
  const {slowest, firstSlowest} = tally;
  console.log(
    [
      `fuzz summary: seed ${seed}`,
      `  inputs: ${tally.count} (${(tally.bytes / 1024 / 1024).toFixed(1)} M code units) in ${seconds.toFixed(0)} s`,
      `  throws: ${tally.throws}`,
      `  slowest: ${slowest.msPer10KB.toFixed(1)} ms per 10 KB (input ${slowest.index}, ${slowest.size} code units; budget ${BUDGET_MS_PER_10KB}); over budget: ${tally.slow}`,
      `  first timings (one run each, inside the word check): slowest ${firstSlowest.msPer10KB.toFixed(1)} ms per 10 KB (input ${firstSlowest.index}); over budget before retiming: ${tally.firstOver}`,
      `  word losses: ${tally.lost}`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
