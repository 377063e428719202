/**
 * Python-Markdown's `tables` extension (3.4's `TableProcessor`) as pure
 * functions over lines: where a row's cells are, whether a block starts a
 * table, and how its columns are aligned. The tokenizer (`construct.ts`) emits
 * its tokens at the offsets these give, so what is a cell is decided in one
 * place.
 *
 * A row is split at its pipes, except an escaped one (`\|`) and one inside a
 * code span (a run of backticks and the next run of the same length in the
 * row: `` `x | y` `` is one cell), which GFM splits at. The header decides
 * whether rows have a border: when it starts with a pipe or ends with an
 * unescaped one, every row loses its leading pipe and its trailing one. A row
 * with fewer cells than the header gets empty ones; cells past the header's
 * count are dropped.
 *
 * Lines must have their tabs expanded (micromark hands us virtual spaces,
 * Python-Markdown runs `expandtabs(4)` first). Python-Markdown strips rows and
 * cells of spaces only (`strip(' ')`).
 */
import type {Span} from '../python-markdown';

export type {Span};

/** A column's alignment, as mdast's `table.align` holds it. */
export type Align = 'left' | 'right' | 'center' | null;

/** A row as `_split_row` splits it, in offsets into the line. */
export interface RowSplit {
  /** The row without the spaces around it (`row.strip(' ')`). */
  row: Span;
  /** The leading border pipe, when the table has a border and the row starts with `|`. */
  leftBorder?: Span;
  /** The trailing border: an unescaped `|` ending the row, with the pairs of backslashes before it (Python-Markdown drops those too). */
  rightBorder?: Span;
  /** Each cell between the borders, from the pipe before it (or the row's start) to the pipe after it (or the row's end). */
  cells: Span[];
  /** The pipes that separate `cells` (one fewer than cells). */
  dividers: number[];
}

/** What the first lines of a block say about the table they start. */
export interface TableHead {
  /** Whether rows lose their leading and trailing pipes (the header has one of them). */
  border: boolean;
  /** One per column: the header's cell count. */
  align: Align[];
}

const PIPE = '|';
const BACKSLASH = '\\';
const BACKTICK = '`';

/** `line[start:end].strip(' ')`. */
export function stripSpaces(line: string, start: number, end: number): Span {
  while (start < end && line[start] === ' ') start++;
  while (end > start && line[end - 1] === ' ') end--;
  return {start, end};
}

/**
 * The trailing border of `line[start:end]`: a `|` at its end after an even
 * number of backslashes (`RE_END_BORDER`, `(?<!\\)(?:\\\\)*\|$`), from the
 * first of those backslashes.
 */
function endBorder(line: string, start: number, end: number): Span | undefined {
  if (end <= start || line[end - 1] !== PIPE) return undefined;
  let from = end - 1;
  while (from > start && line[from - 1] === BACKSLASH) from--;
  return (end - 1 - from) % 2 === 0 ? {start: from, end} : undefined;
}

/** Whether the header (or, in a one-column table, any row) starts or ends with a border pipe. */
export function hasBorder(line: string): boolean {
  const row = stripSpaces(line, 0, line.length);
  return line[row.start] === PIPE || endBorder(line, row.start, row.end) !== undefined;
}

/** Split a row (`_split_row`): `border` is the header's. */
export function splitRow(line: string, border: boolean): RowSplit {
  const row = stripSpaces(line, 0, line.length);
  let {start, end} = row;
  let leftBorder: Span | undefined;
  let rightBorder: Span | undefined;
  if (border) {
    if (line[start] === PIPE) {
      leftBorder = {start, end: start + 1};
      start++;
    }
    rightBorder = endBorder(line, start, end);
    if (rightBorder) end = rightBorder.start;
  }
  const dividers = cellPipes(line, start, end);
  const cells: Span[] = [];
  let from = start;
  for (const pipe of dividers) {
    cells.push({start: from, end: pipe});
    from = pipe + 1;
  }
  cells.push({start: from, end});
  return {row, ...(leftBorder ? {leftBorder} : {}), ...(rightBorder ? {rightBorder} : {}), cells, dividers};
}

