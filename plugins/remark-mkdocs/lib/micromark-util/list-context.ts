import type {Construct, Effects, ParseContext, State, TokenizeContext} from 'micromark-util-types';
import {types} from 'micromark-util-symbol';

/**
 * Which lines continue a list item. A box is a flow construct, and flow does
 * not see its containers; but a box header may be indented past its
 * container's column only inside a list item (MkDocs authors indent 4 there,
 * whatever the marker's width), so the box needs to know.
 *
 * This document construct never matches: micromark tries it (key `null`) at
 * every container check, after the containers that continued have emitted
 * their prefixes, and it only notes whether the innermost one was a list item.
 */
export const listContext: Construct = {name: 'mkdocsListContext', tokenize: tokenizeListContext};

const listLines = new WeakMap<ParseContext, Set<number>>();

export function continuesListItem(parser: ParseContext, line: number): boolean {
  return listLines.get(parser)?.has(line) ?? false;
}

/**
 * The note is taken when micromark asks for the construct, which is right
 * before it feeds it the first code (same events, same place); then `nok` is
 * the first state. No state function of our own: this runs at every line of
 * every nested document, and a closure per call was measurable.
 */
function tokenizeListContext(this: TokenizeContext, _effects: Effects, _ok: State, nok: State): State {
  const events = this.events;
  let index = events.length - 1;
  if (index >= 0 && events[index]![1].type === types.linePrefix) index -= 2;
  const event = events[index];
  if (event && event[0] === 'exit' && event[1].type === types.listItemIndent) {
    let lines = listLines.get(this.parser);
    if (!lines) listLines.set(this.parser, (lines = new Set()));
    lines.add(this.now().line);
  }
  return nok;
}
