/**
 * Every fenced block of a lesson, found the way superfences finds them (a
 * preprocessor over the raw text, at any indentation: inside admonitions,
 * tabs and list items alike), with the info string split into `lang` and
 * `meta` as mdast does. Test-only: the plugin gets its blocks from the tree.
 */

import {parseFenceInfo, type FenceInfo} from '../../../lib/fence/info';

export interface CorpusBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string | null;
  meta: string | null;
  info: FenceInfo;
  value: string;
  /** Lines between the previous block's closing fence and this one's opening fence. */
  gap: string[];
}

const OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

export function fencedBlocks(markdown: string): CorpusBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: CorpusBlock[] = [];
  let lastEnd = 0;
  for (let index = 0; index < lines.length; index++) {
    const open = OPEN.exec(lines[index]);
    if (!open) continue;
    const [, indent, fence, rest] = open;
    if (fence.startsWith('`') && rest.includes('`')) continue;
    const body: string[] = [];
    let close = -1;
    for (let at = index + 1; at < lines.length; at++) {
      const line = lines[at];
      if (line.trim() === '') {
        body.push('');
        continue;
      }
      // superfences abandons a fence at a less indented line.
      if (!line.startsWith(indent)) break;
      const content = line.slice(indent.length);
      if (content.startsWith(fence) && content.slice(fence.length).trim() === '' && content[fence.length] !== fence[0]) {
        close = at;
        break;
      }
      body.push(content);
    }
    // An unclosed fence is no block at all in MkDocs.
    if (close === -1) continue;
    const info = rest.trim();
    const space = info.search(/\s/);
    const lang = info === '' ? null : space === -1 ? info : info.slice(0, space);
    const meta = space === -1 ? null : info.slice(space).trim() || null;
    blocks.push({line: index + 1, lang, meta, info: parseFenceInfo(lang, meta), value: body.join('\n'), gap: lines.slice(lastEnd, index)});
    lastEnd = close + 1;
    index = close;
  }
  return blocks;
}

/**
 * "Came right before": only blank lines, or one short paragraph of prose,
 * between the two fences (no heading, box, tab, list or HTML in between).
 */
export function adjacent(gap: readonly string[]): boolean {
  const text = gap.map((line) => line.trim()).filter(Boolean);
  if (text.length === 0) return true;
  const joined = text.join(' ');
  if (text.length > 3 || joined.length > 200) return false;
  return !text.some((line) => /^(?:#|!!!|\?\?\?|===|[-*+] |\d+\. |<|\|)/.test(line));
}

/**
 * The paragraph right before the fence, as the plugin passes it (`intro`): the gap's last run of non-blank lines,
 * when they are prose (not a heading, box, tab, list item, table or HTML), markup left as written.
 */
export function introParagraph(gap: readonly string[]): string | undefined {
  let end = gap.length;
  while (end > 0 && gap[end - 1].trim() === '') end--;
  let start = end;
  while (start > 0 && gap[start - 1].trim() !== '') start--;
  const text = gap.slice(start, end).map((line) => line.trim());
  if (text.length === 0 || text.some((line) => /^(?:#|!!!|\?\?\?|===|[-*+] |\d+\. |<|\||```|~~~)/.test(line))) return undefined;
  return text.join(' ');
}
