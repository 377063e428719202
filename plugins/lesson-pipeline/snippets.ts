/**
 * pymdownx.snippets for the site's lessons: the expansion (run by the Markdown
 * preprocessor, `prepareText`), remembered per lesson so that remark-mkdocs
 * can report its problems and map positions back to the included files
 * (`expandedSnippets`), and the included files of each lesson for the
 * bundler's file watching (`snippetDependencies`, read by the loader in
 * `snippets-loader.cjs`).
 *
 * Base paths: relative `base_path` entries are resolved against the site
 * folder, the directory `docusaurus` runs in, as pymdownx resolves them
 * against the directory `mkdocs` runs in (the MkDocs project root). Without an
 * imported workshop the site uses pymdownx's default `.`: the site root, so a
 * lesson writes `--8<-- "docs/includes/x.md"`. An imported workshop's
 * `workshop/markdown-extensions.json` carries the base paths the import
 * rewrote for the site's layout (scripts/import-mkdocs/snippets.ts).
 */
import type {VFile} from 'vfile';
import {existsSync, readFileSync} from 'node:fs';
import {expandPageSnippets, includeMarkdownSettings, MarkdownExtensions, missingAutoAppendFiles, type IncludeMarkdownSettings, type IncludeProjectLayout, type SnippetExpansion} from '../remark-mkdocs';
import path from 'node:path';
import {WORKSHOP_DOCS} from '../workshop-site';
import {whileFilesUnchanged} from '../workshop-site/data-file';
import {isOwnPage, lessonExtensionsSet, siteMarkdownExtensions, WORKSHOP_EXTENSIONS_FILE} from './markdown-extensions';

/** The last expansion of each lesson (absolute path), as the preprocessor made it. */
const expansions = new Map<string, SnippetExpansion>();

/**
 * Shared with the loader (`snippets-loader.cjs`, plain CommonJS that the
 * bundler loads without the config's TypeScript transpiler): the files each
 * lesson's text was built from.
 */
const DEPENDENCIES = Symbol.for('lessonsaurus.snippetDependencies');
const registry = ((globalThis as Record<symbol, unknown>)[DEPENDENCIES] ??= new Map()) as Map<string, {files: string[]; missing: string[]}>;

/**
 * Where the import writes the settings of an imported workshop's
 * mkdocs-include-markdown-plugin (`plugins: - include-markdown` in its
 * mkdocs.yml), with its `docs_dir`: when the file is there, the workshop's
 * lessons have their `{% include-markdown … %}` directives expanded, with the
 * includes.
 */
export const INCLUDE_MARKDOWN_FILE = 'workshop/include-markdown.json';

/**
 * Where the import copies the files a workshop's pages include from outside
 * its docs_dir, at their paths in the project (`README.md` for
 * `{% include-markdown "../README.md" %}` in `docs/index.md`); pymdownx.snippets'
 * root base path (`.`) becomes the same folder.
 */
export const PROJECT_MIRROR_DIR = 'workshop/snippets/_root';

interface IncludeMarkdownSite {
  settings: IncludeMarkdownSettings;
  /** The workshop's layout, when the import recorded its docs_dir. */
  project?: IncludeProjectLayout;
}

/** The plugin's settings for the lesson: an imported workshop's lessons only, and only with the plugin on. */
function includeMarkdownFor(siteDir: string, filePath: string): IncludeMarkdownSite | undefined {
  if (isOwnPage(siteDir, filePath)) return undefined;
  const file = path.join(siteDir, INCLUDE_MARKDOWN_FILE);
  return whileFilesUnchanged(`include-markdown:${siteDir}`, [file], () => {
    if (!existsSync(file)) return undefined;
    const options = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const docsDir = options.docs_dir;
    return {
      settings: includeMarkdownSettings(options),
      ...(typeof docsDir === 'string' ? {project: {lessons: path.join(siteDir, WORKSHOP_DOCS), mirror: path.join(siteDir, PROJECT_MIRROR_DIR), docsDir}} : {}),
    };
  });
}

/** The lesson text with its includes expanded (unchanged when neither snippets nor include-markdown is on). */
export function expandLessonSnippets(text: string, filePath: string, siteDir: string): string {
  const extensions = lessonExtensionsSet(siteDir, filePath);
  const includeMarkdown = includeMarkdownFor(siteDir, filePath);
  if (!extensions.has('pymdownx.snippets') && !includeMarkdown) {
    registry.delete(filePath);
    return text;
  }
  const expansion = expandPageSnippets(text, filePath, extensions, siteDir, includeMarkdown?.settings, includeMarkdown?.project);
  expansions.set(filePath, expansion);
  registry.set(filePath, {files: expansion.dependencies, missing: expansion.missing});
  return expansion.text;
}


/**
 * The expansion the preprocessor made of this file, if the text parsed is
 * still that text (Docusaurus's own preprocessing may change characters on a
 * line, never the lines: the line count is compared).
 */
export function expandedLessonSnippets(file: VFile): SnippetExpansion | undefined {
  const expansion = file.path ? expansions.get(file.path) : undefined;
  if (!expansion) return undefined;
  const lines = String(file.value).split(/\r\n|\r|\n/).length;
  return lines === expansion.lineCount ? expansion : undefined;
}

/**
 * More files the lesson's page is built from (the custom icons it draws, `./custom-icons.ts`), added to those its
 * includes read, for the bundler to watch: called after `expandLessonSnippets` for the same text.
 */
export function addLessonDependencies(filePath: string, files: readonly string[]): void {
  if (files.length === 0) return;
  const entry = registry.get(filePath);
  registry.set(filePath, {files: [...new Set([...(entry?.files ?? []), ...files])], missing: entry?.missing ?? []});
}

/** The files a lesson includes (and those looked for but missing), for the bundler to watch. */
export function snippetDependencies(filePath: string): {files: string[]; missing: string[]} {
  return registry.get(filePath) ?? {files: [], missing: []};
}

/**
 * The site's own warnings about its snippets settings, as warning lines
 * (`file:line:column  reason  rule`): each `auto_append` file of the lessons'
 * extensions that no base path has. pymdownx skips such a file on every
 * page; the build says so once, not at the end of every page.
 */
export function snippetSettingsWarnings(siteDir: string): string[] {
  const extensions = new MarkdownExtensions(siteMarkdownExtensions(siteDir));
  const options = extensions.options('pymdownx.snippets');
  const bases = Array.isArray(options.base_path) ? options.base_path.join(', ') : String(options.base_path ?? '.');
  return missingAutoAppendFiles(extensions, siteDir).map((entry) =>
    /^https?:\/\//i.test(entry)
      ? `${WORKSHOP_EXTENSIONS_FILE}:1:1  Unexpected URL auto_append snippet \`${entry}\`, expected a local file: this build downloads nothing (url_download), so no page gets it  mkdocs-snippet-url`
      : `${WORKSHOP_EXTENSIONS_FILE}:1:1  Unexpected missing auto_append snippet \`${entry}\`, expected a file under the base paths (${bases}): ` +
        'no page gets it (pymdownx skips it too); add the file, or remove it from pymdownx.snippets auto_append in mkdocs.yml and import again  mkdocs-snippet-missing',
  );
}
