import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes, types} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** Lookahead only (inside `effects.check`): a line read before it is tokenized. */
    mkdocsLineProbe: 'mkdocsLineProbe';
  }
}

// Read once, not at every use (see `body-line.ts`): `readLine` runs for every code of the lines it probes.
const EOF = codes.eof;
const isLineEnding = markdownLineEnding;

/**
 * Our constructs decide on a whole line with a pure grammar over a string
 * (`boxes/header.ts`, `abbreviation/grammar.ts`, `md-in-html/tag.ts`) before
 * they emit a single token, so the tokenizer and the linter that explains a
 * refused line can never disagree. These probes read that line inside
 * `effects.check` and hand it to `accept`; what they consume is thrown away.
 *
 * One character per code: a tab arrives as `horizontalTab` plus one
 * `virtualSpace` per extra column, and counting each as a space is exactly
 * Python's `expandtabs(4)`, which Python-Markdown runs first. So offsets in
 * the string are offsets in codes, which the tokenizer then counts with
 * `lineCursor`.
 */
export function readLine(effects: Effects, accept: (line: string) => boolean, ok: State, nok: State): State {
  let line = '';
  return start;

  function start(code: Code): State | undefined {
    // An empty line: no token (an empty token is not allowed).
    if (code === codes.eof || markdownLineEnding(code)) return accept(line) ? ok(code) : nok(code);
    effects.enter('mkdocsLineProbe');
    return inside(code);
  }

  function inside(code: Code): State | undefined {
    if (code === EOF || isLineEnding(code)) {
      effects.exit('mkdocsLineProbe');
      return accept(line) ? ok(code) : nok(code);
    }
    line += code < 0 ? ' ' : String.fromCharCode(code);
    effects.consume(code);
    return inside;
  }
}

/** `readLine` on the rest of the current line, as a construct for `effects.check`. */
export function lineProbe(accept: (line: string) => boolean): Construct {
  return {
    partial: true,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      return readLine(effects, accept, ok, nok);
    },
  };
}

/**
 * `readLine` on the line after the line ending the check starts at (`accept`
 * is also told the column the line's text starts at, past its containers'
 * prefixes). There is no next line at the end of the document. `lazy: false`: a lazy line (one
 * that does not continue every container around the construct) is not read
 * either, for constructs without lazy lines.
 */
export function nextLineProbe(accept: (line: string, column: number) => boolean, {lazy}: {lazy: boolean}): Construct {
  return {
    partial: true,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const self = this;
      return lineEnding;

      function lineEnding(code: Code): State | undefined {
        effects.enter(types.lineEnding);
        effects.consume(code);
        effects.exit(types.lineEnding);
        return lineStart;
      }

      function lineStart(code: Code): State | undefined {
        const start = self.now();
        if (code === codes.eof || (!lazy && self.parser.lazy[start.line])) return nok(code);
        return readLine(effects, (line) => accept(line, start.column), ok, nok)(code);
      }
    },
  };
}
