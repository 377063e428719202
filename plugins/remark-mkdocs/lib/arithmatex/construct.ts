import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types';
import {codes, types} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';
import {atContainerColumn} from '../micromark-util/list-context';
import {lineProbe, nextLineProbe, readLine} from '../micromark-util/line-probe';
import {factorySpace} from 'micromark-factory-space';
import {linePrefixWidth} from '../micromark-util/line-prefix';
import {perParse} from '../micromark-util/per-parse';
import {markerData} from '../micromark-util/merge-data';
import {isPythonWhitespace, matchBlockMath, mayStartBlockMath, type ArithmatexSettings} from './grammar';

/** Token names of arithmatex's syntax, registered with micromark's type map so `effects.enter` accepts them. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    arithmatexInline: 'arithmatexInline';
    arithmatexInlineMarker: 'arithmatexInlineMarker';
    arithmatexInlineValue: 'arithmatexInlineValue';
    arithmatexBlock: 'arithmatexBlock';
    arithmatexBlockLine: 'arithmatexBlockLine';
  }
}

/**
 * pymdownx.arithmatex's syntax as micromark constructs, built for the
 * workshop's options (`inline_syntax`, `block_syntax`, `smart_dollar`):
 *
 * - Inline (text constructs on `$` and `\`): `$…$` and `\(…\)`, tokenized
 *   where Markdown is tokenized, so code spans, code blocks, autolinks and
 *   raw HTML keep their dollars, and an escaped `\$` never opens math.
 *   Arithmatex's inline pattern runs right after code spans and before
 *   everything else (priority 189.9), so math is atomic: `*` or `[` inside it
 *   is TeX, which a text construct gives for free.
 * - Block (flow constructs on `$` and `\`): a whole block (up to a blank
 *   line) that is `$$…$$`, `\[…\]` or `\begin{env}…\end{env}` and nothing
 *   else, as arithmatex's block processor tests Python-Markdown's blocks.
 *   It cannot interrupt a paragraph (Python-Markdown's paragraph holds the
 *   whole block), starts at column 0 of its container (in a list item also
 *   indented to the item's content, as boxes), and is concrete (no list or
 *   quote starts inside it, no lazy lines), as fenced code.
 */
export function arithmatexSyntax(settings: ArithmatexSettings): Extension {
  const text: Construct[] = [];
  const inline = inlineMathConstruct(settings);
  const block = blockMathConstruct(settings);
  if (settings.inline.size > 0) text.push(inline);
  const flow = settings.block.size > 0 ? {[codes.dollarSign]: block, [codes.backslash]: block} : {};
  return {
    flow,
    // A `$` that opens no math is read as data that merges the paragraph's data runs (linear time, see
    // merge-data.ts). Not `\`: a `\` that opens no math is micromark's escape or hard break.
    text: settings.inline.size > 0 ? {[codes.dollarSign]: [inline, dollarData], [codes.backslash]: inline} : {},
  };
}

const dollarData = markerData('arithmatexDollarData');

/**
 * Source offsets `[from, to)` of the last `\(` whose scan reached the end of
 * its text without a `\)`: a later `\(` inside that span scans the same
 * characters, in step, and cannot find one either. Without this, a paragraph
 * of many unclosed `\(` would be scanned to its end once per `\(`.
 */
const unclosedRound = perParse(() => ({from: -1, to: -1}));

