/**
 * Python-Markdown `attr_list` syntax (`PM markdown/extensions/attr_list.py`),
 * as pure functions on strings: where a list may stand (`find*`), and what it
 * says (`scanAttributeList`). Shared by the link/image, heading and paragraph
 * forms in `transform.ts`.
 *
 * Grammar of one list (`BASE_RE`):
 *
 * ```
 * list    = "{" [":"] *" " content *" " "}"
 * content = (any char but "}", "\n" and " ") *(any char but "}" and "\n")
 * ```
 *
 * `content` is then read token by token, each alternative tried in this order
 * at each position (attr_list's `re.Scanner`):
 *
 * ```
 * key="value"   key='value'   key=value   .class   #id   word   " "
 * ```
 *
 * where `key` and `word` are runs of characters other than space and `=`.
 * A bare word is a key whose value is itself. Scanning stops at the first
 * character none of them matches (a lone `=`): MkDocs silently ignores the
 * rest; we return it as `rest` so the caller can warn.
 */

export type AttributeToken =
  | {kind: 'class'; value: string}
  | {kind: 'id'; value: string}
  | {kind: 'pair'; key: string; value: string};

export interface ScannedAttributeList {
  tokens: AttributeToken[];
  /** What the scanner could not read (`''` when it read everything). */
  rest: string;
}

/** A list found in a string: `start`/`end` delimit `{ … }`, `content` is what is between the braces. */
export interface AttributeListMatch {
  start: number;
  end: number;
  content: string;
}

/** An opening brace where a list may stand, that looks like a list, but never closes on its line. */
export interface UnclosedAttributeList {
  start: number;
  end: number;
  unclosed: true;
}

export type AttributeListSearch = AttributeListMatch | UnclosedAttributeList | undefined;

const SPACE = ' ';
const EQUALS = '=';

/** Read the tokens of `content` (the text between the braces). */
export function scanAttributeList(content: string): ScannedAttributeList {
  const tokens: AttributeToken[] = [];
  let index = 0;
  while (index < content.length) {
    if (content[index] === SPACE) {
      index++;
      continue;
    }
    const keyEnd = runEnd(content, index);
    if (keyEnd === index) break; // a lone `=`: no alternative matches
    const key = content.slice(index, keyEnd);
    if (content[keyEnd] === EQUALS) {
      const quote = content[keyEnd + 1];
      if (quote === '"' || quote === "'") {
        const close = content.indexOf(quote, keyEnd + 2);
        if (close !== -1) {
          tokens.push({kind: 'pair', key, value: content.slice(keyEnd + 2, close)});
          index = close + 1;
          continue;
        }
      }
      const valueEnd = runEnd(content, keyEnd + 1);
      if (valueEnd > keyEnd + 1) {
        tokens.push({kind: 'pair', key, value: content.slice(keyEnd + 1, valueEnd)});
        index = valueEnd;
        continue;
      }
    }
    tokens.push(wordToken(key));
    index = keyEnd;
  }
  return {tokens, rest: content.slice(index)};
}

/**
 * The inline form (`INLINE_RE`, anchored): `value` starts with a list. Used on
 * the text right after a link, image, emphasis, code span or icon.
 */
export function findLeadingAttributeList(value: string): AttributeListSearch {
  if (value[0] !== '{') return undefined;
  return listAt(value, 0);
}

/**
 * The heading and table-cell form (`HEADER_RE`): one or more spaces, a list,
 * optional spaces, end of string. Like Python's `search`, the leftmost
 * opening brace that makes the whole pattern match wins.
 */
export function findTrailingAttributeList(value: string): AttributeListSearch {
  const trimmed = value.replace(/ +$/, '');
  if (!trimmed.endsWith('}')) return unclosedTrailing(value);
  const close = trimmed.length - 1;
  // The content holds no `}` or line ending, so the list starts after the last one before `close`.
  const floor = Math.max(trimmed.lastIndexOf('}', close - 1), trimmed.lastIndexOf('\n', close - 1)) + 1;
  for (let brace = trimmed.indexOf('{', floor); brace !== -1 && brace < close; brace = trimmed.indexOf('{', brace + 1)) {
    if (brace === 0 || trimmed[brace - 1] !== SPACE) continue;
    const found = listAt(trimmed, brace);
    if (found && !('unclosed' in found) && found.end === trimmed.length) return found;
  }
  return undefined;
}

/**
 * The block form (`BLOCK_RE`): the last line of the block is only a list
 * (leading and trailing spaces allowed), and there is a line before it.
 */
