/**
 * The "no word is lost" property, shared by the property tests and the fuzzer
 * (`fuzz/`): what a word is, how a rendering's words are counted, and which
 * words one rendering has fewer of than another.
 *
 * A word is a run of letters, digits and their combining marks, lower-cased;
 * renderings are compared as multisets (a word written twice must survive
 * twice).
 */
import type {Nodes as HastNodes} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {visit} from 'unist-util-visit';

export type WordCounts = Map<string, number>;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Add the words of `text` to `counts`. */
export function addWords(counts: WordCounts, text: string): void {
  for (const match of text.matchAll(WORD)) {
    const key = match[0].toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

export interface HastWordOptions {
  /**
   * Count class names too: a header's type and extra classes end up there
   * (`!!! note "T"` keeps `note` only as a class), and so does the info word
   * of a fence that plain CommonMark showed as indented code.
   */
  withClasses?: boolean;
  /**
   * Count every attribute value (not only classes): attribute lists move
   * words into `id` and `key=value` attributes, links into `href`, and
   * abbreviations their title into `title`. For the plugin's side of the
   * fuzzer, whose inputs hold those constructs.
   */
  withAttributes?: boolean;
}

/** Words of a hast tree's text (and, with the options, of its attributes), counted. */
export function hastWordCounts(tree: HastNodes, options: HastWordOptions = {}, counts: WordCounts = new Map()): WordCounts {
  visit(tree, (node) => {
    if (node.type === 'text') addWords(counts, node.value);
    else if (node.type === 'element') {
      if (options.withAttributes) {
        for (const [name, value] of Object.entries(node.properties)) {
          addWords(counts, propertyWords(name));
          if (Array.isArray(value)) addWords(counts, value.join(' '));
          else if (typeof value === 'string' && (name === 'href' || name === 'src')) addUrlWords(counts, value);
          else if (typeof value === 'string') addWords(counts, value);
          else if (typeof value === 'number') addWords(counts, String(value));
        }
      } else if (options.withClasses) {
        const className: unknown = node.properties.className;
        if (Array.isArray(className)) addWords(counts, className.filter((name) => name !== 'admonition').join(' '));
      }
    }
  });
  return counts;
}

/**
 * A URL's words decoded (`%C3%A9` is the author's `é`), and the words only its encoded form has: an escape the
 * author typed (`x%0d`) is text of theirs too.
 */
function addUrlWords(counts: WordCounts, url: string): void {
  const decoded = new Map<string, number>();
  addWords(decoded, decodeUrl(url));
  for (const [word, count] of decoded) counts.set(word, (counts.get(word) ?? 0) + count);
  const raw = new Map<string, number>();
  addWords(raw, url);
  for (const [word, count] of raw) if (!decoded.has(word)) counts.set(word, (counts.get(word) ?? 0) + count);
}

/** URLs are percent-encoded on the way to HTML (`é` → `%C3%A9`); the word is still the author's. */
function decodeUrl(url: string): string {
  // Each run of escapes on its own: a `%` the author wrote that escapes nothing (`u%md`) stays, the rest decode.
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      // A control character (`%0d`, or a backspace the author typed, encoded) separates words, as a space does.
      // eslint-disable-next-line no-control-regex
      return decodeURIComponent(run).replace(/[\u0000-\u001f\u007f]/g, ' ');
    } catch {
      return run;
    }
  });
}

/**
 * hast names properties in camelCase (`data-k` → `dataK`): split it back into
 * the attribute's words. An unknown attribute keeps its name as written
 * (`{ iG=T }` → `iG`), so the unsplit name counts too.
 */
function propertyWords(name: string): string {
  return `${name} ${name.replace(/\p{Lu}/gu, (upper) => ` ${upper}`)}`;
}

/** Words of an HTML fragment, counted (see `hastWordCounts`). */
export function wordCounts(html: string, withClasses: boolean): WordCounts {
  return hastWordCounts(fromHtml(html, {fragment: true}), {withClasses});
}

