import type {Code} from 'mdast';
import {parseFenceInfo} from '../../remark-mkdocs/lib/fence/info';

/** The class that marks a fence as an example: ```` ```` { .markdown .example } ````. */
export const EXAMPLE_CLASS = 'example';

/**
 * True for a fence whose header is `{ .markdown .example }` (any further
 * classes or attributes allowed).
 *
 * Why the brace form: superfences drops a fence whose plain-form header has
 * an unknown word (```` ````markdown example ```` makes MkDocs show the lines
 * as text), while in braces `.example` is just one more class on an ordinary
 * `markdown` code block. The header is read by remark-mkdocs' own fence
 * reader, so both plugins agree on what the language and classes are.
 */
export function isExampleFence(node: Code): boolean {
  // The classes are words of the header: one without the word is no example, and needs no parse.
  if (!`${node.lang ?? ''} ${node.meta ?? ''}`.includes(EXAMPLE_CLASS)) return false;
  const info = parseFenceInfo(node.lang, node.meta);
  return info.problems.length === 0 && info.language === 'markdown' && info.classes.includes(EXAMPLE_CLASS);
}
