/**
 * Fenced code as MkDocs reads its opening line: CommonMark's fenced code
 * (same tokens, same rules for the body, the closing fence, containers and
 * lazy lines), except that a backtick fence's header may hold backticks
 * where pymdownx.superfences reads them, inside braces or a quoted option
 * (```` ```shell title="Response of `fastapi dev`" ````). CommonMark allows
 * none (a backtick there could open a code span), so that line was a
 * paragraph and the block's closing fence opened a block that ran on. The
 * header is checked whole at the end of its line (`header.ts`): a backtick
 * anywhere else still makes the line no fence (```` ``` `x` ```` is inline
 * code in both). A header superfences does not read at all (```` ```sh # comment ````)
 * makes no fence either, as in MkDocs, but for a language then braces.
 */
import {factorySpace} from 'micromark-factory-space';
import {markdownLineEnding, markdownSpace} from 'micromark-util-character';
import {codes, constants, types} from 'micromark-util-symbol';
import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {isSuperfencesHeader, opensFence} from './header';

/** The next line, if it is one of this block's and not a lazy one (a line a container did not continue). */
const nextLineOfBlock: Construct = {partial: true, tokenize: tokenizeNextLineOfBlock};

function tokenizeNextLineOfBlock(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code: Code) => {
    if (code === codes.eof) return nok(code);
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
    return (next: Code) => (self.parser.lazy[self.now().line] ? nok(next) : ok(next));
  };
}

/** The text a header's codes stand for (a tab as a tab; the spaces micromark adds for one are not the author's). */
function characterOf(code: Code): string {
  if (code === codes.horizontalTab) return '\t';
  if (code === codes.virtualSpace || code === null || code < 0) return '';
  return String.fromCharCode(code);
}

export function tokenizeFencedCode(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const closingFence: Construct = {partial: true, tokenize: tokenizeClosingFence};
  /** Spaces before the opening fence: taken off each line of the body, as far as they go. */
  let indent = 0;
  let marker: NonNullable<Code> = codes.graveAccent;
  let size = 0;
  /** The header as written, and whether it holds a backtick (then superfences must read it: checked at its end). */
  let header = '';
  let headerBacktick = false;

  return (code: Code) => {
    const tail = self.events[self.events.length - 1];
    indent = tail && tail[1].type === types.linePrefix ? tail[2].sliceSerialize(tail[1], true).length : 0;
    if (code !== codes.graveAccent && code !== codes.tilde) return nok(code);
    marker = code;
    effects.enter(types.codeFenced);
    effects.enter(types.codeFencedFence);
    effects.enter(types.codeFencedFenceSequence);
    return openingSequence(code);
  };

  function openingSequence(code: Code): State | undefined {
    if (code === marker) {
      size++;
      effects.consume(code);
      return openingSequence;
    }
    if (size < constants.codeFencedSequenceSizeMin) return nok(code);
    effects.exit(types.codeFencedFenceSequence);
    return markdownSpace(code) ? factorySpace(effects, beforeInfo, types.whitespace)(code) : beforeInfo(code);
  }

  function noteHeader(code: Code): void {
    header += characterOf(code);
    if (code === codes.graveAccent) headerBacktick = true;
  }

  /** At the info string, or at the end of the opening line. */
  function beforeInfo(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      // A backtick in a backtick fence's header: only where superfences reads it.
      if (marker === codes.graveAccent && headerBacktick && !isSuperfencesHeader(header)) return nok(code);
      // A header superfences does not read at all (```` ```sh # comment ````) makes no fence in MkDocs: the line is
      // text, and so are the block's lines. Only the language then braces (```` ```py {.x} ````) is still a fence
      // here, on purpose (`info.ts`, README deviation 7).
      if (!opensFence(header)) return nok(code);
      effects.exit(types.codeFencedFence);
      // Interrupting a paragraph is a check that ends with the opening line.
      return self.interrupt ? ok(code) : effects.check(nextLineOfBlock, atLineOfBlock, after)(code);
    }
    effects.enter(types.codeFencedFenceInfo);
    effects.enter(types.chunkString, {contentType: constants.contentTypeString});
    return info(code);
  }

  function info(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit(types.chunkString);
      effects.exit(types.codeFencedFenceInfo);
      return beforeInfo(code);
    }
    if (markdownSpace(code)) {
      effects.exit(types.chunkString);
      effects.exit(types.codeFencedFenceInfo);
      return factorySpace(effects, beforeMeta, types.whitespace)(code);
    }
    noteHeader(code);
    effects.consume(code);
    return info;
  }

  function beforeMeta(code: Code): State | undefined {
    // What superfences reads between the info and the meta: one blank is enough for the header's shape.
    header += ' ';
    if (code === codes.eof || markdownLineEnding(code)) return beforeInfo(code);
    effects.enter(types.codeFencedFenceMeta);
    effects.enter(types.chunkString, {contentType: constants.contentTypeString});
    return meta(code);
  }

  function meta(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit(types.chunkString);
      effects.exit(types.codeFencedFenceMeta);
      return beforeInfo(code);
    }
    noteHeader(code);
    effects.consume(code);
    return meta;
  }

  /** At a line ending before a line of the block: the closing fence, or a line of the body. */
  function atLineOfBlock(code: Code): State | undefined {
    return effects.attempt(closingFence, after, bodyLineEnding)(code);
  }

  function bodyLineEnding(code: Code): State | undefined {
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
    return bodyLineStart;
  }

  function bodyLineStart(code: Code): State | undefined {
    return indent > 0 && markdownSpace(code) ? factorySpace(effects, beforeBodyChunk, types.linePrefix, indent + 1)(code) : beforeBodyChunk(code);
  }

  function beforeBodyChunk(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return effects.check(nextLineOfBlock, atLineOfBlock, after)(code);
    effects.enter(types.codeFlowValue);
    return bodyChunk(code);
  }

  function bodyChunk(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit(types.codeFlowValue);
      return beforeBodyChunk(code);
    }
    effects.consume(code);
    return bodyChunk;
  }

  function after(code: Code): State | undefined {
    effects.exit(types.codeFenced);
    return ok(code);
  }

  /** The line ending, then a fence of the same character, at least as long, indented less than 4, alone on its line. */
  function tokenizeClosingFence(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let closing = 0;
    return (code: Code) => {
      effects.enter(types.lineEnding);
      effects.consume(code);
      effects.exit(types.lineEnding);
      return closeStart;
    };

    function closeStart(code: Code): State | undefined {
      effects.enter(types.codeFencedFence);
      if (!markdownSpace(code)) return beforeClosingSequence(code);
      const limit = self.parser.constructs.disable.null?.includes('codeIndented') ? undefined : constants.tabSize;
      return factorySpace(effects, beforeClosingSequence, types.linePrefix, limit)(code);
    }

    function beforeClosingSequence(code: Code): State | undefined {
      if (code !== marker) return nok(code);
      effects.enter(types.codeFencedFenceSequence);
      return closingSequence(code);
    }

    function closingSequence(code: Code): State | undefined {
      if (code === marker) {
        closing++;
        effects.consume(code);
        return closingSequence;
      }
      if (closing < size) return nok(code);
      effects.exit(types.codeFencedFenceSequence);
      return markdownSpace(code) ? factorySpace(effects, afterClosingSequence, types.whitespace)(code) : afterClosingSequence(code);
    }

    function afterClosingSequence(code: Code): State | undefined {
      if (code !== codes.eof && !markdownLineEnding(code)) return nok(code);
      effects.exit(types.codeFencedFence);
      return ok(code);
    }
  }
}
