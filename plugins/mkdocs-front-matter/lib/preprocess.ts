/**
 * The text Docusaurus parses, with the metadata as MkDocs reads it: every
 * line keeps its number (positions in warnings stay the author's).
 * - Metadata (a YAML mapping, or MultiMarkdown `Key: value` lines): its lines
 *   become empty lines; the front matter comes from `parseFrontMatter`.
 * - A `---` block that is not metadata: its first line becomes `***`, the
 *   same thematic break, which Docusaurus's front matter parser does not take
 *   for a fence; the rest is Markdown, as MkDocs shows it.
 * - With the `meta` extension, the lines it takes (`metaExtensionLines`: a
 *   first `---` line, `Key: value` lines) become empty lines too.
 */
import {metaExtensionLines, readMkdocsMeta, type MetaExtensionLines, type MkdocsMeta} from './read';

export interface Prepared {
  text: string;
  meta: MkdocsMeta;
  /** What the `meta` extension took, when the page is read with it. */
  metaExtension?: MetaExtensionLines;
}

export interface PrepareOptions {
  /** The workshop enables Python-Markdown's `meta` extension. */
  metaExtension?: boolean;
}

/** What `prepareLesson` found for the text it returned, by path: the remark side reports from it. */
const prepared = new Map<string, Prepared>();

export function prepareLesson(text: string, filePath?: string, options: PrepareOptions = {}): string {
  const meta = readMkdocsMeta(text);
  const extension = options.metaExtension ? metaExtensionLines(text, meta) : undefined;
  let result = text;
  if (meta.kind !== 'none' || (extension?.lines.length ?? 0) > 0) {
    // Lines with their own line endings, so that CRLF files keep them.
    const pieces = text.split(/(\r\n|\r|\n)/);
    const bom = pieces[0].startsWith('\uFEFF') ? '\uFEFF' : '';
    const lineAt = (line: number) => 2 * (line - 1);
    const blank = (line: number) => {
      pieces[lineAt(line)] = line === 1 ? bom : '';
    };
    if (meta.kind === 'yaml-content' && !extension?.lines.includes(1)) {
      const first = pieces[0].slice(bom.length);
      pieces[0] = `${bom}***${first.slice(3)}`;
    } else if (meta.kind === 'yaml' || meta.kind === 'multimarkdown') {
      meta.lines.forEach(blank);
    }
    extension?.lines.forEach(blank);
    result = pieces.join('');
  }
  if (filePath !== undefined) prepared.set(filePath, {text: result, meta, ...(extension ? {metaExtension: extension} : {})});
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
  return preparedLesson(filePath, text)?.meta;
}

/** What `prepareLesson` found for `filePath` when it prepared it into `text` (undefined if that is not what was parsed). */
export function preparedLesson(filePath: string | undefined, text: string): Prepared | undefined {
  if (filePath === undefined) return undefined;
  const known = prepared.get(filePath);
  return known && known.text === text ? known : undefined;
}
