/**
 * The header of a fence as pymdownx.superfences matches it
 * (`RE_NESTED_FENCE_START`, superfences.py): after the fence, either braces
 * (`{ .lang .class key="v" }`, anything inside) or a language (`[\w#.+-]*`,
 * an optional leading dot) then options (`key`, `key="v"`, `key='v'`, the
 * value anything up to its closing quote), then only blanks. Which options
 * superfences then accepts is `info.ts`'s to say; this is the shape alone,
 * what decides whether a backtick may stand in the header (CommonMark allows
 * none after a backtick fence, superfences one inside braces or quotes:
 * ```` ```shell title="Response of `fastapi dev`" ````).
 */
const HEADER = /^[ \t]*(?:\{[^\n]*\}|\.?[\w#.+-]*[ \t]*(?:\b[a-zA-Z][a-zA-Z0-9_]*(?:=(["'])[^\n]*?\1)?[ \t]*)*)[ \t]*$/;

/** Whether superfences reads `header` (the fence line after its backticks or tildes) as a fence's header. */
export function isSuperfencesHeader(header: string): boolean {
  return HEADER.test(header);
}

/** A fence line as superfences' `RE_NESTED_FENCE_START` starts it: its indentation, its fence, its header. */
export const FENCE_START = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

/** A language, then braces: superfences reads no such header, but MkDocs authors mean the language (`info.ts`). */
const LANGUAGE_THEN_BRACES = /^[ \t]*\.?[\p{L}\p{N}_#.+-]+[ \t]*\{/u;

/**
 * Whether a fence with `header` is a code block here: superfences reads the header, or it is a language then braces
 * (```` ```py {.x} ````), rendered on purpose (README deviation 7). Any other header makes no fence, as in MkDocs.
 */
export function opensFence(header: string): boolean {
  return isSuperfencesHeader(header) || LANGUAGE_THEN_BRACES.test(header);
}
