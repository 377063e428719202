/** Token names of the `<tag markdown>` construct, registered with micromark's type map so `effects.enter` accepts them. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** The whole element, opening tag to closing tag (or to the end of its container). */
    mkdocsHtml: 'mkdocsHtml';
    /** `<div class="x" markdown>`: the opening tag. */
    mkdocsHtmlOpen: 'mkdocsHtmlOpen';
    /** Whitespace that is not content: after the opening tag, before the closing one, blank lines' spaces. */
    mkdocsHtmlWhitespace: 'mkdocsHtmlWhitespace';
    /** Span mode: wraps the inline content's `chunkText` tokens. */
    mkdocsHtmlSpan: 'mkdocsHtmlSpan';
    /** `</div>`: the matching closing tag. */
    mkdocsHtmlClose: 'mkdocsHtmlClose';
  }
}

export {};
