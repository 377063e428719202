import type {MarkdownExtensions} from '../markdown-extensions';

/**
 * pymdownx.arithmatex's options, as its `ArithmatexExtension.config`
 * defines them (9.5, unchanged in 10.x/11.0), with its defaults.
 */
export interface ArithmatexSettings {
  /** `inline_syntax`: `dollar` (`$…$`) and `round` (`\(…\)`). */
  inline: ReadonlySet<'dollar' | 'round'>;
  /** `block_syntax`: `dollar` (`$$…$$`), `square` (`\[…\]`), `begin` (`\begin{env}…\end{env}`). */
  block: ReadonlySet<'dollar' | 'square' | 'begin'>;
  /** `smart_dollar`: no whitespace right inside `$…$` (so `$5 and $10` is not math). */
  smartDollar: boolean;
  /** `generic`: `\(…\)` text in a span (KaTeX, MathJax 3) rather than MathJax 2's `<script type="math/tex">`. */
  generic: boolean;
  /** `preview`: MathJax 2's preview element before the script (not generic). */
  preview: boolean;
  texInlineWrap: readonly [string, string];
  texBlockWrap: readonly [string, string];
  inlineTag: string;
  blockTag: string;
}

const INLINE_SYNTAX = ['dollar', 'round'] as const;
const BLOCK_SYNTAX = ['dollar', 'square', 'begin'] as const;

/** The workshop's arithmatex settings, or `undefined` when it does not enable arithmatex (then `$` is never math). */
export function arithmatexSettings(extensions: MarkdownExtensions): ArithmatexSettings | undefined {
  if (!extensions.has('pymdownx.arithmatex')) return undefined;
  const options = extensions.options('pymdownx.arithmatex');
  const list = <T extends string>(value: unknown, known: readonly T[]): Set<T> =>
    new Set(Array.isArray(value) ? (value.filter((item) => known.includes(item as T)) as T[]) : known);
  const pair = (value: unknown, fallback: readonly [string, string]): readonly [string, string] =>
    Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === 'string') ? [value[0], value[1]] : fallback;
  const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);
  const tag = (value: unknown, fallback: string): string => (typeof value === 'string' && /^[a-z][a-z0-9-]*$/i.test(value) ? value : fallback);
  return {
    inline: list(options.inline_syntax, INLINE_SYNTAX),
    block: list(options.block_syntax, BLOCK_SYNTAX),
    smartDollar: flag(options.smart_dollar, true),
    generic: flag(options.generic, false),
    preview: flag(options.preview, true),
    texInlineWrap: pair(options.tex_inline_wrap, ['\\(', '\\)']),
    texBlockWrap: pair(options.tex_block_wrap, ['\\[', '\\]']),
    inlineTag: tag(options.inline_tag, 'span'),
    blockTag: tag(options.block_tag, 'div'),
  };
}

export type BlockForm = 'dollar' | 'square' | 'begin';

export interface BlockMath {
  form: BlockForm;
  /** What arithmatex hands to MathJax/KaTeX: between `$$`/`\[`…`\]`, or the whole `\begin{env}…\end{env}`. */
  math: string;
}

/*
 * Arithmatex's block patterns (RE_DOLLAR_BLOCK, RE_BRACKET_BLOCK,
 * RE_TEX_BLOCK), applied as its block processor applies them: to a whole
 * Python-Markdown block (the lines up to a blank line), which must be the
 * math and nothing else but trailing spaces. `[\s\S]` is Python's `.` under
 * `(?s)`. Each alternative of the body is disjoint from the other, so a
 * failed match costs time linear in the block.
 */
const DOLLAR_BLOCK = /^\$\$((?:\\[\s\S]|[^\\])+?)\$\$ *$/;
const SQUARE_BLOCK = /^\\\[((?:\\[^\]]|[^\\])+?)\\\] *$/;
const BEGIN_BLOCK = /^(\\begin\{([a-z]+\*?)\}(?:\\[\s\S]|[^\\])+?\\end\{\2\}) *$/;

/** The block as display math, or `undefined` when arithmatex leaves it to the other block processors. */
export function matchBlockMath(block: string, syntax: ArithmatexSettings['block']): BlockMath | undefined {
  let match: RegExpExecArray | null;
  if (syntax.has('dollar') && (match = DOLLAR_BLOCK.exec(block))) return {form: 'dollar', math: match[1]!};
  if (syntax.has('square') && (match = SQUARE_BLOCK.exec(block))) return {form: 'square', math: match[1]!};
  if (syntax.has('begin') && (match = BEGIN_BLOCK.exec(block))) return {form: 'begin', math: match[1]!};
  return undefined;
}

/** Whether a block's first characters can start block math at all (the construct's cheap first test). */
export function mayStartBlockMath(line: string, syntax: ArithmatexSettings['block']): boolean {
  return (
    (syntax.has('dollar') && line.startsWith('$$')) ||
    (syntax.has('square') && line.startsWith('\\[')) ||
    (syntax.has('begin') && /^\\begin\{[a-z]+\*?\}/.test(line))
  );
}

/** Python's `\s` on one character (`re` with a str pattern: Unicode whitespace). */
export function isPythonWhitespace(character: string): boolean {
  return /^[\s\x1c-\x1f\x85]$/u.test(character) && character !== '\ufeff';
}
