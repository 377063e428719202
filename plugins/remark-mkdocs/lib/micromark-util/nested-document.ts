import type {Effects, Event, Token, TokenizeContext} from 'micromark-util-types';
import {codes, constants, types} from 'micromark-util-symbol';
import {subtokenize} from 'micromark-util-subtokenize';

/**
 * The body of a box or of a `<tag markdown>` element: a document of its own,
 * one `chunkDocument` token per line (linked), as in
 * micromark-extension-directive's `:::` containers.
 *
 * Left to micromark, such chunks are tokenized after the page, one level per
 * pass of its post-processing (`subtokenize`), and every pass walks all the
 * page's events, shallow text long done included. So the body is
 * tokenized here instead, line by line as the box takes its lines (the way
 * micromark's document tokenizer feeds its flow: each chunk token carries the
 * tokenizer that already read it), and when the body ends its blocks are
 * expanded (`expandBlocks`), down to but not including inline text. The page's
 * post-processing then splices finished blocks in, and tokenizes all inline
 * text of every depth in one pass, after every definition of every depth is
 * known: a `[link][ref]` anywhere finds `[ref]: …` anywhere, as in
 * Python-Markdown (left to micromark, a definition inside a box was unknown to
 * text outside it).
 */
export interface NestedDocument {
  /** Enter the chunk token of the body's next line. */
  enter(effects: Effects): Token;
  /**
   * Exit the chunk token of the body's line: the body's tokenizer reads it,
   * and the page's document tokenizer is told the line is not lazy (the
   * nested document must not take its own lines for lazy ones).
   */
  exit(effects: Effects): Token;
  /** The body is over: finish it and expand its blocks. */
  end(): void;
}

export function nestedDocument(self: TokenizeContext): NestedDocument {
  let tokenizer: TokenizeContext | undefined;
  let last: Token | undefined;
  return {
    enter(effects) {
      tokenizer ??= self.parser.document(self.now());
      // The fields in the order of micromark's own `chunkFlow` (initialize/document.js): an object of the same
      // shape. micromark's `enter` adds `type` and `start` to every token's fields; it meets four shapes of
      // fields in CommonMark, and one more makes those stores megamorphic, slower for every token of the page.
      const token = effects.enter(types.chunkDocument, {_tokenizer: tokenizer, contentType: constants.contentTypeDocument, previous: last});
      if (last) last.next = token;
      last = token;
      return token;
    },
    exit(effects) {
      const token = effects.exit(types.chunkDocument);
      self.parser.lazy[token.start.line] = false;
      tokenizer!.defineSkip(token.start);
      tokenizer!.write(self.sliceStream(token));
      return token;
    },
    end() {
      if (!tokenizer) return;
      const finished = tokenizer;
      tokenizer = undefined;
      finished.write([codes.eof]);
      expandBlocks(finished.events);
    },
  };
}

/**
 * Expands every embedded token of a finished document's events (flow,
 * content, strings, nested bodies) except inline text, which must wait until
 * the page's definitions are all known: text tokens are hidden from
 * `subtokenize` (no content type) while it runs, then given theirs back.
 */
function expandBlocks(events: Event[]): void {
  const inline: Token[] = [];
  for (;;) {
    let more = false;
    for (let index = 0; index < events.length; index++) {
      const event = events[index]!;
      if (event[0] !== 'enter') continue;
      const token = event[1];
      if (token.contentType === constants.contentTypeText) {
        token.contentType = undefined;
        inline.push(token);
      } else if (token.contentType) more = true;
    }
    if (!more) break;
    subtokenize(events);
  }
  for (const token of inline) token.contentType = constants.contentTypeText;
}
