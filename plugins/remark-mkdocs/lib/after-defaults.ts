import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {restoreAttributeLists} from './transform/attribute-lists';

/**
 * The part of remark-mkdocs that must run after Docusaurus's default remark
 * plugins: put it in the docs plugin's `remarkPlugins` (remark-mkdocs itself
 * goes in `beforeDefaultRemarkPlugins`). Docusaurus turns links to local
 * files and local images into JSX `<a>`/`<img>` and drops their `data`; this
 * gives them back their attribute list (`{ .md-button }`, `{ width="300" }`).
 */
const remarkMkdocsAfterDefaults: Plugin<[], Root> = function () {
  return function transform(tree: Root): undefined {
    restoreAttributeLists(tree);
  };
};

export default remarkMkdocsAfterDefaults;
