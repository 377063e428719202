/**
 * One input through the plugin, both targets, with the fuzzer's three checks:
 * nothing throws, the time per 10 KB stays under budget, no word is lost.
 *
 * The timed part is what the plugin costs a build: `remark-parse` + the plugin
 * (parse and transforms). The word check then renders the result the way the
 * tests do: MkDocs' HTML through remark-rehype + rehype-raw for `html`, the
 * finished mdast (JSX elements and their props) for `docusaurus`, which is also
 * printed as MDX (the test pipeline's `toMarkdown`) so a tree that cannot be
 * serialised throws.
 */
import type {Nodes as HastNodes} from 'hast';
import type {Root} from 'mdast';
import {mdxJsxToMarkdown} from 'mdast-util-mdx-jsx';
import {toMarkdown} from 'mdast-util-to-markdown';
import {performance} from 'node:perf_hooks';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import {declineUnclosedFences, remarkClosedFences} from '../plugins/remark-mkdocs/lib/fence/closed-fence';
import remarkRehype from 'remark-rehype';
import {unified, type Data} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs, {mkdocsAbbreviationToMarkdown} from '../plugins/remark-mkdocs';
import {mkdocsTableToMarkdown} from '../plugins/remark-mkdocs/lib/tables/to-markdown';
import {hastWordCounts, joinedWordCounts, missingWords, treeWordCounts, type WordCounts} from '../plugins/remark-mkdocs/test/words';
import {abbreviationDefinitionWords, isExemptWord, messageWords, wordCheckInput} from './word-check';
import {fragmentParser} from '../plugins/remark-mkdocs/lib/mdast-util/fragment-parser';
import {mayHaveWideListMarkers, nestIndentedBlocksInLists} from '../plugins/remark-mkdocs/lib/lists/indented-blocks';

export type Target = 'docusaurus' | 'html';
export const TARGETS: readonly Target[] = ['docusaurus', 'html'];

/** The budget: 50 ms per 10 KB of input; smaller inputs get the budget of 10 KB. */
export const BUDGET_MS_PER_10KB = 50;

export interface CheckResult {
  /** UTF-16 code units (what the parser walks). */
  size: number;
  /** The slowest target's parse + transforms, per 10 KB (inputs under 10 KB count as 10 KB). */
  msPer10KB: number;
  /** `target: message` of every throw. */
  throws: string[];
  /** `target: word ×n` of every lost word. */
  lost: string[];
}

/** `repairMojibake: false` in the word runs: a repair changes words on purpose (`âœ…` → `✅`). */
const mkdocs = {
  docusaurus: unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus', repairMojibake: false}).freeze(),
  html: unified().use(remarkParse).use(remarkMkdocs, {target: 'html', repairMojibake: false}).freeze(),
};
const repairing = {
  docusaurus: unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus'}).freeze(),
  html: unified().use(remarkParse).use(remarkMkdocs, {target: 'html'}).freeze(),
};
// Plain CommonMark with Python-Markdown's fences (an unclosed one is text, and what follows it Markdown), as the plugin
// reads them: the words of such a fence's lines are then compared where both show them.
const plain = unified().use(remarkParse).use(remarkClosedFences).freeze();
const toHast = unified().use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).freeze();

/** The characters the mojibake repair starts on (see `may-contain.ts`); without them the repairing run is the same run. */
const MOJIBAKE_START = /[\u00c2-\u00f4]/;

interface Run {
  tree: Root;
  file: VFile;
  ms: number;
  /** Words of the abbreviation definitions, read before the transforms remove them. */
  definitions: WordCounts;
}

/** What a frozen processor offers, whatever its plugins' types. */
interface Pipeline {
  parse(file: VFile): Root;
  runSync(tree: Root, file: VFile): unknown;
}

function run(processor: Pipeline, markdown: string): Run {
  const file = new VFile({value: markdown, path: 'fuzz.md'});
  const start = performance.now();
  const parsed = processor.parse(file);
  const parsedAt = performance.now();
  // The check's own bookkeeping, not the plugin's cost: outside the timing. Definitions inside a block indented under a
  // list are found once the plugin nests that block in the list (lists/indented-blocks.ts), as the page reads it.
  const definitions = abbreviationDefinitionWords(parsed);
  const data = (processor as unknown as {data(): Data}).data();
  // And once unclosed fences are text again (fence/closed-fence.ts): the page read again has the definitions their
  // lines hold.
  const reread = declineUnclosedFences(parsed, new VFile({value: markdown}), markdown, fragmentParser(data));
  if (reread !== parsed) {
    for (const [word, count] of abbreviationDefinitionWords(reread)) definitions.set(word, Math.max(definitions.get(word) ?? 0, count));
  }
  if (mayHaveWideListMarkers(markdown)) {
    const nested = structuredClone(parsed);
    nestIndentedBlocksInLists(nested, new VFile({value: markdown}), fragmentParser(data));
    for (const [word, count] of abbreviationDefinitionWords(nested)) definitions.set(word, Math.max(definitions.get(word) ?? 0, count));
  }
  const transformStart = performance.now();
  const tree = processor.runSync(parsed, file) as Root;
  return {tree, file, ms: parsedAt - start + (performance.now() - transformStart), definitions};
}

