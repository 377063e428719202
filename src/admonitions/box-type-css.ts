import type {BoxTheme} from './box-types';
import type {BoxTypeSpec} from './custom-types';

/**
 * The site's box-type style sheet: each custom type's accent, in the same form
 * custom.css uses for Material's types (so the colour is written once, in
 * custom-types.ts; types without a colour keep the neutral grey), and every
 * type's icon as `--lsr-box-icon`, which custom.css draws as a mask in the
 * accent colour. One rule per type in a style sheet the browser caches, where
 * an inline SVG in every box of every page cost the page's HTML and its
 * JavaScript (the path data, 300 bytes a box, twice). `.lsr-admonition` alone
 * carries the neutral icon, as Material's base style carries the note icon.
 */
export function boxTypeCss(themes: Readonly<Record<string, BoxTheme>>, types: Readonly<Record<string, BoxTypeSpec>>, neutral: BoxTheme): string {
  // Two classes: they must outrank custom.css's one-class rules wherever the bundler puts this sheet.
  const colours = Object.entries(types).map(
    ([name, spec]) => `.lsr-admonition.theme-admonition-${cssIdent(name)}{--lsr-admonition-color:${cssValue(spec.color ?? '#757575')}}`,
  );
  const icons = Object.entries(themes).map(([name, theme]) => `.lsr-admonition.theme-admonition-${cssIdent(name)}{--lsr-box-icon:${iconUrl(theme.icon)}}`);
  return [`.lsr-admonition{--lsr-box-icon:${iconUrl(neutral.icon)}}`, ...colours, ...icons].join('\n') + '\n';
}

/**
 * A 24×24 icon's path data as a CSS `url()` of an SVG document. The path comes
 * from the site's own types or an imported workshop's extra_css: escaped for
 * XML, then what could end the string or the rule, or mean something in a URL
 * (`"`, `\\`, `%`, `#`, `<`, `>`, line breaks, anything not printable ASCII),
 * percent-encoded; spaces and commas stay, as in the site's other icons.
 */
export function iconUrl(pathData: string): string {
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='${escapeXml(pathData)}'/></svg>`;
  return `url("data:image/svg+xml,${svg.replace(/[^ -~]|["\\%#<>]/gu, (char) => encodeURIComponent(char))}")`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`);
}

// Type names are validated by the remark plugin; escape anyway so a bad
// entry breaks one rule, never the whole style sheet or the page.
function cssIdent(name: string): string {
  return name.replace(/[^\p{L}\p{N}_-]/gu, (char) => `\\${char.codePointAt(0)?.toString(16)} `);
}

function cssValue(value: string): string {
  return value.replace(/[;{}<>]/g, '');
}
