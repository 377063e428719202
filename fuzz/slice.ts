/**
 * A slice of the fuzzer's inputs for vitest: inputs `slice`, `slice + slices`, …
 * below `count`, checked like `npm run fuzz` checks them. Throws and lost words
 * fail the test; the time per 10 KB is reported, not asserted (a unit test
 * on a shared machine is no place for timing: `npm run fuzz` and `npm run
 * bench` measure it).
 */
import {checkInput} from './check';
import {fuzzInput} from './inputs';
import {visibleJson} from './report';

export interface SliceResult {
  checked: number;
  failures: string[];
  slowest: number;
}

export function checkSlice(seed: number, count: number, slice: number, slices: number): SliceResult {
  const failures: string[] = [];
  let checked = 0;
  let slowest = 0;
  for (let index = slice; index < count; index += slices) {
    const input = fuzzInput(seed, index);
    const result = checkInput(input);
    checked++;
    slowest = Math.max(slowest, result.msPer10KB);
    for (const problem of [...result.throws, ...result.lost]) {
      failures.push(`input ${index} (FUZZ_SEED=${seed}): ${problem.split('\n')[0]}\n  ${visibleJson(input).slice(0, 400)}`);
    }
  }
  return {checked, failures, slowest};
}
