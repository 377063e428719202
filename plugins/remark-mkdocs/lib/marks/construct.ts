import type {Code, Construct, Extension, Resolver, State, TokenizeContext, Tokenizer} from 'micromark-util-types';
import {attention} from 'micromark-core-commonmark';
import {codes} from 'micromark-util-symbol';
import type {FormatProcessor} from './patterns';
import {resolveFormats} from './resolve';

/**
 * The marker runs of pymdownx.mark (`=`), pymdownx.caret (`^`) and
 * pymdownx.tilde (`~`) as a micromark text construct, the way
 * micromark-extension-gfm-strikethrough reads `~~`: the tokenizer takes each
 * run of a marker character as one temporary token, and the `resolveAll`
 * (`resolve.ts`) decides which runs open and close an element, by pymdownx's
 * own patterns. Being text constructs, they never start in code spans, after
 * an escape (`\==`), or in raw HTML, and nest with emphasis and links.
 *
 * `processors`: the enabled extensions, in the order Python-Markdown runs
 * them (all three at priority 65: the order of `markdown_extensions`).
 */
export function formatSyntax(processors: readonly FormatProcessor[]): Extension {
  const resolveAll = resolveFormats(processors);
  const construct: Construct = {name: 'mkdocsFormat', tokenize: tokenizeRun, resolveAll};
  const text: Record<number, Construct | Construct[]> = {};
  for (const processor of processors) {
    if (processor.patterns.length > 0) text[processor.character.codePointAt(0)!] = construct;
  }
  if (Object.keys(text).length === 0) return {};
  // pymdownx's patterns (priority 65) run before emphasis (60, betterem's lower still). micromark runs each
  // construct's `resolveAll` in the order the constructs first occur in the paragraph, so emphasis would pair
  // first in `*a ==b* c==`. CommonMark's emphasis tokenizer, with a resolver that runs ours first, takes `*`/`_`.
  const emphasisAfterFormats: Resolver = (events, context) => attention.resolveAll!(resolveAll(events, context), context);
  const emphasis: Construct = {name: 'mkdocsAttention', tokenize: attention.tokenize, resolveAll: emphasisAfterFormats};
  text[codes.asterisk] = emphasis;
  text[codes.underscore] = emphasis;
  // pymdownx adds the space to Python-Markdown's escapable characters with superscript or subscript on (`^a\ b^`).
  if (processors.some((processor) => processor.patterns.some((pattern) => pattern.tags.includes('sup') || pattern.tags.includes('sub')))) {
    text[codes.backslash] = escapedSpace;
  }
  return {
    text,
    // Link text is resolved on its own when the link closes; the elements inside it too.
    insideSpan: {null: [construct]},
    // With pymdownx.tilde, `~` is ours: GFM's strikethrough (remark-gfm, always loaded by Docusaurus) is switched
    // off by name, whatever order the plugins were added in.
    ...(processors.some((processor) => processor.character === '~' && processor.patterns.length > 0)
      ? {disable: {null: ['strikethrough']}}
      : {}),
  };
}

function tokenizeRun(this: TokenizeContext, effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
  const previous = this.previous;
  const events = this.events;
  let marker: Code = null;
  return start;

  function start(code: Code): State | undefined {
    // A run is one token; after an escaped marker (`\==`) a new run starts.
    if (previous === code && events[events.length - 1]?.[1].type !== 'characterEscape') return nok(code);
    marker = code;
    effects.enter('mkdocsFormatSequenceTemporary');
    return run(code);
  }

  function run(code: Code): State | undefined {
    if (code === marker) {
      effects.consume(code);
      return run;
    }
    effects.exit('mkdocsFormatSequenceTemporary');
    return ok(code);
  }
}

/** `\ ` as a character escape (the same tokens as CommonMark's, so the tree holds a space). */
const escapedSpace: Construct = {name: 'mkdocsEscapedSpace', tokenize: tokenizeEscapedSpace};

function tokenizeEscapedSpace(this: TokenizeContext, effects: Parameters<Tokenizer>[0], ok: State, nok: State): State {
  return function (code: Code) {
    effects.enter('characterEscape');
    effects.enter('escapeMarker');
    effects.consume(code);
    effects.exit('escapeMarker');
    return function (next: Code) {
      if (next !== codes.space) return nok(next);
      effects.enter('characterEscapeValue');
      effects.consume(next);
      effects.exit('characterEscapeValue');
      effects.exit('characterEscape');
      return ok;
    };
  };
}
