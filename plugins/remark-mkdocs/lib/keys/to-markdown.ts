import type {Element} from 'hast';
import {toHtml} from 'hast-util-to-html';
import type {Handle, Options} from 'mdast-util-to-markdown';
import type {MkdocsKeys} from './from-markdown';

/**
 * Writes `mkdocsKeys` back as `++value++` (a `+` pair in text is escaped so it
 * does not read back as keys); after the transform, as its elements (HTML in
 * `.md`), as abbreviations are.
 */
export function mkdocsKeysToMarkdown(): Options {
  return {
    handlers: {mkdocsKeys: handleKeys},
    unsafe: [{character: '+', inConstruct: 'phrasing', after: '\\+'}],
  };
}

const handleKeys: Handle = function (node: MkdocsKeys) {
  const data = node.data;
  if (!data?.hName) return `++${node.value}++`;
  return toHtml({type: 'element', tagName: data.hName, properties: data.hProperties ?? {}, children: (data.hChildren ?? []) as Element['children']});
};
