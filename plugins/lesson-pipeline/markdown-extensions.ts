/**
 * The site's `markdown_extensions`: those of the imported workshop
 * (`workshop/markdown-extensions.json`, written by `npm run import:mkdocs`
 * from its `mkdocs.yml`), or, for the demo site, Material's recommended set.
 * The remark plugin renders exactly these; the site config adds what some of
 * them need beyond Markdown (KaTeX for arithmatex, the mermaid theme).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {MATERIAL_MARKDOWN_EXTENSIONS, type MarkdownExtensionsOption} from '../remark-mkdocs';

/** Relative to the site folder. */
export const WORKSHOP_EXTENSIONS_FILE = 'workshop/markdown-extensions.json';

export function siteMarkdownExtensions(siteDir: string): MarkdownExtensionsOption {
  const file = path.join(siteDir, WORKSHOP_EXTENSIONS_FILE);
  if (!existsSync(file)) return MATERIAL_MARKDOWN_EXTENSIONS;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${WORKSHOP_EXTENSIONS_FILE}: expected an object of extension name → options (run npm run import:mkdocs again)`);
  }
  return parsed as MarkdownExtensionsOption;
}
