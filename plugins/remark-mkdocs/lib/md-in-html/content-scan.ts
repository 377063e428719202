/**
 * Where a `<tag markdown>` element ends: the matching closing tag, found line
 * by line as the tokenizer reaches each line (every line is scanned once, so
 * the search stays linear however long the element is).
 *
 * Python-Markdown finds the closing tag in a preprocessor that runs after
 * superfences has taken the fenced code out of the text, on raw lines: it
 * counts nested tags of the same name, ignores tags in fences and HTML
 * comments (its HTML parser skips comments), and does not know code spans or
 * indented code (a `</div>` there closes the element too). This scanner does
 * the same, so the element ends where MkDocs ends it; only then is the content
 * handed to micromark as a nested document. Like superfences, it sees a fence
 * at any indentation and after `>` markers (a fence inside a box or a block
 * quote inside the element).
 */

export interface FenceState {
  marker: '`' | '~';
  size: number;
}

export interface ScanState {
  /** Open elements of the same name, the element itself included. */
  readonly depth: number;
  /** Inside a fence that opened on an earlier line. */
  readonly fence?: FenceState;
  /** Inside an HTML comment that opened on an earlier line. */
  readonly comment: boolean;
}

export interface LinePlan {
  /** The matching closing tag on this line: `start` at its `<`, `end` past its `>`. */
  close?: {start: number; end: number};
  /** The state for the next line (meaningless once `close` is set). */
  state: ScanState;
}

export const INITIAL_SCAN_STATE: ScanState = {depth: 1, comment: false};

/**
 * Scan one line of an element named `name` (lower-case). `atLineStart` is
 * false for the rest of the opening tag's own line: no fence or nested
 * opening tag can start there.
 */
export function scanContentLine(line: string, name: string, state: ScanState, atLineStart: boolean): LinePlan {
  if (state.fence) {
    return {state: closesFence(line, state.fence) ? {...state, fence: undefined} : state};
  }
  let {depth, comment} = state;
  let index = 0;
  if (atLineStart && !comment) {
    const fence = opensFence(line);
    if (fence) return {state: {depth, comment, fence}};
    // A nested element of the same name counts only where Python-Markdown
    // sees a block tag: at the start of a line (here also after the
    // indentation and `>` of containers inside the element).
    const first = lineContentStart(line);
    const opened = openingTagEnd(line, first, name);
    if (opened !== undefined) {
      depth++;
      index = opened;
    }
  }
  while (index < line.length) {
    if (comment) {
      const end = line.indexOf('-->', index);
      if (end === -1) return {state: {depth, comment}};
      comment = false;
      index = end + 3;
      continue;
    }
    const open = line.indexOf('<', index);
    if (open === -1) break;
    if (line.startsWith('<!--', open)) {
      comment = true;
      index = open + 4;
      continue;
    }
    const closeEnd = closingTagEnd(line, open, name);
    if (closeEnd !== undefined) {
      depth--;
      if (depth === 0) return {close: {start: open, end: closeEnd}, state: {depth, comment}};
      index = closeEnd;
      continue;
    }
    index = open + 1;
  }
  return {state: {depth, comment}};
}

/** Index of the first character after indentation and block quote markers. */
function lineContentStart(line: string): number {
  let index = 0;
  while (index < line.length && (line[index] === ' ' || line[index] === '\t' || line[index] === '>')) index++;
  return index;
}

/** `<name` + a boundary at `index`, not self-closing: the index past its `>` (or past the name when the tag runs on). */
function openingTagEnd(line: string, index: number, name: string): number | undefined {
  if (line[index] !== '<' || !nameAt(line, index + 1, name)) return undefined;
  const after = index + 1 + name.length;
  const next = line[after];
  if (next !== undefined && next !== ' ' && next !== '\t' && next !== '>' && next !== '/') return undefined;
  const close = line.indexOf('>', after);
  if (close === -1) return after;
  return line[close - 1] === '/' ? undefined : close + 1;
}

/** `</name *>` at `index`: the index past its `>`. */
function closingTagEnd(line: string, index: number, name: string): number | undefined {
  if (line[index + 1] !== '/' || !nameAt(line, index + 2, name)) return undefined;
  let end = index + 2 + name.length;
  while (line[end] === ' ' || line[end] === '\t') end++;
  return line[end] === '>' ? end + 1 : undefined;
}

function nameAt(line: string, index: number, name: string): boolean {
  return line.slice(index, index + name.length).toLowerCase() === name;
}

/** A fence opening line (superfences: any indentation); a backtick fence's info may not hold a backtick. */
export function opensFence(line: string): FenceState | undefined {
  const start = lineContentStart(line);
  const marker = line[start];
  if (marker !== '`' && marker !== '~') return undefined;
  let end = start;
  while (line[end] === marker) end++;
  const size = end - start;
  if (size < 3) return undefined;
  if (marker === '`' && line.includes('`', end)) return undefined;
  return {marker, size};
}

export function closesFence(line: string, fence: FenceState): boolean {
  const start = lineContentStart(line);
  let end = start;
  while (line[end] === fence.marker) end++;
  return end - start >= fence.size && /^[ \t]*$/.test(line.slice(end));
}
