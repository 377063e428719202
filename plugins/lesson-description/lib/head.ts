import type {Nodes, Paragraph, Root} from 'mdast';
import {firstParagraph, OUTSIDE_BOXES, paragraphText} from './first-paragraph';

/**
 * Reading only the top of a lesson. Docusaurus asks for the description of
 * every lesson while it loads the site and again in the MDX loader; parsing
 * each whole lesson with remark-mkdocs took about 15% of a site build's CPU
 * time (100 generated lessons), while the first paragraph of prose is almost
 * always within a lesson's first lines.
 */

/**
 * Characters of a lesson parsed first, then, when that did not settle it, a
 * longer head; a lesson shorter than twice a head's length is parsed whole
 * instead (a head would save little and risk a second parse). The first
 * paragraph of prose usually ends within a lesson's first few hundred
 * characters (after its title, or after an opening reminder box); each head
 * is three times the last, so the heads that did not settle it cost less
 * than half of the one that did.
 */
export const HEAD_LENGTHS: readonly number[] = [256, 768, 2304, 6912];

/**
 * Constructs whose meaning in the head can depend on text after it, beyond a
 * link reference: prose annotations (`{ .annotate }` binds markers to a list
 * that may be cut) and `<div markdown>` elements (an unclosed opener reads
 * differently). A lesson using either is parsed whole. Annotations are asked
 * for only as a class (`.annotate`, `class="… annotate"`) or a box modifier
 * (`!!! note annotate`), so the word in prose ("annotate your Dockerfile")
 * does not cost a whole parse. The class and modifier patterns, slow to
 * run over a whole lesson, are tried only on lessons that have the word.
 */
const ASKS_FOR_ANNOTATIONS = /\.annotate\b|\bclass\s*=\s*["']?[^"'\n]*\bannotate\b|^[ \t]*(?:!!!|\?\?\?\+?)[^\n]*\bannotate\b/im;
const MARKDOWN_ATTRIBUTE = /\smarkdown[\s=/>]/i;

/** Whether a head of the lesson can settle its description: it uses none of the constructs a cut may change. */
export function readableFromHead(markdown: string): boolean {
  return !(/annotate/i.test(markdown) && ASKS_FOR_ANNOTATIONS.test(markdown)) && !MARKDOWN_ATTRIBUTE.test(markdown);
}

/** The lesson's heads to try, shortest first, each ending at a line end; none when the lesson should be parsed whole. */
export function lessonHeads(markdown: string): string[] {
  if (!readableFromHead(markdown)) return [];
  const heads: string[] = [];
  for (const length of HEAD_LENGTHS) {
    if (markdown.length <= 2 * length) break;
    const lineEnd = markdown.indexOf('\n', length);
    if (lineEnd < 0) break;
    heads.push(markdown.slice(0, lineEnd + 1));
  }
  return heads;
}

/**
 * The description found in the head's tree, when the whole lesson is sure to
 * give the same: the paragraph lies in a top-level block that another one
 * follows (so the cut cannot have changed it: it is closed, and no later text
 * reopens it), and every `[` in it opens an inline link or image
 * (`[text](url)`, `![alt](url)`), which reads the same whatever the rest of
 * the lesson defines. Any other `[` may be a reference or a footnote call
 * whose definition comes after the cut: text here, a link (or a task box the
 * tasklist step no longer sees) in the whole lesson. Undefined: parse more.
 * `parsed` is the text the tree's positions are in (the head, or its
 * expansion when it includes snippets).
 */
export function descriptionInHead(tree: Root, parsed: string): string | undefined {
  const closed = tree.children.slice(0, -1);
  for (const block of closed) {
    const paragraph = firstParagraph(block, OUTSIDE_BOXES);
    if (paragraph === undefined) continue;
    return bracketsAreInlineLinks(paragraph, parsed) && !holdsFenceLine(paragraph, parsed) ? paragraphText(paragraph) : undefined;
  }
  return undefined;
}

/**
 * Whether each `[` of the paragraph's source opens a `link` or `image` node
 * of the tree. Inline links are matched before references at each `]` and
 * need no definition, so a parse that also knows the definitions after the
 * cut pairs the same brackets the same way.
 */
function bracketsAreInlineLinks(paragraph: Paragraph, parsed: string): boolean {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  let bracket = parsed.indexOf('[', start);
  if (bracket < 0 || bracket >= end) return true;
  const opening = new Set<number>();
  collectLinkOpenings(paragraph, opening);
  for (; bracket >= 0 && bracket < end; bracket = parsed.indexOf('[', bracket + 1)) {
    if (!opening.has(bracket)) return false;
  }
  return true;
}

/**
 * Whether a line of the paragraph's source opens a fence (```` ``` ````, `~~~`): a fence under a paragraph's line
 * runs on past blank lines to its closing line (superfences), which the cut may have left out; the whole lesson
 * then splits the paragraph there.
 */
function holdsFenceLine(paragraph: Paragraph, parsed: string): boolean {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return true;
  return /(?:^|\n)[ \t>]*(?:```|~~~)/.test(parsed.slice(start, end));
}

/** Offsets of the `[` that starts each inline link and image under `node` (an image's `!` comes first). */
function collectLinkOpenings(node: Nodes, into: Set<number>): void {
  const offset = node.position?.start.offset;
  if (node.type === 'link' && offset !== undefined) into.add(offset);
  if (node.type === 'image' && offset !== undefined) into.add(offset + 1);
  if ('children' in node) for (const child of node.children) collectLinkOpenings(child as Nodes, into);
}
