import type {Code} from 'mdast';
import {PYGMENTS_LEXERS} from '../fence/pygments-lexers';
import {commentStart, findAnnotationMarkers, type AnnotationMarker} from './code-markers';

declare module 'mdast' {
  interface CodeData {
    /**
     * Set by the annotation steps on a code block with bound markers: its
     * text without the markers outside comments (a shell block's copy is
     * computed from it; the shell step cuts comment markers itself).
     */
    mkdocsAnnotationCopy?: string;
  }
}

/** The text a code block's copy is computed from: without bound markers outside comments (they are buttons). */
export function copySource(node: Code): string {
  return node.data?.mkdocsAnnotationCopy ?? node.value;
}

/** A block with marker buttons: sample output is shown as text, where they can sit, rather than as a table. */
export function hasTextMarkerButtons(node: Code): boolean {
  return node.data?.mkdocsAnnotationCopy !== undefined;
}

/**
 * Markers outside comments, in the code blocks of a prose-annotated block
 * (`<div class="annotate" markdown>`, `!!! note annotate`).
 *
 * Material's prose annotations (`annotation/list/index.ts`, `findMarkers`)
 * run `/(\(\d+\))(!)?/` over every DOM text node of the `.annotate` element,
 * code included, where a code block is Pygments' HTML: one `<span>` per token,
 * one text node per token (per line with Material's `line_spans`). So a marker
 * binds wherever Pygments keeps `(N)` inside one token:
 *
 * - a language Pygments has no lexer for (none, `text`, `yml`, `txt`, any name
 *   not in {@link PYGMENTS_LEXERS}: pymdownx.highlight falls back to the text
 *   lexer) or `output`: each line is one token, every marker binds;
 * - a session (`console`, `pwsh-session`, …): output lines are one
 *   `Generic.Output` token each, every marker binds there; prompt lines are
 *   read as commands;
 * - any other language: in comments (read by `code-markers.ts`), in a quoted
 *   string (one string token in every lexer: `echo "see (2)"`), in a shell's
 *   heredoc body (a string token a line), and anywhere in YAML and markup
 *   (keys, plain scalars and text are one token each: `name: web (1)`). Not in
 *   code proper: `f(1)` or `pods (1)` is `(`, `1`, `)` to Pygments (three
 *   tokens), which Material leaves alone, and so does this module.
 *
 * Knowing the tokens without running Pygments is an approximation for the
 * last case (strings are found by their quotes on one line); the first two
 * are exact. Lines are read one by one, as `line_spans` splits them.
 */

export interface TextMarker {
  /** 1-based list position the marker points at. */
  n: number;
  /** 0-based line of the block. */
  line: number;
  /** Offsets in the line: `from` holds `(`, `to` is after `)` or after the `!` of `(N)!`. */
  from: number;
  to: number;
}

/** How Pygments tokenizes a block's lines, for markers. */
export type CodeTextKind = 'plain' | 'session' | 'highlighted';

const SESSIONS = new Set(['console', 'shell-session', 'pwsh-session', 'ps1con', 'doscon', 'tcshcon']);
const OUTPUT_LEXERS = new Set(['text', 'output']);

/** The language as pymdownx.highlight resolves it (Pygments lower-cases names). */
export function codeTextKind(language: string | undefined): CodeTextKind {
  const name = language?.toLowerCase();
  if (name === undefined || OUTPUT_LEXERS.has(name) || !PYGMENTS_LEXERS.has(name)) return 'plain';
  return SESSIONS.has(name) ? 'session' : 'highlighted';
}

