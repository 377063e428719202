/**
 * MkDocs page metadata → Docusaurus doc front matter. Docusaurus validates the
 * keys it knows (a `tags: a, b` string, `keywords: x`, …) and fails the whole
 * build on one bad value; MkDocs passes anything through to the theme. So:
 * Material's `hide: [toc, navigation, footer]` becomes Docusaurus's
 * `hide_table_of_contents` / `displayed_sidebar: null` / `pagination_prev:
 * null` and `pagination_next: null`; `tags` are the page's tags only where
 * Material showed them, with its tags plugin (`docusaurusTags`); other keys stay as
 * written, and a key Docusaurus would reject is left out with a note (the
 * remark side reports it with its line).
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import {FAILSAFE_SCHEMA, load} from 'js-yaml';
import {dropUnsafeFrontMatter} from '../../remark-safe-html';
import type {MkdocsMeta} from './read';

export interface FrontMatterNote {
  key: string;
  /** What is wrong with it (Docusaurus's words for a value it rejects). */
  problem: string;
  /** A URL that would run script (`custom_edit_url: javascript:…`), not a value Docusaurus rejects. */
  unsafe?: boolean;
}

export interface DocusaurusFrontMatter {
  frontMatter: Record<string, unknown>;
  /** Keys left out because Docusaurus would reject their value. */
  dropped: FrontMatterNote[];
}

interface JoiLike {
  validate(value: unknown, options: {abortEarly: boolean}): {error?: {details: Array<{path: Array<string | number>; message: string}>}};
}

let schema: JoiLike | null | undefined;

/** Docusaurus's own schema for doc front matter, from the site's Docusaurus; null if it cannot be found. */
function docFrontMatterSchema(siteDir: string): JoiLike | null {
  if (schema !== undefined) return schema;
  try {
    const fromSite = createRequire(path.join(siteDir, 'package.json'));
    schema = (fromSite('@docusaurus/plugin-content-docs/lib/frontMatter.js') as {DocFrontMatterSchema: JoiLike}).DocFrontMatterSchema;
  } catch {
    schema = null;
  }
  return schema;
}

export interface FrontMatterOptions {
  /**
   * The page's front matter `tags` are shown: Material's tags plugin is on (`plugins: - tags`, workshop/site.json
   * `tags`). Off, they are left out, silently (no tag list, no tags pages), as Material shows none. Default on.
   */
  tags?: boolean;
}

/**
 * A page's `tags` as the site hands them to Docusaurus: none (`{}`) without Material's tags plugin, which is what
 * Material showed; with it, the list with each YAML date, number or boolean as written in the page (`2023-09-11`,
 * `1.0`), which Material showed as Python's text of it and Docusaurus would show as JavaScript's (`Mon Sep 11 2023
 * 00:00:00 GMT+0000 …`, `1`); an empty `tags:` is none. Anything else as read (Docusaurus's validation judges it).
 * Shared with the import's report (scripts/import-mkdocs/plan-lessons.ts).
 */
export function docusaurusTags(meta: MkdocsMeta, {tags: shown = true}: FrontMatterOptions = {}): {tags?: unknown} {
  if (!shown || (meta.kind !== 'yaml' && meta.kind !== 'multimarkdown')) return {};
  const tags = meta.data.tags;
  // `tags:` with nothing after it: no tags, in Material too.
  if (tags === undefined || tags === null) return {};
  const isScalar = (value: unknown) => typeof value === 'number' || typeof value === 'boolean' || value instanceof Date;
  if (meta.kind !== 'yaml' || !Array.isArray(tags) || !tags.some(isScalar)) return {tags};
  const written = writtenTags(meta.yaml);
  return {tags: tags.map((tag, index) => (isScalar(tag) ? (typeof written?.[index] === 'string' ? written[index] : fallbackText(tag)) : tag))};
}

/** The `tags` list of a front matter block with every scalar as its text (YAML's failsafe schema), or undefined. */
function writtenTags(yaml: string): unknown[] | undefined {
  try {
    const data = load(yaml, {schema: FAILSAFE_SCHEMA, json: true}) as Record<string, unknown> | null;
    const tags = data?.tags;
    return Array.isArray(tags) ? tags : undefined;
  } catch {
    return undefined;
  }
}

/** A date as YAML writes one (`2023-09-11`, with its time when it has one), a number or boolean as text. */
function fallbackText(value: unknown): string {
  if (!(value instanceof Date)) return String(value);
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

export function docusaurusFrontMatter(meta: MkdocsMeta, siteDir: string, options: FrontMatterOptions = {}): DocusaurusFrontMatter {
  if (meta.kind !== 'yaml' && meta.kind !== 'multimarkdown') return {frontMatter: {}, dropped: []};
  const frontMatter: Record<string, unknown> = {...meta.data};
  const tags = docusaurusTags(meta, options);
  if ('tags' in tags) frontMatter.tags = tags.tags;
  else delete frontMatter.tags;
  const hide = frontMatter.hide;
  const hidden = Array.isArray(hide) ? hide.map(String) : typeof hide === 'string' ? hide.split(/[\s,]+/) : [];
  if (hidden.includes('toc') && frontMatter.hide_table_of_contents === undefined) frontMatter.hide_table_of_contents = true;
  if (hidden.includes('navigation') && frontMatter.displayed_sidebar === undefined) frontMatter.displayed_sidebar = null;
  // Material's footer is the previous/next links (partials/footer.html); Docusaurus's are the doc's pagination.
  if (hidden.includes('footer')) {
    if (frontMatter.pagination_prev === undefined) frontMatter.pagination_prev = null;
    if (frontMatter.pagination_next === undefined) frontMatter.pagination_next = null;
  }
  // URLs the theme writes into the page (the edit link, the social image) that would run script.
  const dropped: FrontMatterNote[] = dropUnsafeFrontMatter(frontMatter).map(({key, reason}) => ({key, problem: reason, unsafe: true}));
  const validator = docFrontMatterSchema(siteDir);
  const errors = validator?.validate(frontMatter, {abortEarly: false}).error?.details ?? [];
  for (const error of errors) {
    const key = String(error.path[0]);
    if (!(key in frontMatter)) continue;
    delete frontMatter[key];
    dropped.push({key, problem: error.message});
  }
  return {frontMatter, dropped};
}
