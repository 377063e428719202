/** Props arrive as strings (JSX attributes from a `.md` page); JSON ones are parsed defensively. */
export function parseJson<T>(value: string | undefined, fallback: T): T {
  if (!value) return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

export interface CommandData {
  text: string;
  firstLine: number;
  lastLine: number;
}

/**
 * The `commands` prop (remark-mkdocs' `compactCommands`): per command its
 * line, `[first, last]`, or `[first, last, text]` when the text to paste is
 * not the lines shown; anything else is skipped.
 */
export function parseCommands(value: string | undefined, lines: readonly string[]): CommandData[] {
  const shown = (firstLine: number, lastLine: number) => lines.slice(firstLine, lastLine + 1).join('\n');
  return parseJson<unknown[]>(value, []).flatMap((command): CommandData[] => {
    if (typeof command === 'number') return [{text: shown(command, command), firstLine: command, lastLine: command}];
    if (!Array.isArray(command) || typeof command[0] !== 'number' || typeof command[1] !== 'number') return [];
    const [firstLine, lastLine, text] = command as [number, number, unknown];
    return [{text: typeof text === 'string' ? text : shown(firstLine, lastLine), firstLine, lastLine}];
  });
}

/** Line numbers from ranges (`3-5,9`: lines 3, 4, 5 and 9), as remark-mkdocs writes the `outputLines` prop. */
export function parseLineRanges(value: string | undefined): number[] {
  if (!value) return [];
  return value.split(',').flatMap((range) => {
    const [first, last = first] = range.split('-').map(Number);
    if (!Number.isInteger(first) || !Number.isInteger(last) || last! < first!) return [];
    return Array.from({length: last! - first! + 1}, (_, offset) => first! + offset);
  });
}

export interface TableData {
  header: string[];
  rows: string[][];
}