/** `(digits)` with an optional `!`, as Material's pattern. */
const MARKER = /\((\d+)\)!?/g;
/** A prompt Pygments' session lexers read as one: `$ `, `# `, `% `, `user@host:~$ `, `(venv) $ `, `PS C:\> `, `C:\> `. */
const PROMPT = /^(?:\(\S+\) ?)?(?:[\w.-]+[@:]\S*(?:\s+\S+)?\s*)?[$#%] |^PS [^>]*> |^[A-Za-z]:\\[^>]*> /;

/** Languages whose lexer keeps every `(N)` outside comments in one token: YAML keys and plain scalars (`name: web (1)`, `{app: web (2)}`), markup text and attribute values. */
const WHOLE_LINE = new Set(['yaml', 'html', 'xml', 'svg']);
/** Shells, whose heredoc bodies Pygments reads as one string token a line. */
const SHELLS = new Set(['bash', 'sh', 'shell', 'zsh', 'ksh', 'console', 'shell-session']);
/** `<<EOF`, `<<-'EOF'`, `<< "END"`: the delimiter a heredoc body runs to. */
const HEREDOC = /<<-?[ \t]*(['"]?)([\w.-]+)\1/;

/**
 * The markers Material binds in a code block inside an annotated element:
 * those in comment tokens (read by `code-markers.ts`, on lines that have
 * comment tokens: not plain text, a session's output or a heredoc body) and
 * those in other tokens that Pygments does not split; `split`: the `(N)` in
 * code proper, which Pygments cuts into `(`, `N`, `)` and Material leaves as
 * text (an author who meant a marker wants to hear it).
 */
export function codeMarkers(
  code: string,
  language: string | undefined,
): {comments: AnnotationMarker[]; text: TextMarker[]; split: TextMarker[]} {
  const lines = readLines(code, language);
  const text: TextMarker[] = [];
  const split: TextMarker[] = [];
  code.split('\n').forEach((line, index) => {
    const {ranges, codeStart, codeEnd: codeEnds} = lines[index]!;
    for (const match of line.matchAll(MARKER)) {
      const marker = {n: Number(match[1]), line: index, from: match.index, to: match.index + match[0].length};
      if (ranges.some(([from, to]) => marker.from >= from && marker.to <= to)) text.push(marker);
      else if (marker.from >= codeStart && marker.to <= codeEnds) split.push(marker);
    }
  });
  // In a session, a comment marker only where this reading has the comment: `code-markers.ts` does not know the
  // prompt (`(venv) # '(1)` is a root prompt then a string, not a comment). Elsewhere it reads comments over
  // several lines (`/* … */`), which a line's own reading here cannot.
  const session = codeTextKind(language) === 'session';
  const comments = findAnnotationMarkers(code, language).filter(({line, from}) => lines[line]!.comments && (!session || from >= lines[line]!.codeEnd));
  return {comments, text, split};
}

interface LineReading {
  /** Where in the line a marker is inside one token, outside comments. */
  ranges: Array<[number, number]>;
  /** Whether the line can have comment tokens. */
  comments: boolean;
  /** Where the code starts (after a session's prompt) and where its comment starts (or the line's end). */
  codeStart: number;
  codeEnd: number;
}

/** How Pygments reads each line of the block, for markers. */
function readLines(code: string, language: string | undefined): LineReading[] {
  const kind = codeTextKind(language);
  const name = language?.toLowerCase() ?? '';
  let heredoc: string | undefined;
  return code.split('\n').map((text): LineReading => {
    const whole = (): LineReading => ({ranges: [[0, text.length]], comments: false, codeStart: 0, codeEnd: text.length});
    if (heredoc !== undefined) {
      const end = text.trim() === heredoc;
      if (end) heredoc = undefined;
      return end ? {ranges: [], comments: false, codeStart: 0, codeEnd: text.length} : whole();
    }
    if (SHELLS.has(name)) heredoc = HEREDOC.exec(text)?.[2];
    if (kind === 'plain') return whole();
    if (kind === 'session') {
      const prompt = PROMPT.exec(text);
      if (!prompt) return whole();
      const end = codeEnd(text, prompt[0].length, name);
      return {ranges: stringRanges(text, prompt[0].length, end), comments: true, codeStart: prompt[0].length, codeEnd: end};
    }
    const end = codeEnd(text, 0, name);
    return {ranges: WHOLE_LINE.has(name) ? [[0, end]] : stringRanges(text, 0, end), comments: true, codeStart: 0, codeEnd: end};
  });
}

/** Where `code-markers.ts` sees the comment start (markers there are its comment markers), or the line's end. */
function codeEnd(text: string, from: number, language: string): number {
  const comment = commentStart(text.slice(from), language);
  return comment ? from + comment.at : text.length;
}

/** The quoted strings between `from` and `to`: `"…"` (backslash escapes) and `'…'`; an unclosed quote runs to `to`. */
function stringRanges(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = from;
  while (at < to) {
    const quote = text[at];
    if (quote !== '"' && quote !== "'") {
      at++;
      continue;
    }
    let close = at + 1;
    while (close < to && text[close] !== quote) close += quote === '"' && text[close] === '\\' ? 2 : 1;
    ranges.push([at + 1, Math.min(close, to)]);
    at = close + 1;
  }
  return ranges;
}

/**
 * The block as copied once `markers` are buttons: each marker cut out (the
 * `!` of `(N)!` too), as Material hides its annotation buttons while copying;
 * a line that ended with a marker loses the blanks before it.
 */
export function withoutTextMarkers(code: string, markers: readonly TextMarker[]): string {
  const lines = code.split('\n');
  for (const marker of [...markers].sort((a, b) => b.line - a.line || b.from - a.from)) {
    const text = lines[marker.line]!;
    const rest = text.slice(marker.to);
    lines[marker.line] = rest.trim() === '' ? text.slice(0, marker.from).trimEnd() : text.slice(0, marker.from) + rest;
  }
  return lines.join('\n');
}
