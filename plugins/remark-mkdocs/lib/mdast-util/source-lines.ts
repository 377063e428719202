/**
 * Line lookups on the original document, for messages that must point at a
 * column the tree does not keep (the `"` of a title, the indentation of the
 * line after a box).
 */
export class SourceLines {
  private readonly lines: string[];

  constructor(value: string) {
    this.lines = value.split(/\r\n|\r|\n/);
  }

  /** 1-based line, as in unist points. */
  line(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  /** Leading whitespace of a line in columns, tabs to 4-column stops (Python's `expandtabs(4)`). */
  indentWidth(line: number): number {
    let width = 0;
    for (const char of this.line(line)) {
      if (char === ' ') width++;
      else if (char === '\t') width += 4 - (width % 4);
      else break;
    }
    return width;
  }

  /** Column width of the first `length` characters of a line, tabs expanded. */
  columnWidth(line: number, length: number): number {
    let width = 0;
    for (const char of this.line(line).slice(0, length)) width += char === '\t' ? 4 - (width % 4) : 1;
    return width;
  }
}
