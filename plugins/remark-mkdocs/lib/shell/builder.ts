/**
 * Shared pieces of the classifier: the context it works in, the result
 * builder that keeps lines, commands and copy text in step, and the few line
 * tests every pass uses.
 */

import {commandText, commentText, joinCopyText} from './copy-text';
import type {Intro} from './intro';
import type {CommandUnit} from './structure';
import type {Certainty, ShellBlockKind, ShellClassification, ShellCommand, ShellLine} from './types';
import {commandShape, type Dialect} from './words';

export interface Context {
  lines: readonly string[];
  dialect: Dialect;
  annotations: boolean;
  /** Untagged or `text`: nothing says it is shell, so commands need a known command word. */
  strict: boolean;
  previous?: ShellBlockKind;
  /** What the paragraph right before the block says it is ("You should see:", "Run:"), if it says. */
  intro?: Intro;
  /**
   * The indentation every non-blank line shares (`analyse` sets it): a block indented as a whole (a fence under a list
   * item, its lines four spaces in) is not a block of its own inside it.
   */
  indent?: number;
  /**
   * A shell fence titled with a script's name (`title="01_fastqc.sh"`), read strictly: its `NAME=value` lines
   * (`READS_1="data/${SAMPLE_ID}_1.fq"`, `export OUTDIR=…`) set variables for the commands beside them, as in any
   * shell fence. Alone (`title=".env"`) they stay the file's text (see `surveyLines`).
   */
  typedAssignments?: boolean;
}

/** Sample output: every line shown as output, nothing to copy. */
export function output(lines: readonly string[], certainty: Certainty, reason: string): ShellClassification {
  return {
    kind: 'output',
    certainty,
    reason,
    lines: lines.map((text) => ({text, role: text.trim() === '' ? 'blank' : 'output'})),
    commands: [],
    copyAll: '',
  };
}

/** Builds lines, commands and copy text while walking a block top to bottom. */
export class Builder {
  readonly lines: ShellLine[];
  readonly commands: ShellCommand[] = [];
  /** What is copied, with the lines it comes from. */
  private readonly copy: Array<{text: string; first: number; last: number}> = [];

  /**
   * `blankLines`: copy the blank lines the author left between commands (a script: `01_fastqc.sh` copied to a file
   * keeps its paragraphs, and a blank line pasted at a prompt does nothing). A transcript's prompts say what is typed,
   * and its blank lines are what was printed: not copied.
   */
  constructor(
    source: readonly string[],
    private readonly annotations: boolean,
    private readonly blankLines = false,
  ) {
    this.lines = source.map((text) => ({text, role: text.trim() === '' ? 'blank' : 'output'}));
  }

  command(unit: CommandUnit) {
    const number = this.commands.length;
    for (const line of unit.lines) {
      const shown = this.lines[line.index];
      shown.role = line.role;
      shown.command = number;
      if (line.prompt) shown.prompt = line.prompt;
    }
    const text = commandText(unit.lines, this.annotations);
    this.commands.push({text, firstLine: unit.firstLine, lastLine: unit.lastLine});
    this.copy.push({text, first: unit.firstLine, last: unit.lastLine});
  }

  /** `annotations` false where Pygments sees no comment token (a console block's non-prompt lines are output to it). */
  comment(index: number, annotations = this.annotations) {
    this.lines[index].role = 'comment';
    const text = commentText(this.lines[index].text, annotations);
    if (text !== undefined) this.copy.push({text, first: index, last: index});
  }

  /** A prompt with nothing after it: shown, never copied. */
  barePrompt(index: number, prompt: string) {
    this.lines[index].prompt = prompt;
  }

  result(kind: ShellBlockKind, certainty: Certainty, reason: string): ShellClassification {
    return {kind, certainty, reason, lines: this.lines, commands: this.commands, copyAll: joinCopyText(this.copyParts())};
  }

  /** The copied texts, with the blank lines between two of them where nothing else (output) stands between. */
  private copyParts(): string[] {
    const parts: string[] = [];
    for (const [at, part] of this.copy.entries()) {
      const before = this.copy[at - 1];
      if (this.blankLines && before !== undefined) {
        const between = this.lines.slice(before.last + 1, part.first);
        // A comment of annotation markers alone (`# (1)!`) is not copied, nor does it part the blank lines around it.
        if (between.every((line) => line.role === 'blank' || line.role === 'comment')) {
          for (const line of between) if (line.role === 'blank') parts.push('');
        }
      }
      parts.push(part.text);
    }
    return parts;
  }

  get outputLines(): number {
    return this.lines.filter((line) => line.role === 'output').length;
  }
}

export function readsAsCommand(line: string, dialect: Dialect, strict: boolean, indent = 0): boolean {
  // In untagged text `mount home = yes` is a configuration file's setting (`key = value`), whatever its first word.
  if (strict && SETTING.test(line)) return false;
  // Nor is a line indented as a block of its own (a tool's help text: `    which will help to identify …`): a
  // command's own lines (loop bodies, continuations) are read with it, never on their own. Indented past what every
  // line of the block shares: `    brew tap tektoncd/tools` over `    brew install …` is a block indented as a whole.
  if (strict && /^(?: {4}|\t)/.test(line.slice(indent))) return false;
  const shape = commandShape(line, dialect);
  // In untagged text `NAME=value` is as likely a properties file or `env` output.
  return shape === 'known' || (shape === 'assignment' && !strict);
}

/** `key = value`, `bind path = /opt`, `queueSize      = 1024` (aligned): words, then an `=` standing alone, then a value. */
/** The indentation (in characters) every non-blank line starts with. */
export function commonIndent(lines: readonly string[]): number {
  let indent: number | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const own = /^[ \t]*/.exec(line)![0].length;
    indent = indent === undefined ? own : Math.min(indent, own);
    if (indent === 0) return 0;
  }
  return indent ?? 0;
}

export const SETTING = /^\s*[\w.-]+(?: [\w.-]+)* += +\S/;

/** `# …` (a shebang too) and PowerShell's `<# …`. */
export function isCommentLine(line: string): boolean {
  // cmd's `REM …` and `:: …` (a batch file's comments, in a `cmd`/`bat` fence or a bash one beside it): nothing bash
  // or cmd runs either, so they are comments in every shell block, as `#` lines are. `::1  localhost` (IPv6) is not.
  return /^\s*(?:#|<#)/.test(line) || CMD_COMMENT.test(line);
}

/** `REM Read your requirements.txt`, `@rem`, `:: note`. */
const CMD_COMMENT = /^\s*(?:@?(?:REM|[Rr]em)(?:\s|$)|::(?:\s|$))/;

/** The next line that is neither blank nor a comment starts a command. */
export function nextIsCommand(lines: readonly string[], from: number, startsCommand: (index: number) => boolean): boolean {
  for (let index = from + 1; index < lines.length; index++) {
    if (lines[index].trim() === '' || isCommentLine(lines[index])) continue;
    return startsCommand(index);
  }
  return false;
}
