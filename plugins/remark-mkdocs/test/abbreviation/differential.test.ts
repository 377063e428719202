/**
 * Differential test of abbreviations against Python-Markdown with `abbr`
 * (Debian's 3.4.1): on generated documents, both sides must wrap the same
 * words with the same titles in document order, and agree on the text of
 * every block (so a definition that fails to interrupt a paragraph, or a line
 * that vanishes, shows up).
 *
 * `ABBR_DIFF_SEED=<n>|random` and `ABBR_DIFF_COUNT=<n>` change the documents;
 * each failure names its seed (`generateAbbreviationDocument(seed)`).
 *
 * One kind of disagreement is intended: where one defined term contains
 * another (`Network`, `Network Address`), we match the longest term first
 * (Python-Markdown 3.6+), 3.4 tries the terms in the order they were last
 * defined. Documents whose definitions come shortest first are counted
 * separately and may disagree.
 */
import type {Root} from 'mdast';
import {describe, expect, test} from 'vitest';
import {resolveSeed} from '../generate-documents';
import {abbreviationView, abbrOracleStatus, parseTree, renderHtml, renderWithPython, type AbbreviationView} from './harness';
import {generateAbbreviationDocuments} from './generate';

const COUNT = Number(process.env.ABBR_DIFF_COUNT ?? 400);
const seed = resolveSeed(process.env.ABBR_DIFF_SEED);

/** Terms in the order of their last definition, as Python-Markdown 3.4 registers them. */
function definitionOrder(tree: Root): string[] {
  const order: string[] = [];
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'mkdocsAbbreviationDefinition') {
      if (order.includes(node.term)) order.splice(order.indexOf(node.term), 1);
      order.push(node.term);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return order;
}

/** Some term is defined (last) before a longer term that contains it. */
function orderDecides(order: string[]): boolean {
  return order.some((shorter, index) => order.slice(index + 1).some((longer) => longer.length > shorter.length && longer.includes(shorter)));
}

function describeDiff(expected: AbbreviationView, actual: AbbreviationView): string {
  const lines: string[] = [];
  const max = Math.max(expected.abbreviations.length, actual.abbreviations.length);
  for (let index = 0; index < max; index++) {
    const a = JSON.stringify(expected.abbreviations[index]);
    const b = JSON.stringify(actual.abbreviations[index]);
    if (a !== b) lines.push(`  abbr #${index}: python ${a}, ours ${b}`);
  }
  const blocks = Math.max(expected.blocks.length, actual.blocks.length);
  for (let index = 0; index < blocks; index++) {
    if (expected.blocks[index] !== actual.blocks[index]) {
      lines.push(`  block #${index}: python ${JSON.stringify(expected.blocks[index])}, ours ${JSON.stringify(actual.blocks[index])}`);
    }
  }
  return lines.slice(0, 12).join('\n');
}

describe('abbreviations agree with Python-Markdown', () => {
  const status = abbrOracleStatus();

  test('the Python-Markdown oracle with abbr is installed', () => {
    expect(status.available, status.available ? '' : status.reason).toBe(true);
  });

  test.runIf(status.available)(`generated documents (ABBR_DIFF_SEED=${seed})`, () => {
    const documents = generateAbbreviationDocuments(COUNT, seed);
    const expectedHtml = renderWithPython(documents);
    const failures: string[] = [];
    const counts = {agree: 0, orderDecides: 0, orderDecidesDisagree: 0, abbreviations: 0, withAbbreviations: 0, messages: 0};
    for (const doc of documents) {
      const expected = abbreviationView(expectedHtml.get(doc.id)!);
      const {html, file} = renderHtml(doc.markdown);
      const actual = abbreviationView(html);
      counts.abbreviations += expected.abbreviations.length;
      if (expected.abbreviations.length > 0) counts.withAbbreviations++;
      counts.messages += file.messages.length;
      const byOrder = orderDecides(definitionOrder(parseTree(doc.markdown, false).tree));
      if (byOrder) counts.orderDecides++;
      if (JSON.stringify(expected) === JSON.stringify(actual)) {
        counts.agree++;
      } else if (byOrder) {
        counts.orderDecidesDisagree++;
      } else {
        failures.push(`✗ ${doc.id} (seed ${doc.seed}): ${JSON.stringify(doc.markdown)}\n${describeDiff(expected, actual)}`);
      }
    }
    console.info(
      `abbreviation differential: ${documents.length} documents (ABBR_DIFF_SEED=${seed}), ${counts.agree} agree, ` +
        `${failures.length} disagree, ${counts.orderDecidesDisagree} of ${counts.orderDecides} documents where ` +
        `3.4's definition order decides an overlap disagree as intended; Python-Markdown wrapped ` +
        `${counts.abbreviations} terms in ${counts.withAbbreviations} documents; we reported ${counts.messages} messages`,
    );
    expect(failures.slice(0, 10).join('\n\n')).toBe('');
    // The generator must keep producing what is worth comparing.
    expect(counts.withAbbreviations).toBeGreaterThan(documents.length * 0.8);
    expect(counts.abbreviations).toBeGreaterThan(documents.length * 2);
  });
});
