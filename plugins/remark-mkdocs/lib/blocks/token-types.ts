/** Token names of pymdownx.blocks, registered with micromark's type map so `effects.enter` accepts them. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mkdocsBlock: 'mkdocsBlock';
    mkdocsBlockHeader: 'mkdocsBlockHeader';
    mkdocsBlockFence: 'mkdocsBlockFence';
    mkdocsBlockName: 'mkdocsBlockName';
    mkdocsBlockArgument: 'mkdocsBlockArgument';
    mkdocsBlockWhitespace: 'mkdocsBlockWhitespace';
    mkdocsBlockOptions: 'mkdocsBlockOptions';
    mkdocsBlockClose: 'mkdocsBlockClose';
  }
}

export {};
