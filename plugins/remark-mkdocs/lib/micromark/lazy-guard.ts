import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {boxRefusedLine} from './continuation';

/**
 * A flow construct that only ever succeeds as an *interruption*: on a lazy
 * line that a box refused, it ends the open paragraph, so the line is not
 * glued onto the box's last paragraph (CommonMark's laziness) but starts a
 * new block after the box, as in Python-Markdown. Lazy lines of a block quote
 * or list inside the box are untouched: the box continued on those lines.
 */
export const lazyGuard: Construct = {name: 'mkdocsBoxLazyGuard', tokenize: tokenizeLazyGuard};

function tokenizeLazyGuard(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return start;

  function start(code: Code): State | undefined {
    const line = self.now().line;
    return self.interrupt && self.parser.lazy[line] && boxRefusedLine(self.parser, line) ? ok(code) : nok(code);
  }
}
