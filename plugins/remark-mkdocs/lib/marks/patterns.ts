/**
 * The patterns of pymdownx.mark, pymdownx.caret and pymdownx.tilde
 * (pymdown-extensions 9.5, `pymdownx/mark.py`, `caret.py`, `tilde.py`),
 * translated to JavaScript regular expressions: Python's Unicode `\w` is
 * `[\p{L}\p{N}_]`, `re.DOTALL` is the `s` flag. These patterns *are* those
 * extensions' grammar: pymdownx tries them in this order at each marker
 * character, left to right, over the paragraph's text in which code spans,
 * escapes, keys, links, raw HTML and entities are already opaque placeholders
 * (they run at a higher priority). `resolve.ts` runs them the same way over
 * the micromark events of a paragraph, where those constructs are opaque too.
 *
 * pymdown-extensions: MIT License, Copyright (c) 2014 - 2017 Isaac Muse
 * <isaacmuse@gmail.com> (full notice in `../keys/keymap.ts`).
 */
import type {ExtensionOptions} from '../markdown-extensions';

export type FormatTag = 'mark' | 'ins' | 'sup' | 'del' | 'sub';

/** How pymdownx builds the element of a match (`util.PatternSequenceProcessor.build_*`). */
export type Builder = 'single' | 'double' | 'double2';

export interface FormatPattern {
  /** Sticky, with group indices. */
  pattern: RegExp;
  builder: Builder;
  /** One tag, or the outer and inner tag of a double builder. */
  tags: readonly [FormatTag] | readonly [FormatTag, FormatTag];
  /**
   * Sticky: the end every match of `pattern` ends with (its closing marker and
   * the conditions around it), tried alone. A pattern can only match at an
   * opener with such a closer after it; `resolve.ts` skips the openers after
   * the last one (each would scan to the end of the paragraph and fail: an
   * unclosed `==` in every sentence made a paragraph quadratic).
   */
  closer: RegExp;
  /**
   * `pattern` tried right after a match, where Python's lookbehind sees the
   * placeholder that replaced the match: a smart opener's lookbehind (no word
   * character or marker before it, the only one that looks before the match)
   * holds there, so it is left out. Saves rebuilding the paragraph's string
   * with the placeholder for every match of a run (`^^^^…`: quadratic).
   */
  afterMatch: RegExp;
}

/** One extension's processor: its marker character and its patterns in pymdownx's order. */
export interface FormatProcessor {
  extension: 'pymdownx.mark' | 'pymdownx.caret' | 'pymdownx.tilde';
  character: '=' | '^' | '~';
  patterns: readonly FormatPattern[];
}

/** How many marker characters each element takes on each side. */
export const MARKER_LENGTH: Readonly<Record<FormatTag, number>> = {mark: 2, ins: 2, del: 2, sup: 1, sub: 1};

const W = String.raw`\p{L}\p{N}_`;

function compile(source: string): RegExp {
  return new RegExp(source, 'suyd');
}

/** pymdownx's smart opener condition: `_` or no word character and no `marker` right before it. */
function smartOpener(marker: string): string {
  return String.raw`(?:(?<=_)|(?<![${W}${marker}]))`;
}

/** The lookbehind `smartOpener` writes, at the start of a pattern. */
const SMART_OPENER_SOURCE = /^\(\?:\(\?<=_\)\|\(\?<!\[[^\]]*\]\)\)/;

function pattern(source: string, builder: Builder, tags: FormatPattern['tags'], closer: string): FormatPattern {
  const compiled = compile(source);
  const afterMatch = SMART_OPENER_SOURCE.test(source) ? compile(source.replace(SMART_OPENER_SOURCE, '')) : compiled;
  return {pattern: compiled, builder, tags, closer: compile(closer), afterMatch};
}

/** pymdownx.mark, `smart_mark` (default true) or not. */
export function markProcessor(options: ExtensionOptions): FormatProcessor {
  const smart = options.smart_mark !== false;
  const content = String.raw`((?:[^=]|(?<!={2})=)+?)`;
  const smartContent = String.raw`((?:(?<=\s)=+?(?=\s)|.)+?=*?)`;
  const smartCloser = String.raw`(?<!\s)={2}(?:(?=_)|(?![${W}=]))`;
  const source = smart
    ? String.raw`${smartOpener('=')}(={2})(?![\s=])${smartContent}${smartCloser}`
    : String.raw`(={2})(?!\s)${content}(?<!\s)\1`;
  return {extension: 'pymdownx.mark', character: '=', patterns: [pattern(source, 'single', ['mark'], smart ? smartCloser : String.raw`(?<!\s)={2}`)]};
}

