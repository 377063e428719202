import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes, constants, types} from 'micromark-util-symbol';
import {factorySpace} from 'micromark-factory-space';
import {markdownLineEnding} from 'micromark-util-character';
import {lineCursor} from '../micromark-util/line-cursor';
import {lineProbe} from '../micromark-util/line-probe';
import {linePrefixWidth} from '../micromark-util/line-prefix';
import {nestedDocument} from '../micromark-util/nested-document';
import {nestingDepth} from '../micromark-util/nesting-depth';
import {bodyLine, nextLineStart} from '../micromark-util/body-line';
import {parseDefinitionMarker, type DefinitionMarker} from './grammar';
import './token-types';

/**
 * A definition of Python-Markdown's `def_list` (`: text`, the `dd`) as a
 * micromark flow construct whose body is a nested document, as boxes are
 * (`boxes/construct.ts`): the text after `:` and 1–3 spaces is the body's first
 * line, then every following line that is blank or indented 4 columns
 * (Python-Markdown's `detab`), blank lines only when more body follows.
 *
 * It may interrupt a paragraph: `DefListProcessor` finds the `:` line anywhere
 * in a block, and the lines before it are the terms. The paragraph it
 * interrupts stays a paragraph here; `from-markdown.ts` makes its lines the
 * terms (`dt`) when it groups definitions into lists.
 *
 * Lazy lines, as Python-Markdown takes them: when the line right after the `:`
 * line is not indented, the rest of the block (up to a blank line) continues
 * the definition; so does the rest of a block that rejoined the definition
 * indented after a blank line (`DefListIndentProcessor` detabs it loosely).
 * After an indented line in the `:` line's own block, an unindented line ends
 * the definition. A lazy line that would interrupt a paragraph (a heading, a
 * fence, another `:` line) is not lazy: Python-Markdown's heading processors
 * split the block there too.
 */
export const definition: Construct = {name: 'mkdocsDefinition', tokenize: tokenizeDefinition};

/** Python-Markdown's tab length: body lines are indented this many columns. */
const BODY_INDENT = constants.tabSize;

/**
 * How deep definitions may nest (a definition in a definition's body, each
 * indented 4 more), as boxes may (`MAX_BOX_DEPTH`, same reasons: each level's
 * body is tokenized again by every level around it). Past it a `:` line is
 * not a definition: it stays text of the paragraph above it, linted as
 * `mkdocs-nesting-limit` (`lint.ts`).
 */
export const MAX_DEFINITION_DEPTH = 32;

const definitionDepth = nestingDepth();

