/**
 * The text Docusaurus parses, with the metadata as MkDocs reads it: every
 * line keeps its number (positions in warnings stay the author's).
 * - Metadata (a YAML mapping, or MultiMarkdown `Key: value` lines): its lines
 *   become empty lines; the front matter comes from `parseFrontMatter`.
 * - A `---` block that is not metadata: its first line becomes `***`, the
 *   same thematic break, which Docusaurus's front matter parser does not take
 *   for a fence; the rest is Markdown, as MkDocs shows it.
 */
import {readMkdocsMeta, type MkdocsMeta} from './read';

export interface Prepared {
  text: string;
  meta: MkdocsMeta;
}

/** What `prepareLesson` found for the text it returned, by path: the remark side reports from it. */
const prepared = new Map<string, Prepared>();

export function prepareLesson(text: string, filePath?: string): string {
  const meta = readMkdocsMeta(text);
  let result = text;
  if (meta.kind !== 'none') {
    // Lines with their own line endings, so that CRLF files keep them.
    const pieces = text.split(/(\r\n|\r|\n)/);
    const bom = pieces[0].startsWith('\uFEFF') ? '\uFEFF' : '';
    const lineAt = (line: number) => 2 * (line - 1);
    if (meta.kind === 'yaml-content') {
      const first = pieces[0].slice(bom.length);
      pieces[0] = `${bom}***${first.slice(3)}`;
    } else {
      for (const line of meta.lines) pieces[lineAt(line)] = line === 1 ? bom : '';
    }
    result = pieces.join('');
  }
  if (filePath !== undefined) prepared.set(filePath, {text: result, meta});
  return result;
}

/**
 * The text the site's preprocessor made of the prepared text (mkdocs-macros' variables rendered, includes
 * expanded: lines kept where the metadata was), so that `preparedMeta` still knows the file that is parsed.
 */
export function notePreprocessedText(filePath: string, text: string): void {
  const known = prepared.get(filePath);
  if (known) prepared.set(filePath, {...known, text});
}

/** The metadata found for `filePath` when it was prepared into `text` (undefined if that is not what was parsed). */
export function preparedMeta(filePath: string | undefined, text: string): MkdocsMeta | undefined {
  if (filePath === undefined) return undefined;
  const known = prepared.get(filePath);
  return known && known.text === text ? known.meta : undefined;
}
