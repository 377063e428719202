import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes, constants, types} from 'micromark-util-symbol';
import {markdownLineEnding, markdownSpace} from 'micromark-util-character';
import {parseBoxHeader, type BoxHeader} from './header';
import {continuesListItem, interruptsItemParagraph, itemMarkerColumn} from '../micromark-util/list-context';
import {lineCursor} from '../micromark-util/line-cursor';
import {lineProbe, nextLineProbe} from '../micromark-util/line-probe';
import {linePrefixWidth} from '../micromark-util/line-prefix';
import {nestedDocument} from '../micromark-util/nested-document';
import {bodyLine} from '../micromark-util/body-line';
import {MAX_BOX_DEPTH, boxDepthAt, noteBodyLine} from './nesting';
import './token-types';

// Read once, not at every use (see `body-line.ts`): `chunkInside` runs for every code of every body, at every level of nesting.
const EOF = codes.eof;
const LINE_PREFIX = types.linePrefix;
const isLineEnding = markdownLineEnding;
const isSpace = markdownSpace;

/**
 * `!!!` / `???` / `===` boxes as a micromark flow construct whose body is a nested
 * document, the way `micromark-extension-directive` tokenizes `:::`
 * containers: the header line, then every following line that is blank or
 * indented by 4 more columns; that indentation is stripped and the rest of
 * each line becomes a `chunkDocument`, read as a document of its own line by
 * line as the box takes it (`micromark-util/nested-document.ts`). So fences, lists, tables
 * and further boxes nest for free, there are no lazy lines (Python-Markdown
 * has none), and closing a box costs nothing outside it (a document-level
 * container would make micromark rewrite the whole document's events at each
 * box end).
 */
// Not `concrete` (unlike `:::` containers): the line that ends a box must still
// be offered to container starts (a list or block quote right after the box).
export const box: Construct = {name: 'mkdocsBox', tokenize: tokenizeBox};

function tokenizeBox(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const prefix = linePrefixWidth(self.events);
  // Body lines are indented 4 columns past the header (in a list item, maybe less: `shallowListLine`).
  let bodyIndent = prefix + constants.tabSize;
  /** The body is a list indented less than 4 past the header in a list item, up to a blank line (`shallowListLine`). */
  let shallow = false;
  let header: BoxHeader | undefined;
  // Offsets into the header line are counted in codes (virtual spaces
  // included), which is what `parseBoxHeader` counted in.
  const cursor = lineCursor(effects);
  const step = cursor.step;
  const body = nestedDocument(self);
  let bodyLineHere = bodyLine(bodyIndent);
  const depth = boxDepthAt(self.parser, self.now().line) + 1;
  /** Columns of the body's indentation taken on the current line. */
  let indentSize = 0;
  let headerPlace = self.now();

  return start;

  function start(code: Code): State | undefined {
    // Python-Markdown reads a header only at its container's column; in a list item MkDocs authors indent 4,
    // whatever the marker's width.
    if (prefix !== 0 && !continuesListItem(self.parser, self.now().line)) return nok(code);
    // Too deep: the header stays text (linted as `mkdocs-nesting-limit`).
    if (depth > MAX_BOX_DEPTH) return nok(code);
    return effects.check(lineProbe(acceptHeader), begin, nok)(code);
  }

  function acceptHeader(line: string): boolean {
    const result = parseBoxHeader(line);
    if (!result?.ok) return false;
    // In a list item's first paragraph the header stays text (asked once the header is read: it walks back).
    if (!interruptsItemParagraph(self)) return false;
    header = result.header;
    return true;
  }

  function begin(code: Code): State | undefined {
    headerPlace = self.now();
    setOpenBox(self, true);
    effects.enter('mkdocsBox');
    effects.enter('mkdocsBoxHeader');
    effects.enter('mkdocsBoxMarker');
    return marker(code);
  }

  function marker(code: Code): State | undefined {
    if (cursor.index < head().marker.end) return step(code, marker);
    effects.exit('mkdocsBoxMarker');
    return gap(code);
  }

  /** Spaces between the parts of the header, and after it. */
  function gap(code: Code): State | undefined {
    const {classes, title} = head();
    if (classes && cursor.index === classes.start) {
      effects.enter('mkdocsBoxClasses');
      return classWords(code);
    }
    if (title && cursor.index === title.start - 1) {
      effects.enter('mkdocsBoxTitle');
      return titleQuote(code, 'open');
    }
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('mkdocsBoxHeader');
      return headerAfter(code);
    }
    effects.enter('mkdocsBoxWhitespace');
    return whitespace(code);
  }

  function whitespace(code: Code): State | undefined {
    const {classes, title} = head();
    const boundary =
      (classes && cursor.index === classes.start) ||
      (title && cursor.index === title.start - 1) ||
      code === codes.eof ||
      markdownLineEnding(code);
    if (boundary) {
      effects.exit('mkdocsBoxWhitespace');
      return gap(code);
    }
    return step(code, whitespace);
  }

  function classWords(code: Code): State | undefined {
    if (cursor.index < head().classes!.end) return step(code, classWords);
    effects.exit('mkdocsBoxClasses');
    return gap(code);
  }

  function titleQuote(code: Code, which: 'open' | 'close'): State | undefined {
    effects.enter('mkdocsBoxTitleMarker');
    effects.consume(code);
    cursor.index++;
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
    if (cursor.index < head().title!.end) return step(code, titleString);
    effects.exit(types.chunkText);
    effects.exit('mkdocsBoxTitleString');
    return titleQuote(code, 'close');
  }

  function head(): BoxHeader {
    return header!;
  }

  /** End of the header line. */
  function headerAfter(code: Code): State | undefined {
    if (code === codes.eof) return after(code);
    // Asked whether a box may interrupt a paragraph: the header is enough.
    if (self.interrupt) return ok(code);
    return effects.check(bodyLineHere, lineEnding, shallowOrAfter)(code);
  }

  function shallowOrAfter(code: Code): State | undefined {
    return effects.check(shallowListLine(self, headerPlace.line, headerPlace.column, prefix), shallowBody, after)(code);
  }

  function shallowBody(code: Code): State | undefined {
    shallow = true;
    bodyIndent = prefix;
    bodyLineHere = bodyLine(bodyIndent);
    return lineEnding(code);
  }

  /** The next line is the box's: take the line ending, then the indentation. */
  function lineEnding(code: Code): State | undefined {
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
    return lineStart;
  }

  function lineStart(code: Code): State | undefined {
    if (code === EOF) return after(code);
    if (isLineEnding(code)) return blankLine(code);
    // Strip the body's indentation (up to `bodyIndent` columns), as
    // `factorySpace(…, bodyIndent + 1)` would, without two new state functions
    // at every line. `linePrefix`, not a token of our own:
    // mdast-util-from-markdown skips it when it decides whether a list in the
    // body is loose.
    if (!isSpace(code)) return afterIndent(code);
    effects.enter(LINE_PREFIX);
    indentSize = 0;
    return indent(code);
  }

  function indent(code: Code): State | undefined {
    if (indentSize < bodyIndent && isSpace(code)) {
      indentSize++;
      effects.consume(code);
      return indent;
    }
    effects.exit(LINE_PREFIX);
    return afterIndent(code);
  }

  function afterIndent(code: Code): State | undefined {
    return code === EOF || isLineEnding(code) ? blankLine(code) : chunkStart(code);
  }

  /** A blank line is the box's only if more of the box follows it (so the box ends before trailing blank lines). */
  function blankLine(code: Code): State | undefined {
    // A shallow body is one block of Python-Markdown's list: a blank line ends it.
    if (code === codes.eof || shallow) return after(code);
    return effects.check(bodyLineHere, chunkStart, after)(code);
  }

  function chunkStart(code: Code): State | undefined {
    const token = body.enter(effects);
    noteBodyLine(self.parser, token.start.line, depth);
    return chunkInside(code);
  }

  function chunkInside(code: Code): State | undefined {
    if (code === EOF) {
      chunkExit();
      return after(code);
    }
    if (isLineEnding(code)) {
      return effects.check(bodyLineHere, chunkLineEnding, chunkEnd)(code);
    }
    effects.consume(code);
    return chunkInside;
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
    setOpenBox(self, false);
    body.end();
    effects.exit('mkdocsBox');
    return ok(code);
  }
}

