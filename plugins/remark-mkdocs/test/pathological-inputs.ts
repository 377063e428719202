/**
 * Pathological lessons, shared by the unit tests (nothing throws, overflows or
 * disappears; a limit hit is reported) and the benchmark (`bench/pathological.ts`:
 * twice the input must cost at most 2.3× the time). Each builder takes a
 * scale; the benchmark compares `build(2 * scale)` with `build(scale)`, and
 * every builder grows its text linearly with the scale.
 */

export interface PathologicalCase {
  name: string;
  /** The scale the unit test uses (the sizes of the issue). */
  testScale: number;
  /** A smaller scale for the benchmark's 1× input, so a round takes about a second. */
  benchScale: number;
  build: (scale: number) => string;
}

/**
 * `depth` boxes, each inside the one before, each level indented 4 more: the
 * text grows with the square of the depth, so the builders take a size-like
 * scale and nest `sqrt(scale)` deep.
 */
function nest(header: string, depth: number): string {
  const lines: string[] = [];
  for (let level = 0; level < depth; level++) lines.push(`${' '.repeat(4 * level)}${header}`);
  lines.push(`${' '.repeat(4 * depth)}deepest words here`);
  return `${lines.join('\n')}\n`;
}

const OUTPUT_HEADER = 'NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE';

export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  {
    // Scale = depth²: 5,000 deep is 50 MB of indentation, too big for a unit test (see the README); 1,000 deep is 2 MB.
    name: 'nested boxes (each level indented 4 more)',
    testScale: 1000 ** 2,
    benchScale: 160 ** 2,
    build: (scale) => nest('!!! note "Level"', Math.round(Math.sqrt(scale))),
  },
  {
    name: 'nested tabs',
    testScale: 1000 ** 2,
    benchScale: 160 ** 2,
    build: (scale) => nest('=== "Tab"', Math.round(Math.sqrt(scale))),
  },
  {
    name: 'one 1 MB line',
    testScale: 1_000_000,
    benchScale: 100_000,
    // No emphasis: micromark's own attention resolver splices per delimiter run (quadratic on one huge paragraph, plain remark-parse too).
    build: (scale) => `${'lorem ipsum :tada: `code` dolor '.repeat(Math.ceil(scale / 32)).slice(0, scale)}\n`,
  },
  {
    name: '`!!!` lines',
    testScale: 100_000,
    benchScale: 20_000,
    build: (scale) => '!!!\n'.repeat(scale),
  },
  {
    // Each list item holds a fence that the item's end closes; every 100th is a box instead.
    name: 'unclosed fences',
    testScale: 100_000,
    benchScale: 20_000,
    build: (scale) => Array.from({length: scale}, (_, i) => (i % 100 ? '- ```\n' : '!!! note\n    ```\n\n')).join(''),
  },
  {
    name: 'unclosed fence at the start of a large lesson',
    testScale: 20_000,
    benchScale: 10_000,
    build: (scale) => `\`\`\`\n${'!!! note "Title"\n    Body text with *emphasis* and :tada:.\n\n'.repeat(scale)}`,
  },
  {
    name: 'output table in a bash fence (rows)',
    testScale: 10_000,
    benchScale: 5_000,
    build: (scale) => {
      const rows = Array.from({length: scale}, (_, i) => `web-${String(i).padEnd(20)}1/1     Running   0          ${String(i % 60).padEnd(6)}10.0.0.${i % 250}`.padEnd(72) + 'node-1');
      return `\`\`\`bash\n${OUTPUT_HEADER}\n${rows.join('\n')}\n\`\`\`\n`;
    },
  },
  {
    name: 'abbreviation definitions',
    testScale: 100_000,
    benchScale: 10_000,
    build: (scale) => {
      const definitions = Array.from({length: scale}, (_, i) => `*[T${i}]: Term number ${i}`);
      const uses = Array.from({length: Math.ceil(scale / 100)}, (_, i) => `Uses T${i * 100} and T${i * 100 + 1}.`);
      return `${uses.join('\n\n')}\n\n${definitions.join('\n')}\n`;
    },
  },
  {
    name: 'attribute lists `{ .x }`',
    testScale: 100_000,
    benchScale: 10_000,
    build: (scale) => Array.from({length: scale}, (_, i) => (i % 10 ? `Paragraph ${i}\n{ .x }\n` : `Link [to](u.md){ .x #id${i} }\n`)).join('\n'),
  },
];
