/**
 * mkdocs-macros' variables, rendered in a page's text as the plugin renders
 * them: before Markdown sees the page (its `on_page_markdown`), everywhere in
 * it, code blocks included (the whole page is one Jinja template). Only plain
 * variable expressions are rendered: `{{ name }}`, `{{ a.b }}`, `{{ a['b'] }}`,
 * `{{ a[0] }}`, a string literal (`{{ '{{' }}`, Jinja's escape), and the
 * filters `upper`, `lower` and `default('x')` (`d`). Anything else Jinja —
 * `{% … %}` statements, `{# … #}` comments, macro calls, other filters,
 * whitespace control, unknown variables — stays exactly as written and is
 * reported with its line and column. `{% raw %}…{% endraw %}` content is not
 * looked into (Jinja prints it as is).
 *
 * This is text work on purpose: Jinja runs on the page's text before any
 * Markdown parsing, so a token-level implementation would not be faithful.
 *
 * Lines are kept: a value with line breaks is put on one line (breaks become
 * spaces) and reported, so every later line keeps its number for the checks.
 *
 * The delimiters are Jinja's unless the workshop sets mkdocs-macros' `j2_*`
 * options (`j2_variable_start_string: "-{{"`, …): then those are the only
 * ones, and the default `{{ }}` is plain text, as in Jinja.
 */

export const RULE_UNRENDERED = 'mkdocs-macros-unrendered';
export const RULE_ONE_LINE = 'mkdocs-macros-one-line';

export interface MacroProblem {
  /** 1-based, in the text given. */
  line: number;
  column: number;
  ruleId: typeof RULE_UNRENDERED | typeof RULE_ONE_LINE;
  reason: string;
  /** The construct as written. */
  source: string;
}

export interface RenderResult {
  text: string;
  problems: MacroProblem[];
  /** The `{{ … }}` replaced: offsets in the text given (end exclusive), in order, and the value put there. */
  replaced: Array<{start: number; end: number; value: string}>;
}

/** Jinja's delimiters (mkdocs-macros' `j2_variable_start_string`, `j2_block_start_string`, `j2_comment_start_string` and their ends). */
export interface JinjaDelimiters {
  variableStart: string;
  variableEnd: string;
  blockStart: string;
  blockEnd: string;
  commentStart: string;
  commentEnd: string;
}

export const DEFAULT_DELIMITERS: Readonly<JinjaDelimiters> = Object.freeze({
  variableStart: '{{',
  variableEnd: '}}',
  blockStart: '{%',
  blockEnd: '%}',
  commentStart: '{#',
  commentEnd: '#}',
});

