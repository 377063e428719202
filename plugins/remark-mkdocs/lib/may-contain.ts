/**
 * Cheap checks on a lesson's source that tell which transforms cannot find
 * anything in it. They only ever skip work: each is a necessary condition
 * for what the transform looks for, never a parse of it.
 */
export interface MayContain {
  /** `!!!`, `???` or `===`: boxes, collapsibles, tabs, or lines that look like their headers. */
  boxes: boolean;
  /** A Windows-1252 character that can start a UTF-8 sequence (U+00C2–U+00F4), or a C1 control: possible mojibake. */
  mojibake: boolean;
  /** `:name:`: an emoji or icon shortcode. */
  shortcodes: boolean;
  /** `{` followed by `.`, `#`, `:` or a key: an attribute list. */
  attributeLists: boolean;
  /** `*[`: an abbreviation definition. */
  abbreviations: boolean;
  /** `annotate`: a block that may host prose annotations (`{ .annotate }`, `!!! note annotate`, `class="annotate"`). */
  annotate: boolean;
  /**
   * Whitespace, `markdown`, then the end of an attribute name (any case): an
   * opening tag with a `markdown` attribute, the only thing that makes a
   * `<div markdown>` element (or its warnings). Prose such as "Markdown is"
   * passes too, which only costs a tree walk.
   */
  markdownAttributes: boolean;
  /** A line starting with `:` (after indentation or `>`): a definition (def_list), or a line that looks like one. */
  definitions: boolean;
  /** `[^`: a footnote reference or definition (or text that looks like one). */
  footnotes: boolean;
  /** `///`: a pymdownx.blocks block. */
  blocks: boolean;
  /** `++`: pymdownx.keys. */
  keys: boolean;
  /** `{++`, `{--`, `{==`, `{>>`, `{~~`: a critic mark (or an unclosed one, for the lint). */
  critic: boolean;
  /** `#!` or `:::` : inline code with a language (pymdownx.inlinehilite). */
  inlineHilite: boolean;
  /** `(`, `/`, `-->`/`<--`, or a digit before `st`/`nd`/`rd`/`th`: a smart symbol. */
  smartSymbols: boolean;
  /** `[` then ` `, `x` or `X` then `]`: a task list item. */
  taskListItems: boolean;
  /** `://` or `www.` (any case): a bare URL. */
  bareUrls: boolean;
  /** `:` or `//`: a destination that may not parse as a URL (a scheme, a host, a port). */
  urls: boolean;
  /** A `:` next to a `|` (dashes and spaces between): a table whose separator row aligns a column. */
  tables: boolean;
  /** `|`: a table (or text that looks like one). */
  pipes: boolean;
  /** Two list markers of different kinds (`-` and `*`, `*` and `1.`, `1.` and `1)`): lists that may be consecutive. */
  lists: boolean;
  /** A line starting with `>` (after indentation) then a blank line: a quote another may follow. */
  blockquotes: boolean;
  /** ```` ``` ```` or `~~~` at a line's start (after indentation, `>` or list markers): a fenced code block. */
  fences: boolean;
  /** A line of only `=` or `-` (then spaces) after the first line: a setext heading's underline (linear: no text before it is read). */
  setextHeadings: boolean;
}

export function mayContain(source: string): MayContain {
  return {
    boxes: source.includes('!!!') || source.includes('???') || source.includes('==='),
    mojibake: /[\u00c2-\u00f4\u0080-\u009f]/.test(source),
    shortcodes: /:[\w+-]+:/.test(source),
    attributeLists: /\{[:\s]*[.#\w]/.test(source),
    abbreviations: source.includes('*['),
    annotate: source.includes('annotate'),
    markdownAttributes: /\smarkdown[\s=/>]/i.test(source),
    definitions: /^[\t >]*:/m.test(source),
    footnotes: source.includes('[^'),
    blocks: source.includes('///'),
    keys: source.includes('++'),
    critic: /\{(?:\+\+|--|==|>>|~~)/.test(source),
    inlineHilite: source.includes('#!') || source.includes(':::'),
    smartSymbols: /[(/]|-->|<--|\d(?:st|nd|rd|th)/.test(source),
    taskListItems: /\[[ xX]\]/.test(source),
    bareUrls: source.includes('://') || /www\./i.test(source),
    urls: source.includes(':') || source.includes('//'),
    tables: /\|[ -]*:|:[ -]*\|/.test(source),
    pipes: source.includes('|'),
    lists: differentListMarkers(source),
    // Quotes blank lines apart, or a quote line over a line that is not one (a lazy paragraph or list).
    blockquotes: /^[\t ]*>[^\n]*\n[\t ]*(?:\r?\n|[^\s>])/m.test(source),
    fences: /^[\t >]*(?:(?:[-*+]|\d{1,9}[.)])[\t >]+)*(?:`{3}|~{3})/m.test(source),
    setextHeadings: /\n[\t >]*(?:=+|-+)[ \t]*(?:\r?\n|$)/.test(source),
  };
}

/** Whether list items start with two different markers (CommonMark starts a new list at a marker change). */
function differentListMarkers(source: string): boolean {
  let first: string | undefined;
  for (const match of source.matchAll(/^[\t >]*(?:([-*+])|\d{1,9}([.)]))[\t ]/gm)) {
    const marker = match[1] ?? match[2]!;
    if (first === undefined) first = marker;
    else if (marker !== first) return true;
  }
  return false;
}
