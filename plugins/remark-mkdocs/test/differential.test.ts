/**
 * Differential test: the plugin (target 'html') against Python-Markdown with
 * MkDocs' extensions, compared on box structure (see box-structure.ts).
 *
 * Documents: the fixtures, the probe cases from the research notes
 * (test/data/mkdocs-cases), generated documents (seeded; `DIFF_SEED=<n>` or
 * `DIFF_SEED=random`, `DIFF_COUNT=<n>`) and the lessons of the corpus
 * (test/data/corpus; compared loosely: see looseBoxStructure).
 * Mojibake repair is off (Python-Markdown keeps text as written); a fixture's
 * options.json applies on top.
 *
 * differential-deviations.json maps a document name (fixture folder name,
 * probe name, `generated-<i>`, `<lesson>/<file>.md`) or a category key (`@…`,
 * see CATEGORIES) to the reason the disagreement is intended.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import remarkMkdocs, {type Options} from '../index';
import {type Box, type BoxStructure, diffBoxStructures, extractBoxStructure, looseBoxStructure} from './box-structure';
import {generateDocuments, resolveSeed} from './generate-documents';
import {oracleAvailable, renderWithPythonMarkdown} from './oracle/oracle';
import {CORPUS, MKDOCS_CASES} from '../../../test/data-paths';

const testDir = path.dirname(fileURLToPath(import.meta.url));
const fixturesDir = path.join(testDir, 'fixtures');

const GENERATED_COUNT = Number(process.env.DIFF_COUNT ?? 1000);
const seed = resolveSeed();

/**
 * Known kinds of disagreement, recognised on Python-Markdown's HTML. Listing the
 * key in differential-deviations.json accepts every document of that kind.
 */
const CATEGORIES = {
  '@pm-title-paragraph-quirk': {
    // `<p class="admonition-title">` holding a block element before its `</p>`.
    test: (pmHtml: string) =>
      /<p class="admonition-title">(?:(?!<\/p>)[\s\S])*?<(?:p|div|details|pre|h[1-6]|ul|ol|blockquote|table|dl|hr)[\s>]/.test(
        pmHtml,
      ),
    description:
      "Python-Markdown's admonition processor takes the title paragraph for an admonition to continue (its class " +
      "`admonition-title` contains `admonition`), so the first body block of a titled admonition, when indented 4 " +
      'more than the body, is parsed as Markdown inside the title <p> (browsers hoist it out) instead of becoming ' +
      'an indented code block',
  },
} as const;
type Category = keyof typeof CATEGORIES;

interface Document {
  id: string;
  group: 'fixture' | 'probe' | 'generated' | 'corpus';
  markdown: string;
  /** Seed of a generated document. */
  seed?: number;
  /** Name to look up in differential-deviations.json. */
  name: string;
  /** A fixture's options.json. */
  options?: Options;
  /** The oracle renders with exactly these (a fixture's `markdownExtensions`), else with render.py's set. */
  extensions?: Record<string, unknown>;
}

/**
 * The plugin's `markdownExtensions` for the oracle: a superfences custom
 * fence's `format`, a plain string for the plugin (`pymdownx.superfences.fence_code_format`),
 * is the Python function of that name there.
 */
function oracleExtensions(extensions: NonNullable<Options['markdownExtensions']>): Record<string, unknown> {
  const convert = (value: unknown, key?: string): unknown => {
    if (key === 'format' && typeof value === 'string') return {'!!python/name': value};
    if (Array.isArray(value)) return value.map((item) => convert(item));
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, convert(item, name)]));
  };
  return convert(extensions) as Record<string, unknown>;
}

const processors = new Map<string, ReturnType<typeof createProcessor>>();

function createProcessor(options: Options) {
  return unified()
    .use(remarkParse)
    .use(remarkMkdocs, {repairMojibake: false, ...options, target: 'html'})
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(rehypeRaw)
    .use(rehypeStringify)
    .freeze();
}

function renderWithPlugin(markdown: string, filePath: string, options: Options = {}): string {
  const key = JSON.stringify(options);
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = createProcessor(options)));
  return String(processor.processSync(new VFile({value: markdown, path: filePath})));
}

