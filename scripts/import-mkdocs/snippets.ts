/**
 * pymdownx.snippets in an imported workshop: which included files the site
 * needs, where they go, and the `base_path` list the site reads instead of
 * the workshop's (written into `workshop/markdown-extensions.json`).
 *
 * MkDocs resolves `base_path` against the project root (where `mkdocs` runs),
 * so includes may name files outside docs_dir (`includes/prereqs.md`, or
 * `docs/getting_started/common_content/prereqs.md` written from the root). The
 * site resolves base paths against its own root. So:
 * - a base inside docs_dir becomes the same folder under the lessons' site folder (workshop/docs/, docs/<into>/)
 *   (those files are imported as pages anyway, and stay pages, as in MkDocs);
 * - any other base (the root `.`, `includes/`, …) becomes
 *   `workshop/snippets/<base>/` (the root: `workshop/snippets/_root/`), and the
 *   files the pages' includes find through it (nested includes followed) are
 *   copied there, at the same relative paths.
 * Only files an include names are copied, never the whole project.
 */
import {posix} from 'node:path';
import {readReference, snippetReferencePaths} from '../../plugins/remark-mkdocs';
import {PROJECT_MIRROR_DIR} from '../../plugins/lesson-pipeline/snippets';

export interface SnippetsImportInput {
  /** Every file of the MkDocs project (POSIX paths relative to its root). */
  projectFiles: readonly string[];
  read(file: string): string;
  /** docs_dir, relative to the project (`docs`). */
  docsDir: string;
  /** Where docs_dir lands in the site (`workshop/docs` when the workshop is the site, or `docs/<into>`). */
  siteDocsDir: string;
  /** The workshop's `pymdownx.snippets` options. */
  options: Readonly<Record<string, unknown>>;
}

export interface SnippetsImportPlan {
  /** Project file → site file (relative to the site root), for the included files outside docs_dir's import. */
  copies: Array<{source: string; target: string}>;
  /** The site's `base_path`, relative to the site root, in the workshop's order. */
  basePaths: string[];
  /** Includes no base path resolves (MkDocs would warn, or fail with check_paths). */
  missing: Array<{page: string; path: string; line: number}>;
  /** `auto_append` files no base path resolves: pymdownx skips them, so does the site (and says so once a build). */
  missingAutoAppend: string[];
}

const SNIPPETS_DIR = 'workshop/snippets';

export function planSnippets(input: SnippetsImportInput): SnippetsImportPlan {
  const raw = input.options.base_path ?? ['.'];
  const bases = (Array.isArray(raw) ? raw : [raw]).filter((entry): entry is string => typeof entry === 'string').map(normalize);
  const restrict = input.options.restrict_base_path !== false;
  const files = new Set(input.projectFiles);
  const docsDir = normalize(input.docsDir);
  const siteBase = (base: string) =>
    inside(base, docsDir) ? normalize(posix.join(input.siteDocsDir, posix.relative(docsDir === '.' ? '' : docsDir, base === '.' ? '' : base))) : base === '.' ? PROJECT_MIRROR_DIR : posix.join(SNIPPETS_DIR, base);

  const copies = new Map<string, string>();
  const missing: SnippetsImportPlan['missing'] = [];
  const seen = new Set<string>();
  /** The file `reference` names, copied if the lessons' folder does not bring it, and the files it includes; false when no base has it. */
  const follow = (reference: string): boolean => {
    const found = resolve(reference, bases, files, restrict);
    if (found === undefined) return false;
    if (!inside(found.base, docsDir)) copies.set(found.file, posix.join(siteBase(found.base), posix.relative(found.base === '.' ? '' : found.base, found.file)));
    visit(found.file);
    return true;
  };
  // A URL is no file of the project: not "missing" (the build says it downloads nothing).
  const isUrl = (reference: string) => /^https?:\/\//i.test(reference);
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const {path: reference, line} of snippetReferencePaths(input.read(file))) {
      if (!follow(reference) && !isUrl(reference)) missing.push({page: file, path: reference, line});
    }
  };
  const pages = input.projectFiles.filter((file) => inside(file, docsDir) && /\.md$/i.test(file)).sort();
  for (const page of pages) visit(page);
  // pymdownx.snippets appends these to every page (Material's glossary recipe: `includes/abbreviations.md` at the
  // project root): copied like any include, with what they include.
  const append = input.options.auto_append ?? [];
  const missingAutoAppend: string[] = [];
  for (const entry of (Array.isArray(append) ? append : [append]).filter((item): item is string => typeof item === 'string')) {
    if (!follow(readReference(entry).path) && !isUrl(entry)) missingAutoAppend.push(entry);
  }
  return {
    copies: [...copies].map(([source, target]) => ({source, target})).sort((a, b) => a.source.localeCompare(b.source)),
    basePaths: bases.map(siteBase),
    missing,
    missingAutoAppend,
  };
}

/** pymdownx's lookup: the first base that has the file (a path leaving the base does not count with restrict_base_path). */
function resolve(reference: string, bases: readonly string[], files: ReadonlySet<string>, restrict: boolean): {base: string; file: string} | undefined {
  for (const base of bases) {
    if (files.has(base)) {
      // A base that is a file offers that file, by its name.
      if (normalize(posix.join(posix.dirname(base), reference)) === base) return {base: posix.dirname(base), file: base};
      continue;
    }
    const file = normalize(posix.join(base, reference));
    if (restrict && !inside(file, base)) continue;
    if (files.has(file)) return {base, file};
  }
  return undefined;
}

/** A project path as one spelling (`./a//b/` → `a/b`, the root `.`). */
export function normalize(file: string): string {
  const result = posix.normalize(file.replace(/\\/g, '/')).replace(/\/+$/, '');
  return result === '' ? '.' : result;
}

/** `file` is the project folder `folder` or inside it. */
export function inside(file: string, folder: string): boolean {
  return folder === '.' ? !file.startsWith('../') && file !== '..' : file === folder || file.startsWith(`${folder}/`);
}

/**
 * The workshop's snippets options as the site must read them: `base_path`
 * replaced by the site's (for `workshop/markdown-extensions.json`, which the
 * import writes from mkdocs.yml).
 */
export function siteSnippetsOptions(options: Readonly<Record<string, unknown>> | null | undefined, plan: SnippetsImportPlan): Record<string, unknown> {
  return {...options, base_path: plan.basePaths};
}
