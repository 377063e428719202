/**
 * CSS from a lesson (a `<style>` element or a `style` attribute) is kept, as
 * MkDocs keeps it, but it must never make the browser load a script URL.
 * Current browsers run no `javascript:` from CSS, but old engines did
 * (`url(javascript:…)`, IE's `expression()` and `behavior`, Firefox's
 * `-moz-binding`), and CSS escapes hide the words from a plain search:
 * `\6a avascript:` is `javascript:` to a CSS parser. So the text is read the
 * way a CSS tokenizer reads it (comments removed, escapes decoded) before
 * looking.
 */

/** CSS text with comments removed and escapes decoded, as a CSS tokenizer sees its identifiers and URLs. */
export function decodeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\r\n|([\s\S]))/g, (_, hex: string | undefined, char: string | undefined) => {
      if (hex !== undefined) {
        const code = Number.parseInt(hex, 16);
        return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
      }
      // A backslash before a newline is a line continuation inside strings: nothing.
      return char === undefined || char === '\n' || char === '\r' || char === '\f' ? '' : char;
    });
}

const SCRIPT_IN_CSS = /(?:java|vb|live)script:|expression\(|-moz-binding|behaviou?r:/i;

/** Why this CSS is unsafe (a sentence fragment), or undefined. */
export function unsafeCss(css: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = decodeCss(css).replace(/[\u0000-\u0020\u007f]/g, '');
  const match = SCRIPT_IN_CSS.exec(squeezed);
  return match ? `CSS that loads script (\`${match[0].toLowerCase()}\`)` : undefined;
}
