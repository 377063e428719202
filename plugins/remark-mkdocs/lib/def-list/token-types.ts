/** Token names of the definition syntax, registered with micromark's type map so `effects.enter` accepts them. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** A whole definition (`dd`): the `:` line and its body. */
    mkdocsDefinition: 'mkdocsDefinition';
    /** The `:` and the 1–3 spaces after it. */
    mkdocsDefinitionMarker: 'mkdocsDefinitionMarker';
  }
}

export {};
