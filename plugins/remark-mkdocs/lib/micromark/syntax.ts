import type {Extension} from 'micromark-util-types';
import {codes} from 'micromark-util-symbol';
import {box} from './box';
import {lazyGuard} from './lazy-guard';

/** The micromark extension for MkDocs boxes: `!!!` admonitions and `???`/`???+` collapsibles. */
export function mkdocsBoxSyntax(): Extension {
  return {
    document: {[codes.exclamationMark]: box, [codes.questionMark]: box},
    flow: {null: [lazyGuard]},
  };
}
