import type {Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {report} from '../messages';
import {SKIP, visit} from '../mdast-util/visit';
import type {MkdocsKeys} from './from-markdown';
import {keysElement, readKeys, type KeysOptions} from './grammar';

/**
 * pymdownx.keys, after parsing: each `mkdocsKeys` node gets its element
 * (`data.hName`/`hProperties`/`hChildren`, which mdast-util-to-hast renders in
 * both targets: MkDocs' HTML and, through Docusaurus's MDX step, the same
 * elements on the page), and its `value` becomes the text shown (`Ctrl+S`),
 * as Python-Markdown's toc reads it. A name that is no key turns the node back into its
 * text, as pymdownx leaves the match unrendered, and is reported
 * (`mkdocs-keys-unknown`).
 */
export function keysTransform(tree: Root, file: VFile, options: KeysOptions): void {
  visit(tree, 'mkdocsKeys', (node: MkdocsKeys, index, parent) => {
    const read = readKeys(node.value, options);
    if ('unknown' in read) {
      report(
        file,
        'mkdocs-keys-unknown',
        `Unexpected key name \`${read.unknown}\` in \`++${node.value}++\`, expected a key of pymdownx.keys (\`ctrl\`, \`enter\`, \`f5\`, …), a name from \`key_map\`, or a quoted key (\`++"${read.unknown}"++\`); shown as text`,
        node.position,
      );
      const text: Text = {type: 'text', value: `++${node.value}++`, position: node.position};
      parent!.children[index!] = text;
      return SKIP;
    }
    const element = keysElement(read.keys, options);
    // What the reader sees (`Ctrl+S`), for whatever reads the tree's text: the table of contents, descriptions, search.
    node.value = read.keys.map((key) => key.label).join(options.separator);
    node.data = {
      hName: element.tagName,
      hProperties: element.className ? {className: element.className} : {},
      hChildren: element.children,
    };
    return SKIP;
  });
}
