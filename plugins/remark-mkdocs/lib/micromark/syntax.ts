import type {Extension} from 'micromark-util-types';
import {codes} from 'micromark-util-symbol';
import {box} from './box';
import {listContext} from './list-context';

/** The micromark extension for MkDocs boxes: `!!!` admonitions, `???`/`???+` collapsibles and `===` content tabs. */
export function mkdocsBoxSyntax(): Extension {
  return {
    flow: {[codes.exclamationMark]: box, [codes.questionMark]: box, [codes.equalsTo]: box},
    document: {null: [listContext]},
  };
}