function inlineMathConstruct(settings: ArithmatexSettings): Construct {
  const dollar = settings.inline.has('dollar');
  const round = settings.inline.has('round');
  return {name: 'arithmatexInline', tokenize};

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    const startOffset = self.now().offset;
    /** The last character of the math so far: smart dollars refuse whitespace before the closing `$`. */
    let last: Code = codes.eof;
    /** Inside a value token: the math's text runs in one value token per line, line endings between (as code spans). */
    let inValue = false;
    return start;

    function start(code: Code): State | undefined {
      if (code === codes.dollarSign && dollar) {
        effects.enter('arithmatexInline');
        effects.enter('arithmatexInlineMarker');
        effects.consume(code);
        effects.exit('arithmatexInlineMarker');
        return dollarFirst;
      }
      if (code === codes.backslash && round) {
        const known = unclosedRound.get(self.parser);
        if (known && known.from < startOffset && startOffset < known.to) return nok(code);
        effects.enter('arithmatexInline');
        effects.enter('arithmatexInlineMarker');
        effects.consume(code);
        return roundOpen;
      }
      return nok(code);
    }

    /** One character of the math, then `next`. */
    function content(code: Code, next: State): State {
      last = code;
      if (markdownLineEnding(code)) {
        if (inValue) effects.exit('arithmatexInlineValue');
        inValue = false;
        effects.enter(types.lineEnding);
        effects.consume(code);
        effects.exit(types.lineEnding);
        return next;
      }
      if (!inValue) effects.enter('arithmatexInlineValue');
      inValue = true;
      effects.consume(code);
      return next;
    }

    /** The closing delimiter (`$`, or `\)` as two codes). */
    function close(code: Code, length: number): State {
      if (inValue) effects.exit('arithmatexInlineValue');
      effects.enter('arithmatexInlineMarker');
      effects.consume(code);
      if (length === 1) return closed;
      return function (code: Code): State | undefined {
        effects.consume(code);
        return closed;
      };
    }

    function closed(code: Code): State | undefined {
      effects.exit('arithmatexInlineMarker');
      effects.exit('arithmatexInline');
      return ok(code);
    }

    // `$…$`: `(?!\s)((?:\\.|[^\\$])+?)(?<!\s)\$` with smart dollars, else without the whitespace checks.
    function dollarFirst(code: Code): State | undefined {
      if (code === codes.eof || code === codes.dollarSign) return nok(code);
      if (settings.smartDollar && isWhitespace(code)) return nok(code);
      return dollarInside(code);
    }

    function dollarInside(code: Code): State | undefined {
      // A backtick in the math: deviation, see the README (`$a `b$` c`` is a code span in pymdownx).
      if (code === codes.eof || code === codes.graveAccent) return nok(code);
      if (code === codes.dollarSign) {
        if (settings.smartDollar && isWhitespace(last)) return nok(code);
        return close(code, 1);
      }
      return content(code, code === codes.backslash ? dollarEscaped : dollarInside);
    }

    /** `\\.`: any character but a line ending (Python's `.`), `$` included. */
    function dollarEscaped(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code) || code === codes.graveAccent) return nok(code);
      return content(code, dollarInside);
    }

    // `\(((?:\\[^)]|[^\\])+?)\\\)`.
    function roundOpen(code: Code): State | undefined {
      if (code !== codes.leftParenthesis) return nok(code);
      effects.consume(code);
      effects.exit('arithmatexInlineMarker');
      return roundFirst;
    }

    function roundFirst(code: Code): State | undefined {
      // `\(\)`: the math cannot be empty.
      if (code === codes.backslash) return effects.check(roundCloseProbe, nok, roundInside)(code);
      return roundInside(code);
    }

    function roundInside(code: Code): State | undefined {
      if (code === codes.eof) return unclosed(code);
      if (code === codes.graveAccent) return nok(code);
      if (code === codes.backslash) return effects.check(roundCloseProbe, roundClose, roundEscape)(code);
      return content(code, roundInside);
    }

    function roundClose(code: Code): State | undefined {
      return close(code, 2);
    }

    function roundEscape(code: Code): State | undefined {
      return content(code, roundEscaped);
    }

    function roundEscaped(code: Code): State | undefined {
      if (code === codes.eof) return unclosed(code);
      if (code === codes.graveAccent) return nok(code);
      return content(code, roundInside);
    }

    function unclosed(code: Code): State | undefined {
      const known = unclosedRound.of(self.parser);
      known.from = startOffset;
      known.to = self.now().offset;
      return nok(code);
    }
  }
}

