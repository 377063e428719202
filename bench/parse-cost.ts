/**
 * What parsing a lesson costs, alone: every corpus lesson (test/data/corpus)
 * through `parse` of the processor Docusaurus builds for a `.md` page —
 * remark-parse with the micromark and mdast extensions of remark-mkdocs (the
 * site's `markdown_extensions`: Material's set; `--8<--` already expanded, as
 * by the site's preprocessor), remark-frontmatter, remark-directive,
 * remark-gfm and remark-comment, in Docusaurus's order — against the same
 * without remark-mkdocs (the stock pipeline). No transform runs. CPU time per
 * lesson of `rounds` rounds of `passes` passes after a warm-up pass,
 * alternating. A diagnostic for the parse share of `npm run bench:markdown`;
 * run one side in a process of its own with `node --cpu-prof` to see where
 * the time goes (`--only ours`).
 *
 *   npm run bench:parse [-- rounds=5 passes=15 [--only ours|stock]]
 */
import path from 'node:path';
import type {Root} from 'mdast';
import type {Pluggable, Processor} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs, {MATERIAL_MARKDOWN_EXTENSIONS} from '../plugins/remark-mkdocs';
import {corpusLessons, CORPUS} from './site/stack-cost';

type Side = 'ours' | 'stock';

/**
 * Docusaurus's mdx-loader (CommonJS) loads remark-parse and its micromark with `import()`, as native ES modules,
 * while the site's plugins (TypeScript, compiled to CommonJS) `require` the micromark helpers they use: the same
 * here (a `require` of micromark itself would run a CommonJS transform of it, slower for both sides).
 */
// A real `import()`, not one the TypeScript transform turns into `require`.
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Record<string, unknown>>;

interface StockPlugins {
  unified: () => Processor;
  plugins: Pluggable[];
}

async function stockPlugins(): Promise<StockPlugins> {
  const {unified} = (await nativeImport('unified')) as {unified: () => Processor};
  const names = ['remark-parse', 'remark-frontmatter', 'remark-directive', 'remark-gfm', '@slorber/remark-comment'];
  const plugins = await Promise.all(names.map(async (name) => (await nativeImport(name)).default as Pluggable));
  return {unified, plugins};
}

function processor(side: Side, {unified, plugins: [parse, ...after]}: StockPlugins): Processor<Root> {
  // Docusaurus puts the site's beforeDefaultRemarkPlugins (remark-mkdocs) first: its syntax is tried first.
  const ours: Pluggable[] = side === 'ours' ? [[remarkMkdocs, {markdownExtensions: MATERIAL_MARKDOWN_EXTENSIONS, expandedSnippets: () => undefined}]] : [];
  return unified().use([parse!, ...ours, ...after]) as unknown as Processor<Root>;
}

function cpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const numbers = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
  const rounds = numbers[0] ?? 5;
  const passes = numbers[1] ?? 15;
  const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] as Side) : undefined;
  const sides: Side[] = only ? [only] : ['ours', 'stock'];
  const stock = await stockPlugins();
  const lessons = corpusLessons().map((lesson) => ({path: path.join(CORPUS, lesson.relative), value: lesson.text}));
  const processors = new Map(sides.map((side) => [side, processor(side, stock)]));
  const pass = (side: Side): void => {
    const parser = processors.get(side)!;
    for (const lesson of lessons) parser.parse(new VFile(lesson));
  };
  for (const side of sides) pass(side);
  const totals = new Map<Side, number[]>(sides.map((side) => [side, []]));
  for (let round = 0; round < rounds; round++) {
    for (const side of sides) {
      const start = cpuMs();
      for (let index = 0; index < passes; index++) pass(side);
      totals.get(side)!.push((cpuMs() - start) / (passes * lessons.length));
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const side of sides) {
    const values = totals.get(side)!;
    console.log(`${side}: ${median(values).toFixed(2)} ms/lesson CPU (median of ${rounds} rounds of ${passes}×${lessons.length} lessons; ${values.map((value) => value.toFixed(2)).join(', ')})`);
  }
  if (sides.length === 2) console.log(`ratio: ${(median(totals.get('ours')!) / median(totals.get('stock')!)).toFixed(2)}×`);
}

void main();
