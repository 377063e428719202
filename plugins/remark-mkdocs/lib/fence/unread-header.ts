/**
 * A line that opens a fence but for a header pymdownx.superfences does not
 * read (```` ```sh # set up the tool ````, ```` ```bash title=Terminal ````):
 * no code block in MkDocs, so none here (`fenced-code.ts`), and its lines are
 * paragraph text. Said at the line (`mkdocs-fence-option`), since the author
 * surely meant a code block.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {report} from '../messages';
import {FENCE_START, opensFence} from './header';

export function lintUnreadFenceHeaders(tree: Root, file: VFile): void {
  const text = String(file);
  // Most pages have no such line: one test of the page spares the walk.
  if (!/^[ \t>]*(?:`{3,}|~{3,})[ \t]*[^\s`~{]/m.test(text)) return;
  visit(tree, 'paragraph', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    let offset = start;
    let line = node.position!.start.line;
    for (const written of text.slice(start, end).split('\n')) {
      // A paragraph's later lines start where the line does (a container's prefix, `> `, is not the paragraph's).
      const column = offset === start ? node.position!.start.column : 1;
      const match = FENCE_START.exec(written);
      const header = match?.[3] ?? '';
      // A backtick in a backtick fence's header makes inline code (CommonMark), not a fence anyone meant.
      const unread = match && header.trim() !== '' && !(match[2]!.startsWith('`') && header.includes('`')) && !opensFence(header);
      if (unread) {
        const fence = match[2]!;
        report(
          file,
          'mkdocs-fence-option',
          `Unexpected fence header \`${header.trim()}\`, which MkDocs does not read, expected a language then \`key="value"\` options (\`sh title="…"\`) or \`{ … }\`: no code block, its lines shown as text, as in MkDocs`,
          {line, column: column + match[1]!.length},
        );
      }
      offset += written.length + 1;
      line++;
    }
  });
}
