import type {Code, Construct, Effects, State, Token, TokenizeContext, TokenType} from 'micromark-util-types';
import {codes, constants, types} from 'micromark-util-symbol';
import {markdownLineEnding} from 'micromark-util-character';

/** Token names of the critic syntax, registered with micromark's type map so `effects.enter` accepts them. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mkdocsCritic: 'mkdocsCritic';
    mkdocsCriticInsert: 'mkdocsCriticInsert';
    mkdocsCriticDelete: 'mkdocsCriticDelete';
    mkdocsCriticMark: 'mkdocsCriticMark';
    mkdocsCriticComment: 'mkdocsCriticComment';
    mkdocsCriticCommentValue: 'mkdocsCriticCommentValue';
    mkdocsCriticSubstitution: 'mkdocsCriticSubstitution';
    mkdocsCriticSubstitutionOld: 'mkdocsCriticSubstitutionOld';
    mkdocsCriticSubstitutionNew: 'mkdocsCriticSubstitutionNew';
    mkdocsCriticMarker: 'mkdocsCriticMarker';
  }
}

/**
 * One kind of critic mark: the character doubled after `{`, the token around
 * it, and the closing sequences of its parts (a substitution has two:
 * `{~~ old ~> new ~~}`).
 */
interface CriticKind {
  token: TokenType;
  parts: ReadonlyArray<{token?: TokenType; close: string}>;
  /** Comments are not Markdown: their text is kept as written. */
  raw?: boolean;
}

const KINDS: Readonly<Partial<Record<number, CriticKind>>> = {
  [codes.plusSign]: {token: 'mkdocsCriticInsert', parts: [{close: '++}'}]},
  [codes.dash]: {token: 'mkdocsCriticDelete', parts: [{close: '--}'}]},
  [codes.equalsTo]: {token: 'mkdocsCriticMark', parts: [{close: '==}'}]},
  [codes.greaterThan]: {token: 'mkdocsCriticComment', parts: [{close: '<<}'}], raw: true},
  [codes.tilde]: {
    token: 'mkdocsCriticSubstitution',
    parts: [
      {token: 'mkdocsCriticSubstitutionOld', close: '~>'},
      {token: 'mkdocsCriticSubstitutionNew', close: '~~}'},
    ],
  },
};

/** Consumes exactly `sequence` (a closing marker), for `effects.check`. */
function sequenceConstruct(sequence: string): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      let index = 0;
      return function next(code: Code): State | undefined {
        if (index === sequence.length) {
          effects.exit('mkdocsCriticMarker');
          return ok(code);
        }
        if (code !== sequence.charCodeAt(index)) return nok(code);
        if (index === 0) effects.enter('mkdocsCriticMarker');
        index++;
        effects.consume(code);
        return next;
      };
    },
  };
}

const CLOSERS = new Map<string, Construct>(
  Object.values(KINDS).flatMap((kind) => kind!.parts.map(({close}) => [close, sequenceConstruct(close)] as const)),
);

/**
 * The kinds of mark found not to close in a text (one paragraph, heading or
 * cell: one tokenizer context). A later mark of that kind in the same text
 * cannot close either (its closer is searched forward to the same end), so it
 * fails at once: a paragraph of many unclosed marks stays linear.
 */
const unclosed = new WeakMap<TokenizeContext, Set<CriticKind>>();

/**
 * pymdownx.critic's marks as a micromark text construct keyed on `{`:
 * `{++ insert ++}`, `{-- delete --}`, `{== mark ==}`, `{>> comment <<}` and
 * `{~~ old ~> new ~~}`. As in pymdownx's pattern (`.*?`, DOTALL), a mark ends
 * at the first closing sequence, which may be on a later line, and its
 * content may be empty; the content is inline Markdown (a comment's is not).
 *
 * pymdownx finds marks in the raw text before anything is parsed; here they
 * are found where Markdown reads inline text, so a mark never starts in code,
 * and it must close in the paragraph (or heading, table cell…) it starts in.
 * A mark spanning blocks stays text, reported by the lint (`mkdocs-critic`).
 */
export const criticMark: Construct = {name: 'mkdocsCritic', tokenize: tokenizeCriticMark};

function tokenizeCriticMark(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let kind: CriticKind | undefined;
  let part = 0;
  let opener: Code = null;
  let previous: Token | undefined;

  return start;

  function start(code: Code): State | undefined {
    effects.enter('mkdocsCritic');
    effects.enter('mkdocsCriticMarker');
    effects.consume(code);
    return openFirst;
  }

  function openFirst(code: Code): State | undefined {
    kind = code === null ? undefined : KINDS[code];
    if (!kind || unclosed.get(self)?.has(kind)) return nok(code);
    opener = code;
    effects.consume(code);
    return openSecond;
  }

  function openSecond(code: Code): State | undefined {
    if (code !== opener) return nok(code);
    effects.consume(code);
    effects.exit('mkdocsCriticMarker');
    effects.enter(kind!.token);
    return partStart;
  }

  function partStart(code: Code): State | undefined {
    const partToken = kind!.parts[part]!.token;
    if (partToken) effects.enter(partToken);
    previous = undefined;
    return lineStart(code);
  }

  function closer(): string {
    return kind!.parts[part]!.close;
  }

  /** At the start of the content or of a line in it: a closer, or content. */
  function lineStart(code: Code): State | undefined {
    if (code === closer().charCodeAt(0)) return effects.check(CLOSERS.get(closer())!, atCloser, beginChunk)(code);
    return beginChunk(code);
  }

  function beginChunk(code: Code): State | undefined {
    if (code === codes.eof) return fail(code);
    if (kind!.raw) {
      effects.enter('mkdocsCriticCommentValue');
    } else {
      // In the order of micromark-extension-directive's labels: the same shape of fields (see `nested-document.ts`).
      const token = effects.enter(types.chunkText, {_contentTypeTextTrailing: true, contentType: constants.contentTypeText, previous});
      if (previous) previous.next = token;
      previous = token;
    }
    return inChunk(code);
  }

  function inChunk(code: Code): State | undefined {
    if (code === codes.eof) return fail(code);
    effects.consume(code);
    if (markdownLineEnding(code)) {
      effects.exit(kind!.raw ? 'mkdocsCriticCommentValue' : types.chunkText);
      return lineStart;
    }
    return data;
  }

  function data(code: Code): State | undefined {
    if (code === closer().charCodeAt(0)) return effects.check(CLOSERS.get(closer())!, closeChunk, inChunk)(code);
    return inChunk(code);
  }

  function closeChunk(code: Code): State | undefined {
    effects.exit(kind!.raw ? 'mkdocsCriticCommentValue' : types.chunkText);
    return atCloser(code);
  }

  function atCloser(code: Code): State | undefined {
    const partToken = kind!.parts[part]!.token;
    return effects.attempt(CLOSERS.get(closer())!, afterCloser(partToken), nok)(code);
  }

  function afterCloser(partToken: TokenType | undefined): State {
    return (code: Code) => {
      if (partToken) effects.exit(partToken);
      part++;
      if (part < kind!.parts.length) return partStart(code);
      effects.exit(kind!.token);
      effects.exit('mkdocsCritic');
      return ok(code);
    };
  }

  /** The text ended before the closer: remember it, so later marks of this kind in the same text fail at once. */
  function fail(code: Code): State | undefined {
    let kinds = unclosed.get(self);
    if (!kinds) unclosed.set(self, (kinds = new Set()));
    kinds.add(kind!);
    return nok(code);
  }
}
