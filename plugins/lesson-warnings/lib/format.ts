import path from 'node:path';
import type {VFile} from 'vfile';
import {snippetSourceOf} from '../../remark-mkdocs';

/** One warning a plugin attached to a lesson (`file.message(…)`), reduced to what is printed. */
export interface LessonWarning {
  line: number;
  column: number;
  /** On one line: a reason that spans lines is joined with single spaces. */
  reason: string;
  ruleId?: string;
  /**
   * Text from a file the lesson includes (`--8<--`, pymdownx.snippets): that
   * file (site-relative) and, in `line`/`column`, the place in it.
   */
  file?: string;
  /** Then also the lesson's include line it came through (`docs/a.md:12`). */
  includedAt?: string;
}

/**
 * The warnings of a processed file, in the order the plugins reported them,
 * at the places the author wrote: a lesson parsed with its includes expanded
 * has its messages mapped back, to its own lines or to the included file's
 * (paths relative to `siteDir`, default the file's `cwd`).
 */
export function warningsOf(file: VFile, siteDir: string = file.cwd): LessonWarning[] {
  return file.messages.map((message) => ({
    // `1:1` when the message has no place, as vfile-reporter does.
    ...(message.line == null ? {line: 1, column: message.column ?? 1} : authorPlace(file, {line: message.line, column: message.column ?? 1}, siteDir)),
    reason: message.reason.replace(/\s*\n\s*/g, ' '),
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
  }));
}

/**
 * A place in the text the lesson was parsed from (its includes expanded) as the author wrote it: the lesson's own
 * line, or the included file (site-relative) with its line and the lesson's line it came through.
 */
export function authorPlace(file: VFile, place: {line: number; column: number}, siteDir: string): Pick<LessonWarning, 'line' | 'column' | 'file' | 'includedAt'> {
  const source = snippetSourceOf(file, place);
  const elsewhere = source !== undefined && source.path !== file.path;
  return {
    line: source?.line ?? place.line,
    column: source?.column ?? place.column,
    ...(elsewhere ? {file: relativePath(source.path, siteDir)} : {}),
    ...(elsewhere && source.includedAt ? {includedAt: `${relativePath(source.includedAt.path, siteDir)}:${source.includedAt.line}`} : {}),
  };
}

/** A site-relative POSIX path (`docs/a.md`), so editors and CI annotate it on any OS. */
export function relativePath(filePath: string | undefined, cwd: string): string {
  return filePath ? path.relative(cwd, filePath).split(path.sep).join('/') : '<unknown file>';
}

/**
 * `docs/a.md:12:5  Unexpected X, expected Y  rule-id` (a warning in an
 * included file: that file's path and place, then `(included at docs/a.md:3)`). Two spaces separate the
 * parts because a reason may contain single spaces; the rule id is left out
 * when the message has none.
 */
export function formatWarningLine(file: string, warning: LessonWarning): string {
  const reason = warning.includedAt ? `${warning.reason} (included at ${warning.includedAt})` : warning.reason;
  const parts = [`${warning.file ?? file}:${warning.line}:${warning.column}`, reason];
  if (warning.ruleId) parts.push(warning.ruleId);
  return parts.join('  ');
}

/** Warnings in reading order (line, then column); the sort is stable, so ties keep the plugins' order. */
export function byPlace(a: LessonWarning, b: LessonWarning): number {
  return a.line - b.line || a.column - b.column;
}
