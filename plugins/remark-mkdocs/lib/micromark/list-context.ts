import type {Code, Construct, Effects, ParseContext, State, TokenizeContext} from 'micromark-util-types';
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

function tokenizeListContext(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return function start(code: Code) {
    const events = self.events;
    let index = events.length - 1;
    if (index >= 0 && events[index]![1].type === types.linePrefix) index -= 2;
    const event = events[index];
    if (event && event[0] === 'exit' && event[1].type === types.listItemIndent) {
      let lines = listLines.get(self.parser);
      if (!lines) listLines.set(self.parser, (lines = new Set()));
      lines.add(self.now().line);
    }
    return nok(code);
  };
}
