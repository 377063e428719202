import type {BoxTypeSpec} from './custom-types';

/**
 * CSS giving each custom type its accent, in the same form custom.css uses
 * for Material's types. Generated so the colour is written once, in
 * custom-types.ts. Types without a colour keep the neutral grey.
 */
export function customTypeCss(types: Readonly<Record<string, BoxTypeSpec>>): string {
  return Object.entries(types)
    .map(([name, spec]) => [name, spec.color ?? '#757575'] as const)
    // Two classes: the tag sits in <head> before the site's style sheet, so
    // it must outrank custom.css's one-class rules rather than follow them.
    .map(([name, color]) => `.lsr-admonition.theme-admonition-${cssIdent(name)}{--lsr-admonition-color:${cssValue(color)}}`)
    .join('\n');
}

// Type names are validated by the remark plugin; escape anyway so a bad
// entry breaks one rule, never the whole style sheet or the page.
function cssIdent(name: string): string {
  return name.replace(/[^\p{L}\p{N}_-]/gu, (char) => `\\${char.codePointAt(0)?.toString(16)} `);
}

function cssValue(value: string): string {
  return value.replace(/[;{}<>]/g, '');
}
