/**
 * Upstream test cases as data: the Markdown of Python-Markdown's and
 * pymdown-extensions' own tests for an extension (`<extension>.json`, made by
 * `port.py`), each rendered by the plugin (`target: 'html'`, with remark-gfm
 * as Docusaurus loads it) and compared as normalised HTML with two references:
 * the oracle (Debian's Python-Markdown, with the case's extensions) and the
 * HTML the upstream test expects (`expected`: what the current upstream
 * release renders). Agreeing with either passes: where the two differ, the
 * Debian release has a bug upstream has fixed since (MkDocs workshops run the
 * current release), or upstream changed on purpose.
 *
 * `deviations.json`: case name → why we differ on purpose. A listed case is
 * asserted to still differ, so a fix is noticed and the entry removed.
 *
 * Each `<extension>.test.ts` calls `describeUpstream('<extension>')`; tests of
 * cases of our own call `itAgreesWithOracle` (the same comparison).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Element, Nodes, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {normalizeUri} from 'micromark-util-sanitize-uri';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import type {MarkdownExtensionsOption} from '../../lib/markdown-extensions';
import {oracleAvailable, renderWithPythonMarkdown} from '../oracle/oracle';

export interface UpstreamCase {
  /** Unique within the file (`keys-basic`). */
  name: string;
  markdown: string;
  /** The HTML the upstream test expects (absent for cases that only have Markdown). */
  expected?: string;
  /** The case's extensions and options, as the upstream test configures them. */
  extensions: Record<string, unknown>;
  /** `<repository>/<path>:<test name>` it was ported from. */
  source: string;
}

const here = import.meta.dirname;

export function readUpstreamCases(extension: string): UpstreamCase[] {
  return JSON.parse(readFileSync(path.join(here, `${extension}.json`), 'utf8')) as UpstreamCase[];
}

function readDeviations(): Record<string, string> {
  return JSON.parse(readFileSync(path.join(here, 'deviations.json'), 'utf8')) as Record<string, string>;
}

/** Our HTML for a case: the plugin with exactly the case's extensions. */
export function renderWithPlugin(testCase: UpstreamCase): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMkdocs, {target: 'html', repairMojibake: false, markdownExtensions: pluginExtensions(testCase.extensions)})
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(rehypeRaw)
    .use(rehypeStringify)
    .processSync(testCase.markdown);
  return String(file);
}

/** The oracle's `{'!!python/name': …}` option values are strings for the plugin (it never calls them). */
function pluginExtensions(extensions: Record<string, unknown>): MarkdownExtensionsOption {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === '!!python/name') return entries[0]![1];
    return Object.fromEntries(entries.map(([key, item]) => [key, strip(item)]));
  };
  return strip(extensions) as MarkdownExtensionsOption;
}

/**
 * HTML compared by structure: parsed, whitespace-only text between elements
 * dropped, runs of whitespace as one space, attributes in name order, class
 * lists sorted, `href` and `src` percent-encoded as remark encodes them (the
 * same URL for a browser: `a b` and `a%20b`).
 */
export function normalizeHtml(html: string): string {
  const tree = fromHtml(html, {fragment: true});
  return toHtml(clean(tree) as Root);
}

const URL_PROPERTIES = new Set(['href', 'src']);

function clean(node: Nodes): Nodes | undefined {
  if (node.type === 'comment') return undefined;
  if (node.type === 'text') {
    const value = node.value.replace(/\s+/g, ' ');
    return value === ' ' ? undefined : {...node, value};
  }
  if (node.type === 'root' || node.type === 'element') {
    const children = node.children.flatMap((child) => {
      const cleaned = clean(child);
      return cleaned ? [cleaned] : [];
    }) as Element['children'];
    if (node.type === 'root') return {...node, children};
    const properties = Object.fromEntries(
      Object.entries(node.properties)
        .map(([key, value]) => [key, Array.isArray(value) ? [...value].map(String).sort() : URL_PROPERTIES.has(key) && typeof value === 'string' ? normalizeUri(value) : value] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    return {...node, properties, children};
  }
  return node;
}

/** One `describe` per extension: every case agrees with the oracle, or is a listed deviation that still differs. */
export function describeUpstream(extension: string): void {
  const cases = readUpstreamCases(extension);
  const deviations = readDeviations();
  describe(`upstream ${extension} (${cases.length} cases)`, () => {
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    itAgreesWithOracle(cases.map((testCase) => ({...testCase, deviation: deviations[`${extension}/${testCase.name}`]})));
  });
}

/** A case of our own, checked against the oracle like an upstream one; `deviation`: why it differs on purpose. */
export interface OracleCase {
  name: string;
  markdown: string;
  extensions: Record<string, unknown>;
  /** Where the case comes from, shown when it fails. */
  source: string;
  /** The HTML the upstream test expects: what the current upstream release renders (agreeing with it passes too). */
  expected?: string;
  deviation?: string;
}

/**
 * `it` per case inside the caller's `describe`: ours (`target: 'html'`) and
 * the oracle's HTML, normalised, agree, or, for a case with a `deviation`,
 * still differ (so a fix is noticed and the deviation dropped).
 */
export function itAgreesWithOracle(cases: readonly OracleCase[]): void {
  const status = oracleAvailable();
  it('has the oracle', () => expect(status.available, status.available ? '' : status.reason).toBe(true));
  if (!status.available) return;
  const oracle = renderWithPythonMarkdown(cases.map((testCase) => ({id: testCase.name, markdown: testCase.markdown, extensions: testCase.extensions})));
  for (const testCase of cases) {
    it(testCase.name, () => {
      const ours = normalizeHtml(renderWithPlugin(testCase));
      const theirs = normalizeHtml(oracle.get(testCase.name)!);
      const upstream = testCase.expected === undefined ? theirs : normalizeHtml(testCase.expected);
      const agrees = ours === theirs || ours === upstream;
      if (testCase.deviation === undefined) expect(agrees, `${testCase.source}\nours:     ${ours}\noracle:   ${theirs}\nupstream: ${upstream}`).toBe(true);
      else expect(agrees, `listed as a deviation (${testCase.deviation}) but now agrees: remove it`).toBe(false);
    });
  }
}
