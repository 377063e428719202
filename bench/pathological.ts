/**
 * The pathological inputs of `plugins/remark-mkdocs/test/pathological-inputs.ts`
 * at 1× and 2× their size, measured side by side (interleaved rounds after a
 * warm-up, medians): one line per case, `time(2×) / time(1×)`, which is 2 for
 * a linear parser. A report, like the rest of the benchmark: a miss prints
 * MISSED and the exit code stays 0.
 */
import {performance} from 'node:perf_hooks';
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs from '../plugins/remark-mkdocs';
import {PATHOLOGICAL_CASES} from '../plugins/remark-mkdocs/test/pathological-inputs';

const TARGET = 2.3;

/** What a frozen processor offers, whatever its plugins' types. */
interface Parser {
  parse(file: VFile): Root;
  runSync(tree: Root, file: VFile): unknown;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function benchPathological(rounds: number): Promise<void> {
  const mkdocs = unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus'}).freeze();
  const plain = unified().use(remarkParse).freeze();
  const time = (processor: Parser, text: string): number => {
    (globalThis as {gc?: () => void}).gc?.();
    const file = new VFile({path: 'bench/pathological.md', value: text});
    const start = performance.now();
    processor.runSync(processor.parse(file), file);
    return performance.now() - start;
  };
  console.log(
    `pathological inputs: time(2× input) / time(1× input), ${rounds} interleaved rounds, medians; ` +
      'plain remark-parse on the same inputs is the floor (micromark itself)',
  );
  // BENCH_ONLY=<text>: only the cases whose name contains it (one case takes 10–60 s).
  const only = process.env.BENCH_ONLY;
  for (const testCase of PATHOLOGICAL_CASES.filter((c) => !only || c.name.includes(only))) {
    const inputs = [testCase.build(testCase.benchScale), testCase.build(2 * testCase.benchScale)];
    // [mkdocs 1×, mkdocs 2×, plain 1×, plain 2×]
    const runs = [
      () => time(mkdocs, inputs[0]),
      () => time(mkdocs, inputs[1]),
      () => time(plain, inputs[0]),
      () => time(plain, inputs[1]),
    ];
    const samples: number[][] = runs.map(() => []);
    for (const run of runs) run(); // warm-up
    for (let round = 0; round < rounds; round++) {
      // Rotate the order, so drift in the machine's load hits every run alike.
      for (let k = 0; k < runs.length; k++) {
        const which = (round + k) % runs.length;
        samples[which].push(runs[which]());
      }
    }
    const [one, two, plainOne, plainTwo] = samples.map(median);
    const ratio = two / one;
    const floor = plainTwo / plainOne;
    const upstream = ratio > TARGET && floor > TARGET ? ' (plain remark-parse misses it too: micromark)' : '';
    const detail = `${(inputs[0].length / 1024).toFixed(0)} → ${(inputs[1].length / 1024).toFixed(0)} KB, ${one.toFixed(0)} → ${two.toFixed(0)} ms; plain remark-parse ${floor.toFixed(2)}×`;
    console.log(`${testCase.name}: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×)${ratio <= TARGET ? '' : `  MISSED${upstream}`}  [${detail}]`);
  }
}

if (process.argv[1]?.endsWith('pathological.ts')) {
  benchPathological(Number(process.env.BENCH_ROUNDS ?? 5)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
