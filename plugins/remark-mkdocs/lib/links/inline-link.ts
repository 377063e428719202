import type {Code, Construct, State, TokenizeContext, Tokenizer} from 'micromark-util-types';
import {labelEnd} from 'micromark-core-commonmark';
import {markdownLineEnding} from 'micromark-util-character';
import {codes} from 'micromark-util-symbol';
import {LinkScan, type LinkParts} from './destination-scan';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** Characters of an inline link's `(…)` that are neither its href nor its title (a quote Python-Markdown drops). */
    mkdocsResourceFiller: 'mkdocsResourceFiller';
  }
}

/**
 * An inline link or image's `(…)` read as Python-Markdown's
 * `LinkInlineProcessor.getLink` reads it (destination-scan.ts): the href runs
 * to the `)` that balances the `(`, spaces included, and a title is a quoted
 * string before that `)`. CommonMark ends a bare destination at its first
 * space, so `[NSF](NSF 23-104)` and `![map](site map.png)` are no links there
 * (the reader sees the brackets), and `[x](a (b))` links to `a` titled `b`
 * where MkDocs links to `a (b)`.
 *
 * A text construct on `]`, tried before CommonMark's label end: it reads the
 * `(…)` once to find where getLink ends it (an `effects.check`), then emits
 * CommonMark's tokens for it (`resource`, `resourceDestinationString`,
 * `resourceTitleString`), so mdast-util-from-markdown builds the link and the
 * label is resolved by CommonMark's own `resolveTo`. The href and title are
 * stripped, a title's own quotes dropped (`dequote`), as getLink does. Where
 * getLink finds no link, or no `(` follows, CommonMark's label end reads it
 * (references, `[x]`).
 *
 * Deviations: the `(…)` is read to the end of its line (getLink reads the
 * whole paragraph: a title across a line ending is CommonMark's reading
 * here), and at most `MAX_RESOURCE` characters (a longer one is CommonMark's).
 */
export const pythonMarkdownLinkEnd: Construct = {
  name: 'mkdocsPythonMarkdownLinkEnd',
  tokenize: tokenizeLinkEnd,
  resolveTo: labelEnd.resolveTo,
  resolveAll: labelEnd.resolveAll,
};

/** Characters of a `(…)` read before giving it to CommonMark: keeps a line of many `](` linear enough. */
const MAX_RESOURCE = 2048;

type Segment = {kind: 'whitespace' | 'mkdocsResourceFiller' | 'destination' | 'title'; length: number};

function tokenizeLinkEnd(this: TokenizeContext, effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
  const labelStarts = this._labelStarts;
  // As CommonMark's label end: the innermost label start not already known to open nothing.
  let index = labelStarts ? labelStarts.length : 0;
  while (index > 0 && labelStarts![index - 1]._balanced) index--;
  const labelStart = index > 0 ? labelStarts![index - 1] : undefined;
  let found: {parts: LinkParts; text: string} | undefined;
  const scan: Construct = {tokenize: tokenizeScan, partial: true};
  let segments: Segment[] = [];
  let left = 0;
  return start;

  function start(code: Code): State | undefined {
    // An inactive label start (a link inside a link's text) is CommonMark's to settle.
    if (!labelStart || labelStart._inactive) return nok(code);
    effects.enter('labelEnd');
    effects.enter('labelMarker');
    effects.consume(code);
    effects.exit('labelMarker');
    effects.exit('labelEnd');
    return afterLabel;
  }

  function afterLabel(code: Code): State | undefined {
    if (code !== codes.leftParenthesis) return nok(code);
    return effects.check(scan, open, nok)(code);
  }

  function open(code: Code): State | undefined {
    segments = segmentsOf(found!.parts, found!.text);
    effects.enter('resource');
    effects.enter('resourceMarker');
    effects.consume(code);
    effects.exit('resourceMarker');
    return nextSegment;
  }

  function nextSegment(code: Code): State | undefined {
    const segment = segments.shift();
    if (!segment) {
      effects.enter('resourceMarker');
      effects.consume(code);
      effects.exit('resourceMarker');
      effects.exit('resource');
      // The label start is used up, as when CommonMark's label end succeeds.
      labelStarts!.splice(index - 1);
      return ok;
    }
    left = segment.length;
    if (segment.kind === 'destination') {
      effects.enter('resourceDestination');
      effects.enter('resourceDestinationRaw');
      effects.enter('resourceDestinationString');
      effects.enter('chunkString', {contentType: 'string'});
    } else if (segment.kind === 'title') {
      effects.enter('resourceTitle');
      effects.enter('resourceTitleString');
      effects.enter('chunkString', {contentType: 'string'});
    } else effects.enter(segment.kind);
    return inSegment(segment)(code);
  }

  function inSegment(segment: Segment): State {
    return function consume(code: Code): State | undefined {
      if (left > 0) {
        left--;
        effects.consume(code);
        return consume;
      }
      if (segment.kind === 'destination') {
        effects.exit('chunkString');
        effects.exit('resourceDestinationString');
        effects.exit('resourceDestinationRaw');
        effects.exit('resourceDestination');
      } else if (segment.kind === 'title') {
        effects.exit('chunkString');
        effects.exit('resourceTitleString');
        effects.exit('resourceTitle');
      } else effects.exit(segment.kind);
      return nextSegment(code);
    };
  }

  function tokenizeScan(this: TokenizeContext, effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
    const linkScan = new LinkScan();
    let read = 0;
    return function first(code: Code): State | undefined {
      // Read as one token; a check keeps none of it.
      effects.enter('mkdocsResourceFiller');
      effects.consume(code);
      return next;
    };
    function next(code: Code): State | undefined {
      if (code === null || markdownLineEnding(code)) return settle(linkScan.end())(code);
      if (++read > MAX_RESOURCE) return nok(code);
      effects.consume(code);
      // One character per code, so the tokens consume as many codes as the scan read: a tab is micromark's tab code
      // and the virtual spaces after it up to the tab stop, read as spaces.
      const char = code === codes.horizontalTab ? '\t' : code === codes.virtualSpace ? ' ' : String.fromCodePoint(code);
      return linkScan.push(char) ? settle(linkScan.end()) : next;
    }
    function settle(parts: LinkParts | undefined): State {
      return (code: Code) => {
        effects.exit('mkdocsResourceFiller');
        if (!parts) return nok(code);
        found = {parts, text: linkScan.text()};
        return ok(code);
      };
    }
  }
}

const SPACE = /\s/;

/**
 * The tokens between `(` and `)`: the leading spaces, the href stripped (its
 * spaces and anything around it that is not the title are filler), the
 * title stripped and dequoted.
 */
function segmentsOf(parts: LinkParts, text: string): Segment[] {
  const segments: Segment[] = [];
  const push = (kind: Segment['kind'], length: number) => {
    if (length > 0) segments.push({kind, length});
  };
  push('whitespace', parts.leading);
  let at = 0;
  const span = (kind: 'destination' | 'title', start: number, end: number) => {
    let from = start;
    let to = end;
    while (from < to && SPACE.test(text[from]!)) from++;
    while (to > from && SPACE.test(text[to - 1]!)) to--;
    if (kind === 'title' && to - from >= 2 && (text[from] === '"' || text[from] === "'") && text[to - 1] === text[from]) {
      from++;
      to--;
    }
    push('mkdocsResourceFiller', from - at);
    push(kind, to - from);
    at = to;
  };
  span('destination', parts.href.start, parts.href.end);
  if (parts.title) span('title', parts.title.start, parts.title.end);
  push('mkdocsResourceFiller', parts.close - at);
  return segments;
}
