/**
 * What a reader pastes: each command's text without prompts, continuation
 * and heredoc lines verbatim, no trailing newline (so pasting does not run
 * it), and without Material's code-annotation markers, which the MkDocs site
 * turns into buttons and leaves out of its own copy.
 *
 * Markers (section 6, ANN-2 of the syntax note) live in comment tokens: a
 * `(N)` cut out of the comment, or `(N)!` that replaces the whole comment.
 * Only markers at the end of a comment are stripped here — that is where
 * authors put them, and a `# wait (30) seconds` in the middle of a comment is
 * more likely prose than an annotation this module cannot see the list of.
 * Heredoc bodies are strings to Pygments, so a `# (1)` there is left alone.
 */

import type {UnitLine} from './structure';

/** One or more trailing markers, `(1)`, `(1)!`, `(1) (2)`. */
const TRAILING_MARKERS = /(?:[ \t]*\(\d+\)!?)+[ \t]*$/;

/**
 * A comment (from its `#`) with trailing annotation markers removed; '' when
 * nothing of it should be copied: it held only markers, or a `(N)!` marker
 * replaced it whole.
 */
export function stripCommentMarkers(comment: string): string {
  const match = TRAILING_MARKERS.exec(comment);
  if (!match) return comment;
  if (match[0].includes('!')) return '';
  const kept = comment.slice(0, match.index).trimEnd();
  // `# (1)` leaves a bare `#`: nothing worth pasting.
  return /^(?:#+|<#)?$/.test(kept) ? '' : kept;
}

/** A line of shell with a comment at `commentAt`, markers stripped from the comment. */
export function stripLineMarkers(text: string, commentAt: number | undefined): string {
  if (commentAt === undefined) return text;
  const comment = stripCommentMarkers(text.slice(commentAt));
  return comment === '' ? text.slice(0, commentAt).trimEnd() : text.slice(0, commentAt) + comment;
}

/** The exact paste text of one command. */
export function commandText(lines: readonly UnitLine[], annotations: boolean): string {
  return lines
    .map((line) => (annotations && line.role !== 'heredoc' ? stripLineMarkers(line.text, line.commentAt) : line.text))
    .join('\n')
    .trimEnd();
}

/** A comment line as copied, or undefined when it held only annotation markers. */
export function commentText(line: string, annotations: boolean): string | undefined {
  if (!annotations) return line.trimEnd();
  const at = line.indexOf('#');
  const kept = stripLineMarkers(line, at === -1 ? undefined : at);
  return kept.trim() === '' ? undefined : kept.trimEnd();
}

/** Everything to paste for the block: commands and the comments between them, in order. */
export function joinCopyText(parts: readonly string[]): string {
  return parts.join('\n');
}