function loadDocuments(): Document[] {
  const documents: Document[] = [];
  if (existsSync(fixturesDir)) {
    for (const name of readdirSync(fixturesDir).sort()) {
      const input = path.join(fixturesDir, name, 'input.md');
      const optionsFile = path.join(fixturesDir, name, 'options.json');
      if (existsSync(input)) {
        const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Options) : undefined;
        documents.push({
          id: `fixture:${name}`,
          group: 'fixture',
          name,
          markdown: readFileSync(input, 'utf8'),
          options,
          extensions: options?.markdownExtensions as Record<string, unknown> | undefined,
        });
        // Snippets need their options on both sides (base_path): the oracle loads the fixture's extensions.
        const fixture = documents[documents.length - 1]!;
        if (fixture.options?.markdownExtensions?.['pymdownx.snippets'] !== undefined) fixture.extensions = fixture.options.markdownExtensions;
      }
    }
  }
  for (const file of readdirSync(MKDOCS_CASES).sort()) {
    if (/^probe-(admonition|details|md_in_html)-\d+\.md$/.test(file)) {
      const name = file.replace(/\.md$/, '');
      documents.push({id: `probe:${name}`, group: 'probe', name, markdown: readFileSync(path.join(MKDOCS_CASES, file), 'utf8')});
    }
  }
  for (const doc of generateDocuments(GENERATED_COUNT, seed)) {
    documents.push({id: doc.id, group: 'generated', name: doc.id, seed: doc.seed, markdown: doc.markdown});
  }
  for (const lesson of readdirSync(CORPUS, {withFileTypes: true})) {
    if (!lesson.isDirectory()) continue;
    for (const file of readdirSync(path.join(CORPUS, lesson.name)).sort()) {
      if (!file.endsWith('.md')) continue;
      const name = `${lesson.name}/${file}`;
      documents.push({
        id: `corpus:${name}`,
        group: 'corpus',
        name,
        markdown: readFileSync(path.join(CORPUS, lesson.name, file), 'utf8'),
      });
    }
  }
  return documents;
}

function loadDeviations(): Record<string, string> {
  const deviations = JSON.parse(readFileSync(path.join(testDir, 'differential-deviations.json'), 'utf8')) as unknown;
  if (typeof deviations !== 'object' || deviations === null || Array.isArray(deviations)) {
    throw new Error('differential-deviations.json must be an object mapping a document name to the reason');
  }
  for (const [name, reason] of Object.entries(deviations)) {
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new Error(`differential-deviations.json: "${name}" needs a reason (a non-empty string)`);
    }
  }
  return deviations as Record<string, string>;
}

interface Disagreement {
  doc: Document;
  diff: string;
  category?: Category;
}

function describeDisagreement({doc, diff, category}: Disagreement): string {
  const origin = doc.seed === undefined ? '' : ` (document seed ${doc.seed}: generateDocument(${doc.seed}))`;
  const source = doc.markdown.length > 1500 ? `${doc.markdown.slice(0, 1500)}…` : doc.markdown;
  return [
    `✗ ${doc.id}${origin}${category ? ` [${category}]` : ''}`,
    `  markdown: ${JSON.stringify(source)}`,
    '  box structure (- Python-Markdown, + remark-mkdocs):',
    diff.replace(/^/gm, '    '),
  ].join('\n');
}

function walk(boxes: readonly Box[], visit: (box: Box, depth: number) => void, depth = 0): void {
  for (const box of boxes) {
    visit(box, depth);
    walk(box.children, visit, depth + 1);
  }
}

