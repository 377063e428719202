import type {Point} from 'unist';
import type {BoxKind} from './header';

/** What the MkDocs header said, kept on the `containerDirective` node a box becomes. */
export interface MkdocsBoxData {
  kind: BoxKind;
  /** `???+` (open), `===+` (selected) */
  open: boolean;
  /** `===!`: this tab starts a new tab set. */
  newSet?: boolean;
  /** Lower-cased class words as written; the first is the type. Empty for `??? "Title"`. */
  classes: string[];
  /** `default`: no quoted title (use the capitalised type); `empty`: `""`; `custom`: the label child holds it. */
  title: 'default' | 'empty' | 'custom';
  /** Where the type word starts, for messages. */
  typePoint?: Point;
}

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    mkdocs?: MkdocsBoxData;
  }
}

export {};
