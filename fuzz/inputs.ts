/**
 * The fuzzer's inputs: input `i` of seed `s` is a pure function of `(s, i)`,
 * so a failure is reproduced by its seed and index alone, and the vitest
 * test can run the same inputs as `npm run fuzz`.
 */
import {Random} from '../plugins/remark-mkdocs/test/generate-documents';
import {generateMarkdown} from './grammar';
import {mutate, randomText} from './noise';

export const DEFAULT_FUZZ_SEED = 20_251_125;

/** A seed from `FUZZ_SEED` (an integer, or `random`), else the default. */
export function resolveFuzzSeed(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_FUZZ_SEED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 32) >>> 0;
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new Error(`FUZZ_SEED must be an integer in [0, 2^32) or "random", got ${JSON.stringify(value)}`);
  }
  return seed;
}

/** A 32-bit mix of the base seed and the index (murmur3's finaliser): neighbouring indices get unrelated streams. */
export function inputSeed(baseSeed: number, index: number): number {
  let h = Math.imul((baseSeed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

export function fuzzInput(baseSeed: number, index: number): string {
  const rng = new Random(inputSeed(baseSeed, index));
  return rng.weighted<() => string>([
    // Grammar documents, clean.
    [35, () => generateMarkdown(rng, {maxDepth: rng.int(1, 3), blocks: rng.int(1, 5)})],
    // Grammar documents with hostile bytes and layout damage.
    [50, () => mutate(rng, generateMarkdown(rng, {maxDepth: rng.int(1, 4), blocks: rng.int(1, 5)}), rng.int(1, 6))],
    // Deep nesting: many levels of the same constructs.
    [5, () => mutate(rng, generateMarkdown(rng, {maxDepth: rng.int(6, 12), blocks: rng.int(1, 2)}), rng.int(0, 2))],
    // Larger documents (about 5–25 KB), for the time per 10 KB.
    [0.5, () => generateMarkdown(rng, {maxDepth: 3, blocks: rng.int(30, 120)})],
    // Nothing but random code units.
    [8, () => randomText(rng, 200)],
  ])();
}
