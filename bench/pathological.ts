/**
 * The pathological inputs of `plugins/remark-mkdocs/test/pathological-inputs.ts`
 * (with the plugin's default extensions), and those of the grammars of
 * Material's extension set below (`EXTENSION_CASES`, with
 * `MATERIAL_MARKDOWN_EXTENSIONS`, as the site runs), at 1× and 2× their size,
 * measured side by side (interleaved rounds after a warm-up, medians): one
 * line per case, `time(2×) / time(1×)`, which is 2 for a linear parser. A
 * report, like the rest of the benchmark: a miss prints MISSED and the exit
 * code stays 0.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import type {Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs from '../plugins/remark-mkdocs';
import {MATERIAL_MARKDOWN_EXTENSIONS, type MarkdownExtensionsOption} from '../plugins/remark-mkdocs/lib/markdown-extensions';
import {PATHOLOGICAL_CASES, type PathologicalCase} from '../plugins/remark-mkdocs/test/pathological-inputs';

const TARGET = 2.3;

/** A case of a Material extension's grammar; `files`: the include files its text names (pymdownx.snippets), name → text. */
interface ExtensionCase extends Omit<PathologicalCase, 'testScale'> {
  files?: (scale: number) => Record<string, string>;
}

/** One paragraph of `count` copies of `unit` (units end with a space), wrapped every 20 units (a lesson's lines). */
function paragraph(unit: string, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += i % 20 === 19 ? `${unit.trimEnd()}\n` : unit;
  return `${text.trimEnd()}\n`;
}

/**
 * Definitions inside definitions (def_list), each level indented 4 more, so
 * the text grows with the square of the depth (as the nested boxes of
 * `pathological-inputs.ts`): the scale is size-like and the depth its root.
 */
function nestedDefinitions(depth: number): string {
  const lines = ['Term'];
  for (let level = 0; level < depth; level++) lines.push(`${' '.repeat(4 * level)}:   Term at level ${level + 1}`);
  lines.push(`${' '.repeat(4 * depth)}deepest words here`);
  return `${lines.join('\n')}\n`;
}

/**
 * Hostile text for the grammars of Material's extension set: openers that
 * never close in one long paragraph (each construct must not scan to the end
 * of the paragraph for every opener), long marker runs, deep nesting, long
 * lists of what the transforms number or group.
 */
export const EXTENSION_CASES: readonly ExtensionCase[] = [
  {name: 'unclosed `==` (pymdownx.mark)', benchScale: 5_000, build: (scale) => paragraph('==mark ', scale)},
  {name: 'unclosed `^^` and `^` (pymdownx.caret)', benchScale: 2_500, build: (scale) => paragraph('^^insert ^sup ', scale)},
  {name: 'unclosed `~~` and `~` (pymdownx.tilde)', benchScale: 2_500, build: (scale) => paragraph('~~delete ~sub ', scale)},
  {name: 'unclosed `++` (pymdownx.keys)', benchScale: 5_000, build: (scale) => paragraph('++ctrl+alt ', scale)},
  {
    name: 'unclosed critic marks `{++` `{--` `{~~` `{==` `{>>`',
    benchScale: 1_000,
    build: (scale) => paragraph('{++ add {-- delete {~~ old~>new {== mark {>> comment ', scale),
  },
  {name: 'unclosed `$` and `\\(` (pymdownx.arithmatex)', benchScale: 2_000, build: (scale) => paragraph('costs $5 in $HOME \\( x ', scale)},
  {
    // One run of each marker, as long as the scale, in one paragraph.
    name: 'long runs of `=` `^` `~` `+` `$` `{`',
    benchScale: 20_000,
    build: (scale) => ['=', '^', '~', '+', '$', '{'].map((marker) => `a ${marker.repeat(scale)} b`).join(' ') + '\n',
  },
  {
    // A chain of includes, each file including the next: `scale` files deep.
    name: 'nested snippets (a chain of includes)',
    benchScale: 500,
    build: (scale) => `# Chain\n\n--8<-- "chain-${scale}-0.md"\n`,
    files: (scale) =>
      Object.fromEntries(
        Array.from({length: scale}, (_, i) => [`chain-${scale}-${i}.md`, `Line ${i} of the chain.\n${i + 1 < scale ? `\n--8<-- "chain-${scale}-${i + 1}.md"\n` : ''}`]),
      ),
  },
  {
    name: 'include lines (snippets)',
    benchScale: 1_000,
    build: (scale) => Array.from({length: scale}, (_, i) => `Step ${i}:\n\n--8<-- "step.md"\n`).join('\n'),
    files: () => ({'step.md': 'Run `kubectl get pods`.\n\n--8<-- "note.md"\n', 'note.md': 'It lists the pods.\n'}),
  },
  {name: 'nested definitions (def_list, each level indented 4 more)', benchScale: 100 ** 2, build: (scale) => nestedDefinitions(Math.round(Math.sqrt(scale)))},
  {
    name: 'definition list entries (def_list)',
    benchScale: 1_000,
    build: (scale) => Array.from({length: scale}, (_, i) => `Term ${i}\n:   Definition ${i}.\n:   Another one.\n`).join('\n'),
  },
  {
    name: 'footnotes (references and definitions)',
    benchScale: 1_000,
    build: (scale) => {
      const calls = Array.from({length: scale}, (_, i) => `Sentence ${i} with a note.[^n${i}]`);
      const notes = Array.from({length: scale}, (_, i) => `[^n${i}]: Note ${i}.`);
      return `${calls.join('\n\n')}\n\n${notes.join('\n\n')}\n`;
    },
  },
];

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
  // The include files of the snippets cases, in a base path of their own.
  const includes = mkdtempSync(path.join(os.tmpdir(), 'lessonsaurus-bench-pathological-'));
  try {
    await benchCases(rounds, includes);
  } finally {
    rmSync(includes, {recursive: true, force: true});
  }
}

async function benchCases(rounds: number, includes: string): Promise<void> {
  const defaults = unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus'}).freeze();
  const material: MarkdownExtensionsOption = {...MATERIAL_MARKDOWN_EXTENSIONS, 'pymdownx.snippets': {base_path: [includes], check_paths: true}};
  // Material's set needs remark-gfm's footnotes and task lists, which Docusaurus always loads.
  const withMaterial = unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus', markdownExtensions: material}).use(remarkGfm).freeze();
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
  const cases: Array<{testCase: ExtensionCase; mkdocs: Parser}> = [
    ...PATHOLOGICAL_CASES.map((testCase) => ({testCase, mkdocs: defaults as Parser})),
    ...EXTENSION_CASES.map((testCase) => ({testCase, mkdocs: withMaterial as Parser})),
  ];
  for (const {testCase, mkdocs} of cases.filter(({testCase: c}) => !only || c.name.includes(only))) {
    const scales = [testCase.benchScale, 2 * testCase.benchScale];
    for (const scale of scales) for (const [name, text] of Object.entries(testCase.files?.(scale) ?? {})) writeFileSync(path.join(includes, name), text);
    const inputs = scales.map((scale) => testCase.build(scale));
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
