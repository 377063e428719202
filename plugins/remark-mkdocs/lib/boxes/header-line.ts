import type {Code, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';
import {parseBoxHeader, type BoxHeader} from './header';
import './token-types';

/**
 * Reads the rest of the line without emitting anything and hands it to the
 * pure header grammar. Used inside `effects.check`, so the box tokenizer knows
 * the whole header (where the title's closing quote is, for instance) before
 * it emits a single token.
 */
export function readHeaderLine(
  effects: Effects,
  found: (header: BoxHeader) => void,
  ok: State,
  nok: State,
): State {
  let line = '';
  return start;

  function start(code: Code): State | undefined {
    effects.enter('mkdocsBoxHeaderProbe');
    return inside(code);
  }

  function inside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('mkdocsBoxHeaderProbe');
      const result = parseBoxHeader(line);
      if (result?.ok) {
        found(result.header);
        return ok(code);
      }
      return nok(code);
    }
    // A tab arrives as `horizontalTab` plus one `virtualSpace` per extra column:
    // counting each as a space is exactly Python's `expandtabs(4)`.
    line += code < 0 ? ' ' : String.fromCharCode(code);
    effects.consume(code);
    return inside;
  }
}

/** The construct form of `readHeaderLine`, for `effects.check`. */
export function headerLineCheck(found: (header: BoxHeader) => void) {
  return {
    partial: true,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State) {
      return readHeaderLine(effects, found, ok, nok);
    },
  };
}
