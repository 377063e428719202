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

export interface TableData {
  header: string[];
  rows: string[][];
}
