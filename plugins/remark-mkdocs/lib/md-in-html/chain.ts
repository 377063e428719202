import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {codes, types} from 'micromark-util-symbol';
import {content} from 'micromark-core-commonmark';
import {markdownLineEnding} from 'micromark-util-character';
import {BLOCK_LEVEL_ELEMENTS} from '../python-markdown';
import {lineProbe} from '../micromark-util/line-probe';
import {perParse} from '../micromark-util/per-parse';

/**
 * Elements written one after the other on a line, as Python-Markdown's HTML
 * parser reads them: a block-level opening tag that does not start a line
 * still opens an element right after the closing tag of an element at the
 * top level (`<div></div><div markdown>`, `</div><div markdown>`: its
 * "tail"), and, inside a `markdown` element, right after the element's
 * opening tag or after the closing tag of its previous nested element with
 * nothing in between (`<div markdown><div markdown>*x*</div><div>y</div></div>`;
 * the scanner in `content-scan.ts` counts these the same way, so the
 * element's end and its content agree). A space or any text in between
 * ends the chain: the tag is inline HTML, as there.
 *
 * The offsets (in the page) where such a chain may go on, noted by the
 * element before: the nested documents' tokenizers share the parser, not
 * their state.
 */
export const elementChain = perParse(() => new Set<number>());

/** Whether an element starting here may be followed by another one right after its closing tag. */
export function opensChain(self: TokenizeContext, nesting: number): boolean {
  return nesting === 0 || (elementChain.get(self.parser)?.has(self.now().offset) ?? false);
}

/**
 * The rest of the line after an element's closing tag (Python-Markdown's
 * "tail"): nothing, spaces, a lone closing tag (raw HTML), or a paragraph
 * after the element, which goes on over the next lines as any paragraph
 * (CommonMark's content construct, started mid-line).
 */
export const elementTail: Construct = {
  name: 'mkdocsHtmlElementTail',
  partial: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State): State {
    return start;

    function start(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) return ok(code);
      if (markdownSpaceOrVirtual(code)) {
        effects.enter('mkdocsHtmlWhitespace');
        return spaces(code);
      }
      // A lone closing tag (`</div>` left over by a one-line nesting that failed) is raw HTML, as Python-Markdown
      // unwraps a paragraph that holds only a block-level tag.
      if (code === codes.lessThan) return effects.attempt(closingTagOnly, ok, text)(code);
      return text(code);
    }

    function spaces(code: Code): State | undefined {
      if (markdownSpaceOrVirtual(code)) {
        effects.consume(code);
        return spaces;
      }
      effects.exit('mkdocsHtmlWhitespace');
      return start(code);
    }

    function text(code: Code): State | undefined {
      return effects.attempt(content, ok, ok)(code);
    }
  },
};

function markdownSpaceOrVirtual(code: Code): boolean {
  return code === codes.space || code === codes.horizontalTab || code === codes.virtualSpace;
}

/** `</name>` of a block-level element, then spaces to the end of the line. */
const CLOSING_TAG_LINE = /^<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>[ \t]*$/;

/**
 * The rest of the line is one closing tag of a block-level element (left
 * over after an element closed): raw HTML, as CommonMark's HTML block, not a
 * paragraph (Python-Markdown unwraps a paragraph that holds only a
 * block-level tag).
 */
export const closingTagOnly: Construct = {
  name: 'mkdocsHtmlClosingTagOnly',
  partial: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return start;

    function start(code: Code): State | undefined {
      return effects.check(lineProbe(accept), data, nok)(code);
    }

    function accept(line: string): boolean {
      const match = CLOSING_TAG_LINE.exec(line);
      return match !== null && BLOCK_LEVEL_ELEMENTS.has(match[1]!.toLowerCase());
    }

    function data(code: Code): State | undefined {
      effects.enter(types.htmlFlow);
      effects.enter(types.htmlFlowData);
      return inside(code);
    }

    function inside(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) {
        effects.exit(types.htmlFlowData);
        effects.exit(types.htmlFlow);
        return ok(code);
      }
      effects.consume(code);
      return inside;
    }
  },
};
