/**
 * pymdownx.snippets' line grammar: which lines include a file, which mark a
 * section, and what a snippet reference (`file.md:3:8`, `file.md:name`) names.
 * Pure functions over one line. The expressions are pymdownx's own
 * (`SnippetPreprocessor.RE_ALL_SNIPPETS`, `RE_SNIPPET_SECTION`,
 * `RE_SNIPPET_FILE`, pymdown-extensions 10–11), translated to JavaScript: a
 * preprocessor works on lines of text, so this is text matching by design
 * (Python-Markdown runs it before any parsing).
 */

/** `--8<-- "file"` (inline form) or a lone `--8<--` (opens or closes the block form). */
const SNIPPET_LINE =
  /^([ \t]*)(;*)(?:(-+8<-+[ \t]+)("(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')(?![ \t])|(-+8<-+)(?![ \t]))\r?$/;

/** `--8<-- [start:name]` / `[end:name]` anywhere on a line (`# --8<-- [start:x]` in code). */
const SECTION_LINE = /^(.*?)(;*)(-+8<-+[ \t]+)(\[[ \t]*(start|end)[ \t]*:[ \t]*([a-z][-_0-9a-z]*)[ \t]*\])(.*?)$/i;

/** A reference: the path, then line ranges (`:3:8`, `:3`, `::8`, `:1:3,5:6`) or a section name (`:name`). */
const REFERENCE = /^(.*?)(?:((?::-?[0-9]*){1,2}(?:(?:,(?=[-0-9:])-?[0-9]*)(?::-?[0-9]*)?)*)|(:[a-z][-_0-9a-z]*))?$/i;

export type SnippetLine =
  /** `--8<-- "file"`: `reference` is the text between the quotes, trimmed. */
  | {kind: 'inline'; indent: string; reference: string}
  /** A lone `--8<--`. */
  | {kind: 'block-marker'; indent: string}
  /** `;--8<-- …`: written as text, with the first `;` removed. */
  | {kind: 'escaped'; text: string};

export function readSnippetLine(line: string): SnippetLine | undefined {
  const match = SNIPPET_LINE.exec(line);
  if (!match) return undefined;
  const [, indent, escape, inlineMarker, quoted] = match;
  if (escape) return {kind: 'escaped', text: line.replace(';', '')};
  if (inlineMarker) return {kind: 'inline', indent, reference: quoted.slice(1, -1).trim()};
  return {kind: 'block-marker', indent};
}

/** A line inside the block form: its indentation and the reference (trimmed, may be empty). */
export function readBlockPathLine(line: string): {indent: string; reference: string} {
  const indent = /^[ \t]*/.exec(line)![0];
  return {indent, reference: line.replace(/\r$/, '').trim()};
}

export type SectionLine =
  | {kind: 'marker'; type: 'start' | 'end'; name: string}
  /** `;--8<-- [start:x]`: the line as text, one `;` removed. */
  | {kind: 'escaped'; text: string};

export function readSectionLine(line: string): SectionLine | undefined {
  const match = SECTION_LINE.exec(line);
  if (!match) return undefined;
  const [, pre, escape, marker, section, type, name, post] = match;
  if (escape) return {kind: 'escaped', text: pre + escape.replace(';', '') + marker + section + post};
  return {kind: 'marker', type: type.toLowerCase() as 'start' | 'end', name};
}

/** Lines `start` (0-based, inclusive) to `end` (exclusive), as Python slices them; `null`: open. Negative: from the end. */
export interface LineRange {
  start: number | null;
  end: number | null;
}

export interface SnippetReference {
  path: string;
  ranges: LineRange[];
  section?: string;
}

/** `docs/a.md:3:8` → path and ranges; `a.md:intro` → path and section. */
export function readReference(reference: string): SnippetReference {
  const match = REFERENCE.exec(reference)!;
  const path = match[1].trim();
  const ranges: LineRange[] = [];
  if (match[2]) {
    for (const numbers of match[2].slice(1).split(',')) {
      const span = numbers.split(':');
      const start = toInt(span[0]);
      const end = span.length > 1 ? toInt(span[1]) : null;
      // 1-based in the reference, 0-based in the slice; negative counts from the end.
      ranges.push({start: start === null || start < 0 ? start : Math.max(0, start - 1), end});
    }
  }
  return match[3] ? {path, ranges, section: match[3].slice(1)} : {path, ranges};
}

/** Python's `int(text) if text else None`; `-` alone (which Python cannot read) counts as empty. */
function toInt(text: string | undefined): number | null {
  if (!text || text === '-') return null;
  return Number.parseInt(text, 10);
}

/** The selected lines of a file of `total` lines, range after range, as pymdownx slices them. */
export function selectRanges<T>(lines: readonly T[], ranges: readonly LineRange[]): T[] {
  const total = lines.length;
  const clamp = (value: number) => Math.min(Math.max(value, 0), total);
  return ranges.flatMap(({start, end}) => {
    const from = start !== null && start < 0 ? clamp(total + start) : (start ?? 0);
    const to = end !== null && end < 0 ? clamp(total + 1 + end) : end;
    return lines.slice(from, to ?? undefined);
  });
}

/** The file paths a text's includes name, with their 1-based lines (inline and block form; escaped and commented-out lines left out). */
export function snippetReferencePaths(text: string): Array<{path: string; line: number}> {
  const paths: Array<{path: string; line: number}> = [];
  let block = false;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const snippet = readSnippetLine(line);
    if (snippet?.kind === 'block-marker') block = !block;
    else if (snippet?.kind === 'inline' && !block) paths.push({path: readReference(snippet.reference).path, line: index + 1});
    else if (!snippet && block) {
      const {reference} = readBlockPathLine(line);
      if (reference !== '' && !reference.startsWith(';')) paths.push({path: readReference(reference).path, line: index + 1});
    }
  });
  return paths.filter((entry) => entry.path !== '');
}
