import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {report} from '../messages';
import {visit} from '../mdast-util/visit';
import {textSlicePlace, verbatimIn} from '../mdast-util/text-place';

const OPENER = /\{(\+\+|--|==|>>|~~)/g;

const CLOSERS: Readonly<Record<string, string>> = {'++': '++}', '--': '--}', '==': '==}', '>>': '<<}', '~~': '~> … ~~}'};

/**
 * A critic opener left as text: its mark does not close in the paragraph (or
 * heading, cell) it starts in. pymdownx finds marks in the raw text, so its
 * closer may be blocks later; here a mark is inline, so such a mark stays
 * text, and the author learns why.
 */
export function lintCritic(tree: Root, file: VFile): void {
  visit(tree, 'text', (node) => {
    if (!node.value.includes('{')) return;
    const written = verbatimIn(file, node);
    const place = textSlicePlace(file, node);
    for (const match of node.value.matchAll(OPENER)) {
      const from = match.index;
      if (!written(from, from + 3)) continue;
      report(
        file,
        'mkdocs-critic',
        `Unexpected critic mark \`${match[0]}\` that does not close in its paragraph, expected \`${CLOSERS[match[1]!]}\` before the paragraph ends (a mark cannot span blocks; it is shown as text)`,
        place(from, from + 3),
      );
    }
  });
}