/**
 * pymdownx.caret (`^^ins^^`, `^sup^`) and pymdownx.tilde (`~~del~~`, `~sub~`):
 * the same patterns over another character. `double` is the tag of the
 * two-character marker (ins, del), `single` of the one-character one (sup, sub).
 */
function caretOrTilde(
  extension: 'pymdownx.caret' | 'pymdownx.tilde',
  character: '^' | '~',
  double: 'ins' | 'del',
  single: 'sup' | 'sub',
  options: {smart: boolean; double: boolean; single: boolean},
): FormatProcessor {
  const c = character === '^' ? String.raw`\^` : '~';
  const content = String.raw`(${c}|[^\s]+?)`;
  const content2 = String.raw`((?:[^${c}]|(?<!${c}{2})${c})+?)`;
  const smartContent = String.raw`(.+?${c}*?)`;
  // The closing markers (`closer` of each pattern: the pattern's own end, `\1` written out).
  const close1 = String.raw`(?<!\s)${c}`;
  const close2 = String.raw`(?<!\s)${c}{2}`;
  const close3 = String.raw`(?<!\s)${c}{3}`;
  const smartClose2 = String.raw`(?<!\s)${c}{2}(?:(?=_)|(?![${W}${c}]))`;
  const smartDouble = String.raw`${smartOpener(c)}(${c}{2})(?![\s${c}])${smartContent}${smartClose2}`;
  const plainDouble = String.raw`(${c}{2})(?!\s)${content2}(?<!\s)\1`;
  const singleSource = String.raw`(${c})(?!\s)${content}(?<!\s)\1`;
  let patterns: FormatPattern[] = [];
  if (options.double && options.single && options.smart) {
    patterns = [
      pattern(String.raw`(${c}{3})(?![\s${c}])${content}(?<!\s)\1`, 'double', [double, single], close3),
      pattern(String.raw`(${c}{3})(?![\s${c}])${content}(?<!\s)${c}{2}(?:(?=_)|(?![${W}${c}]))${content}(?<!\s)${c}`, 'double', [single, double], close1),
      pattern(String.raw`(${c}{3})(?![\s${c}])${content}(?<!\s)${c}(?:(?=_)|(?![${W}${c}]))${smartContent}(?<!\s)${c}{2}`, 'double', [double, single], close2),
      pattern(smartDouble, 'single', [double], smartClose2),
      pattern(singleSource, 'single', [single], close1),
    ];
  } else if (options.double && options.single) {
    patterns = [
      pattern(String.raw`(${c}{3})(?!\s)(${c}{1,2}|[^${c}\s]+?)(?<!\s)\1`, 'double', [double, single], close3),
      pattern(String.raw`(${c}{3})(?![\s${c}])${content}(?<!\s)${c}{2}${content}(?<!\s)${c}`, 'double', [single, double], close1),
      pattern(String.raw`(${c}{3})(?![\s${c}])${content}(?<!\s)${c}${content2}(?<!\s)${c}{2}`, 'double', [double, single], close2),
      pattern(String.raw`(${c}{2})(?![\s${c}])${content2}${c}(?![\s${c}])${content}(?<!\s)${c}{3}`, 'double2', [double, single], close3),
      pattern(plainDouble, 'single', [double], close2),
      pattern(singleSource, 'single', [single], close1),
    ];
  } else if (options.double) {
    patterns = [options.smart ? pattern(smartDouble, 'single', [double], smartClose2) : pattern(plainDouble, 'single', [double], close2)];
  } else if (options.single) {
    patterns = [pattern(singleSource, 'single', [single], close1)];
  }
  return {extension, character, patterns};
}

/** pymdownx.caret with its options `smart_insert`, `insert`, `superscript` (all default true). */
export function caretProcessor(options: ExtensionOptions): FormatProcessor {
  return caretOrTilde('pymdownx.caret', '^', 'ins', 'sup', {
    smart: options.smart_insert !== false,
    double: options.insert !== false,
    single: options.superscript !== false,
  });
}

/** pymdownx.tilde with its options `smart_delete`, `delete`, `subscript` (all default true). */
export function tildeProcessor(options: ExtensionOptions): FormatProcessor {
  return caretOrTilde('pymdownx.tilde', '~', 'del', 'sub', {
    smart: options.smart_delete !== false,
    double: options.delete !== false,
    single: options.subscript !== false,
  });
}
