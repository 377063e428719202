import type {Heading, Nodes, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from '../mdast-util/visit';

/**
 * Heading ids as MkDocs gives them: Python-Markdown's toc with its default
 * slugify, so a link written for the MkDocs site (`setup.md#view-role-read-only`,
 * a bookmark, another site's link to a section) lands where it did there. The
 * rendered heading's text (raw HTML and image alt text are not text), accents
 * folded and any other non-ASCII character dropped, punctuation dropped,
 * lower case, each run of spaces and hyphens one separator; a repeat gets
 * `_1`, `_2`… after every id the page sets itself (`{ #id }`). Docusaurus's
 * slugger would keep `View Role - Read Only` as `view-role---read-only`,
 * `Ça – marche` as `ça--marche`, and number repeats `-1`. A heading with its
 * own id keeps it.
 *
 * Docusaurus's heading step slugs a given id again (github-slugger, case
 * kept): these ids (ASCII letters, digits, `_` and the separator) come
 * through unchanged.
 */
export function mkdocsHeadingIds(tree: Root, separator = '-'): void {
  const used = new Set<string>();
  visit(tree, (node: Nodes) => {
    const id = (node.data as {hProperties?: {id?: unknown}} | undefined)?.hProperties?.id;
    if (typeof id === 'string') used.add(id);
  });
  visit(tree, 'heading', (heading: Heading) => {
    if (heading.data?.hProperties?.id !== undefined) return;
    const text = toString(heading, {includeHtml: false, includeImageAlt: false});
    // Docusaurus's own `{#id}` at the end of the text (an attribute list would have taken it already).
    if (/\{#[^}]*\}\s*$/.test(text)) return;
    const data = (heading.data ??= {});
    data.hProperties = {...data.hProperties, id: unique(slugify(text, separator), used)};
  });
}

/** Python-Markdown's `markdown.extensions.toc.slugify` (not the Unicode variant). */
export function slugify(text: string, separator = '-'): string {
  const ascii = text
    .normalize('NFKD')
    // eslint-disable-next-line no-control-regex
    .replace(/[^\x00-\x7F]/g, '');
  const escaped = separator.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  return ascii
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(new RegExp(`[${escaped}\\s]+`, 'g'), separator);
}

/** Python-Markdown's toc `unique`: `x`, then `x_1`, `x_2`; an empty id is `_1`. */
function unique(id: string, used: Set<string>): string {
  let candidate = id;
  while (used.has(candidate) || candidate === '') {
    const numbered = /^(.*)_(\d+)$/.exec(candidate);
    candidate = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${candidate}_1`;
  }
  used.add(candidate);
  return candidate;
}
