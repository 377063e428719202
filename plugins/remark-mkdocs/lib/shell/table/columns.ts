/**
 * Header words and the labels they form. Positions are indices into a line's
 * code points (see lines.ts).
 */
import {isHeader} from './header';
import {type Chars, sliceTrimmed} from './lines';

/** How far an author may nudge a cell from its label, in columns. */
export const NUDGE_TOLERANCE = 2;

/** A run of non-blank characters; `end` is exclusive. */
export interface Word {
  start: number;
  end: number;
}

export interface Column {
  /** First position of the column; it runs to the next column's start. */
  start: number;
  /** The header words of its label: `CONTAINER ID` has two. */
  words: Word[];
  /** Separated from the previous header word by exactly one space. */
  oneSpace: boolean;
}

export function findWords(chars: Chars): Word[] {
  const words: Word[] = [];
  for (let index = 0; index < chars.length; index++) {
    if (chars[index] === ' ') continue;
    const start = index;
    while (index < chars.length && chars[index] !== ' ') index++;
    words.push({start, end: index});
  }
  return words;
}

export function wordText(chars: Chars, word: Word): string {
  return sliceTrimmed(chars, word.start, word.end);
}

/**
 * Labels as a tabwriter prints them: words one space apart form one label, a
 * wider gap (at least `minGap`) starts a column at the next word.
 */
export function labelColumns(words: Word[], minGap: number): Column[] | undefined {
  const columns: Column[] = [];
  for (const word of words) {
    const previous = columns[columns.length - 1];
    const gap = previous ? word.start - labelEnd(previous) : Infinity;
    if (previous && gap === 1) previous.words.push(word);
    else if (gap < minGap) return undefined;
    else columns.push({start: word.start, words: [word], oneSpace: false});
  }
  return columns;
}

export function labelStart(column: Column): number {
  return column.words[0].start;
}

export function labelEnd(column: Column): number {
  return column.words[column.words.length - 1].end;
}

/** The header as labels, inner spaces kept (`Mounted on`), when it reads as one. */
export function headerLabels(header: Chars, columns: Column[]): string[] | undefined {
  if (!isHeader(columns.map((column) => column.words.map((word) => wordText(header, word))))) return undefined;
  return columns.map((column) => sliceTrimmed(header, labelStart(column), labelEnd(column)));
}
