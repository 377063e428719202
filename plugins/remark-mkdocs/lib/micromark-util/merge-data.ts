import type {Code, Construct, Effects, Event, Resolver, State, TokenizeContext} from 'micromark-util-types';
import {types} from 'micromark-util-symbol';

/**
 * Why a paragraph's adjacent `data` tokens are merged as it is read, not only
 * at its end.
 *
 * micromark's text tokenizer ends a `data` token at every character some text
 * construct may start on, and merges adjacent `data` tokens when the text
 * ends (`resolveAllText` in micromark/lib/initialize/text.js), with one
 * `splice` of the whole event list per run of two or more adjacent `data`
 * tokens: time growing with the square of a paragraph that holds many such
 * runs, each run ended by any other token (a format marker run, an escape, a
 * line ending). Runs of two or more are the rule in the site's pipeline:
 * remark-gfm's email autolink literal is tried at the start of every word
 * (so every word is a `data` token of its own, plain remark-parse + remark-gfm
 * is quadratic on such paragraphs too), and a marker whose construct fails
 * (`{` of an unclosed critic mark, `$` of unclosed math) ends one more.
 *
 * `mergeDataRuns` does what `resolveAllText` does, over the events read since
 * its previous call in the same text, in one pass that compacts the list in
 * place: each run of adjacent `data` events keeps its first token, which is
 * extended to the run's end, as `resolveAllText` would extend it; runs already
 * merged leave `resolveAllText` nothing to splice. Called as the `resolveTo`
 * of a construct that reads a marker as text (`markerData`), so a paragraph of
 * many failed markers is merged piece by piece as it is read: linear.
 *
 * Safe to run early: it touches only `data` events and merges only what
 * `resolveAllText` merges anyway before any construct's `resolveAll` runs.
 * What text constructs look at in the events while the text is read (the last
 * event's type, label starts, GFM's `_gfmAutolinkLiteralWalkedInto` mark,
 * carried to the token that stays) is unchanged. No text construct is tried
 * inside another's attempt (micromark's text initializer is the only caller
 * of the text constructs), so no pending attempt restores the list to a
 * length this shortened.
 */
export const mergeDataRuns: Resolver = (events, context) => {
  let from = Math.min(mergedUpTo.get(context) ?? 0, events.length);
  // The run that ended the previous merge may go on: start at its beginning.
  while (from > 0 && events[from - 1]![1].type === types.data) from--;
  let write = from;
  let runStart = -1;
  for (let read = from; read < events.length; read++) {
    const event = events[read]!;
    if (event[1].type !== types.data) {
      runStart = -1;
      events[write++] = event;
    } else if (runStart === -1 || write - runStart < 2) {
      // The first token of a run (its enter and exit events) stays.
      if (runStart === -1) runStart = write;
      events[write++] = event;
    } else {
      mergeInto(events[runStart]![1], event);
    }
  }
  events.length = write;
  mergedUpTo.set(context, write);
  return events;
};

/** How far each text's events are merged (an index; if other resolvers moved events since, a later one rescans a little). */
const mergedUpTo = new WeakMap<TokenizeContext, number>();

type Token = Event[1];

/** `resolveAllText`'s merge: the kept token ends where the dropped one ends. */
function mergeInto(kept: Token, dropped: Event): void {
  kept.end = dropped[1].end;
  // GFM's autolink literal marks the last token it walked back to: nothing unbalanced before it, nor before the kept one.
  const mark = '_gfmAutolinkLiteralWalkedInto';
  if ((dropped[1] as Token & Record<typeof mark, unknown>)[mark]) (kept as Token & Record<typeof mark, unknown>)[mark] = true;
}

/**
 * One character that opened nothing, as one `data` token, for the character
 * list of a text construct that may fail there: the text is the same as when
 * micromark reads the character as data itself, but this construct succeeds,
 * so its `resolveTo` merges the data runs read so far (`mergeDataRuns`).
 * Added after every other construct of its character, whatever the order the
 * extensions were combined in (`add: 'after'`), so it takes the character only
 * when nothing else does (in MDX, `{` still opens an expression).
 */
export function markerData(name: string): Construct {
  return {name, tokenize: tokenizeMarkerData, resolveTo: mergeDataRuns, add: 'after'};
}

function tokenizeMarkerData(this: TokenizeContext, effects: Effects, ok: State): State {
  return function start(code: Code): State | undefined {
    effects.enter(types.data);
    effects.consume(code);
    effects.exit(types.data);
    return ok;
  };
}
