/**
 * The definition line of Python-Markdown's `def_list`
 * (`DefListProcessor.RE`: `[ ]{0,3}:[ ]{1,3}(.*)`): up to 3 spaces, a colon,
 * 1–3 spaces, then the definition's first line. Tabs are already columns
 * here (the line probe reads a tab as spaces, as Python-Markdown's
 * `expandtabs(4)` does), so `:\t` is a colon and 3 spaces.
 *
 * Pure functions over one line, called by the tokenizer and the lint alike.
 */
export interface DefinitionMarker {
  /** Offset of the `:` in the line. */
  colon: number;
  /** Offset where the definition's text starts (after at most 3 spaces; more stay in the text). */
  content: number;
}

const DEFINITION = /^( {0,3}):( {1,3})/;

export function parseDefinitionMarker(line: string): DefinitionMarker | undefined {
  const match = DEFINITION.exec(line);
  if (!match) return undefined;
  const colon = match[1]!.length;
  return {colon, content: colon + 1 + match[2]!.length};
}

/**
 * Why a line right after a term line that an author likely meant as a
 * definition is not one (Python-Markdown shows it as text), or undefined:
 * `:def` (no space after the colon; `:name:` shortcodes and `::` directives
 * excepted), or `: def` indented 4 or more (a paragraph's continuation line).
 */
export function nearMissDefinition(line: string): string | undefined {
  const indent = /^ */.exec(line)![0].length;
  const rest = line.slice(indent);
  if (!rest.startsWith(':') || rest.startsWith('::')) return undefined;
  if (indent >= 4 && DEFINITION.test(rest)) {
    return `Unexpected definition line indented ${indent} spaces, expected at most 3 (it continues the paragraph above)`;
  }
  if (indent < 4 && /^:[^\s:]/.test(rest) && !/^:[\w+-]+:/.test(rest)) {
    return 'Unexpected text right after `:`, expected 1–3 spaces between `:` and a definition';
  }
  return undefined;
}
