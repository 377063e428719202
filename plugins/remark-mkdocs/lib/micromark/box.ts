import type {Code, Construct, Effects, State, TokenizeContext, TokenType} from 'micromark-util-types';
import {codes, constants, types} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';
import type {BoxHeader} from '../header';
import {headerLineCheck} from './header-line';
import {boxContinuation} from './continuation';
import './token-types';

/**
 * `!!!` / `???` boxes as a micromark *document* (container) construct, the way
 * `micromark-extension-gfm-footnote` handles footnote definitions: the header
 * line opens the container and the following lines belong to it while they
 * are blank or indented by 4 columns (`continuation`). Everything inside is
 * ordinary flow, so fences, lists, tables and further boxes nest for free.
 */
export const box: Construct = {
  name: 'mkdocsBox',
  tokenize: tokenizeBoxStart,
  continuation: boxContinuation,
  exit: exitBox,
};

function exitBox(this: TokenizeContext, effects: Effects): undefined {
  effects.exit('mkdocsBox');
}

function tokenizeBoxStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let header: BoxHeader | undefined;
  // Offset into the header line, counted in codes (virtual spaces included),
  // which is what `parseBoxHeader` counted in.
  let index = 0;

  return start;

  function start(code: Code): State | undefined {
    if (!atContainerColumn(self)) return nok(code);
    return effects.check(headerLineCheck((found) => (header = found)), begin, nok)(code);
  }

  function begin(code: Code): State | undefined {
    const token = effects.enter('mkdocsBox');
    token._container = true;
    effects.enter('mkdocsBoxHeader');
    effects.enter('mkdocsBoxMarker');
    return marker(code);
  }

  function marker(code: Code): State | undefined {
    if (index < head().marker.end) return step(code, marker);
    effects.exit('mkdocsBoxMarker');
    return gap(code);
  }

  /** Spaces between the parts of the header, and after it. */
  function gap(code: Code): State | undefined {
    const {classes, title} = head();
    if (classes && index === classes.start) {
      effects.enter('mkdocsBoxClasses');
      return classWords(code);
    }
    if (title && index === title.start - 1) {
      effects.enter('mkdocsBoxTitle');
      return titleQuote(code, 'open');
    }
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('mkdocsBoxHeader');
      return ok(code);
    }
    return whitespace(code);
  }

  function whitespace(code: Code): State | undefined {
    effects.enter('mkdocsBoxWhitespace');
    return whitespaceInside(code);
  }

  function whitespaceInside(code: Code): State | undefined {
    const {classes, title} = head();
    const boundary =
      (classes && index === classes.start) ||
      (title && index === title.start - 1) ||
      code === codes.eof ||
      markdownLineEnding(code);
    if (boundary) {
      effects.exit('mkdocsBoxWhitespace');
      return gap(code);
    }
    return step(code, whitespaceInside);
  }

  function classWords(code: Code): State | undefined {
    if (index < head().classes!.end) return step(code, classWords);
    effects.exit('mkdocsBoxClasses');
    return gap(code);
  }

  function titleQuote(code: Code, which: 'open' | 'close'): State | undefined {
    effects.enter('mkdocsBoxTitleMarker');
    effects.consume(code);
    index++;
    effects.exit('mkdocsBoxTitleMarker');
    if (which === 'close') {
      effects.exit('mkdocsBoxTitle');
      return gap;
    }
    return titleStart;
  }

  function titleStart(code: Code): State | undefined {
    const title = head().title!;
    if (title.start === title.end) return titleQuote(code, 'close');
    effects.enter('mkdocsBoxTitleString');
    // The title is inline Markdown: a `chunkText` is expanded by micromark's
    // text tokenizer, as directive labels are.
    effects.enter(types.chunkText, {contentType: constants.contentTypeText});
    return titleString(code);
  }

  function titleString(code: Code): State | undefined {
    if (index < head().title!.end) return step(code, titleString);
    effects.exit(types.chunkText);
    effects.exit('mkdocsBoxTitleString');
    return titleQuote(code, 'close');
  }

  function step(code: Code, next: State): State {
    effects.consume(code);
    index++;
    return next;
  }

  function head(): BoxHeader {
    return header!;
  }
}

/**
 * Python-Markdown only recognises `!!!` at column 0 of its container, but
 * micromark lets up to 3 spaces precede a container start. Refuse that
 * prefix, except where it lands on a multiple of 4: a box inside a CommonMark
 * list item (content at column 2 or 3) written, as MkDocs authors do, 4
 * spaces in.
 */
function atContainerColumn(self: TokenizeContext): boolean {
  const tail = self.events[self.events.length - 1];
  const now = self.now();
  const prefixed = tail !== undefined && tail[1].type === types.linePrefix && tail[1].end.offset === now.offset;
  return !prefixed || (now.column - 1) % constants.tabSize === 0;
}

export type {TokenType};
