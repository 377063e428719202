import type {PhrasingContent, Root, Text} from 'mdast';
import type {} from 'mdast-util-to-hast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {isAutolinkText} from '../mdast-util/autolink';
import {textSlicePlace, verbatimIn} from '../mdast-util/text-place';
import {symbolRuns, type SmartSymbolOption} from './grammar';

/**
 * pymdownx.smartsymbols: `(c)` → ©, `-->` → →, `1/2` → ½, `2nd` → 2<sup>nd</sup>…
 *
 * pymdownx runs its patterns as a tree processor over the text of the finished
 * tree (after the inline patterns and attr_list), so this is a tree step over
 * text nodes too: code, inline code, raw HTML (comments `<!-- … -->`,
 * attributes) and URLs are other node types and never touched; an autolink's
 * text is atomic, as in Python-Markdown; escaped characters (`\(c)`) are not
 * part of a symbol. A symbol is a text node with the character (pymdownx
 * writes the HTML entity, which is the same character); an ordinal's suffix is
 * a text node drawn as `<sup>`.
 */
export function smartSymbols(tree: Root, file: VFile, enabled: ReadonlySet<SmartSymbolOption>): void {
  if (enabled.size === 0) return;
  visit(tree, 'text', (node, index, parent) => {
    if (index === undefined || !parent || !MAY_HOLD_SYMBOL.test(node.value) || isAutolinkText(node, parent)) return;
    if (parent.type === 'mkdocsAbbreviation' || node.data?.hName !== undefined) return;
    const replacement = replaceSymbols(node, file, enabled);
    if (!replacement) return;
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return index + replacement.length;
  });
}

/** Every symbol holds one of these characters (`(`, `/`, `-`, or a digit before an ordinal's suffix). */
const MAY_HOLD_SYMBOL = /[(/\-]|\d(?:st|nd|rd|th)/;

function replaceSymbols(node: Text, file: VFile, enabled: ReadonlySet<SmartSymbolOption>): PhrasingContent[] | undefined {
  const runs = symbolRuns(node.value, enabled, verbatimIn(file, node));
  if (runs.length === 1 && runs[0]!.kind === 'text') return undefined;
  const place = textSlicePlace(file, node);
  const pieces: Text[] = [];
  for (const run of runs) {
    const position = place(run.from, run.to);
    if (run.kind === 'text') {
      pieces.push({type: 'text', value: node.value.slice(run.from, run.to), position});
      continue;
    }
    if (run.value !== '') pieces.push({type: 'text', value: run.value, position});
    if (run.sup !== undefined) pieces.push({type: 'text', value: run.sup, position, data: {hName: 'sup'}});
  }
  return mergeText(pieces);
}

/** Neighbouring plain text runs and symbols become one text node, as they read as one word. */
function mergeText(pieces: Text[]): Text[] {
  const merged: Text[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && last.data?.hName === undefined && piece.data?.hName === undefined) {
      last.value += piece.value;
      if (last.position && piece.position) last.position = {start: last.position.start, end: piece.position.end};
    } else {
      merged.push(piece);
    }
  }
  return merged;
}
