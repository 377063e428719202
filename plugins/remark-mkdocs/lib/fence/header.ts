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