describe('remark-mkdocs agrees with Python-Markdown on boxes', () => {
  const status = oracleAvailable();

  test('the Python-Markdown oracle is installed', () => {
    // Never skip: without the oracle the differential test proves nothing.
    expect(status.available, status.available ? '' : status.reason).toBe(true);
  });

  test.runIf(status.available)('fixtures, probes, generated documents and the corpus', () => {
    const documents = loadDocuments();
    const deviations = loadDeviations();
    const started = performance.now();
    // A fixture written for a workshop's own extension list is rendered by the oracle with that list too.
    const expectedHtml = renderWithPythonMarkdown(
      documents.map((doc) => (doc.options?.markdownExtensions ? {...doc, extensions: oracleExtensions(doc.options.markdownExtensions)} : doc)),
    );
    const oracleMs = performance.now() - started;

    const disagreements: Disagreement[] = [];
    const listedDisagreeing: string[] = [];
    const categoryCounts = new Map<Category, number>();
    const listedAgreeing: string[] = [];
    const oracleStructures = new Map<string, BoxStructure>();
    let agree = 0;
    for (const doc of documents) {
      const pmHtml = expectedHtml.get(doc.id)!;
      const expected = extractBoxStructure(pmHtml);
      oracleStructures.set(doc.id, expected);
      let diff: string;
      try {
        const actual = extractBoxStructure(renderWithPlugin(doc.markdown, `${doc.id}.md`, doc.options));
        diff =
          doc.group === 'corpus'
            ? diffBoxStructures(looseBoxStructure(expected), looseBoxStructure(actual))
            : diffBoxStructures(expected, actual);
      } catch (error) {
        diff = `remark-mkdocs threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      }
      const listed = Object.hasOwn(deviations, doc.name);
      const category = (Object.keys(CATEGORIES) as Category[]).find((key) => CATEGORIES[key].test(pmHtml));
      if (diff === '') {
        agree++;
        if (listed) listedAgreeing.push(doc.name);
      } else if (listed || (category !== undefined && Object.hasOwn(deviations, category))) {
        listedDisagreeing.push(doc.name);
      } else {
        disagreements.push({doc, diff, category});
      }
      if (diff !== '' && category !== undefined) categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    }

    const count = (group: Document['group']): number => documents.filter((doc) => doc.group === group).length;
    console.info(
      `differential: ${documents.length} documents (${count('fixture')} fixtures, ${count('probe')} probes, ` +
        `${count('generated')} generated with DIFF_SEED=${seed}, ${count('corpus')} corpus lessons): ` +
        `${agree} agree, ${disagreements.length} disagree, ${listedDisagreeing.length} listed deviations` +
        [...categoryCounts].map(([key, n]) => ` (${n} of the disagreements are ${key})`).join('') +
        (listedAgreeing.length > 0 ? `, listed but agreeing now: ${listedAgreeing.join(', ')}` : '') +
        `; oracle ${Math.round(oracleMs)} ms, total ${Math.round(performance.now() - started)} ms`,
    );

    const unknownListed = Object.keys(deviations).filter(
      (name) => !(name in CATEGORIES) && !documents.some((doc) => doc.name === name),
    );
    expect(unknownListed, 'differential-deviations.json lists documents that do not exist').toEqual([]);

    // The generator must keep producing the hard cases, or agreement means little.
    const generated = documents.filter((doc) => doc.group === 'generated');
    const stats = {boxes: 0, details: 0, open: 0, untitled: 0, depth4: 0, docsWithBoxes: 0, elements: 0, inlineElements: 0, nestedElements: 0};
    for (const doc of generated) {
      const structure = oracleStructures.get(doc.id)!;
      if (structure.boxes.length > 0) stats.docsWithBoxes++;
      for (const element of structure.elements) {
        stats.elements++;
        if (element.children.length > 0 && !element.children.includes('block')) stats.inlineElements++;
        if (element.depth > 0) stats.nestedElements++;
      }
      walk(structure.boxes, (box, depth) => {
        stats.boxes++;
        if (box.kind === 'details') stats.details++;
        if (box.open) stats.open++;
        if (box.title === null) stats.untitled++;
        if (depth >= 3) stats.depth4++;
      });
    }
    if (GENERATED_COUNT >= 600) {
      expect(stats.docsWithBoxes).toBeGreaterThan(generated.length * 0.8);
      expect(stats.details).toBeGreaterThan(300);
      expect(stats.open).toBeGreaterThan(100);
      expect(stats.untitled).toBeGreaterThan(50);
      expect(stats.depth4).toBeGreaterThan(50);
      // md_in_html: `<div markdown>` and friends, block and span mode, nested.
      expect(stats.elements).toBeGreaterThan(100);
      expect(stats.inlineElements).toBeGreaterThan(20);
      expect(stats.nestedElements).toBeGreaterThan(10);
    }

    if (disagreements.length > 0) {
      // Plain disagreements first; each category after them, with what it means.
      const plain = disagreements.filter((d) => d.category === undefined);
      const sections = [plain.map(describeDisagreement).join('\n\n')];
      for (const key of Object.keys(CATEGORIES) as Category[]) {
        const ofKind = disagreements.filter((d) => d.category === key);
        if (ofKind.length === 0) continue;
        sections.push(
          `── ${ofKind.length} disagreement(s) of kind ${key}: ${CATEGORIES[key].description}. ` +
            `List "${key}" in differential-deviations.json if this is intended.\n\n` +
            ofKind.map(describeDisagreement).join('\n\n'),
        );
      }
      const report = sections.filter(Boolean).join('\n\n');
      expect.fail(
        `${disagreements.length} of ${documents.length} documents disagree with Python-Markdown ` +
          `(DIFF_SEED=${seed}; intended deviations go in differential-deviations.json with a reason):\n\n${report}`,
      );
    }
  });
});
