/**
 * Column starts from *gutters*: positions blank in the header and in every
 * row. A start is only ever put just after a gutter, so no word is cut in two.
 */
import {type Column, NUDGE_TOLERANCE, type Word, labelColumns, labelEnd, wordText} from './columns';
import {isLowerCase, isTitleCase} from './header';
import {type Chars, sliceTrimmed} from './lines';
import {Occupancy} from './occupancy';

// Go's tabwriter as kubectl and docker use it pads every column by 3 spaces.
export const TABWRITER_PADDING = 3;
// Hand-made tables and other tools keep at least 2 spaces between labels.
export const MIN_LABEL_GAP = 2;

export class Gutters {
  private readonly occupancy: Occupancy;

  constructor(
    private readonly header: Chars,
    private readonly rows: Chars[],
  ) {
    this.occupancy = new Occupancy(rows);
  }

  private isGutter(position: number): boolean {
    return (this.header[position] ?? ' ') === ' ' && !this.occupancy.any(position, position + 1);
  }

  /** Tabwriter's layout: labels 3+ apart, each column starting at its label after a gutter. */
  tabwriterColumns(words: Word[]): Column[] | undefined {
    if (words[0].start !== 0) return undefined;
    const columns = labelColumns(words, TABWRITER_PADDING);
    return columns?.every((column, index) => index === 0 || this.isGutter(column.start - 1)) ? columns : undefined;
  }

  /**
   * Each header word starts a column after the rightmost gutter before it;
   * with no gutter, words one space apart form one label (`CONTAINER ID`) and
   * words further apart mean a row bridges them, which would cut it mid-word.
   */
  gutterColumns(words: Word[], oneSpaceColumns: boolean): Column[] | undefined {
    const first = this.rightmostGutter(0, words[0].start) + 1;
    // Text left of the first column belongs to no column.
    if (this.occupancy.any(0, first)) return undefined;
    const columns: Column[] = [{start: first, words: [words[0]], oneSpace: false}];
    for (const word of words.slice(1)) {
      const previous = columns[columns.length - 1];
      const end = labelEnd(previous);
      const oneSpace = word.start - end === 1;
      const gutter = this.rightmostGutter(end, word.start);
      if (gutter >= 0 && this.floatingText(end, gutter, word)) return undefined;
      if (gutter >= 0) columns.push({start: gutter + 1, words: [word], oneSpace});
      else if (oneSpace) previous.words.push(word);
      else return undefined;
    }
    const joined = this.joinEmptyContinuations(columns);
    // Text under the second word of `STAT START` splits it only where ps/df style is proven.
    return joined.some((column) => column.oneSpace) && !oneSpaceColumns ? undefined : joined;
  }

  /**
   * Columns one space apart (`STAT START`, `Avail Use%`) come from tools that
   * right-align numbers (ps, df); kubectl and docker put one space only inside
   * a label, and there text under a label's second word is as likely a nudged
   * cell. So one-space columns need a Title-case header (df) or a proven
   * right-aligned numeric column. A query's field names (`count avg_ms`) are one word a label, so a space between
   * them is a gutter too.
   */
  allowsOneSpaceColumns(words: Word[]): boolean {
    const texts = words.map((word) => wordText(this.header, word));
    if (isTitleCase(texts) || isLowerCase(texts)) return true;
    // Only a word that starts a label can head a column of its own.
    return words.some(
      (word, index) => (index === 0 || word.start - words[index - 1].end >= MIN_LABEL_GAP) && this.isRightAligned(word),
    );
  }

  private rightmostGutter(from: number, to: number): number {
    for (let position = to - 1; position >= from; position--) if (this.isGutter(position)) return position;
    return -1;
  }

  /**
   * Text with gutters on both sides between two header words belongs to the
   * left cell (`2024-01-02 10:11:12` has its space at the same place in every
   * row) unless it lies within reach of the right word, where it reads as well
   * as a nudged right cell (`. .` over `A   B`): ambiguous.
   */
  private floatingText(from: number, gutter: number, right: Word): boolean {
    let position = gutter;
    while (position > from && this.isGutter(position - 1)) position--;
    const islandEnd = position;
    while (position > from && !this.isGutter(position - 1)) position--;
    const floating = position > from;
    const nearRight = position >= right.start - NUDGE_TOLERANCE || Math.abs(islandEnd - right.end) <= NUDGE_TOLERANCE;
    return floating && nearRight;
  }

  /**
   * A word one space after the previous one with nothing under it in any row
   * continues that label: `NOMINATED NODE` over `<none>`, `Mounted on` over
   * `/`. Each column's own span decides, so the order of joining does not
   * matter.
   */
  private joinEmptyContinuations(columns: Column[]): Column[] {
    const joined: Column[] = [];
    columns.forEach((column, index) => {
      const end = columns[index + 1]?.start ?? Infinity;
      const previous = joined[joined.length - 1];
      if (previous && column.oneSpace && !this.occupancy.any(column.start, end)) previous.words.push(...column.words);
      else joined.push(column);
    });
    return joined;
  }

  /**
   * Right-aligned: in every row (two at least) a number ends exactly under
   * the word's end, and in some row it does not start under the word's start.
   */
  private isRightAligned(word: Word): boolean {
    if (this.rows.length < 2) return false;
    let ragged = false;
    for (const chars of this.rows) {
      if ((chars[word.end - 1] ?? ' ') === ' ' || (chars[word.end] ?? ' ') !== ' ') return false;
      let start = word.end - 1;
      while (start > 0 && chars[start - 1] !== ' ') start--;
      if (!NUMBER.test(sliceTrimmed(chars, start, word.end))) return false;
      ragged ||= start !== word.start;
    }
    return ragged;
  }
}

// A count, size, percentage or time as ps and df print them: `12345`, `3.9G`, `45%`, `0:03`.
const NUMBER = /^\d[\d.,:]*(?:[KMGTPE]i?B?|[kmgt]B?|B|%)?$/;
