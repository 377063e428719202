import type {Extension} from 'micromark-util-types';
import {codes} from 'micromark-util-symbol';
import {box} from './boxes/construct';
import {listContext} from './micromark-util/list-context';
import {abbreviationDefinition} from './abbreviation/construct';
import {exclamationData} from './boxes/exclamation-data';
import {htmlElement} from './md-in-html/construct';

/**
 * The micromark extension for MkDocs block syntax: `!!!` admonitions, `???`/`???+`
 * collapsibles and `===` content tabs (boxes), `*[TERM]: Title` abbreviation definitions, and
 * `<div markdown>` elements (md_in_html).
 */
export function mkdocsBoxSyntax(): Extension {
  return {
    flow: {[codes.exclamationMark]: box, [codes.questionMark]: box, [codes.equalsTo]: box, [codes.asterisk]: abbreviationDefinition, [codes.lessThan]: htmlElement},
    document: {null: [listContext]},
    // Not syntax: keeps paragraphs of many `!!!` lines linear (see the module).
    text: {[codes.exclamationMark]: exclamationData},
  };
}
