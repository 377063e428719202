import postcss from 'postcss';
import {describe, expect, it} from 'vitest';
import {boxTypeCss, iconUrl} from '../../src/admonitions/box-type-css';
import {BOX_LABELS, BOX_THEMES, NEUTRAL_BOX_THEME} from '../../src/admonitions/box-types';
import {customTypes} from '../../src/admonitions/custom-types';

/** Declarations of the sheet by selector, as a CSS parser reads them. */
function rules(css: string): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  postcss.parse(css).walkRules((rule) => {
    const declarations = found.get(rule.selector) ?? {};
    rule.walkDecls((declaration) => {
      declarations[declaration.prop] = declaration.value;
    });
    found.set(rule.selector, declarations);
  });
  return found;
}

/** The SVG document of a `url("data:image/svg+xml,…")`, as a browser decodes it. */
function svgOf(url: string): string {
  const match = /^url\("data:image\/svg\+xml,(.*)"\)$/su.exec(url);
  expect(match, url).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

describe("the box types' style sheet", () => {
  const sheet = rules(boxTypeCss(BOX_THEMES, customTypes, NEUTRAL_BOX_THEME));

  it("gives every type the theme draws its own icon, as a 24×24 SVG of the type's path", () => {
    for (const [type, theme] of Object.entries(BOX_THEMES)) {
      const icon = sheet.get(`.lsr-admonition.theme-admonition-${type}`)?.['--lsr-box-icon'];
      expect(icon, type).toBeDefined();
      expect(svgOf(icon!)).toBe(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='${theme.icon}'/></svg>`);
    }
  });

  it("draws a box of no known type with the neutral icon (Material's base style carries the note icon)", () => {
    expect(svgOf(sheet.get('.lsr-admonition')!['--lsr-box-icon']!)).toContain(`d='${NEUTRAL_BOX_THEME.icon}'`);
  });

  it('gives each custom type its accent colour, grey without one', () => {
    const css = rules(boxTypeCss({}, {lab: {label: 'Lab', color: '#3f51b5'}, plain: {label: 'Plain'}}, NEUTRAL_BOX_THEME));
    expect(css.get('.lsr-admonition.theme-admonition-lab')).toEqual({'--lsr-admonition-color': '#3f51b5'});
    expect(css.get('.lsr-admonition.theme-admonition-plain')).toEqual({'--lsr-admonition-color': '#757575'});
  });

  it("hands remark-mkdocs the labels only: no page carries an icon's path", () => {
    for (const [type, theme] of Object.entries(BOX_THEMES)) expect(BOX_LABELS[type], type).toEqual({label: theme.label});
  });
});

describe('iconUrl', () => {
  it('keeps a path as it is, spaces and commas included', () => {
    expect(iconUrl('M1,2 3 4Z')).toBe(`url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M1,2 3 4Z'/%3E%3C/svg%3E")`);
  });

  it("cannot end the attribute, the string, the declaration or the rule, whatever an imported workshop's path holds", () => {
    const hostile = `M1"'\\)}; color: red; } body { x: url(\n<script>%#é&`;
    const url = iconUrl(hostile);
    // One declaration in one rule, whose value is the whole URL.
    const css = rules(`.box{--lsr-box-icon:${url}}`);
    expect([...css.keys()]).toEqual(['.box']);
    expect(css.get('.box')).toEqual({'--lsr-box-icon': url});
    // Decoded, the path is one attribute of one element, its text intact.
    const svg = svgOf(url);
    expect(svg.match(/<path d='([^']*)'\/>/)?.[1]).toBe(hostile.replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`));
    expect(svg).not.toContain('<script');
  });
});
