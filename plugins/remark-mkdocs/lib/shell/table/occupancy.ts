import {type Chars} from './lines';

/**
 * Which character positions hold text in some row. Prefix sums make "is any
 * row non-blank between these positions?" one subtraction, which keeps the
 * gutter search linear in the size of the table.
 */
export class Occupancy {
  /** `counts[c]`: non-blank characters, summed over rows, at positions before c. */
  private readonly counts: Int32Array;

  constructor(rows: Chars[]) {
    let width = 0;
    for (const chars of rows) width = Math.max(width, chars.length);
    const counts = new Int32Array(width + 1);
    for (const chars of rows) {
      for (let position = 0; position < chars.length; position++) if (chars[position] !== ' ') counts[position + 1]++;
    }
    for (let column = 1; column <= width; column++) counts[column] += counts[column - 1];
    this.counts = counts;
  }

  /** Does any row have a non-blank character at a position in [from, to)? */
  any(from: number, to: number): boolean {
    const width = this.counts.length - 1;
    const start = Math.min(Math.max(from, 0), width);
    const end = Math.min(Math.max(to, 0), width);
    return end > start && this.counts[end] - this.counts[start] > 0;
  }
}
