/**
 * Line handling shared by both table readers: colour escapes removed, blank
 * lines cut the block into groups (`kubectl get svc,endpoints` prints one table
 * per kind), and aligned text indexed by code point so a column is a character
 * position, as Go's tabwriter counts it (runes), not a UTF-16 offset.
 */

/** A table as a reader returns it, before its line number is attached. */
export interface Grid {
  header: string[];
  rows: string[][];
}

export interface NumberedLine {
  text: string;
  /** 1-based line in the input. */
  line: number;
}

// CSI (`ESC [ … final byte`, also its one-byte C1 form), OSC (`ESC ] … BEL|ST`,
// hyperlinks) and two-character escapes: what coloured CLI output contains.
const ANSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

const TAB_STOP = 8;

/** Non-blank lines, ANSI escapes removed, in groups separated by blank lines. */
export function groupLines(text: string): NumberedLine[][] {
  const groups: NumberedLine[][] = [];
  let current: NumberedLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const clean = raw.replace(ANSI, '');
    if (/\S/u.test(clean)) {
      current.push({text: clean, line: index + 1});
    } else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * A line indexed by code point. Most output is free of astral characters, and
 * there a string already is one (one UTF-16 unit per code point), which spares
 * an array per line; only lines with surrogate pairs become arrays.
 */
export type Chars = string | readonly string[];

/** Code points, TABs expanded to the next multiple of 8 as a terminal shows them. */
export function expandTabs(line: string): Chars {
  if (!/[\t\uD800-\uDFFF]/.test(line)) return line;
  const chars: string[] = [];
  for (const char of line) {
    if (char !== '\t') chars.push(char);
    else do chars.push(' '); while (chars.length % TAB_STOP !== 0);
  }
  return /[\uD800-\uDFFF]/.test(line) ? chars : chars.join('');
}

/** Drop the indentation all lines share: authors indent whole samples. */
export function dedent(lines: Chars[]): Chars[] {
  // A loop, not Math.min(...): spreading 10,000 arguments risks the call stack.
  let indent = Infinity;
  for (const chars of lines) indent = Math.min(indent, leadingSpaces(chars));
  return indent === 0 ? lines : lines.map((chars) => chars.slice(indent));
}

/** Positions [from, to) as text, spaces at both ends left out. */
export function sliceTrimmed(chars: Chars, from: number, to: number): string {
  const [start, end] = trimmedRange(chars, from, to);
  return typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');
}

/** The part of [from, to) between its first and last non-space; empty when blank. */
export function trimmedRange(chars: Chars, from: number, to: number): [number, number] {
  let start = Math.max(from, 0);
  let end = Math.min(to, chars.length);
  while (start < end && chars[start] === ' ') start++;
  while (end > start && chars[end - 1] === ' ') end--;
  return [start, end];
}

function leadingSpaces(chars: Chars): number {
  let count = 0;
  while (chars[count] === ' ') count++;
  return count;
}

/** Trim spaces only: other white space (NBSP, …) is cell content. */
export function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, '');
}
