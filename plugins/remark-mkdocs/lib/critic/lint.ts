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
/** A whole critic mark, as pymdownx.critic's preprocessor finds it in the raw text (code included). */
const WHOLE_MARK = /\{\+\+[\s\S]*?\+\+\}|\{--[\s\S]*?--\}|\{==[\s\S]*?==\}|\{>>[\s\S]*?<<\}|\{~~[\s\S]*?~>[\s\S]*?~~\}/;

export function lintCritic(tree: Root, file: VFile): void {
  lintCriticInCode(tree, file);
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

/**
 * A critic mark inside code (`msg: "{{ x{--[a]--}{++[b]++} }}"` in a fenced block, or in inline code): pymdownx.critic
 * is a preprocessor, so MkDocs shows the edit inside the code too; here code is code, and the mark is shown as
 * written (and copied so). The author learns where; not in a Markdown example, which shows the syntax itself.
 */
const MARKDOWN_SOURCE = new Set(['markdown', 'md', 'mkd', 'mdown']);

function lintCriticInCode(tree: Root, file: VFile): void {
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode') return undefined;
    // A Markdown example (```` ```markdown ````) shows the marks' syntax on purpose.
    if (node.type === 'code' && MARKDOWN_SOURCE.has((node as {lang?: string | null}).lang?.toLowerCase() ?? '')) return undefined;
    const value = (node as {value: string}).value;
    const match = WHOLE_MARK.exec(value);
    if (!match || !node.position) return undefined;
    // In a fence, the mark's own line (the fence's first line is its opening marker).
    const line = node.type === 'code' ? node.position.start.line + 1 + value.slice(0, match.index).split('\n').length - 1 : node.position.start.line;
    const where = node.type === 'code' ? {line, column: 1} : node.position.start;
    report(
      file,
      'mkdocs-critic',
      `Unexpected critic mark \`${match[0].length > 40 ? `${match[0].slice(0, 37)}...` : match[0]}\` inside code, expected marks outside code: MkDocs applies them in code too (pymdownx.critic reads the raw text); here the code shows and copies the mark as written`,
      where,
    );
    return undefined;
  });
}
