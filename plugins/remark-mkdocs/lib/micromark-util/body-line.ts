import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes, types} from 'micromark-util-symbol';
import {markdownLineEnding, markdownSpace} from 'micromark-util-character';

// Read once: under the CommonJS transform the site's plugins are loaded with (tsx, SWC), every use of an
// imported binding is a property read on the imported module (a module namespace, or getters), then on
// `codes`. `bodyLine` runs at every line of every body.
const EOF = codes.eof;
const LINE_ENDING = types.lineEnding;
const LINE_PREFIX = types.linePrefix;
const isLineEnding = markdownLineEnding;
const isSpace = markdownSpace;

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
 *
 * Asked at every line ending of every body, at every level of nesting, and
 * only ever in `effects.check` (its events are discarded): so it counts the
 * indentation itself instead of asking `factorySpace` and then measuring its
 * `linePrefix`, with three state functions per check. The decision is `factorySpace(…, bodyIndent + 1)`'s
 * then `linePrefixWidth`'s: at most `bodyIndent` codes of space (a tab and
 * its virtual spaces are one code per column), exactly that many, unless the
 * line is blank.
 */
export function bodyLine(bodyIndent: number): Construct {
  return {
    partial: true,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const self = this;
      let width = 0;
      return lineEnding;

      function lineEnding(code: Code): State | undefined {
        effects.enter(LINE_ENDING);
        effects.consume(code);
        effects.exit(LINE_ENDING);
        return lineStart;
      }

      function lineStart(code: Code): State | undefined {
        return self.parser.lazy[self.now().line] ? nok(code) : indent(code);
      }

      function indent(code: Code): State | undefined {
        if (width < bodyIndent && isSpace(code)) {
          if (width === 0) effects.enter(LINE_PREFIX);
          width++;
          effects.consume(code);
          return indent;
        }
        if (width > 0) effects.exit(LINE_PREFIX);
        if (code === EOF || isLineEnding(code)) return ok(code);
        return width === bodyIndent ? ok(code) : nok(code);
      }
    },
  };
}
