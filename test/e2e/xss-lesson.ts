/**
 * The hostile-lesson fixture of the XSS vectors: every vector of
 * `test/fixtures/xss-vectors/vectors.json` under a heading of its own, in one
 * lesson, as an attacker's pull request would bring them.
 *
 * After each vector a line closes whatever HTML block (CommonMark kinds 1–5:
 * `<script>`/`<pre>`/`<style>`/`<textarea>`, comments, `<?`, `<!X`, CDATA)
 * the vector left open, so one vector does not swallow the next ones into a
 * comment or a raw block; what the vectors leave open in the HTML parser
 * (unclosed elements, foreign content) stays open, as it would in a real lesson.
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
export const BLOCK_CLOSER = '<!-- --> ?> ]]> </script></pre></style></textarea>';

export function xssLesson(vectors: readonly Vector[]): string {
  const parts = [
    '---',
    'title: XSS vectors',
    'description: Every public XSS vector the tests know, as a hostile lesson.',
    '---',
    '',
    '# XSS vectors',
    '',
    `Each section holds one vector of \`${VECTORS_FILE}\`. None may run.`,
    '',
  ];
  for (const vector of vectors) {
    parts.push(`## ${vector.id}`, '', vector.payload, '', BLOCK_CLOSER, '');
  }
  return parts.join('\n');
}
