/**
 * The fuzzer's checks (`npm run fuzz`) on inputs of a seed drawn afresh each
 * run: the fixed 5,000 of `fuzz-0`/`fuzz-1` never change, and a seed nobody
 * had used (777001) found a word loss they do not reach. Every `npm test` now
 * looks somewhere new.
 *
 * The seed is in the test's name, in its output and in the failure message;
 * `FUZZ_SEED=<n>` runs that seed again (as it does for `npm run fuzz` and the
 * fixed halves). `FUZZ_FRESH_COUNT` changes the count: 1,500 inputs cost about
 * a third of the fixed 5,000, so `npm test` grows by a few tens of seconds.
 */
import {expect, test} from 'vitest';
import {resolveFuzzSeed} from '../../fuzz/inputs';
import {checkSlice} from '../../fuzz/slice';

const COUNT = Number(process.env.FUZZ_FRESH_COUNT ?? 1500);
const FROM_ENV = Boolean(process.env.FUZZ_SEED);
const SEED = resolveFuzzSeed(FROM_ENV ? process.env.FUZZ_SEED : 'random');
const REPRODUCE = `FUZZ_SEED=${SEED} FUZZ_FRESH_COUNT=${COUNT} npx vitest run --project unit test/unit/fuzz-fresh-seed.test.ts`;

test(`fuzz inputs 0 … ${COUNT - 1} of seed ${SEED} (${FROM_ENV ? 'FUZZ_SEED' : 'drawn for this run'}): nothing throws, no word is lost`, () => {
  console.log(`fuzz, fresh seed: FUZZ_SEED=${SEED}, ${COUNT} inputs (reproduce: ${REPRODUCE})`);
  const result = checkSlice(SEED, COUNT, 0, 1);
  console.log(`fuzz, fresh seed ${SEED}: ${result.checked} inputs, slowest ${result.slowest.toFixed(1)} ms per 10 KB (reported, not asserted)`);
  expect(result.failures, `fuzz seed ${SEED} (${FROM_ENV ? 'from FUZZ_SEED' : 'drawn for this run'}); reproduce: ${REPRODUCE}`).toEqual([]);
}, 600_000);
