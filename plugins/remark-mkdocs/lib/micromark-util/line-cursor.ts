import type {Code, Effects, State} from 'micromark-util-types';

/**
 * Where the tokenizer is in the line a probe read (`line-probe.ts`): the
 * grammar gave offsets in codes, and `step` consumes one code and counts it,
 * so a state can ask `cursor.index < span.end`.
 */
export interface LineCursor {
  /** Codes consumed since the line started (or since the tokenizer reset it). */
  index: number;
  /** Consume `code`, count it, go on with `next`. */
  step(code: Code, next: State): State;
}

export function lineCursor(effects: Effects): LineCursor {
  const cursor: LineCursor = {
    index: 0,
    step(code, next) {
      effects.consume(code);
      cursor.index++;
      return next;
    },
  };
  return cursor;
}
