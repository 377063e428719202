import type {Code} from 'mdast';
import {PYGMENTS_LEXERS} from './pygments-lexers';

declare module 'mdast' {
  interface CodeData {
    /**
     * Set by prose annotations on a code block whose markers outside comments
     * bind: its text without them, which a shell block's copy is computed from.
     */
    mkdocsAnnotationCopy?: string;
  }
}

/** The text a code block's copy is computed from: without bound markers outside comments (they are buttons). */
export function copySource(node: Code): string {
  return node.data?.mkdocsAnnotationCopy ?? node.value;
}

/** A block with buttons in its text: shown as text, where they can sit, rather than as an output table. */
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
 *   string (one string token in every lexer: `echo "see (2)"`), and in a YAML
 *   plain scalar (`name: web (1)`, one `Literal.Scalar.Plain` token). Not in
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
  /** Offsets in the line: `start` holds `(`, `end` is after `)` or after the `!` of `(N)!`. */
  start: number;
  end: number;
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
/** Where a comment starts on a line (the same cue `code-markers.ts` reads comments by). */
const COMMENT_START = /(?:^|[ \t])(?:#|\/\/|--|;|<!--|\/\*|REM\b)/;
/** A prompt Pygments' session lexers read as one: `$ `, `# `, `% `, `user@host:~$ `, `(venv) $ `, `PS C:\> `, `C:\> `. */
const PROMPT = /^(?:\(\S+\) ?)?(?:[\w.-]+[@:]\S*(?:\s+\S+)?\s*)?[$#%] |^PS [^>]*> |^[A-Za-z]:\\[^>]*> /;
/** A YAML line's plain scalar: after `key: ` or `- `, not quoted, not a flow collection or block indicator. */
const YAML_VALUE = /^\s*(?:-\s+)*(?:[^\s#'"{[][^:#]*:\s+|-\s+)(?=[^\s'"{[|>&*!])/;

/** Every marker of the block that sits outside comments in a token Pygments does not split. */
export function findTextMarkers(code: string, language: string | undefined): TextMarker[] {
  const kind = codeTextKind(language);
  const yaml = language?.toLowerCase() === 'yaml';
  const markers: TextMarker[] = [];
  code.split('\n').forEach((text, line) => {
    for (const [from, to] of bindingRanges(text, kind, yaml)) {
      MARKER.lastIndex = from;
      for (let match = MARKER.exec(text); match && match.index + match[0].length <= to; match = MARKER.exec(text)) {
        markers.push({n: Number(match[1]), line, start: match.index, end: match.index + match[0].length});
      }
    }
  });
  return markers;
}

/** The parts of one line where a marker is inside a single Pygments token, outside comments. */
function bindingRanges(text: string, kind: CodeTextKind, yaml: boolean): Array<[number, number]> {
  if (kind === 'plain') return [[0, text.length]];
  if (kind === 'session') {
    const prompt = PROMPT.exec(text);
    if (!prompt) return [[0, text.length]];
    return stringRanges(text, prompt[0].length, codeEnd(text, prompt[0].length));
  }
  const end = codeEnd(text, 0);
  const value = yaml ? YAML_VALUE.exec(text.slice(0, end)) : null;
  if (value) return [[value[0].length, end]];
  return stringRanges(text, 0, end);
}

/** Where the line's comment starts (markers there are comment markers), or its end. */
function codeEnd(text: string, from: number): number {
  const comment = COMMENT_START.exec(text.slice(from));
  return comment ? from + comment.index : text.length;
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
 * Whether markers in the comments of this line count (`code-markers.ts`):
 * not in plain text (no comment tokens) nor on a session's output lines,
 * where every marker is a text marker already.
 */
export function commentMarkersCount(kind: CodeTextKind, line: string): boolean {
  if (kind === 'plain') return false;
  return kind === 'highlighted' || PROMPT.test(line);
}

/**
 * The block as copied once `markers` are buttons: each marker cut out (the
 * `!` of `(N)!` too), as Material hides its annotation buttons while copying;
 * a line that ended with a marker loses the blanks before it.
 */
export function withoutTextMarkers(code: string, markers: readonly TextMarker[]): string {
  const lines = code.split('\n');
  for (const marker of [...markers].sort((a, b) => b.line - a.line || b.start - a.start)) {
    const text = lines[marker.line]!;
    const rest = text.slice(marker.end);
    lines[marker.line] = rest.trim() === '' ? text.slice(0, marker.start).trimEnd() : text.slice(0, marker.start) + rest;
  }
  return lines.join('\n');
}
