import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes, types} from 'micromark-util-symbol';

/**
 * A run of `!` that does not start an image (`![`) is plain text, in
 * CommonMark and here; this construct only changes how it is tokenized, for
 * speed: as one `data` token for the whole run.
 *
 * micromark gives each such `!` a `data` token of its own and merges adjacent
 * `data` tokens at the end of a paragraph with one `splice` per run
 * (`resolveAllText`), which costs the length of the event list each time: a
 * paragraph of many `!!!` lines (failed box headers join into one paragraph)
 * costs time growing with the square of its length. With the
 * run in one token, a line that is only `!!!` leaves nothing to merge.
 */
export const exclamationData: Construct = {name: 'mkdocsExclamationData', tokenize: tokenizeExclamation};

/** A `!` not followed by `[`. */
const plainExclamation: Construct = {tokenize: tokenizePlainExclamation, partial: true};

function tokenizeExclamation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    return effects.check(plainExclamation, first, nok)(code);
  }

  function first(code: Code): State | undefined {
    effects.enter(types.data);
    effects.consume(code);
    return more;
  }

  function more(code: Code): State | undefined {
    if (code !== codes.exclamationMark) return done(code);
    return effects.check(plainExclamation, take, done)(code);
  }

  function take(code: Code): State | undefined {
    effects.consume(code);
    return more;
  }

  function done(code: Code): State | undefined {
    effects.exit(types.data);
    return ok(code);
  }
}

function tokenizePlainExclamation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return function start(code: Code) {
    effects.enter(types.data);
    effects.consume(code);
    return function after(next: Code) {
      // `![` is an image: leave that `!` to micromark's `labelStartImage`.
      if (next === codes.leftSquareBracket) return nok(next);
      effects.exit(types.data);
      return ok(next);
    };
  };
}
