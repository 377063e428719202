import type {BlockContent, Data, DefinitionContent, Parent, PhrasingContent} from 'mdast';

/**
 * A definition list, the mdast of `micromark-extension-definition-list` /
 * `mdast-util-definition-list` (same type names, so tools that know those
 * read ours): terms and definitions in source order. `data.hName` makes every
 * mdast-util-to-hast user render `<dl>`, `<dt>` and `<dd>`.
 */
export interface DefList extends Parent {
  type: 'defList';
  children: Array<DefListTerm | DefListDescription>;
  data?: Data;
}

/** A term: one line of the paragraph before a definition (Python-Markdown makes each line a `dt`). */
export interface DefListTerm extends Parent {
  type: 'defListTerm';
  children: PhrasingContent[];
  data?: Data;
}

/**
 * A definition (`: text`). `spread`, as on list items: loose, its paragraphs
 * are `<p>`s; tight, their text stands in the `<dd>` itself (Python-Markdown's
 * `list` state).
 */
export interface DefListDescription extends Parent {
  type: 'defListDescription';
  spread: boolean;
  children: Array<BlockContent | DefinitionContent>;
  data?: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    defList: DefList;
    defListTerm: DefListTerm;
    defListDescription: DefListDescription;
  }
  interface BlockContentMap {
    defList: DefList;
    /** Only before grouping, or when no term or sibling precedes it (the lint turns it back into text). */
    defListDescription: DefListDescription;
  }
}
