/**
 * Snippets in a unified pipeline. pymdownx.snippets is a preprocessor, so the
 * expansion happens before remark-parse reads the page: the plugin wraps the
 * processor's parser. A host that expands earlier itself (the site does it in
 * Docusaurus's `markdown.preprocessor`, so that its caches key on the
 * expanded text) passes `expandedSnippets` instead, and the plugin only
 * reports.
 *
 * Positions in the tree and in every message are positions in the expanded
 * text; `file.data.mkdocsSnippets.sources` maps each of its lines back to the
 * file and line it was written in (`snippetSourceOf`).
 */
import path from 'node:path';
import type {Root} from 'mdast';
import type {Processor} from 'unified';
import type {VFile} from 'vfile';
import {report} from '../messages';
import type {MarkdownExtensions} from '../markdown-extensions';
import {expandSnippets, lineCount, missingAutoAppend, type IncludeProjectLayout, type SnippetExpansion} from './expand';
import {snippetsOptions} from './options';
import type {IncludeMarkdownSettings} from '../include-markdown/include';

declare module 'vfile' {
  interface DataMap {
    /** The expansion of `--8<--` includes this file was parsed with (pymdownx.snippets on). */
    mkdocsSnippets: SnippetExpansion;
  }
}

/**
 * pymdownx.snippets, with the options of `extensions` (when on), and the
 * mkdocs-include-markdown-plugin's directives (with `includeMarkdown`, files
 * under `cwd` only), for a page at `filePath`.
 */
export function expandPageSnippets(
  text: string,
  filePath: string,
  extensions: MarkdownExtensions,
  cwd: string,
  includeMarkdown?: IncludeMarkdownSettings,
  project?: IncludeProjectLayout,
): SnippetExpansion {
  const options = snippetsOptions(extensions.options('pymdownx.snippets'), cwd);
  return expandSnippets(text, {
    path: filePath,
    options,
    skipLines: frontMatterLines(text),
    snippets: extensions.has('pymdownx.snippets'),
    ...(includeMarkdown ? {includeMarkdown: {settings: includeMarkdown, root: cwd, ...(project ? {project} : {})}} : {}),
  });
}

/**
 * The `auto_append` files of `extensions` (pymdownx.snippets on) that no base
 * path has: skipped on every page, as pymdownx skips them, and told once per
 * build by the site (a setting, not a page's text).
 */
export function missingAutoAppendFiles(extensions: MarkdownExtensions, cwd: string): string[] {
  if (!extensions.has('pymdownx.snippets')) return [];
  return missingAutoAppend(snippetsOptions(extensions.options('pymdownx.snippets'), cwd));
}

/**
 * The processor's parser, wrapped: it parses the expanded page. `pathless`:
 * the host expands files itself (`expandedSnippets`), so only texts parsed
 * without a path are expanded here: the Markdown of an authoring example
 * (remark-authoring-examples parses a fence's content with this processor),
 * whose include lines the page's preprocessor left as text (`;--8<--`).
 */
export function expandSnippetsBeforeParsing(processor: Processor<Root>, extensions: MarkdownExtensions, which: 'all' | 'pathless', includeMarkdown?: IncludeMarkdownSettings): void {
  const parse = processor.parser;
  if (!parse) throw new Error('remark-mkdocs: pymdownx.snippets needs a parser before the plugin (use remark-parse first)');
  processor.parser = function (document: string, file: VFile) {
    if (which === 'pathless' && file.path) return parse(document, file);
    // A page without a path still expands (its own lines are then attributed to '').
    const expansion = expandPageSnippets(document, file.path ?? '', extensions, file.cwd, file.path ? includeMarkdown : undefined);
    file.data.mkdocsSnippets = expansion;
    if (expansion.changed) file.value = expansion.text;
    return parse(expansion.text, file);
  };
}

/** The problems the expansion met, as messages at the author's line (kept in the page). */
export function reportSnippetProblems(file: VFile, expansion: SnippetExpansion): void {
  for (const problem of expansion.problems) {
    report(file, problem.ruleId, problem.reason, {line: problem.line, column: problem.column});
    if (problem.fatal) file.messages[file.messages.length - 1]!.fatal = true;
  }
}

export interface SnippetPlace {
  /** The file the text was written in (the page itself, or an included file). */
  path: string;
  line: number;
  column: number;
  /** For text from an included file: the page's include line. */
  includedAt?: {path: string; line: number};
}

/** Where a place of the expanded text was written; `undefined` when the file was not expanded or the line is unknown. */
export function snippetSourceOf(file: VFile, place: {line: number; column: number}): SnippetPlace | undefined {
  const expansion = file.data.mkdocsSnippets;
  if (!expansion?.changed) return undefined;
  const source = expansion.sources[place.line - 1];
  if (!source) return undefined;
  return {
    path: source.path,
    line: source.line,
    column: Math.max(1, place.column - source.indent),
    ...(source.includedAt ? {includedAt: {path: source.includedAt.path, line: source.includedAt.line}} : {}),
  };
}

/**
 * Where a place of the page's own text, as its author wrote it (before the includes were expanded), is in the
 * expanded text the file's positions are in: the inverse of `snippetSourceOf`, for what was read before the
 * expansion (mkdocs-macros renders the page's own text, as MkDocs does). The place itself when nothing was expanded.
 */
export function expandedPlaceOf(file: VFile, place: {line: number; column: number}): {line: number; column: number} {
  const expansion = file.data.mkdocsSnippets;
  if (!expansion?.changed || !file.path) return place;
  const page = path.resolve(file.path);
  const index = expansion.sources.findIndex((source) => source.includedAt === undefined && source.line === place.line && path.resolve(source.path) === page);
  return index < 0 ? place : {line: index + 1, column: place.column + expansion.sources[index]!.indent};
}

/**
 * How many lines at the start are YAML front matter (`---` … `---`/`...`),
 * which MkDocs removes before Markdown sees the page: no include is read there.
 */
export function frontMatterLines(text: string): number {
  // MkDocs' rule: at least one line between the fences, and a line break after the closing one.
  const match = /^\uFEFF?-{3}[ \t]*(?:\r\n|\r|\n)(?:[^\r\n]*(?:\r\n|\r|\n))+?(?:\.{3}|-{3})[ \t]*(?:\r\n|\r|\n)/.exec(text);
  return match ? lineCount(match[0]) - 1 : 0;
}
