/**
 * pymdownx.smartsymbols' patterns (pymdownx 9.5 `smartsymbols.py`), as data:
 * each option name, its regular expression and what a match becomes. Python's
 * `\b` is Unicode-aware (`str` patterns), so it is spelled out here with
 * Unicode letters, digits and `_` (JavaScript's `\b` is ASCII only).
 *
 * pymdownx registers the patterns at one priority, in this order, and its
 * inline processor applies them one after another, each to the text the
 * previous ones left: `symbolRuns` does the same.
 */

/** A run of text, or a symbol that replaced some of it (`sup`: the ordinal's suffix, drawn raised). */
export type SymbolRun =
  | {kind: 'text'; from: number; to: number}
  | {kind: 'symbol'; from: number; to: number; value: string; sup?: string};

interface SymbolPattern {
  option: SmartSymbolOption;
  pattern: RegExp;
  /** Text every match holds: a value without it is not searched with `pattern` (a Unicode-aware, slower regex). */
  needle: string | RegExp;
  replace: (match: RegExpExecArray) => {value: string; sup?: string};
}

export const SMART_SYMBOL_OPTIONS = [
  'trademark',
  'copyright',
  'registered',
  'plusminus',
  'arrows',
  'notequal',
  'fractions',
  'ordinal_numbers',
  'care_of',
] as const;

export type SmartSymbolOption = (typeof SMART_SYMBOL_OPTIONS)[number];

const WORD = String.raw`[\p{L}\p{N}_]`;
/** Python's `\b` before a word character: the start of a word. */
const WORD_START = String.raw`(?<!${WORD})`;
/** Python's `\b` after a word character: the end of a word. */
const WORD_END = String.raw`(?!${WORD})`;

const FRACTIONS: Readonly<Record<string, string>> = {
  '1/4': '¼', '1/2': '½', '3/4': '¾', '1/3': '⅓', '2/3': '⅔', '1/5': '⅕', '2/5': '⅖', '3/5': '⅗',
  '4/5': '⅘', '1/6': '⅙', '5/6': '⅚', '1/8': '⅛', '3/8': '⅜', '5/8': '⅝', '7/8': '⅞',
};

const ARROWS: Readonly<Record<string, string>> = {'-->': '→', '<--': '←', '<-->': '↔'};

const fixed = (value: string) => () => ({value});

/** In pymdownx's order (its `REPL` dict, all registered at priority 30). */
export const PATTERNS: readonly SymbolPattern[] = [
  {option: 'trademark', pattern: /\(tm\)/gu, needle: '(tm)', replace: fixed('™')},
  {option: 'copyright', pattern: /\(c\)/gu, needle: '(c)', replace: fixed('©')},
  {option: 'registered', pattern: /\(r\)/gu, needle: '(r)', replace: fixed('®')},
  {option: 'plusminus', pattern: /\+\/-/gu, needle: '+/-', replace: fixed('±')},
  {option: 'arrows', pattern: /<-{2}>|(?<!-)-{2}>|<-{2}(?!-)/gu, needle: '--', replace: (match) => ({value: ARROWS[match[0]]!})},
  {option: 'notequal', pattern: /=\/=/gu, needle: '=/=', replace: fixed('≠')},
  {
    option: 'fractions',
    pattern: /(?<!\d)(?:1\/4|1\/2|3\/4|1\/3|2\/3|1\/5|2\/5|3\/5|4\/5|1\/6|5\/6|1\/8|3\/8|5\/8|7\/8)(?!\d)/gu,
    needle: '/',
    replace: (match) => ({value: FRACTIONS[match[0]]!}),
  },
  {
    // `\b(?P<leading>(?:[1-9][0-9]*)?)(?P<tail>(?<=1)(?:1|2|3)th|1st|2nd|3rd|[04-9]th)\b`:
    // the number keeps all but the suffix's last two characters, which are raised.
    option: 'ordinal_numbers',
    pattern: new RegExp(String.raw`${WORD_START}((?:[1-9][0-9]*)?)((?<=1)(?:1|2|3)th|1st|2nd|3rd|[04-9]th)${WORD_END}`, 'gu'),
    // The suffix's digit and letters.
    needle: /\d(?:st|nd|rd|th)/,
    replace: (match) => ({value: match[1]! + match[2]!.slice(0, -2), sup: match[2]!.slice(-2)}),
  },
  {option: 'care_of', pattern: new RegExp(String.raw`${WORD_START}c/o${WORD_END}`, 'gu'), needle: 'c/o', replace: fixed('℅')},
];

/** The options pymdownx reads (all `true` by default); anything else is ignored, as pymdownx's config would reject it. */
export function enabledSymbols(options: Readonly<Record<string, unknown>>): Set<SmartSymbolOption> {
  return new Set(SMART_SYMBOL_OPTIONS.filter((name) => options[name] !== false));
}

/**
 * `value` cut into text runs and symbols. A pattern sees only the text runs
 * the earlier patterns left (pymdownx stashes each replacement, so a later
 * pattern never matches across one). Match edges next to a replacement see
 * no character there, as pymdownx's placeholders are neither word characters,
 * digits nor `-`. `accept(from, to)` may refuse a match (escaped text).
 */
export function symbolRuns(
  value: string,
  enabled: ReadonlySet<SmartSymbolOption>,
  accept: (from: number, to: number) => boolean = () => true,
): SymbolRun[] {
  let runs: SymbolRun[] = [{kind: 'text', from: 0, to: value.length}];
  for (const {option, pattern, needle, replace} of PATTERNS) {
    // Each run is a slice of `value`: without the needle in `value`, no run holds a match.
    if (!enabled.has(option) || !(typeof needle === 'string' ? value.includes(needle) : needle.test(value))) continue;
    runs = runs.flatMap((run) => {
      if (run.kind !== 'text') return [run];
      const slice = value.slice(run.from, run.to);
      const out: SymbolRun[] = [];
      let last = 0;
      for (const match of slice.matchAll(pattern)) {
        const from = match.index;
        const to = from + match[0].length;
        if (to === from || !accept(run.from + from, run.from + to)) continue;
        if (from > last) out.push({kind: 'text', from: run.from + last, to: run.from + from});
        out.push({kind: 'symbol', from: run.from + from, to: run.from + to, ...replace(match as RegExpExecArray)});
        last = to;
      }
      if (out.length === 0) return [run];
      if (last < slice.length) out.push({kind: 'text', from: run.from + last, to: run.to});
      return out;
    });
  }
  return runs;
}