/** The pipelines a check times for this input: both targets, and the repairing runs when a repair could start. */
function timedPipelines(markdown: string): Pipeline[] {
  const pipelines: Pipeline[] = [mkdocs.docusaurus, mkdocs.html];
  if (MOJIBAKE_START.test(markdown)) pipelines.push(repairing.docusaurus, repairing.html);
  return pipelines;
}

/**
 * The plugin's own time for an input, per 10 KB: each pipeline run `runs`
 * times back to back, its fastest run kept, the slowest pipeline reported.
 * `checkInput` times one run each, between word checks that allocate several
 * times what the plugin does, so its figure also carries collecting the
 * check's garbage and whatever else the machine did in those milliseconds;
 * an input over budget there is timed again with this (the minimum of
 * repeated runs is the cost of the code itself: what is above it is
 * interference, as Python's `timeit` documents).
 */
export function timeInput(markdown: string, runs: number): number {
  let slowest = 0;
  for (const pipeline of timedPipelines(markdown)) {
    let best = Number.POSITIVE_INFINITY;
    for (let n = 0; n < runs; n++) best = Math.min(best, run(pipeline, markdown).ms);
    slowest = Math.max(slowest, best);
  }
  return per10KB(slowest, markdown.length);
}

/** Per 10 KB, with a floor of 10 KB: a fixed cost on a tiny input is no slowness. */
export function per10KB(ms: number, size: number): number {
  return ms / Math.max(1, size / 10_240);
}

export interface CheckOptions {
  /** Check words too (the costly part); default true. */
  words?: boolean;
}

export function checkInput(markdown: string, options: CheckOptions = {}): CheckResult {
  const throws: string[] = [];
  const lost: string[] = [];
  let slowest = 0;
  const checked = wordCheckInput(markdown);
  const plainWords = options.words === false ? undefined : plainWordCounts(checked);
  if (plainWords) for (const word of plainWords.keys()) if (isExemptWord(word)) plainWords.delete(word);

  for (const target of TARGETS) {
    try {
      const timed = run(mkdocs[target], markdown);
      slowest = Math.max(slowest, timed.ms);
      if (MOJIBAKE_START.test(markdown)) slowest = Math.max(slowest, run(repairing[target], markdown).ms);
      // The word run reuses the timed run when the check's input is the same text.
      if (!plainWords) {
        serialize(target, timed.tree);
        continue;
      }
      const words = checked === markdown ? timed : run(mkdocs[target], checked);
      const {rendered, joined} = render(target, words);
      messageWords(words.file.messages, rendered);
      for (const [word, count] of words.definitions) rendered.set(word, (rendered.get(word) ?? 0) + count);
      for (const missing of missingWords(plainWords, rendered, joined)) lost.push(`${target}: ${missing}`);
    } catch (error) {
      throws.push(`${target}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return {size: markdown.length, msPer10KB: per10KB(slowest, markdown.length), throws, lost};
}

function plainWordCounts(markdown: string): WordCounts {
  const file = new VFile({value: markdown});
  const hast = toHast.runSync(plain.parse(file), file) as HastNodes;
  return hastWordCounts(hast);
}

/**
 * The rendering's words: HTML text and attributes (`html`), or every string of
 * the JSX tree (`docusaurus`); and its text read across inline elements
 * (`joinedWordCounts`), where a word an inline element starts inside of is whole.
 */
function render(target: Target, {tree, file}: Run): {rendered: WordCounts; joined: WordCounts} {
  if (target === 'html') {
    const hast = toHast.runSync(tree, file) as HastNodes;
    return {rendered: hastWordCounts(hast, {withAttributes: true}), joined: joinedWordCounts(hast)};
  }
  serialize(target, tree);
  return {rendered: treeWordCounts(tree), joined: joinedWordCounts(tree)};
}

/** Without the word check, still serialise: the Docusaurus tree as MDX (what the test pipeline prints), the HTML target as hast. */
function serialize(target: Target, tree: Root): void {
  if (target === 'html') toHast.runSync(tree);
  else toMarkdown(tree, {extensions: [mdxJsxToMarkdown(), mkdocsAbbreviationToMarkdown(), mkdocsTableToMarkdown()]});
}
