/**
 * Group a block's lines into commands: a command starts on a line the caller
 * picks (a prompt line, or any line of a script) and takes the lines after it
 * while the lexer says it goes on, plus every heredoc body up to its
 * terminator. Heredoc bodies are read before anything else is decided about
 * them: a YAML manifest or a table inside `cat <<EOF` is part of the command,
 * never output.
 */

import {INITIAL_STATE, scanLine, type Heredoc, type LexState} from './lexer';
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
}

/**
 * Read one command starting at `start`; returns its lines. `start` must not be
 * a blank line; the caller decided it begins a command.
 */
export function readCommand(lines: readonly string[], start: number, first: CommandStart, options: GroupOptions): CommandUnit {
  const unit: UnitLine[] = [];
  let scan = scanLine(first.body, INITIAL_STATE, options.dialect);
  unit.push({index: start, role: 'command', prompt: first.prompt, text: first.body, commentAt: scan.commentAt});
  let state: LexState = scan.state;
  let index = start + 1;
  for (;;) {
    if (scan.heredocs.length > 0) {
      for (const heredoc of scan.heredocs) index = readHeredocBody(lines, index, heredoc, options, unit);
      // After the bodies the command goes on only if the opening line said so
      // (`cat <<EOF |` then `kubectl apply -f -` after `EOF`).
      scan = {...scan, heredocs: []};
      if (!scan.continues) break;
    }
    if (!scan.continues || index >= lines.length) break;
    const raw = lines[index];
    const ps2 = options.transcript ? continuationPrompt(raw, options.dialect) : undefined;
    const text = ps2 ? raw.slice(ps2.length) : raw;
    scan = scanLine(text, state, options.dialect);
    state = scan.state;
    unit.push({index, role: 'continuation', prompt: ps2, text, commentAt: scan.commentAt});
    index++;
  }
  return {lines: unit, firstLine: start, lastLine: unit[unit.length - 1].index};
}

/** Body lines and the terminator line; returns the index after them. An unterminated body runs to the end, as in bash. */
function readHeredocBody(lines: readonly string[], from: number, heredoc: Heredoc, options: GroupOptions, unit: UnitLine[]): number {
  let end = from;
  let ps2 = false;
  while (end < lines.length) {
    const line = lines[end];
    if (isTerminator(line, heredoc)) break;
    // In a transcript the terminal shows `> ` before each body line and the terminator.
    if (options.transcript) {
      const prompt = continuationPrompt(line, options.dialect);
      if (prompt && isTerminator(line.slice(prompt.length), heredoc)) {
        ps2 = true;
        break;
      }
    }
    end++;
  }
  const last = Math.min(end, lines.length - 1);
  for (let index = from; index <= last; index++) {
    const raw = lines[index];
    const prompt = ps2 ? continuationPrompt(raw, options.dialect) : undefined;
    unit.push({index, role: 'heredoc', prompt, text: prompt ? raw.slice(prompt.length) : raw});
  }
  return last + 1;
}

function isTerminator(line: string, heredoc: Heredoc): boolean {
  if (heredoc.atLineStart) return line.startsWith(heredoc.delimiter);
  const candidate = heredoc.stripTabs ? line.replace(/^\t+/, '') : line;
  // bash wants the word alone on the line; lessons often leave trailing spaces.
  return candidate.trimEnd() === heredoc.delimiter;
}
