import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes, constants, types} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';
import {lineCursor} from '../micromark-util/line-cursor';
import {lineProbe} from '../micromark-util/line-probe';
import {linePrefixWidth} from '../micromark-util/line-prefix';
import {nestedDocument} from '../micromark-util/nested-document';
import {nextLineStart} from '../micromark-util/body-line';
import {isOptionsLine, parseBlockHeader, type BlockHeader} from './header';
import {initialScan, scanBlockLine, type BlockScanState} from './content-scan';
import {opensBlock, type BlockSettings} from './settings';
import {MAX_BOX_DEPTH, boxDepthAt, noteBodyLine} from '../boxes/nesting';
import './token-types';

/**
 * pymdownx.blocks' `/// name | argument` blocks as a micromark flow construct:
 * the header line, the indented options lines right after it, then every line
 * up to the matching end line (`content-scan.ts`), read as a nested document
 * as the box construct reads its body, so lists, fences, boxes and further
 * blocks nest for free. The content is not indented. A block left open runs to
 * the end of its container (pymdownx: of the document). Like pymdownx's
 * `RE_START`, a header may interrupt a paragraph.
 */
export function blockConstruct(blocks: BlockSettings): Construct {
  // Concrete, as `:::` containers are: the content's lines are the block's, no
  // list or block quote may start on them in the enclosing document (they
  // start inside the nested one).
  return {name: 'mkdocsBlock', tokenize, concrete: true};

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    const cursor = lineCursor(effects);
    const step = cursor.step;
    const body = nestedDocument(self);
    let header: BlockHeader | undefined;
    let scan: BlockScanState;
    let pending: {close: boolean; state: BlockScanState} | undefined;
    let inlineArgument = true;
    // Blocks and boxes share the nesting limit: each level is a nested document.
    const depth = boxDepthAt(self.parser, self.now().line) + 1;

    return start;

    function start(code: Code): State | undefined {
      if (linePrefixWidth(self.events) > 3) return nok(code);
      // Too deep: the header stays text of the block around it.
      if (depth > MAX_BOX_DEPTH) return nok(code);
      return effects.check(lineProbe(acceptHeader), begin, nok)(code);
    }

    function acceptHeader(line: string): boolean {
      const parsed = parseBlockHeader(line);
      if (!parsed || !opensBlock(parsed, blocks, line)) return false;
      header = {...parsed, nameStart: parsed.nameStart - parsed.fenceStart, nameEnd: parsed.nameEnd - parsed.fenceStart, fenceStart: 0};
      if (parsed.argument) header.argument = {start: parsed.argument.start - parsed.fenceStart, end: parsed.argument.end - parsed.fenceStart};
      // `html`'s argument is a selector, not Markdown.
      inlineArgument = blocks.get(parsed.name)!.kind !== 'html';
      scan = initialScan(parsed.length);
      return true;
    }

    function begin(code: Code): State | undefined {
      effects.enter('mkdocsBlock');
      effects.enter('mkdocsBlockHeader');
      effects.enter('mkdocsBlockFence');
      return fence(code);
    }

    function fence(code: Code): State | undefined {
      if (cursor.index < header!.length) return step(code, fence);
      effects.exit('mkdocsBlockFence');
      return gap(code);
    }

    /** Whitespace and `|` between the parts, and the end of the line. */
    function gap(code: Code): State | undefined {
      const {nameStart, argument} = header!;
      if (cursor.index === nameStart) {
        effects.enter('mkdocsBlockName');
        return name(code);
      }
      if (argument && argument.end > argument.start && cursor.index === argument.start) {
        effects.enter('mkdocsBlockArgument');
        if (inlineArgument) effects.enter(types.chunkText, {contentType: constants.contentTypeText});
        return argumentText(code);
      }
      if (code === codes.eof || markdownLineEnding(code)) {
        effects.exit('mkdocsBlockHeader');
        return headerAfter(code);
      }
      effects.enter('mkdocsBlockWhitespace');
      return whitespace(code);
    }

    function whitespace(code: Code): State | undefined {
      const {nameStart, argument} = header!;
      const boundary =
        cursor.index === nameStart ||
        (argument && argument.end > argument.start && cursor.index === argument.start) ||
        code === codes.eof ||
        markdownLineEnding(code);
      if (boundary) {
        effects.exit('mkdocsBlockWhitespace');
        return gap(code);
      }
      return step(code, whitespace);
    }

    function name(code: Code): State | undefined {
      if (cursor.index < header!.nameEnd) return step(code, name);
      effects.exit('mkdocsBlockName');
      return gap(code);
    }

    function argumentText(code: Code): State | undefined {
      if (cursor.index < header!.argument!.end) return step(code, argumentText);
      if (inlineArgument) effects.exit(types.chunkText);
      effects.exit('mkdocsBlockArgument');
      return gap(code);
    }

    function headerAfter(code: Code): State | undefined {
      if (code === codes.eof) return after(code);
      // Asked whether a block may interrupt a paragraph: the header is enough.
      if (self.interrupt) return ok(code);
      return effects.check(nextLine(isOptionsLine), optionsLineEnding, contentLineEnding)(code);
    }

    /** The line after this line ending exists, continues every container, and `accept`s. */
    function nextLine(accept: (line: string) => boolean): Construct {
      return {
        partial: true,
        tokenize(this: TokenizeContext, probeEffects: Effects, probeOk: State, probeNok: State): State {
          return nextLineStart(this, probeEffects, probeNok, (code: Code) =>
            code === codes.eof ? probeNok(code) : probeEffects.check(lineProbe(accept), probeOk, probeNok)(code),
          );
        },
      };
    }

    function lineEnding(code: Code, next: State): State | undefined {
      effects.enter(types.lineEnding);
      effects.consume(code);
      effects.exit(types.lineEnding);
      return next;
    }

    function optionsLineEnding(code: Code): State | undefined {
      return lineEnding(code, optionsStart);
    }

    function optionsStart(code: Code): State | undefined {
      effects.enter('mkdocsBlockOptions');
      return optionsInside(code);
    }

    function optionsInside(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) {
        effects.exit('mkdocsBlockOptions');
        return headerAfter(code);
      }
      effects.consume(code);
      return optionsInside;
    }

    /** Content follows when the next line continues every container around the block (blank lines too). */
    function contentLineEnding(code: Code): State | undefined {
      return effects.check(nextLineStartProbe, (next: Code) => lineEnding(next, lineStart), after)(code);
    }

    function lineStart(code: Code): State | undefined {
      if (code === codes.eof) return after(code);
      return effects.check(lineProbe(classify), dispatch, dispatch)(code);
    }

    function classify(line: string): boolean {
      pending = scanBlockLine(line, scan, blocks);
      return true;
    }

    function dispatch(code: Code): State | undefined {
      const plan = pending!;
      scan = plan.state;
      if (plan.close) {
        effects.enter('mkdocsBlockClose');
        return close(code);
      }
      // A blank line is content only when a line follows it (a chunk may not be empty).
      if (markdownLineEnding(code)) return effects.check(nextLineStartProbe, blankChunk, after)(code);
      noteBodyLine(self.parser, self.now().line, depth);
      body.enter(effects);
      return chunkInside(code);
    }

    function close(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) {
        effects.exit('mkdocsBlockClose');
        return after(code);
      }
      effects.consume(code);
      return close;
    }

    function chunkInside(code: Code): State | undefined {
      if (code === codes.eof) {
        chunkExit();
        return after(code);
      }
      if (markdownLineEnding(code)) {
        return effects.check(nextLineStartProbe, chunkLineEnding, chunkEnd)(code);
      }
      effects.consume(code);
      return chunkInside;
    }

    function blankChunk(code: Code): State | undefined {
      noteBodyLine(self.parser, self.now().line, depth);
      body.enter(effects);
      return chunkLineEnding(code);
    }

    function chunkLineEnding(code: Code): State | undefined {
      effects.consume(code);
      chunkExit();
      return lineStart;
    }

    function chunkEnd(code: Code): State | undefined {
      chunkExit();
      return after(code);
    }

    function chunkExit(): void {
      body.exit(effects);
    }

    function after(code: Code): State | undefined {
      body.end();
      effects.exit('mkdocsBlock');
      return ok(code);
    }
  }
}

/** The line after this line ending continues every container around the block (it may be blank, not missing). */
const nextLineStartProbe: Construct = {
  partial: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return nextLineStart(this, effects, nok, (code: Code) => (code === codes.eof ? nok(code) : ok(code)));
  },
};
