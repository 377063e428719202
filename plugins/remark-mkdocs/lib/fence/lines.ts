/**
 * Fenced code in a text read line by line, as CommonMark opens and closes a
 * fence: a run of three or more backticks or tildes (a backtick fence's info
 * holds no backtick) opens one, a line of only the same character, at least
 * as many, closes it. Indentation is not checked: a fence in a list item or a
 * box is indented. For the line-based readers that must not touch code (the
 * import's page scan, include-markdown's link rewriting).
 */
export class FenceLines {
  #fence: {char: string; length: number} | undefined;

  /** Whether `line` opens, closes or lies inside a fence (code, not text); reads it as the next line. */
  isCode(line: string): boolean {
    if (this.#fence) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === this.#fence.char && close[1]!.length >= this.#fence.length) this.#fence = undefined;
      return true;
    }
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open && !(open[1]![0] === '`' && line.slice(line.indexOf(open[1]!) + open[1]!.length).includes('`'))) {
      this.#fence = {char: open[1]![0]!, length: open[1]!.length};
      return true;
    }
    return false;
  }
}
