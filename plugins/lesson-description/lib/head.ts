import type {Root} from 'mdast';
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
 * instead (a head would save little and risk a second parse).
 */
export const HEAD_LENGTHS: readonly number[] = [1024, 4096];

/**
 * Constructs whose meaning in the head can depend on text after it, beyond a
 * link reference: prose annotations (`{ .annotate }` binds markers to a list
 * that may be cut) and `<div markdown>` elements (an unclosed opener reads
 * differently). A lesson using either is parsed whole. Annotations are asked
 * for only as a class (`.annotate`, `class="… annotate"`) or a box modifier
 * (`!!! note annotate`), so the word in prose ("annotate your Dockerfile")
 * does not cost a whole parse.
 */
const WHOLE_ONLY = /\.annotate\b|\bclass\s*=\s*["']?[^"'\n]*\bannotate\b|^[ \t]*(?:!!!|\?\?\?\+?)[^\n]*\bannotate\b|\smarkdown[\s=/>]/im;

/** The lesson's heads to try, shortest first, each ending at a line end; none when the lesson should be parsed whole. */
export function lessonHeads(markdown: string): string[] {
  if (WHOLE_ONLY.test(markdown)) return [];
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
 * reopens it), and holds no `[` (a reference whose definition may come after
 * the cut reads as text here, as a link in the whole lesson). Undefined: parse
 * the whole lesson.
 */
export function descriptionInHead(tree: Root, head: string): string | undefined {
  const closed = tree.children.slice(0, -1);
  for (const block of closed) {
    const paragraph = firstParagraph(block, OUTSIDE_BOXES);
    if (paragraph === undefined) continue;
    const start = paragraph.position?.start.offset;
    const end = paragraph.position?.end.offset;
    if (start === undefined || end === undefined || head.slice(start, end).includes('[')) return undefined;
    return paragraphText(paragraph);
  }
  return undefined;
}
