import type {Code, Construct, Effects, ParseContext, State, TokenizeContext} from 'micromark-util-types';
import {codes, constants} from 'micromark-util-symbol';
import {blankLine} from 'micromark-core-commonmark';
import './token-types';

/**
 * Lines on which a box refused to continue, per parse. The lazy-line guard
 * reads it: Python-Markdown has no lazy continuation lines, so a paragraph in
 * a box must not swallow an unindented line the box itself refused.
 */
const refused = new WeakMap<ParseContext, Set<number>>();

export function boxRefusedLine(parser: ParseContext, line: number): boolean {
  return refused.get(parser)?.has(line) ?? false;
}

const indent: Construct = {tokenize: tokenizeIndent, partial: true};

/** A box goes on over blank lines and lines indented by 4 columns (a tab counts to the next tab stop). */
export const boxContinuation: Construct = {tokenize: tokenizeBoxContinuation};

function tokenizeBoxContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return effects.check(blankLine, ok, effects.attempt(indent, ok, refuse));

  function refuse(code: Code): State | undefined {
    let lines = refused.get(self.parser);
    if (!lines) refused.set(self.parser, (lines = new Set()));
    lines.add(self.now().line);
    return nok(code);
  }
}

function tokenizeIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  // Counted here rather than read off the previous event: an enclosing box's
  // indent token has the same type and must not count for this box.
  let size = 0;
  return start;

  function start(code: Code): State | undefined {
    if (size === constants.tabSize) {
      effects.exit('mkdocsBoxIndent');
      return ok(code);
    }
    if (code === codes.space || code === codes.horizontalTab || code === codes.virtualSpace) {
      if (size === 0) effects.enter('mkdocsBoxIndent');
      effects.consume(code);
      size++;
      return start;
    }
    return nok(code);
  }
}
