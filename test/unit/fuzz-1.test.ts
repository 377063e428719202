/**
 * The fuzzer's checks (`npm run fuzz`) on the first 5,000 of its inputs, in two
 * files so vitest runs the halves in parallel; this is half 2 of 2.
 * `FUZZ_TEST_COUNT` and `FUZZ_SEED` change the inputs. A seed drawn afresh each
 * run is checked too, in `fuzz-fresh-seed.test.ts`.
 */
import {expect, test} from 'vitest';
import {resolveFuzzSeed} from '../../fuzz/inputs';
import {checkSlice} from '../../fuzz/slice';

const COUNT = Number(process.env.FUZZ_TEST_COUNT ?? 5000);
const SEED = resolveFuzzSeed(process.env.FUZZ_SEED);

test(`fuzz inputs 1, 3, … below ${COUNT}: nothing throws, no word is lost (seed ${SEED})`, () => {
  const result = checkSlice(SEED, COUNT, 1, 2);
  console.log(`fuzz half 2: ${result.checked} inputs, slowest ${result.slowest.toFixed(1)} ms per 10 KB (reported, not asserted)`);
  expect(result.failures).toEqual([]);
}, 600_000);
