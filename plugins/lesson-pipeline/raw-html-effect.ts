/**
 * What a raw HTML string leaves behind in parse5 when hast-util-raw feeds it
 * to the page's parser, told conservatively from the string alone (see
 * `./raw-stitch.ts`, which needs to know whether a `<template>` placeholder
 * after or around it is parsed as hast-util-raw's stitch would be).
 *
 * The string is read as a sequence of text, complete comments, and start and
 * end tags of a strict shape (attributes separated by HTML whitespace, quoted
 * or plain values): anything else (`<!DOCTYPE`, `<?`, a tag cut off, an
 * unclosed comment, `--!>`) is not understood, and not understood is unsafe.
 */

/** HTML whitespace as the tokenizer knows it (not `\s`: U+00A0 is part of a tag name there). */
const WS = '[\\t\\n\\f\\r ]';
const ATTRIBUTE = `${WS}+[^\\t\\n\\f\\r "'>/=]+(?:${WS}*=${WS}*(?:"[^"]*"|'[^']*'|[^\\t\\n\\f\\r "'=<>\`]+))?`;
const TOKEN = new RegExp(
  [
    '(?<text>[^<]+|<(?![A-Za-z!/?]))',
    '(?<comment><!--(?!-?>)(?<commentBody>[\\s\\S]*?)-->)',
    `(?<start><(?<startName>[A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*${WS}*/?>)`,
    `(?<end></(?<endName>[A-Za-z][A-Za-z0-9-]*)${WS}*>)`,
  ].join('|'),
  'y',
);

/**
 * Elements whose start tag changes more than the stack of open elements: the
 * tokenizer's state (raw text, RCDATA, plaintext), the insertion mode (tables,
 * select, frameset, template, foreign content), the form pointer, markers in
 * the list of active formatting elements, a newline skipped after the tag.
 */
const UNSAFE_ELEMENTS = new Set([
  'textarea', 'title', 'script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext',
  'svg', 'math', 'select', 'option', 'optgroup', 'datalist', 'table', 'caption', 'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
  'template', 'form', 'frameset', 'frame', 'html', 'head', 'body', 'pre', 'listing', 'applet', 'marquee', 'object', 'image', 'isindex', 'keygen',
]);

/** Elements parse5 never leaves open (in body). */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A raw text element the string may hold whole, start tag, text, end tag (the corpus embeds videos so). */
const WHOLE_RAW_TEXT = new Set(['iframe']);

export interface RawHtmlEffect {
  /** The tokenizer ends in the data state, the parser in the insertion mode it was in; only elements were opened or closed. */
  benign: boolean;
  /** Benign, and every element it opens it closes, innermost first: nothing it opens is left open after it. */
  selfContained: boolean;
}

const UNSAFE: RawHtmlEffect = {benign: false, selfContained: false};

export function rawHtmlEffect(value: string): RawHtmlEffect {
  const open: string[] = [];
  let balanced = true;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < value.length) {
    const match = TOKEN.exec(value);
    const groups = match?.groups;
    if (!groups) return UNSAFE;
    if (groups.comment !== undefined) {
      // `--!>` ends a comment early too: what follows would be read as markup.
      if (groups.commentBody.includes('--!>')) return UNSAFE;
    } else if (groups.startName !== undefined) {
      const name = groups.startName.toLowerCase();
      if (WHOLE_RAW_TEXT.has(name)) {
        // Its text runs to the first `</name`, which must close it.
        const close = new RegExp(`</${name}${WS}*>`, 'iy');
        const at = value.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
        close.lastIndex = at;
        if (at < 0 || !close.test(value)) return UNSAFE;
        TOKEN.lastIndex = close.lastIndex;
      } else if (UNSAFE_ELEMENTS.has(name)) {
        return UNSAFE;
      } else if (!VOID_ELEMENTS.has(name)) {
        // `<div/>` opens a div: the slash means nothing on an HTML element.
        open.push(name);
      }
    } else if (groups.endName !== undefined) {
      const name = groups.endName.toLowerCase();
      // `</br>` is a `<br>`, `</p>` without a `<p>` makes one: unsafe, and so is what an end tag closes elsewhere.
      if (UNSAFE_ELEMENTS.has(name) || VOID_ELEMENTS.has(name)) return UNSAFE;
      if (open.at(-1) === name) open.pop();
      else balanced = false;
    }
  }
  return {benign: true, selfContained: balanced && open.length === 0};
}
