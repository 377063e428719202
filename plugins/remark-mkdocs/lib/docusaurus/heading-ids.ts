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
export function mkdocsHeadingIds(tree: Root, separator = '-', slug: HeadingSlugify = slugify, reserved: (id: string) => boolean = () => false): void {
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
    data.hProperties = {...data.hProperties, id: unique(slug(text, separator), used, reserved)};
  });
}

/** A heading's text and the toc's separator → its id, before repeats are numbered. */
export type HeadingSlugify = (text: string, separator: string) => string;

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

/**
 * Python-Markdown's toc `unique`: `x`, then `x_1`, `x_2`; an empty id is `_1`. A reserved id is skipped the same
 * way (`define` → `define_1`); one reserved by its shape, which numbering keeps, gets a letter first
 * (`__init__` → `h__init__`).
 */
function unique(id: string, used: Set<string>, reserved: (id: string) => boolean): string {
  // A reservation by shape (`__…`) that numbering cannot leave: the id with a letter before it.
  let candidate = reserved(id) && reserved(`${id}_1`) ? `h${id}` : id;
  // Bounded whatever `reserved` says (a test that refuses every id would never let the numbering stop).
  for (let tries = 0; (used.has(candidate) || candidate === '' || reserved(candidate)) && tries < 10_000; tries++) {
    const numbered = /^(.*)_(\d+)$/.exec(candidate);
    candidate = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${candidate}_1`;
  }
  used.add(candidate);
  return candidate;
}

/** pymdownx.slugs' options (`!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}`). */
export interface PymdownxSlugOptions {
  case?: 'none' | 'lower' | 'lower-ascii' | 'fold';
  normalize?: 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
}

/**
 * pymdownx.slugs' configurable `slugify` (Material's documented choice for Unicode headings): the text normalized
 * (NFC), tags stripped, trimmed, cased as asked, every character but a word character (Unicode letters and
 * digits, `_`), `-` and a space dropped, each space the separator (runs are not merged). Percent encoding
 * (`percent_encode`) is left out: a browser finds the id from an encoded link too.
 */
export function pymdownxSlugify({case: letterCase = 'none', normalize = 'NFC'}: PymdownxSlugOptions = {}): HeadingSlugify {
  return (text, separator) => {
    let slug = text.normalize(normalize).replace(/<\/?[^>]*>/g, '').trim();
    if (letterCase === 'lower') slug = slug.toLowerCase();
    else if (letterCase === 'lower-ascii') slug = slug.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
    else if (letterCase === 'fold') slug = slug.toLowerCase().replace(/ß/g, 'ss');
    return slug.replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, separator);
  };
}

/** pymdownx.slugs' functions by name, as the deprecated ones call the configurable one. */
const PYMDOWNX_SLUGIFIERS: Readonly<Record<string, PymdownxSlugOptions>> = {
  uslugify: {case: 'lower'},
  uslugify_encoded: {case: 'lower'},
  uslugify_cased: {},
  uslugify_cased_encoded: {},
  gfm: {case: 'lower-ascii'},
  gfm_encoded: {case: 'lower-ascii'},
};

/**
 * The toc's `slugify` as the import wrote it (`!!python/name:pymdownx.slugs.uslugify`,
 * `!!python/object/apply:pymdownx.slugs.slugify {"kwds":{"case":"lower"}}`): pymdownx.slugs' function, or undefined
 * for any other (the workshop's own Python: the site keeps Docusaurus's ids).
 */
export function tocSlugify(value: unknown): HeadingSlugify | undefined {
  if (typeof value !== 'string') return undefined;
  const name = /^!!python\/name:pymdownx\.slugs\.(\w+)\s*$/.exec(value)?.[1];
  if (name !== undefined) return Object.hasOwn(PYMDOWNX_SLUGIFIERS, name) ? pymdownxSlugify(PYMDOWNX_SLUGIFIERS[name]) : undefined;
  const applied = /^!!python\/object\/apply:pymdownx\.slugs\.slugify(?:\s+(\{[\s\S]*\}))?\s*$/.exec(value);
  if (!applied) return undefined;
  let kwds: Record<string, unknown> = {};
  try {
    const argument = applied[1] === undefined ? {} : (JSON.parse(applied[1]) as {kwds?: Record<string, unknown>});
    kwds = argument.kwds ?? {};
  } catch {
    return undefined;
  }
  const letterCase = kwds.case ?? 'none';
  const normalize = kwds.normalize ?? 'NFC';
  if (!['none', 'lower', 'lower-ascii', 'fold'].includes(String(letterCase)) || !['NFC', 'NFD', 'NFKC', 'NFKD'].includes(String(normalize))) return undefined;
  return pymdownxSlugify({case: letterCase as PymdownxSlugOptions['case'], normalize: normalize as PymdownxSlugOptions['normalize']});
}
