/**
 * The site's `markdown_extensions`: those of the imported workshop
 * (`workshop/markdown-extensions.json`, written by `npm run import:mkdocs`
 * from its `mkdocs.yml`), or, for the demo site, Material's recommended set.
 * The remark plugin renders exactly these; the site config adds what some of
 * them need beyond Markdown (KaTeX for arithmatex, the mermaid theme).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {MATERIAL_MARKDOWN_EXTENSIONS, MarkdownExtensions, hasMermaidFence, type MarkdownExtensionsOption} from '../remark-mkdocs';
import {SITE_FILE} from '../workshop-site';
import {whileFilesUnchanged} from '../workshop-site/data-file';

/** Relative to the site folder. */
export const WORKSHOP_EXTENSIONS_FILE = 'workshop/markdown-extensions.json';

/**
 * The site's own pages (its `docs/`: the demo lesson and the authoring guide) are written for Material's set.
 * When an imported workshop is the site (`workshop/site.json`), they are a docs instance of their own under
 * /authoring/, and keep that set: a workshop without arithmatex or snippets must not turn the authoring guide's
 * formulas and includes into raw text, nor make its pages warn. Imported into a folder (`--into`), the
 * workshop's lessons share docs/ and its one docs instance with the site's pages: one set for all, the workshop's.
 */
export function ownPagesExtensions(siteDir: string): MarkdownExtensionsOption {
  return existsSync(path.join(siteDir, SITE_FILE)) ? MATERIAL_MARKDOWN_EXTENSIONS : siteMarkdownExtensions(siteDir);
}

/** Whether `filePath` is one of the site's own pages (under its `docs/`), which `ownPagesExtensions` covers. */
export function isOwnPage(siteDir: string, filePath: string): boolean {
  const relative = path.relative(path.join(siteDir, 'docs'), path.resolve(siteDir, filePath));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The `markdown_extensions` a lesson file is read with: `ownPagesExtensions` for the site's own pages, else the site's. */
export function lessonMarkdownExtensions(siteDir: string, filePath: string): MarkdownExtensionsOption {
  return isOwnPage(siteDir, filePath) ? ownPagesExtensions(siteDir) : siteMarkdownExtensions(siteDir);
}

/**
 * The extensions a lesson is read with (`lessonMarkdownExtensions`), built once
 * while the files they come from stay unchanged: the site's own pages depend
 * on whether `workshop/site.json` exists, all on `workshop/markdown-extensions.json`.
 */
export function lessonExtensionsSet(siteDir: string, filePath: string): MarkdownExtensions {
  const own = isOwnPage(siteDir, filePath);
  const files = [path.join(siteDir, SITE_FILE), path.join(siteDir, WORKSHOP_EXTENSIONS_FILE)];
  return whileFilesUnchanged(`lesson-extensions:${own ? 'own' : 'workshop'}:${siteDir}`, files, () => new MarkdownExtensions(lessonMarkdownExtensions(siteDir, filePath)));
}

/** The workshop's extensions (see the top of this file): the lessons of the site's main docs instance. */
export function siteMarkdownExtensions(siteDir: string): MarkdownExtensionsOption {
  const file = path.join(siteDir, WORKSHOP_EXTENSIONS_FILE);
  if (!existsSync(file)) return MATERIAL_MARKDOWN_EXTENSIONS;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${WORKSHOP_EXTENSIONS_FILE}: expected an object of extension name → options (run npm run import:mkdocs again)`);
  }
  return parsed as MarkdownExtensionsOption;
}

/**
 * What the site adds beyond Markdown for its pages' extensions (each set given: the workshop's, and its own pages'
 * when they differ, `ownPagesExtensions`): KaTeX (rehype-katex and its stylesheet) with `pymdownx.arithmatex`, and
 * `@docusaurus/theme-mermaid` with a superfences custom fence of class `mermaid`. Without them a site loads neither.
 */
export interface SiteFeatures {
  math: boolean;
  mermaid: boolean;
}

export function siteFeatures(...sets: MarkdownExtensionsOption[]): SiteFeatures {
  const all = sets.map((extensions) => new MarkdownExtensions(extensions));
  return {math: all.some((set) => set.has('pymdownx.arithmatex')), mermaid: all.some((set) => hasMermaidFence(set))};
}