/** `\)` ahead. */
const roundCloseProbe: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return function backslash(code) {
      effects.enter('arithmatexInlineMarker');
      effects.consume(code);
      return function paren(code) {
        if (code !== codes.rightParenthesis) return nok(code);
        effects.consume(code);
        effects.exit('arithmatexInlineMarker');
        return ok;
      };
    };
  },
};

function isWhitespace(code: Code): boolean {
  if (code === codes.eof) return false;
  return code < 0 || isPythonWhitespace(String.fromCodePoint(code));
}

function blockMathConstruct(settings: ArithmatexSettings): Construct {
  return {name: 'arithmatexBlock', concrete: true, tokenize};

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    const prefix = linePrefixWidth(self.events);
    /** Lines of the block, as the probe read them (the tokenizer emits exactly these). */
    let lineCount = 0;
    const nextLine = continuationLine(prefix);
    return start;

    function start(code: Code): State | undefined {
      // Python-Markdown's paragraph keeps the whole block: block math never interrupts one.
      if (self.interrupt || !atContainerColumn(self, prefix)) return nok(code);
      return effects.check(lineProbe((line) => mayStartBlockMath(line, settings.block)), probe, nok)(code);
    }

    function probe(code: Code): State | undefined {
      return effects.check(wholeBlockProbe(settings, nextLine, (count) => (lineCount = count)), begin, nok)(code);
    }

    function begin(code: Code): State | undefined {
      effects.enter('arithmatexBlock');
      return lineStart(code);
    }

    function lineStart(code: Code): State | undefined {
      effects.enter('arithmatexBlockLine');
      return lineInside(code);
    }

    function lineInside(code: Code): State | undefined {
      if (code !== codes.eof && !markdownLineEnding(code)) {
        effects.consume(code);
        return lineInside;
      }
      effects.exit('arithmatexBlockLine');
      lineCount--;
      if (lineCount === 0) {
        effects.exit('arithmatexBlock');
        return ok(code);
      }
      return effects.attempt(nextLine, lineStart, nok)(code);
    }
  }
}

/**
 * The line after a line ending, when it continues the block: not the end of
 * the container, not lazy, not blank (Python-Markdown's blocks end at a
 * blank line). Its indentation up to the block's own is a line prefix.
 */
function continuationLine(prefix: number): Construct {
  const continues = nextLineProbe((line) => !/^ *$/.test(line), {lazy: false});
  return {
    partial: true,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      return function start(code: Code): State | undefined {
        return effects.check(continues, lineEnding, nok)(code);
      };

      function lineEnding(code: Code): State | undefined {
        effects.enter(types.lineEnding);
        effects.consume(code);
        effects.exit(types.lineEnding);
        // factorySpace with room for no space at all would open an empty token.
        return prefix > 0 ? factorySpace(effects, ok, types.linePrefix, prefix + 1) : ok;
      }
    },
  };
}

/** Reads the block's lines (up to a blank line, a lazy line or the container's end) and tests them as arithmatex does. */
function wholeBlockProbe(settings: ArithmatexSettings, nextLine: Construct, found: (lineCount: number) => void): Construct {
  return {
    partial: true,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const lines: string[] = [];
      return read;

      function read(code: Code): State | undefined {
        return readLine(effects, accept, afterLine, nok)(code);
      }

      function accept(line: string): boolean {
        lines.push(line);
        return true;
      }

      function afterLine(code: Code): State | undefined {
        if (code === codes.eof) return finish(code);
        return effects.attempt(nextLine, read, finish)(code);
      }

      function finish(code: Code): State | undefined {
        if (!matchBlockMath(lines.join('\n'), settings.block)) return nok(code);
        found(lines.length);
        return ok(code);
      }
    },
  };
}