/**
 * Words of any syntax tree's strings, counted: every string (or string array)
 * held by a node or its `data`, except `type`. For the Docusaurus target,
 * whose tree carries JSX elements with props (`mdxJsxFlowElement` attributes)
 * that no HTML serializer renders the way the theme does.
 */
export function treeWordCounts(tree: unknown, counts: WordCounts = new Map()): WordCounts {
  // An explicit stack: trees from hostile input may be deep.
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') addWords(counts, value);
    else if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value !== null && typeof value === 'object') {
      for (const [key, field] of Object.entries(value)) {
        // `type` names the node kind and `position` is numbers: neither is the author's text.
        if (key === 'type' || key === 'position') continue;
        // Attribute names from an attribute list (`{ k=v }`) are keys of `hProperties`.
        if (key === 'hProperties' && field !== null && typeof field === 'object') {
          for (const name of Object.keys(field)) addWords(counts, propertyWords(name));
        }
        stack.push(field);
      }
    }
  }
  return counts;
}

/**
 * Inline elements of both trees: hast's phrasing tag names and mdast's
 * phrasing node types. Text on either side of their boundaries belongs to one
 * run of text.
 */
const INLINE = new Set([
  // hast
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
  // mdast
  'delete', 'emphasis', 'link', 'linkReference', 'mdxJsxTextElement', 'strong', 'text', 'inlineCode',
]);

interface TextNode {
  type: string;
  tagName?: string;
  value?: unknown;
  children?: TextNode[];
  data?: {hName?: string};
}

/** Inline: a phrasing element or node, or one of the plugin's nodes that becomes one (`mkdocsAbbreviation` → `abbr`). */
function isInline(node: TextNode): boolean {
  if (node.type === 'element') return INLINE.has(node.tagName ?? '');
  return INLINE.has(node.type) || INLINE.has(node.data?.hName ?? '');
}

/**
 * Words of a tree (hast or mdast) read run by run: the text of a paragraph,
 * or of any run of inline content, joined across the inline elements' edges
 * before it is split into words. An inline element may start inside a word
 * (Python-Markdown's abbr wraps `İ` in `꛱İ`, as ours does), and the per-node
 * count of `hastWordCounts`/`treeWordCounts` then reads two words where the
 * reader sees one. Block boundaries still split.
 */
export function joinedWordCounts(tree: unknown, counts: WordCounts = new Map()): WordCounts {
  const FLUSH = Symbol('flush');
  // An explicit stack, children pushed in reverse so text is read in order: trees from hostile input may be deep.
  const stack: Array<TextNode | typeof FLUSH> = [tree as TextNode];
  let run = '';
  const flush = () => {
    addWords(counts, run);
    run = '';
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === FLUSH) {
      flush();
      continue;
    }
    if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') run += node.value;
    if (!Array.isArray(node.children)) continue;
    if (!isInline(node)) {
      flush();
      stack.push(FLUSH);
    }
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
  }
  flush();
  return counts;
}

/**
 * Words `expected` has more often than `actual`, as `word ×missing`. With
 * `joined` (the same rendering read by `joinedWordCounts`), a word is kept if
 * either reading has it.
 */
export function missingWords(expected: WordCounts, actual: WordCounts, joined?: WordCounts): string[] {
  const lost: string[] = [];
  for (const [key, count] of expected) {
    const missing = count - Math.max(actual.get(key) ?? 0, joined?.get(key) ?? 0);
    if (missing > 0) lost.push(`${key} ×${missing}`);
  }
  return lost;
}

/**
 * Inside a box, text that plain CommonMark shows as an indented code block is
 * read as Markdown again, and three constructs then legitimately stop being
 * text: raw HTML and autolinks (`<`), character references (`&`) and link
 * definitions or link destinations (`[`). The word property is checked on
 * input without those three characters.
 */
export function withoutMarkupStarts(markdown: string): string {
  return markdown.replace(/[<&[]/g, ' ');
}