export function findLastLineAttributeList(value: string): AttributeListSearch {
  const newline = value.lastIndexOf('\n');
  if (newline === -1) return undefined;
  let start = newline + 1;
  while (value[start] === SPACE) start++;
  if (value[start] !== '{') return undefined;
  const found = listAt(value, start);
  if (!found || 'unclosed' in found) return found;
  return value.slice(found.end).trim() === '' ? found : undefined;
}

/** Every list-looking `{ … }` in `value`, for reporting the ones nothing consumed. */
export function findAllAttributeLists(value: string): AttributeListMatch[] {
  const found: AttributeListMatch[] = [];
  // The next `}` and line end at or after the brace (searched again only once passed).
  let close = -1;
  let lineEnd = -1;
  for (let brace = value.indexOf('{'); brace !== -1; brace = value.indexOf('{', brace + 1)) {
    if (close < brace) close = value.indexOf('}', brace);
    if (lineEnd < brace) {
      lineEnd = value.indexOf('\n', brace);
      if (lineEnd === -1) lineEnd = value.length;
    }
    // No `}` before the line ends: no brace before that either closes a list (a run of `{` stayed quadratic).
    if (close === -1) break;
    // A template's `{{ … }}` or `{% … %}` (mkdocs-macros, Jinja, Helm): never an attribute list, and said by the
    // macros' own warning where the site leaves one unrendered.
    if (value[brace + 1] === '{' || value[brace + 1] === '%' || value[brace - 1] === '{') continue;
    if (close > lineEnd) {
      brace = lineEnd;
      continue;
    }
    const match = listAt(value, brace);
    if (match && !('unclosed' in match) && looksLikeAttributeList(value.slice(match.start, match.end))) {
      found.push(match);
      brace = match.end - 1;
    }
  }
  return found;
}

/**
 * Whether a brace group is plainly meant as an attribute list (`{: …}`, or a
 * `.class`, `#id` or `key=value` token), as opposed to prose such as
 * `{placeholder}` or `{}`, which Python-Markdown would also accept but which
 * authors rarely mean that way. Only used to decide whether to warn.
 */
export function looksLikeAttributeList(braces: string): boolean {
  const inner = braces.replace(/^\{/, '').replace(/\}$/, '');
  if (inner.startsWith(':')) return inner.slice(1).trim() !== '';
  return scanAttributeList(inner).tokens.some((token) => (token.kind === 'pair' ? token.key !== token.value : NAME_START.test(token.value)));
}

/** How a class or id an author means starts (a CSS name): `{...}` (the class `..`) or `{.5}` is prose. */
const NAME_START = /^-?[A-Za-z_\u0080-\uFFFF]/;

/** `BASE_RE` matched at `brace`: `{`, optional `:`, spaces, content up to the first `}` on the line. */
function listAt(value: string, brace: number): AttributeListSearch {
  let index = brace + 1;
  if (value[index] === ':') index++;
  while (value[index] === SPACE) index++;
  const contentStart = index;
  if (index >= value.length || value[index] === '}' || value[index] === '\n') return undefined;
  while (index < value.length && value[index] !== '}' && value[index] !== '\n') index++;
  if (value[index] !== '}') {
    return looksLikeAttributeList(value.slice(brace, index)) ? {start: brace, end: index, unclosed: true} : undefined;
  }
  return {start: brace, end: index + 1, content: value.slice(contentStart, index).replace(/ +$/, '')};
}

/** A heading that ends in ` { .x` (no closing brace): report it, do not apply it. */
function unclosedTrailing(value: string): AttributeListSearch {
  const brace = value.lastIndexOf(' {');
  if (brace === -1 || value.indexOf('}', brace) !== -1 || value.indexOf('\n', brace) !== -1) return undefined;
  const found = listAt(value, brace + 1);
  return found && 'unclosed' in found ? found : undefined;
}

function runEnd(content: string, from: number): number {
  let index = from;
  while (index < content.length && content[index] !== SPACE && content[index] !== EQUALS) index++;
  return index;
}

/** `_handle_word`: `.x` is a class, `#x` an id, anything else a key whose value is itself. */
function wordToken(word: string): AttributeToken {
  if (word.startsWith('.')) return {kind: 'class', value: word.slice(1)};
  if (word.startsWith('#')) return {kind: 'id', value: word.slice(1)};
  return {kind: 'pair', key: word, value: word};
}
