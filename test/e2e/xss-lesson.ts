/**
 * The hostile-lesson fixture of the XSS vectors: every vector of
 * `test/fixtures/xss-vectors/vectors.json` under a heading of its own, in one
 * lesson, as an attacker's pull request would bring them.
 *
 * After each vector a line closes whatever HTML block (CommonMark kinds 1–5:
 * `<script>`/`<pre>`/`<style>`/`<textarea>`, comments, `<?`, `<!X`, CDATA)
 * the vector left open, and the foreign content, tables, selects and
 * templates it left open in the HTML parser, so that one vector does not turn
 * the ones after it into text or comments: each is tested for itself. (In a
 * real lesson an unclosed `<svg>` takes the rest of the page with it, shown as
 * text.)
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {ROOT} from './site';

export interface Vector {
  id: string;
  source: string;
  title: string;
  payload: string;
}

export const VECTORS_FILE = 'test/fixtures/xss-vectors/vectors.json';

export function readVectors(): Vector[] {
  return (JSON.parse(readFileSync(path.join(ROOT, VECTORS_FILE), 'utf8')) as {vectors: Vector[]}).vectors;
}

/** Ends any open CommonMark HTML block of kinds 1 to 5 (kinds 6 and 7 end at the blank line before it). */
export const BLOCK_CLOSER = '<!-- --> ?> ]]> </script></pre></style></textarea></title></noscript></xmp></svg></math></select></template></table></form></a></object></applet></iframe></noembed></noframes></frameset></video></audio>';

/**
 * The vectors in the order the lesson holds them: the hand-written ones first
 * (issue 14's at the top, so no earlier vector can hide it), the collections
 * after, and any `<plaintext>` last: nothing after it is markup any more.
 */
export function lessonOrder(vectors: readonly Vector[]): Vector[] {
  const rank = (vector: Vector) => (/<plaintext/i.test(vector.payload) ? 2 : vector.source === 'Lessonsaurus' ? 0 : 1);
  return [...vectors].sort((a, b) => rank(a) - rank(b));
}

export function xssLesson(vectors: readonly Vector[]): string {
  const parts = [
    '---',
    'title: XSS vectors',
    'description: Every public XSS vector the tests know, as a hostile lesson.',
    // Front matter is the author's too: the theme would write these into the page as URLs.
    `custom_edit_url: "javascript:window.__pwned='edit-url'"`,
    `image: "javascript:window.__pwned='image'"`,
    '---',
    '',
    '# XSS vectors',
    '',
    `Each section holds one vector of \`${VECTORS_FILE}\`. None may run.`,
    '',
  ];
  for (const vector of lessonOrder(vectors)) {
    parts.push(`## ${vector.id}`, '', vector.payload, '', BLOCK_CLOSER, '');
  }
  return parts.join('\n');
}