/** A run of backticks (`tic_points`): where it starts (at its backslash when escaped), its last backtick, and its length less the escape. */
interface TickRun {
  start: number;
  last: number;
  /** Backticks in the run. */
  length: number;
  escaped: boolean;
}

/**
 * The pipes of `line[start:end]` that separate cells (`_split`): read left to
 * right, `\\` and `\|` are skipped, `` \` `` starts an escaped run of
 * backticks; an opening run (less its escaped backtick) pairs with the next
 * run of the same length, and pipes between them, both runs included, are
 * code.
 */
function cellPipes(line: string, start: number, end: number): number[] {
  const pipes: number[] = [];
  const runs: TickRun[] = [];
  let index = start;
  while (index < end) {
    const char = line[index];
    if (char === BACKSLASH && index + 1 < end) {
      const next = line[index + 1];
      if (next === BACKSLASH || next === PIPE) {
        index += 2;
        continue;
      }
      if (next === BACKTICK) {
        const last = runEnd(line, index + 1, end) - 1;
        runs.push({start: index, last, length: last - index, escaped: true});
        index = last + 1;
        continue;
      }
    } else if (char === BACKTICK) {
      const last = runEnd(line, index, end) - 1;
      runs.push({start: index, last, length: last - index + 1, escaped: false});
      index = last + 1;
      continue;
    } else if (char === PIPE) {
      pipes.push(index);
    }
    index++;
  }
  if (runs.length < 2) return pipes;
  const regions: Span[] = [];
  let position = 0;
  while (position < runs.length) {
    const opening = runs[position]!;
    const size = opening.length - (opening.escaped ? 1 : 0);
    let closing = -1;
    if (size > 0) {
      for (let other = position + 1; other < runs.length; other++) {
        if (runs[other]!.length === size) {
          closing = other;
          break;
        }
      }
    }
    if (closing < 0) {
      position++;
      continue;
    }
    regions.push({start: opening.start, end: runs[closing]!.last});
    position = closing + 1;
  }
  return pipes.filter((pipe) => !regions.some((region) => region.start <= pipe && pipe <= region.end));
}

function runEnd(line: string, index: number, end: number): number {
  while (index < end && line[index] === BACKTICK) index++;
  return index;
}

/** The alignment a separator cell gives its column. */
function alignOf(line: string, cell: Span): Align {
  const {start, end} = stripSpaces(line, cell.start, cell.end);
  const left = start < end && line[start] === ':';
  const right = start < end && line[end - 1] === ':';
  return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
}

/** Characters a separator row may have (`set('|:- ')`). */
const SEPARATOR = /^[|:\- ]*$/;

export type TableStart = {kind: 'table'; head: TableHead} | {kind: 'no'} | {kind: 'more'};

/**
 * Do the first lines of a block start a table (`TableProcessor.test`)?
 * `lines`: the block's lines read so far, from its first; `complete`: the
 * block has no more. `more` asks for the next line: a one-column table needs
 * a border pipe on every line of its block, so it is known only at the end.
 * `checked`: lines before it were checked by an earlier call (one per line
 * read, so a long block costs linear time).
 */
export function readTableStart(lines: readonly string[], complete: boolean, checked = 1): TableStart {
  const header = lines[0]!;
  const border = hasBorder(header);
  const count = splitRow(header, border).cells.length;
  if (count === 1 && !border) return {kind: 'no'};
  if (count === 1) {
    for (let index = Math.max(checked, 1); index < lines.length; index++) if (!hasBorder(lines[index]!)) return {kind: 'no'};
    if (!complete) return {kind: 'more'};
  }
  if (lines.length < 2) return complete ? {kind: 'no'} : {kind: 'more'};
  const separator = lines[1]!;
  const split = splitRow(separator, border);
  if (split.cells.length !== count) return {kind: 'no'};
  if (!split.cells.every((cell) => SEPARATOR.test(separator.slice(cell.start, cell.end)))) return {kind: 'no'};
  return {kind: 'table', head: {border, align: split.cells.map((cell) => alignOf(separator, cell))}};
}
