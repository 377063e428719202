import type {ExtensionOptions} from '../markdown-extensions';
import {decodeCharacterReferences} from '../python-markdown';

/** The `footnotes` options Python-Markdown 3.4 reads, with its defaults. */
export interface FootnoteOptions {
  /** A paragraph holding exactly this text is replaced by the notes (else they go at the end). */
  placeMarker: string;
  /** Text of each link back to a reference (`&#8617;`, decoded). */
  backlinkText: string;
  /** `title` of a link back; `{}` is the note's number. */
  backlinkTitle: string;
  /** Text of a reference; `{}` is the note's number. */
  superscriptText: string;
  /** Between `fn`/`fnref` and the label in ids (`fn:1`). */
  separator: string;
}

export function footnoteOptions(options: ExtensionOptions): FootnoteOptions {
  const text = (key: string, fallback: string): string => (typeof options[key] === 'string' ? (options[key] as string) : fallback);
  return {
    placeMarker: text('PLACE_MARKER', '///Footnotes Go Here///'),
    // Python-Markdown inserts these through its HTML stash: character references read as characters.
    backlinkText: decodeCharacterReferences(text('BACKLINK_TEXT', '&#8617;')),
    backlinkTitle: text('BACKLINK_TITLE', 'Jump back to footnote {} in the text'),
    superscriptText: decodeCharacterReferences(text('SUPERSCRIPT_TEXT', '{}')),
    separator: text('SEPARATOR', ':'),
  };
}

/** Python's `str.format` with one positional field, as the options use it. */
export function formatNumber(template: string, number: number): string {
  return template.replace('{}', String(number));
}
