/** Token names of the box syntax, registered with micromark's type map so `effects.enter` accepts them. */
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mkdocsBox: 'mkdocsBox';
    mkdocsBoxHeader: 'mkdocsBoxHeader';
    mkdocsBoxMarker: 'mkdocsBoxMarker';
    mkdocsBoxWhitespace: 'mkdocsBoxWhitespace';
    mkdocsBoxClasses: 'mkdocsBoxClasses';
    mkdocsBoxTitle: 'mkdocsBoxTitle';
    mkdocsBoxTitleMarker: 'mkdocsBoxTitleMarker';
    mkdocsBoxTitleString: 'mkdocsBoxTitleString';
  }

}

export {};
