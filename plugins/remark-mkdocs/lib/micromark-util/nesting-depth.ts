import type {ParseContext} from 'micromark-util-types';
import {perParse} from './per-parse';

/**
 * How deep a construct whose body is a nested document (a box, a
 * definition) is nested in constructs of its kind, line by line: each level's
 * body is tokenized again by every level around it, so such constructs have
 * a depth limit.
 */
export interface NestingDepth {
  /**
   * How many constructs of the kind hold `line` in their body, as far as
   * tokenized. Enough for one starting on `line`: each level notes a line
   * before it hands it to its body's tokenizer, so the enclosing ones have all
   * noted it by then.
   */
  at(parser: ParseContext, line: number): number;
  /** One `depth` deep takes `line` into its body. */
  note(parser: ParseContext, line: number, depth: number): void;
}

export function nestingDepth(): NestingDepth {
  // Per parse: for each line, the depth of the deepest body holding it.
  const depths = perParse(() => new Map<number, number>());
  return {
    at: (parser, line) => depths.get(parser)?.get(line) ?? 0,
    note(parser, line, depth) {
      const lines = depths.of(parser);
      if ((lines.get(line) ?? 0) < depth) lines.set(line, depth);
    },
  };
}
