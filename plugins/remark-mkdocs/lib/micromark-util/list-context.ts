import type {Construct, Effects, ParseContext, State, TokenizeContext} from 'micromark-util-types';
import {types} from 'micromark-util-symbol';
import {perParse} from './per-parse';

/**
 * Which lines continue a list item. Our line constructs are flow constructs,
 * and flow does not see its containers; but a box header or an abbreviation
 * may be indented past its container's column only inside a list item
 * (MkDocs authors indent 4 there, whatever the marker's width), so they need
 * to know.
 *
 * This document construct never matches: micromark tries it (key `null`) at
 * every container check, after the containers that continued have emitted
 * their prefixes, and it only notes whether the innermost one was a list item.
 */
export const listContext: Construct = {name: 'mkdocsListContext', tokenize: tokenizeListContext};

const listLines = perParse(() => new Set<number>());
/** Lines a list item starts on (its marker's line), in any document of the parse, with its markers' columns. */
const itemLines = perParse(() => new Map<number, number[]>());

// Read once, not at every use (see `body-line.ts`): `tokenizeListContext` runs at every line of every document.
const LINE_PREFIX = types.linePrefix;
const LIST_ITEM_INDENT = types.listItemIndent;
const LIST_ITEM_PREFIX = types.listItemPrefix;
const CONTENT = types.content;

export function continuesListItem(parser: ParseContext, line: number): boolean {
  return listLines.get(parser)?.has(line) ?? false;
}

/**
 * Python-Markdown recognises `!!!`, `???`, `===` and `*[` only at column 0 of
 * their container, while flow lets up to 3 spaces precede a construct
 * (`prefix`, from `linePrefixWidth`): refuse them, except in a list item,
 * where MkDocs authors indent by 4 whatever the marker's width. There (as in
 * Python-Markdown) such a line also cannot start in the middle of the item's
 * paragraph: it stays text.
 */
export function atContainerColumn(self: TokenizeContext, prefix: number): boolean {
  const inListItem = continuesListItem(self.parser, self.now().line);
  if (inListItem && self.interrupt) return false;
  return prefix === 0 || inListItem;
}

/**
 * May a block processor's header (Python-Markdown's admonition, details and tabbed processors search their
 * header anywhere in a block and read the text before it as a paragraph) interrupt the paragraph open in a
 * list item here? Python-Markdown's list processor takes an item's lines up to the first blank line as one
 * block and reads them as the item's text, header lines included (`- Step` ⏎ `    !!! note` stays text);
 * a later block of the item (after a blank line, indented 4) is detabbed and read again, where the header
 * is found (`- Step` ⏎ ⏎ `    Some text` ⏎ `    ??? note` gives the text, then the box). So: not when the
 * paragraph started on a list item's marker line. Only asked when interrupting, once the header is read (it
 * walks back over the paragraph's events).
 */
export function interruptsItemParagraph(self: TokenizeContext): boolean {
  if (!self.interrupt || !continuesListItem(self.parser, self.now().line)) return true;
  const events = self.events;
  for (let index = events.length - 1; index >= 0; index--) {
    const [kind, token] = events[index]!;
    if (token.type !== CONTENT) continue;
    // A paragraph already closed: nothing to interrupt (not expected while interrupting).
    if (kind === 'exit') return false;
    return !(itemLines.get(self.parser)?.has(token.start.line) ?? false);
  }
  return false;
}

/**
 * The column of the marker of the list item a line at `column` on `line` is in: the nearest marker line at or
 * above it with a marker left of `column` (the rightmost such marker there), or undefined. Walks back, so only
 * asked for the rare line that needs it.
 */
export function itemMarkerColumn(parser: ParseContext, line: number, column: number): number | undefined {
  const lines = itemLines.get(parser);
  if (!lines) return undefined;
  for (let at = line; at > 0; at--) {
    if (at !== line && !lines.has(at) && !continuesListItem(parser, at)) return undefined;
    const left = lines.get(at)?.filter((marker) => marker < column);
    if (left?.length) return Math.max(...left);
  }
  return undefined;
}

/**
 * The note is taken when micromark asks for the construct, which is right
 * before it feeds it the first code (same events, same place); then `nok` is
 * the first state. No state function of our own: this runs at every line of
 * every nested document.
 */
function tokenizeListContext(this: TokenizeContext, _effects: Effects, _ok: State, nok: State): State {
  const events = this.events;
  let index = events.length - 1;
  if (index >= 0 && events[index]![1].type === LINE_PREFIX) index -= 2;
  const event = events[index];
  if (event && event[0] === 'exit' && event[1].type === LIST_ITEM_INDENT) {
    listLines.of(this.parser).add(this.now().line);
  } else if (event && event[0] === 'exit' && event[1].type === LIST_ITEM_PREFIX) {
    const lines = itemLines.of(this.parser);
    const line = this.now().line;
    const columns = lines.get(line);
    const column = event[1].start.column;
    if (!columns) lines.set(line, [column]);
    else if (!columns.includes(column)) columns.push(column);
  }
  return nok;
}
