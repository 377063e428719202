/**
 * Python-Markdown `md_in_html` (`PM markdown/extensions/md_in_html.py`), the
 * part that is about one opening tag: which elements exist, and what a
 * `markdown` attribute makes of their content. Pure functions on strings; the
 * tokenizer (`construct.ts`) calls `readMarkdownTag` on the line
 * it is looking at.
 *
 * Grammar of the opening tag (CommonMark's, on one line):
 *
 * ```
 * tag       = "<" name *(1*ws attribute) *ws ">" rest
 * name      = ASCII-letter *(ASCII-letter / digit / "-")
 * attribute = attr-name [*ws "=" *ws value]
 * attr-name = (ASCII-letter / "_" / ":") *(ASCII-letter / digit / "_" / "." / ":" / "-")
 * value     = 1*(any but ws, `"`, "'", "=", "<", ">", "`") / "'" *(any but "'") "'" / '"' *(any but '"') '"'
 * ```
 */
import {BLOCK_LEVEL_ELEMENTS, decodeCharacterReferences} from '../python-markdown';

export type HtmlMode = 'block' | 'span';

/** Block-level elements whose content only gets inline parsing by default (`span_tags`). */
const SPAN_TAGS = new Set(['address', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'li', 'p', 'summary', 'td', 'th']);
/** Block-level elements whose content is never parsed (`raw_tags`). */
const RAW_TAGS = new Set(['canvas', 'math', 'option', 'pre', 'script', 'style', 'textarea']);
/** Elements that have no content at all (`empty_tags`): no closing tag, never open. */
export const EMPTY_TAGS: ReadonlySet<string> = new Set(['hr']);

export interface HtmlAttribute {
  /** Lower-cased, as HTML reads attribute names. */
  name: string;
  /** Character references decoded; `null` for a bare attribute (`<div hidden>`). */
  value: string | null;
}

export interface OpeningTag {
  /** Lower-cased tag name. */
  name: string;
  /** In source order, the first of duplicate names only (as browsers keep it). */
  attributes: HtmlAttribute[];
  /** Index just past `>`. */
  end: number;
  selfClosing: boolean;
}

/** What a `markdown` attribute makes of an element. */
export type MarkdownTagResult =
  | {ok: true; tag: OpeningTag; mode: HtmlMode}
  | {ok: false; tag: OpeningTag; problem: 'no-attribute' | 'inline-element' | 'raw-element' | 'empty-element' | 'value'; value: string | null};

const ATTRIBUTE_NAME = /[A-Za-z_:][\w.:-]*/y;
const UNQUOTED_VALUE = /[^\s"'=<>`]+/y;
const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const SPACE = /[ \t]*/y;

/** The opening tag at the very start of `line`, or undefined when there is none (or it does not end on the line). */
export function parseOpeningTag(line: string): OpeningTag | undefined {
  if (line[0] !== '<') return undefined;
  const name = matchAt(TAG_NAME, line, 1);
  if (name === undefined) return undefined;
  let index = 1 + name.length;
  const attributes: HtmlAttribute[] = [];
  const seen = new Set<string>();
  for (;;) {
    const space = matchAt(SPACE, line, index) ?? '';
    index += space.length;
    if (line[index] === '>') return {name: name.toLowerCase(), attributes, end: index + 1, selfClosing: false};
    if (line.startsWith('/>', index)) return {name: name.toLowerCase(), attributes, end: index + 2, selfClosing: true};
    // An attribute needs whitespace before it.
    if (space === '') return undefined;
    const attributeName = matchAt(ATTRIBUTE_NAME, line, index);
    if (attributeName === undefined) return undefined;
    index += attributeName.length;
    let value: string | null = null;
    const beforeEquals = matchAt(SPACE, line, index) ?? '';
    if (line[index + beforeEquals.length] === '=') {
      index += beforeEquals.length + 1;
      index += (matchAt(SPACE, line, index) ?? '').length;
      const quote = line[index];
      if (quote === '"' || quote === "'") {
        const close = line.indexOf(quote, index + 1);
        if (close === -1) return undefined;
        value = line.slice(index + 1, close);
        index = close + 1;
      } else {
        const unquoted = matchAt(UNQUOTED_VALUE, line, index);
        if (unquoted === undefined) return undefined;
        value = unquoted;
        index += unquoted.length;
      }
    }
    const lower = attributeName.toLowerCase();
    if (!seen.has(lower)) {
      seen.add(lower);
      // Python's HTMLParser decodes character references in values, as browsers do.
      attributes.push({name: lower, value: value === null ? null : decodeCharacterReferences(value)});
    }
  }
}

/**
 * `get_state` of md_in_html for a tag at the start of `line` that carries a
 * `markdown` attribute: `markdown` / `"1"` use the element's default (inline
 * only for `p`, `h1`–`h6`, `li`, `td`, …), `"block"` / `"span"` force a mode.
 * Undefined when there is no opening tag with a `markdown` attribute.
 */
export function readMarkdownTag(line: string): MarkdownTagResult | undefined {
  const tag = parseOpeningTag(line);
  if (!tag) return undefined;
  const attribute = tag.attributes.find((candidate) => candidate.name === 'markdown');
  if (!attribute) return {ok: false, tag, problem: 'no-attribute', value: null};
  const value = attribute.value;
  const fail = (problem: Exclude<MarkdownTagResult, {ok: true}>['problem']): MarkdownTagResult => ({ok: false, tag, problem, value});
  if (!BLOCK_LEVEL_ELEMENTS.has(tag.name)) return fail('inline-element');
  if (RAW_TAGS.has(tag.name)) return fail('raw-element');
  // `<hr markdown>`, `<hr markdown="0" />`: whatever the value, the element is the tag alone, its `markdown` removed.
  if (EMPTY_TAGS.has(tag.name)) return {ok: true, tag, mode: 'block'};
  if (tag.selfClosing) return fail('empty-element');
  const spanByDefault = SPAN_TAGS.has(tag.name);
  if (value === null || value === '1') return {ok: true, tag, mode: spanByDefault ? 'span' : 'block'};
  if (value === 'block' || value === 'span') return {ok: true, tag, mode: value};
  return fail('value');
}

/**
 * A tag that opens an element inside span-mode content (Python-Markdown's
 * `get_state` under a `span` parent): a `markdown` attribute with any value
 * but `"0"` on a block-level element whose content is parsed forces span
 * mode. Undefined for any other tag.
 */
export function spanNestedTag(text: string): OpeningTag | undefined {
  const tag = parseOpeningTag(text);
  if (!tag || tag.selfClosing) return undefined;
  const attribute = tag.attributes.find((candidate) => candidate.name === 'markdown');
  if (!attribute || attribute.value === '0') return undefined;
  if (!BLOCK_LEVEL_ELEMENTS.has(tag.name) || RAW_TAGS.has(tag.name) || EMPTY_TAGS.has(tag.name)) return undefined;
  return tag;
}

/** The mode `markdown` (no value) gives this element: what `mkdocsHtml` to-markdown can leave implicit. */
export function defaultMode(name: string): HtmlMode {
  return SPAN_TAGS.has(name) ? 'span' : 'block';
}

function matchAt(pattern: RegExp, value: string, index: number): string | undefined {
  pattern.lastIndex = index;
  const match = pattern.exec(value);
  return match ? match[0] : undefined;
}
