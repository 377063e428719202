/**
 * Which input the word property is checked on, and what counts as kept.
 *
 * The property (shared with the property tests, `test/words.ts`): every word
 * of the plain CommonMark rendering is in the plugin's rendering, counted.
 * Some constructs remove words on purpose, so the check runs on a copy of the
 * input where they cannot form, and the plugin's side of the ledger includes
 * the places words move to.
 */
import type {Nodes} from 'mdast';
import {emojiFor} from '../plugins/remark-mkdocs/lib/emoji/transform';
import {isIconShortcode} from '../plugins/remark-mkdocs/lib/emoji/icons';
import {addWords, type WordCounts} from '../plugins/remark-mkdocs/test/words';
import {MARKUP_WORDS} from './grammar';

/**
 * The input as the word check reads it. As in the property tests, raw HTML
 * and character references cannot form (`<`, `&` become spaces): inside a box,
 * text plain CommonMark shows as code is Markdown again, and those stop being
 * text. Link definitions cannot form either (`]:` gets a space; abbreviation
 * definitions allow one, link definitions do not), but links, images and
 * abbreviations stay. Known emoji and icon shortcodes lose their colons: they
 * become a picture, by design, and the name with them.
 */
export function wordCheckInput(markdown: string): string {
  return markdown
    .replace(/[<&]/g, ' ')
    .replace(/\]:/g, '] :')
    .replace(/:([\p{L}\p{N}_+-]+):/gu, (shortcode, name: string) =>
      emojiFor(name) !== undefined || isIconShortcode(name) ? ` ${name} ` : shortcode,
    );
}

/**
 * Words of the abbreviation definitions of a parsed tree: the plugin moves
 * them into `title` attributes, or (for a term never used) removes them, as
 * MkDocs does, with a warning. Read before the transforms remove them.
 */
export function abbreviationDefinitionWords(tree: Nodes, counts: WordCounts = new Map()): WordCounts {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'mkdocsAbbreviationDefinition') addWords(counts, `${node.term} ${node.title}`);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return counts;
}

/**
 * Words the check does not count: the grammar's markup vocabulary, and
 * numbers (list numbers and annotation markers are structure once a box reads
 * what plain CommonMark showed as code).
 */
export function isExemptWord(word: string): boolean {
  return MARKUP_WORDS.has(word) || /^\p{N}+$/u.test(word);
}

/** Words of the plugin's warnings: what it drops on purpose (an unsafe attribute, say) it names there. */
export function messageWords(messages: ReadonlyArray<{reason: string; source?: string | null}>, counts: WordCounts): WordCounts {
  for (const message of messages) if (message.source === 'remark-mkdocs') addWords(counts, message.reason);
  return counts;
}