function tokenizeDefinition(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let marker: DefinitionMarker | undefined;
  const cursor = lineCursor(effects);
  const step = cursor.step;
  const body = nestedDocument(self);
  const depth = definitionDepth.at(self.parser, self.now().line) + 1;
  /** Whether an unindented line may continue the definition now. */
  let lazyAllowed = true;
  /** Lines taken after the `:` line: 0 while on it. */
  let linesAfterMarker = 0;
  let previousBlank = false;
  /** Set when the line about to start was accepted as a lazy line. */
  let lazyLineNext = false;
  let markerLine = 0;
  let markerLineLazy = false;

  return start;

  function start(code: Code): State | undefined {
    // 4 columns is indented code or a paragraph's continuation (`RE`'s `[ ]{0,3}`).
    if (linePrefixWidth(self.events) >= BODY_INDENT) return nok(code);
    if (depth > MAX_DEFINITION_DEPTH) return nok(code);
    return effects.check(lineProbe(accept), begin, nok)(code);
  }

  function accept(line: string): boolean {
    marker = parseDefinitionMarker(line);
    return marker !== undefined;
  }

  function begin(code: Code): State | undefined {
    markerLine = self.now().line;
    markerLineLazy = Boolean(self.parser.lazy[markerLine]);
    effects.enter('mkdocsDefinition');
    effects.enter('mkdocsDefinitionMarker');
    return markerInside(code);
  }

  function markerInside(code: Code): State | undefined {
    if (cursor.index < marker!.content) return step(code, markerInside);
    effects.exit('mkdocsDefinitionMarker');
    // Asked whether a definition may interrupt a paragraph: the `:` line is enough.
    if (self.interrupt) return ok(code);
    if (code === codes.eof) return after(code);
    if (markdownLineEnding(code)) return lineEnd(code);
    return chunkStart(code);
  }

  /** The `:` line has no text: its line ending is the definition's, outside the body. */
  function lineEnd(code: Code): State | undefined {
    return effects.check(definitionBodyLine, lineEnding, lazyOr(lineEnding, after))(code);
  }

  function lineEnding(code: Code): State | undefined {
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
    return lineStart;
  }

  /** `next` when the following line is a lazy line of the definition, else `otherwise`. */
  function lazyOr(next: State, otherwise: State): State {
    return (code) => {
      if (!lazyAllowed || previousBlank) return otherwise(code);
      return effects.check(lazyLine, lazy(next), otherwise)(code);
    };
  }

  function lazy(next: State): State {
    return (code) => {
      lazyLineNext = true;
      return next(code);
    };
  }

  function lineStart(code: Code): State | undefined {
    if (lazyLineNext) {
      lazyLineNext = false;
      linesAfterMarker++;
      previousBlank = false;
      return factorySpace(effects, chunkStart, types.linePrefix, BODY_INDENT)(code);
    }
    if (code === codes.eof) return after(code);
    if (markdownLineEnding(code)) return blankLine(code);
    // `linePrefix`, not a token of our own: mdast-util-from-markdown skips it
    // when it decides whether a list in the body is loose.
    return factorySpace(effects, afterIndent, types.linePrefix, BODY_INDENT + 1)(code);
  }

  function afterIndent(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return blankLine(code);
    linesAfterMarker++;
    // Indented right after the `:` line: that block's unindented lines end the definition.
    if (linesAfterMarker === 1) lazyAllowed = false;
    // Indented after a blank line: the whole block rejoins the definition.
    if (previousBlank) lazyAllowed = true;
    previousBlank = false;
    return chunkStart(code);
  }

  /** A blank line is the definition's only if more of it follows. */
  function blankLine(code: Code): State | undefined {
    if (code === codes.eof) return after(code);
    return effects.check(definitionBodyLine, blankChunk, after)(code);
  }

  function blankChunk(code: Code): State | undefined {
    linesAfterMarker++;
    previousBlank = true;
    return chunkStart(code);
  }

  function chunkStart(code: Code): State | undefined {
    const token = body.enter(effects);
    definitionDepth.note(self.parser, token.start.line, depth);
    return chunkInside(code);
  }

  function chunkInside(code: Code): State | undefined {
    if (code === codes.eof) {
      chunkExit();
      return after(code);
    }
    if (markdownLineEnding(code)) {
      return effects.check(definitionBodyLine, chunkLineEnding, lazyOr(chunkLineEnding, chunkEnd))(code);
    }
    effects.consume(code);
    return chunkInside;
  }

  /** The line ending belongs to the body's line (the nested document reads it). */
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

  /**
   * The `:` line gets back what the page's document tokenizer noted for it
   * once the body is done (the parser's `lazy` table is shared with the nested
   * document, which writes it too): at the end of the page that tokenizer asks
   * whether the line was lazy only after the definition ended (`: x` after a
   * list item and a blank line ends the list).
   */
  function after(code: Code): State | undefined {
    body.end();
    self.parser.lazy[markerLine] = markerLineLazy;
    effects.exit('mkdocsDefinition');
    return ok(code);
  }
}

/** The body: blank lines and lines indented 4 columns (`micromark-util/body-line.ts`). */
const definitionBodyLine = bodyLine(BODY_INDENT);

/**
 * Is the line after this line ending a lazy line of the definition: not
 * blank, in every enclosing container, and nothing that would interrupt a
 * paragraph (so not another `:` line)?
 */
const lazyLine: Construct = {partial: true, tokenize: tokenizeLazyLine};

function tokenizeLazyLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return nextLineStart(self, effects, nok, factorySpace(effects, afterPrefix, types.linePrefix, BODY_INDENT));

  function afterPrefix(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code);
    return effects.interrupt(self.parser.constructs.flow, nok, ok)(code);
  }
}
