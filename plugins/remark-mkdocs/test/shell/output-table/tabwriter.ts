/**
 * Renders cells the way Go's text/tabwriter does for kubectl and docker
 * (padchar ' ', left-aligned, no flags): every column but the last is padded
 * to max(minwidth, widest cell + padding), widths counted in code points
 * (runes), an empty cell still padded to its width, the last column not
 * padded at all.
 */
export interface TabwriterOptions {
  /** Minimal cell width including padding: 0 in the property test, 6 for kubectl, 10 for docker and old kubectl. */
  minwidth?: number;
  padding?: number;
}

export function renderTabwriter(lines: string[][], {minwidth = 0, padding = 3}: TabwriterOptions = {}): string {
  const length = (text: string) => [...text].length;
  const columns = Math.max(...lines.map((cells) => cells.length));
  const widths = Array.from({length: columns - 1}, (_, column) =>
    Math.max(minwidth, ...lines.map((cells) => length(cells[column] ?? '') + padding)),
  );
  const pad = (cell: string, column: number) =>
    column < widths.length ? cell + ' '.repeat(widths[column] - length(cell)) : cell;
  return lines.map((cells) => cells.map(pad).join('')).join('\n');
}
