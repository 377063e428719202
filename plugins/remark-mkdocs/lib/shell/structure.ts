/**
 * Group a block's lines into commands: a command starts on a line the caller
 * picks (a prompt line, or any line of a script) and takes the lines after it
 * while the lexer says it goes on, plus every heredoc body up to its
 * terminator. Heredoc bodies are read before anything else is decided about
 * them: a YAML manifest or a table inside `cat <<EOF` is part of the command,
 * never output.
 */

import {stripCommentMarkers} from './copy-text';
import {INITIAL_STATE, scanLine, type Heredoc, type LexState, type LineScan} from './lexer';
import {continuationPrompt} from './prompts';
import type {Dialect} from './words';

export type UnitLineRole = 'command' | 'continuation' | 'heredoc';

export interface UnitLine {
  index: number;
  role: UnitLineRole;
  /** Prompt shown before the text (`$ `, or `> ` on a continuation in a transcript). */
  prompt?: string;
  /** The line without its prompt: what gets pasted. */
  text: string;
  /** Offset of a shell comment in `text` (never set on heredoc lines: a heredoc body is data). */
  commentAt?: number;
}

export interface CommandUnit {
  lines: UnitLine[];
  firstLine: number;
  lastLine: number;
  /** A heredoc body ran to the end of the block without its terminator (as in bash). */
  unterminatedHeredoc?: true;
}

export interface CommandStart {
  prompt?: string;
  body: string;
}

export interface GroupOptions {
  dialect: Dialect;
  /**
   * Lines after the first come from a terminal transcript: strip the
   * continuation prompt (`> `) a terminal shows there, as Pygments'
   * session lexers do.
   */
  transcript: boolean;
  /**
   * Code annotations are on (Material's `content.code.annotate`): a comment that is only a marker (`\ #(1)!`) is
   * taken out of the copied text, so the command goes on where the `\` before it is then the line's end.
   */
  annotations: boolean;
}

/**
 * Read one command starting at `start`; returns its lines. `start` must not be
 * a blank line; the caller decided it begins a command.
 */
export function readCommand(lines: readonly string[], start: number, first: CommandStart, options: GroupOptions): CommandUnit {
  const unit: UnitLine[] = [];
  let scan = scanLineCopied(first.body, INITIAL_STATE, options);
  unit.push({index: start, role: 'command', prompt: first.prompt, text: first.body, commentAt: scan.commentAt});
  let state: LexState = scan.state;
  let index = start + 1;
  let unterminated = false;
  for (;;) {
    if (scan.heredocs.length > 0) {
      for (const heredoc of scan.heredocs) {
        const body = readHeredocBody(lines, index, heredoc, options, unit);
        unterminated ||= !body.terminated;
        index = body.next;
      }
      // After the bodies the command goes on only if the opening line said so
      // (`cat <<EOF |` then `kubectl apply -f -` after `EOF`).
      scan = {...scan, heredocs: []};
      if (!scan.continues) break;
    }
    if (!scan.continues || index >= lines.length) break;
    const raw = lines[index];
    const ps2 = options.transcript ? continuationPrompt(raw, options.dialect) : undefined;
    const text = ps2 ? raw.slice(ps2.length) : raw;
    scan = scanLineCopied(text, state, options);
    state = scan.state;
    unit.push({index, role: 'continuation', prompt: ps2, text, commentAt: scan.commentAt});
    index++;
  }
  return {lines: unit, firstLine: start, lastLine: unit[unit.length - 1].index, ...(unterminated ? {unterminatedHeredoc: true as const} : {})};
}

/**
 * A line as its copied text reads: `-p ${PW} \ #(1)!` is copied as `-p ${PW} \` (copy-text.ts takes the marker and
 * the blank before it away), a continuation, though to the shell `\ ` is an escaped blank and `#(1)!` a comment. The
 * split into commands follows the copied text, so the per-command buttons and "copy all" agree.
 */
function scanLineCopied(text: string, state: LexState, options: GroupOptions): LineScan {
  const scan = scanLine(text, state, options.dialect);
  if (scan.continues || !options.annotations || scan.commentAt === undefined) return scan;
  if (stripCommentMarkers(text.slice(scan.commentAt)) !== '') return scan;
  const before = text.slice(0, scan.commentAt).trimEnd();
  // An odd run of backslashes ends the line (`\\` is an escaped backslash); PowerShell continues with a backtick.
  const continued = options.dialect === 'powershell' ? before.endsWith('`') : (/\\+$/.exec(before)?.[0].length ?? 0) % 2 === 1;
  return continued ? {...scan, continues: true} : scan;
}

/** Body lines and the terminator line; the index after them. An unterminated body runs to the end, as in bash. */
function readHeredocBody(lines: readonly string[], from: number, heredoc: Heredoc, options: GroupOptions, unit: UnitLine[]): {next: number; terminated: boolean} {
  const {end, ps2} = findTerminator(lines, from, heredoc, options);
  const last = Math.min(end, lines.length - 1);
  for (let index = from; index <= last; index++) {
    const raw = lines[index];
    const prompt = ps2 ? continuationPrompt(raw, options.dialect) : undefined;
    unit.push({index, role: 'heredoc', prompt, text: prompt ? raw.slice(prompt.length) : raw});
  }
  return {next: last + 1, terminated: end < lines.length};
}

/** The terminator's line (`lines.length` when there is none), and whether the terminal shows `> ` before it. */
function findTerminator(lines: readonly string[], from: number, heredoc: Heredoc, options: GroupOptions): {end: number; ps2: boolean} {
  for (let end = from; end < lines.length; end++) {
    const line = lines[end];
    if (isTerminator(line, heredoc)) return {end, ps2: false};
    // In a transcript the terminal shows `> ` before each body line and the terminator.
    if (options.transcript) {
      const prompt = continuationPrompt(line, options.dialect);
      if (prompt && isTerminator(line.slice(prompt.length), heredoc)) return {end, ps2: true};
    }
  }
  return {end: lines.length, ps2: false};
}

function isTerminator(line: string, heredoc: Heredoc): boolean {
  if (heredoc.atLineStart) return line.startsWith(heredoc.delimiter);
  const candidate = heredoc.stripTabs ? line.replace(/^\t+/, '') : line;
  // bash wants the word alone on the line; lessons often leave trailing spaces.
  return candidate.trimEnd() === heredoc.delimiter;
}
