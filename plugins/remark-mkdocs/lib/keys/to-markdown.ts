import type {Handle, Options} from 'mdast-util-to-markdown';
import type {MkdocsKeys} from './from-markdown';

/** Writes `mkdocsKeys` back as `++value++`; a `+` pair in text is escaped so it does not read back as keys. */
export function mkdocsKeysToMarkdown(): Options {
  return {
    handlers: {mkdocsKeys: handleKeys},
    unsafe: [{character: '+', inConstruct: 'phrasing', after: '\\+'}],
  };
}

const handleKeys: Handle = function (node: MkdocsKeys) {
  return `++${node.value}++`;
};
