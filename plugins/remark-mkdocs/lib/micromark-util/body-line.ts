import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes, types} from 'micromark-util-symbol';
import {factorySpace} from 'micromark-factory-space';
import {markdownLineEnding} from 'micromark-util-character';
import {linePrefixWidth} from './line-prefix';

/**
 * Lookahead at a line ending, for constructs whose body is indented
 * (boxes, definitions): take the line ending, refuse a lazy next line (one
 * that does not continue every container around the construct), then `next`
 * at the start of that line.
 */
export function nextLineStart(self: TokenizeContext, effects: Effects, nok: State, next: State): State {
  return function lineEnding(code: Code): State | undefined {
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
    return (start: Code) => (self.parser.lazy[self.now().line] ? nok(start) : next(start));
  };
}

/**
 * Does the line after this line ending belong to a body indented
 * `bodyIndent` columns? It does when every enclosing container continued on it
 * and it is blank or indented enough.
 */
export function bodyLine(bodyIndent: number): Construct {
  return {
    partial: true,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const self = this;
      return nextLineStart(self, effects, nok, factorySpace(effects, afterPrefix, types.linePrefix, bodyIndent + 1));

      function afterPrefix(code: Code): State | undefined {
        if (code === codes.eof || markdownLineEnding(code)) return ok(code);
        // Columns, not characters: a tab counts to the next tab stop.
        return linePrefixWidth(self.events) === bodyIndent ? ok(code) : nok(code);
      }
    },
  };
}