/**
 * The line after a box header in a list item, when Python-Markdown's list processor puts it in the box though it
 * is indented less than 4 columns past the header: `-   ` ⏎ `    ???+ note "Pros"` ⏎ `       - **Speed**: fast`.
 * The list processor splits a list's block (up to a blank line) into items, and takes a line indented 4 to 7
 * columns past the list's marker that starts with a list marker (its INDENT_RE) for an indented item of its own,
 * not detabbed, together with the lines after it up to the next item or the block's end; the details, admonition
 * or tabbed processor, seeing a block indented 4 or more right after its box in the item, takes it into the box
 * with 4 columns off: a list indented up to 3, in the box. So: the next line, in a list item, indented 0–3
 * columns past the header (less than its body), 4–7 past the item's marker, starting with `-`, `*`, `+` or
 * digits and `.`, then a space. The body is then the lines up to the next blank line that keep the header's
 * indentation, read without it.
 */
function shallowListLine(self: TokenizeContext, headerLine: number, headerColumn: number, prefix: number): Construct {
  return nextLineProbe(
    (line, column) => {
      const match = SHALLOW_LIST_LINE.exec(line);
      const width = match?.[1]!.length ?? -1;
      if (width < prefix || width > prefix + 3) return false;
      const marker = itemMarkerColumn(self.parser, headerLine, headerColumn);
      const distance = marker === undefined ? -1 : column + width - marker;
      return distance >= 4 && distance <= 7;
    },
    {lazy: false},
  );
}

/** Spaces, then a list marker (`-`, `*`, `+`, or digits and `.`) and a space. */
const SHALLOW_LIST_LINE = /^( *)(?:[-*+]|\d+\.) /;

/**
 * Tells micromark's document tokenizer that a line after an open box does not
 * interrupt anything. The box decides that it ends only when it sees the next
 * line, so it is still the flow's current construct while the document
 * checks that line for a list or block quote start, and the document then
 * checks as for an interruption: an ordered list that does not start at 1
 * (`4. Next step` right after a box, a common "step, note, next step"
 * pattern) was refused and stayed a paragraph. A box never continues on a
 * line that starts a container (its body lines are indented 4 columns), and
 * Python-Markdown starts the list there. The flag is micromark's own, read
 * at that check (`initialize/document.js`), set by GFM tables for the same
 * reason.
 */
function setOpenBox(self: TokenizeContext, open: boolean): void {
  (self as TokenizeContext & {_gfmTableDynamicInterruptHack?: boolean})._gfmTableDynamicInterruptHack = open;
}
