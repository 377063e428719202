/**
 * The grammar of an abbreviation definition, `*[TERM]: Title`, as pure
 * functions over one line.
 *
 * The tokenizer uses them to decide whether a line defines an abbreviation and
 * where the term and the title sit; the linter uses the same functions to
 * explain why a line that starts with `*[` is not one. It follows
 * Python-Markdown 3.4's `abbr` regex, applied to each block with MULTILINE:
 * `^[*]\[(?P<abbr>[^\]]*)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$`, both groups
 * `strip()`ped. Lines must already have their tabs expanded (micromark hands us
 * virtual spaces, Python-Markdown runs `expandtabs(4)` first).
 */
import {parseBoxHeader} from '../boxes/header';
import {BLOCK_LEVEL_ELEMENTS, stripSpan, type Span} from '../python-markdown';

export type {Span};

export interface AbbreviationLine {
  /** The term, without the whitespace around it inside the brackets. */
  term: Span;
  /** Offset of the `]` that closes the term. */
  close: number;
  /** Offset of the `:`. */
  colon: number;
  /** The title on this line, stripped; absent when the line ends after the colon (the title may be on the next line). */
  title?: Span;
}

export interface AbbreviationProblem {
  /** Offset in the line the problem points at. */
  offset: number;
  /** "Unexpected X, expected Y" */
  reason: string;
}

export type AbbreviationLineResult = {ok: true; definition: AbbreviationLine} | {ok: false; problem: AbbreviationProblem};

/**
 * Parse a line that starts with `*[`. Returns undefined for any other line.
 *
 * Two deviations from Python-Markdown 3.4, both following 3.6+: an empty term
 * (`*[]`, `*[ ]`) is not a definition (3.4 loops forever on it), and neither
 * is a term with a backslash (3.4 removes the line and never matches the term).
 * The term also ends at the end of its line (3.4 lets it run over a line break).
 */
export function parseAbbreviationLine(line: string): AbbreviationLineResult | undefined {
  if (!line.startsWith('*[')) return undefined;
  const close = line.indexOf(']', 2);
  if (close < 0) {
    return fail(
      line.length,
      `Unexpected end of line after \`${line.trimEnd()}\`, expected \`]\` closing the term (\`*[TERM]: Title\`)`,
    );
  }
  const term = stripSpan(line, 2, close);
  const opening = line.slice(0, close + 1);
  if (term.start === term.end) {
    return fail(2, `Unexpected empty term in \`${opening}\`, expected the abbreviation between \`*[\` and \`]\``);
  }
  const backslash = line.indexOf('\\', term.start);
  if (backslash >= 0 && backslash < term.end) {
    return fail(backslash, `Unexpected \`\\\` in the term \`${opening}\`, expected a term without backslashes`);
  }
  let index = close + 1;
  if (line[index] === ' ') index++;
  if (line[index] !== ':') {
    let spaces = 0;
    while (line[close + 1 + spaces] === ' ') spaces++;
    const next = close + 1 + spaces;
    if (next >= line.length) {
      return fail(next, `Unexpected end of line after \`${opening}\`, expected \`:\` and the title (\`${opening}: Title\`)`);
    }
    if (spaces > 1 && line[next] === ':') {
      return fail(close + 1, `Unexpected ${spaces} spaces between \`]\` and \`:\`, expected at most one (\`${opening}: …\`)`);
    }
    return fail(next, `Unexpected \`${String.fromCodePoint(line.codePointAt(next)!)}\` after \`${opening}\`, expected \`:\` (\`${opening}: Title\`)`);
  }
  const colon = index++;
  while (line[index] === ' ') index++;
  const title = stripSpan(line, index, line.length);
  const definition: AbbreviationLine = {term, close, colon};
  if (title.start < title.end) definition.title = title;
  return {ok: true, definition};
}

/**
 * The title a definition that ends after its colon takes from the next line
 * (`*[NAT]:` + `    Network Address Translation`), or undefined when that line
 * is not the title: a blank line (Python-Markdown's blocks end there), or a
 * line one of Python-Markdown's block processors that search the whole block
 * (heading, horizontal rule, block quote, admonition, details, tab) or its
 * preprocessors (fences, raw HTML) takes first. The definition then gets an
 * empty title, as in Python-Markdown.
 */
export function nextLineTitle(line: string): Span | undefined {
  if (/^[ \t]*$/.test(line) || startsPythonBlock(line)) return undefined;
  let start = 0;
  while (line[start] === ' ') start++;
  return stripSpan(line, start, line.length);
}

/** `===`, `--`: Python-Markdown's setext underline (`[=-]+[ ]*`), which makes the line above a heading at a block's start. */
export function isSetextUnderline(line: string): boolean {
  return /^[=-]+ *$/.test(line);
}

/** A setext underline that Python-Markdown's horizontal rule processor, which runs first, takes for a rule. */
export function isRuleUnderline(line: string): boolean {
  return /^-{3,} *$/.test(line);
}

const HORIZONTAL_RULE = /^ {0,3}(?:(?:-+ {0,2}){3,}|(?:_+ {0,2}){3,}|(?:\*+ {0,2}){3,}) *$/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const HTML_SPECIAL = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/;
const HTML_TAG = /^ {0,3}<\/?([A-Za-z][A-Za-z\d-]*)(?=[\s/>]|$)/;

function startsPythonBlock(line: string): boolean {
  if (line.startsWith('#') || HORIZONTAL_RULE.test(line) || /^ {0,3}>/.test(line) || FENCE.test(line)) return true;
  if (HTML_SPECIAL.test(line)) return true;
  const tag = HTML_TAG.exec(line);
  if (tag && BLOCK_LEVEL_ELEMENTS.has(tag[1]!.toLowerCase())) return true;
  return parseBoxHeader(line)?.ok === true;
}

function fail(offset: number, reason: string): AbbreviationLineResult {
  return {ok: false, problem: {offset, reason}};
}