/** The delimiters with these set: one unset, empty or not a string keeps Jinja's default (as mkdocs-macros does). */
export function jinjaDelimiters(options: Readonly<Partial<Record<keyof JinjaDelimiters, unknown>>>): JinjaDelimiters {
  const delimiters = {...DEFAULT_DELIMITERS};
  for (const key of Object.keys(DEFAULT_DELIMITERS) as Array<keyof JinjaDelimiters>) {
    const value = options[key];
    if (typeof value === 'string' && value !== '') delimiters[key] = value;
  }
  return delimiters;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Step = {key: string | number};
type Filter = {name: 'upper' | 'lower'} | {name: 'default'; value: string};
interface Expression {
  /** A path of lookups, or a string literal. */
  path?: Step[];
  literal?: string;
  filters: Filter[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** A Jinja string literal at `text[at]` (quote included): its value and end, or undefined. */
function stringLiteral(text: string, at: number): {value: string; end: number} | undefined {
  const quote = text[at];
  if (quote !== "'" && quote !== '"') return undefined;
  let value = '';
  for (let index = at + 1; index < text.length; index++) {
    const char = text[index];
    if (char === quote) return {value, end: index + 1};
    if (char === '\\' && index + 1 < text.length) {
      const next = text[++index];
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
    } else value += char;
  }
  return undefined;
}

/** The expressions this renderer supports, parsed; undefined for anything else (left as written). */
export function parseExpression(source: string): Expression | undefined {
  let rest = source.trim();
  const expression: Expression = {filters: []};
  const literal = stringLiteral(rest, 0);
  if (literal) {
    expression.literal = literal.value;
    rest = rest.slice(literal.end).trimStart();
  } else {
    const first = NAME.exec(rest);
    if (!first) return undefined;
    expression.path = [{key: first[0]}];
    rest = rest.slice(first[0].length);
    for (;;) {
      const dot = /^\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
      if (dot) {
        expression.path.push({key: dot[1]});
        rest = rest.slice(dot[0].length);
        continue;
      }
      const open = /^\s*\[\s*/.exec(rest);
      if (!open) break;
      const inner = rest.slice(open[0].length);
      const key = stringLiteral(inner, 0);
      const index = /^\d+/.exec(inner);
      const after = key ? inner.slice(key.end) : index ? inner.slice(index[0].length) : undefined;
      const close = after === undefined ? null : /^\s*\]/.exec(after);
      if (!close || after === undefined) return undefined;
      expression.path.push({key: key ? key.value : Number(index![0])});
      rest = after.slice(close[0].length);
    }
    rest = rest.trimStart();
  }
  while (rest.startsWith('|')) {
    rest = rest.slice(1).trimStart();
    const name = NAME.exec(rest);
    if (!name) return undefined;
    rest = rest.slice(name[0].length).trimStart();
    if (name[0] === 'upper' || name[0] === 'lower') {
      expression.filters.push({name: name[0]});
    } else if (name[0] === 'default' || name[0] === 'd') {
      const args = /^\(\s*/.exec(rest);
      if (!args) return undefined;
      const value = stringLiteral(rest, args[0].length);
      const close = value ? /^\s*\)/.exec(rest.slice(value.end)) : null;
      if (!value || !close) return undefined;
      expression.filters.push({name: 'default', value: value.value});
      rest = rest.slice(value.end + close[0].length).trimStart();
    } else return undefined;
  }
  return rest === '' ? expression : undefined;
}

const MISSING = Symbol('missing');

function lookup(variables: Readonly<Record<string, unknown>>, path: Step[]): unknown {
  let value: unknown = variables;
  for (const {key} of path) {
    if (value === null || typeof value !== 'object') return MISSING;
    // Own keys only: `constructor`, `__proto__` and friends are not variables.
    if (!Object.prototype.hasOwnProperty.call(value, key)) return MISSING;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A value as Jinja prints it (Python's `str`), or undefined for lists and mappings (not rendered). */
function printed(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  return undefined;
}

/** The value of a supported expression, or why it is not rendered. */
function evaluate(expression: Expression, variables: Readonly<Record<string, unknown>>): {value: string} | {problem: string} {
  let value: unknown = expression.literal ?? lookup(variables, expression.path!);
  const hasDefault = expression.filters.some((filter) => filter.name === 'default');
  if (value === MISSING && !hasDefault) {
    return {problem: 'unknown variable (the site knows mkdocs.yml\'s settings, its extra and the page\'s front matter, not main.py or include_yaml)'};
  }
  for (const filter of expression.filters) {
    if (filter.name === 'default') {
      if (value === MISSING) value = filter.value;
      continue;
    }
    const text = printed(value);
    if (text === undefined) return {problem: 'a list or mapping, which the site does not print as Python does'};
    value = filter.name === 'upper' ? text.toUpperCase() : text.toLowerCase();
  }
  const text = printed(value);
  return text === undefined ? {problem: 'a list or mapping, which the site does not print as Python does'} : {value: text};
}

/** Where each line starts, for offsets → line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) starts.push(index + 1);
  }
  return starts;
}

function position(starts: number[], offset: number): {line: number; column: number} {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return {line: low + 1, column: offset - starts[low] + 1};
}

/** The end (exclusive) of a `{{ … }}` whose inside starts at `from`: the first `closer` outside a string literal; -1 if none. */
function expressionEnd(text: string, from: number, closer: string): number {
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === "'" || char === '"') {
      const literal = stringLiteral(text, index);
      if (!literal) return -1;
      index = literal.end - 1;
    } else if (text.startsWith(closer, index)) return index + closer.length;
  }
  return -1;
}

type Kind = 'variable' | 'block' | 'comment';

interface Lexer {
  /** The start strings, longest first (Jinja's order where two begin at one place: `-{{%` before `-{{`). */
  opener: RegExp;
  kinds: Map<string, Kind>;
  rawStart: RegExp;
  rawEnd: RegExp;
}

const lexers = new Map<string, Lexer>();

function lexer(delimiters: JinjaDelimiters): Lexer {
  const key = JSON.stringify(delimiters);
  let found = lexers.get(key);
  if (!found) {
    const kinds = new Map<string, Kind>();
    // Variable, then block, then comment, where two are the same string (Jinja refuses such a setting).
    for (const [start, kind] of [[delimiters.variableStart, 'variable'], [delimiters.blockStart, 'block'], [delimiters.commentStart, 'comment']] as const) {
      if (!kinds.has(start)) kinds.set(start, kind);
    }
    const starts = [...kinds.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const blockStart = escapeRegExp(delimiters.blockStart);
    const blockEnd = escapeRegExp(delimiters.blockEnd);
    found = {
      opener: new RegExp(starts.join('|'), 'g'),
      kinds,
      rawStart: new RegExp(`^${blockStart}-?\\s*raw\\s*-?${blockEnd}$`),
      rawEnd: new RegExp(`${blockStart}-?\\s*endraw\\s*-?${blockEnd}`, 'g'),
    };
    lexers.set(key, found);
  }
  return found;
}

/** One line of a construct for a report: its first line, shortened. */
function shown(source: string): string {
  const first = source.split(/\r\n|\r|\n/)[0];
  const text = first.length > 80 ? `${first.slice(0, 77)}…` : first;
  return text === source ? text : `${text}…`;
}

/**
 * Renders the variables of `text` from `variables` (see the top of this file).
 * Never throws; text outside the `{{ … }}` it renders is left byte for byte.
 */
export function renderMacros(text: string, variables: Readonly<Record<string, unknown>>, delimiters: Readonly<JinjaDelimiters> = DEFAULT_DELIMITERS): RenderResult {
  const {opener: OPENER, kinds, rawStart: RAW_START, rawEnd: RAW_END} = lexer(delimiters);
  const starts = lineStarts(text);
  const problems: MacroProblem[] = [];
  let output = '';
  let copied = 0;
  const replaced: RenderResult['replaced'] = [];
  const report = (offset: number, source: string, ruleId: MacroProblem['ruleId'], reason: string) => {
    problems.push({...position(starts, offset), ruleId, reason, source});
  };
  OPENER.lastIndex = 0;
  for (let match = OPENER.exec(text); match; match = OPENER.exec(text)) {
    const at = match.index;
    const opening = match[0];
    const kind = kinds.get(opening)!;
    const closer = kind === 'variable' ? delimiters.variableEnd : kind === 'block' ? delimiters.blockEnd : delimiters.commentEnd;
    const from = at + opening.length;
    const found = kind === 'variable' ? expressionEnd(text, from, closer) : text.indexOf(closer, from);
    const end = kind === 'variable' || found === -1 ? found : found + closer.length;
    if (end === -1) {
      report(at, opening, RULE_UNRENDERED, `Jinja ${opening} without its ${closer}: left as written (mkdocs-macros fails on the page)`);
      continue;
    }
    const source = text.slice(at, end);
    OPENER.lastIndex = end;
    if (kind === 'comment') {
      report(at, source, RULE_UNRENDERED, `Jinja comment ${shown(source)}: left as written (mkdocs-macros removes it)`);
      continue;
    }
    if (kind === 'block') {
      report(at, source, RULE_UNRENDERED, `Jinja statement ${shown(source)}: not run, left as written (the site renders mkdocs-macros variables only)`);
      if (RAW_START.test(source)) {
        // Jinja prints a raw block's content as is: nothing in it is a construct.
        RAW_END.lastIndex = end;
        const close = RAW_END.exec(text);
        if (close) OPENER.lastIndex = close.index;
      }
      continue;
    }
    const inner = source.slice(opening.length, source.length - closer.length);
    // Whitespace control (`{{-`) changes text around it; an expression over several lines would lose lines.
    const expression = inner.startsWith('-') || inner.endsWith('-') || /[\r\n]/.test(inner) ? undefined : parseExpression(inner);
    if (!expression) {
      report(at, source, RULE_UNRENDERED, `Jinja ${shown(source)}: not rendered, left as written (the site renders mkdocs-macros variables only: no macro calls, statements or other filters than upper, lower and default)`);
      continue;
    }
    const result = evaluate(expression, variables);
    if ('problem' in result) {
      report(at, source, RULE_UNRENDERED, `Jinja ${shown(source)}: ${result.problem}: left as written`);
      continue;
    }
    let value = result.value;
    if (/[\r\n]/.test(value)) {
      // A YAML block scalar (`|`) ends with a line break: dropped rather than left as a trailing space.
      value = value.replace(/(?:\r\n|\r|\n)+$/, '').replace(/\r\n|\r|\n/g, ' ');
      report(at, source, RULE_ONE_LINE, `Jinja ${shown(source)}: its value has several lines, put on one line here so that the page keeps its line numbers`);
    }
    output += text.slice(copied, at) + value;
    copied = end;
    replaced.push({start: at, end, value});
  }
  return {text: output + text.slice(copied), problems, replaced};
}
