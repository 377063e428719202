import type {ParseContext} from 'micromark-util-types';

/**
 * A side table kept per parse. Flow constructs do not see their containers,
 * and nested documents (box bodies, `<div markdown>` content) have their own
 * tokenizers, but they all share the page's `ParseContext`: what one level
 * notes about a line (how deep it is nested, whether a list item continues
 * on it), the next level reads there. Weakly keyed, so nothing outlives the
 * parse.
 */
export interface PerParse<T> {
  /** The table of this parse, if anything was noted yet. */
  get(parser: ParseContext): T | undefined;
  /** The table of this parse, created on first use. */
  of(parser: ParseContext): T;
}

export function perParse<T>(create: () => T): PerParse<T> {
  const tables = new WeakMap<ParseContext, T>();
  return {
    get: (parser) => tables.get(parser),
    of(parser) {
      let table = tables.get(parser);
      if (table === undefined) tables.set(parser, (table = create()));
      return table;
    },
  };
}
