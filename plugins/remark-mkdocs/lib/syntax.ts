import type {Extension} from 'micromark-util-types';
import {codes} from 'micromark-util-symbol';
import {box} from './boxes/construct';
import {exclamationData} from './boxes/exclamation-data';
import {abbreviationDefinition} from './abbreviation/construct';
import {htmlElement} from './md-in-html/construct';
import {rawHtmlElement} from './md-in-html/raw-element';
import {listContext} from './micromark-util/list-context';
import {DEFAULT_MARKDOWN_EXTENSIONS, MarkdownExtensions} from './markdown-extensions';

/**
 * The micromark extension for every MkDocs construct the plugin tokenizes,
 * keyed by the character that starts it: `!!!` admonitions, `???`/`???+`
 * collapsibles and `===` content tabs (one box construct), `*[TERM]: Title`
 * abbreviation definitions, and `<tag markdown>` elements (md_in_html). Plus
 * two that match nothing: `listContext` notes which lines continue a list
 * item (boxes and abbreviations may be indented there), and `exclamationData`
 * reads a run of `!` as one text token (a paragraph of many failed `!!!`
 * headers stays linear). Attribute lists, emoji, annotations and mojibake are
 * read from text nodes after parsing, as Python-Markdown's inline and tree
 * processors do.
 *
 * `extensions`: the workshop's `markdown_extensions`; constructs of an
 * extension it does not list are not tokenized (they stay text, as in MkDocs).
 */
export function mkdocsSyntax(extensions: MarkdownExtensions = new MarkdownExtensions(DEFAULT_MARKDOWN_EXTENSIONS)): Extension {
  void extensions;
  return {
    flow: {
      [codes.exclamationMark]: box,
      [codes.questionMark]: box,
      [codes.equalsTo]: box,
      [codes.asterisk]: abbreviationDefinition,
      [codes.lessThan]: [htmlElement, rawHtmlElement],
    },
    document: {null: [listContext]},
    text: {[codes.exclamationMark]: exclamationData},
  };
}
