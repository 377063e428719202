/** A line of a file, with its 1-based number there. */
export interface NumberedLine {
  text: string;
  line: number;
}

/**
 * Python's `textwrap.dedent` (`dedent_subsections`): whitespace-only lines
 * become empty, and the longest leading whitespace all other lines share goes.
 */
export function dedent<T extends NumberedLine>(lines: readonly T[]): T[] {
  let margin: string | undefined;
  for (const {text} of lines) {
    if (/^[ \t]*$/.test(text)) continue;
    const indent = /^[ \t]*/.exec(text)![0];
    if (margin === undefined || margin.startsWith(indent)) margin = indent;
    else if (!indent.startsWith(margin)) {
      let shared = 0;
      while (shared < margin.length && margin[shared] === indent[shared]) shared++;
      margin = margin.slice(0, shared);
    }
  }
  return lines.map((line) => {
    if (/^[ \t]*$/.test(line.text)) return {...line, text: ''};
    return margin ? {...line, text: line.text.slice(margin.length)} : line;
  });
}
