/**
 * Where the theme draws a code block's marker buttons, computed here so the
 * page shows exactly the markers the build bound, however the highlighter
 * cuts a line into tokens (Prism's tokens are not Pygments'): by the text of
 * the line (the theme's code line is told its tokens, not its number; equal
 * lines hold equal markers), `[from, to, n]` offsets in that line, the button
 * standing in for `from`–`to`.
 */
export type MarkerSites = Record<string, Array<[number, number, number]>>;

export function markerSites(value: string, markers: ReadonlyArray<{line: number; from: number; to: number; n: number}>): MarkerSites {
  const lines = value.split('\n');
  const sites: MarkerSites = {};
  const firstLine = new Map<string, number>();
  for (const {line, from, to, n} of [...markers].sort((a, b) => a.line - b.line || a.from - b.from)) {
    const text = lines[line]!;
    if ((firstLine.get(text) ?? line) !== line) continue;
    firstLine.set(text, line);
    (sites[text] ??= []).push([from, to, n]);
  }
  return sites;
}
