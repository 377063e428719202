import type {Extension} from 'micromark-util-types';
import {codes} from 'micromark-util-symbol';
import {box} from './box';
import {listContext} from './list-context';
import {abbreviationDefinition} from './abbreviation';

/**
 * The micromark extension for MkDocs block syntax: `!!!` admonitions, `???`/`???+`
 * collapsibles and `===` content tabs (boxes), and `*[TERM]: Title` abbreviation definitions.
 */
export function mkdocsBoxSyntax(): Extension {
  return {
    flow: {[codes.exclamationMark]: box, [codes.questionMark]: box, [codes.equalsTo]: box, [codes.asterisk]: abbreviationDefinition},
    document: {null: [listContext]},
  };
}
