import path from 'node:path';
import type {VFile} from 'vfile';

/** One warning a plugin attached to a lesson (`file.message(…)`), reduced to what is printed. */
export interface LessonWarning {
  line: number;
  column: number;
  /** On one line: a reason that spans lines is joined with single spaces. */
  reason: string;
  ruleId?: string;
}

/** The warnings of a processed file, in the order the plugins reported them. */
export function warningsOf(file: VFile): LessonWarning[] {
  return file.messages.map((message) => ({
    // `1:1` when the message has no place, as vfile-reporter does.
    line: message.line ?? 1,
    column: message.column ?? 1,
    reason: message.reason.replace(/\s*\n\s*/g, ' '),
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
  }));
}

/** A site-relative POSIX path (`docs/a.md`), so editors and CI annotate it on any OS. */
export function relativePath(filePath: string | undefined, cwd: string): string {
  return filePath ? path.relative(cwd, filePath).split(path.sep).join('/') : '<unknown file>';
}

/**
 * `docs/a.md:12:5  Unexpected X, expected Y  rule-id`. Two spaces separate the
 * parts because a reason may contain single spaces; the rule id is left out
 * when the message has none.
 */
export function formatWarningLine(file: string, warning: LessonWarning): string {
  const parts = [`${file}:${warning.line}:${warning.column}`, warning.reason];
  if (warning.ruleId) parts.push(warning.ruleId);
  return parts.join('  ');
}

/** Warnings in reading order (line, then column); the sort is stable, so ties keep the plugins' order. */
export function byPlace(a: LessonWarning, b: LessonWarning): number {
  return a.line - b.line || a.column - b.column;
}
