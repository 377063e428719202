/**
 * MkDocs page metadata → Docusaurus doc front matter. Docusaurus validates the
 * keys it knows (a `tags: a, b` string, `keywords: x`, …) and fails the whole
 * build on one bad value; MkDocs passes anything through to the theme. So:
 * Material's `hide: [toc, navigation, footer]` becomes Docusaurus's
 * `hide_table_of_contents` / `displayed_sidebar: null` / `pagination_prev:
 * null` and `pagination_next: null`, other keys stay as
 * written, and a key Docusaurus would reject is left out with a note (the
 * remark side reports it with its line).
 */
import {createRequire} from 'node:module';
import path from 'node:path';
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

export function docusaurusFrontMatter(meta: MkdocsMeta, siteDir: string): DocusaurusFrontMatter {
  if (meta.kind !== 'yaml' && meta.kind !== 'multimarkdown') return {frontMatter: {}, dropped: []};
  const frontMatter: Record<string, unknown> = {...meta.data};
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
