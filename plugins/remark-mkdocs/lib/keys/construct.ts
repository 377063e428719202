import type {Code, Construct, State, TokenizeContext, Tokenizer} from 'micromark-util-types';
import {codes} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mkdocsKeys: 'mkdocsKeys';
    mkdocsKeysMarker: 'mkdocsKeysMarker';
    mkdocsKeysValue: 'mkdocsKeysValue';
  }
}

/**
 * pymdownx.keys' `++key+key++`, as a micromark text construct keyed on `+`:
 *
 *     keys  = "++" key *("+" key) "++"
 *     key   = 1*(wordchar / "-") / '"' 1*(escape / not-dquote) '"' / "'" 1*(escape / not-squote) "'"
 *
 * (pymdownx/keys.py `RE_KBD`; `wordchar` is Python's Unicode `\w`). The first
 * `++` after a key closes, as the pattern's lazy repetition does. Being a
 * text construct, it never starts in code spans and is not split by
 * emphasis; `\++` is an escaped `+` (CommonMark's escape, pymdownx's
 * `(?<!\\)`). Whether the names are keys is decided by the transform (it
 * knows the options' `key_map`); a quoted key cannot span a line (deviation:
 * pymdownx allows a line break inside quotes).
 */
export const keys: Construct = {name: 'mkdocsKeys', tokenize: tokenizeKeys};

/** Python's `\w` with `re.UNICODE`: letters, numbers, `_`. */
const WORD = /^[\p{L}\p{N}_]$/u;

export function isWordCode(code: Code): boolean {
  return code !== null && code >= 0 && WORD.test(String.fromCodePoint(code));
}

function isKeyNameCode(code: Code): boolean {
  return code === codes.dash || isWordCode(code);
}

function tokenizeKeys(this: TokenizeContext, effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
  let quote: Code = null;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('mkdocsKeys');
    return plusPair(effects, open, nok)(code);
  }

  function open(code: Code): State | undefined {
    effects.enter('mkdocsKeysValue');
    return keyStart(code);
  }

  function keyStart(code: Code): State | undefined {
    if (code === codes.quotationMark || code === codes.apostrophe) {
      quote = code;
      effects.consume(code);
      return quotedFirst;
    }
    if (!isKeyNameCode(code)) return nok(code);
    effects.consume(code);
    return name;
  }

  function name(code: Code): State | undefined {
    if (isKeyNameCode(code)) {
      effects.consume(code);
      return name;
    }
    return afterKey(code);
  }

  /** A quoted key holds at least one character. */
  function quotedFirst(code: Code): State | undefined {
    if (code === quote) return nok(code);
    return quoted(code);
  }

  function quoted(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code);
    if (code === quote) {
      effects.consume(code);
      return afterKey;
    }
    effects.consume(code);
    return code === codes.backslash ? escaped : quoted;
  }

  function escaped(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code);
    effects.consume(code);
    return quoted;
  }

  function afterKey(code: Code): State | undefined {
    if (code !== codes.plusSign) return nok(code);
    return effects.check({tokenize: tokenizeClose, partial: true}, close, separator)(code);
  }

  function separator(code: Code): State | undefined {
    effects.consume(code);
    return keyStart;
  }

  function close(code: Code): State | undefined {
    effects.exit('mkdocsKeysValue');
    return plusPair(effects, done, nok)(code);
  }

  function done(code: Code): State | undefined {
    effects.exit('mkdocsKeys');
    return ok(code);
  }
}

/** `++` follows (the check before a closing marker). */
function tokenizeClose(this: TokenizeContext, effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
  return plusPair(effects, ok, nok);
}

/** A `++` marker, at a `+`: `ok` after it, `nok` if the second `+` is missing. */
function plusPair(effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
  return function (code: Code) {
    effects.enter('mkdocsKeysMarker');
    effects.consume(code);
    return function (next: Code) {
      if (next !== codes.plusSign) return nok(next);
      effects.consume(next);
      effects.exit('mkdocsKeysMarker');
      return ok;
    };
  };
}
