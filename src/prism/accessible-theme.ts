import type {PrismTheme} from 'prism-react-renderer';

type Rgb = readonly [number, number, number];

/**
 * A copy of `theme` whose token colours all reach `minRatio` contrast against
 * its background (WCAG AA for text is 4.5). Stock themes miss it (github's
 * numbers are 2.6:1, dracula's comments 3.0:1) and axe fails the page. Colours
 * keep their hue: each failing one is mixed toward black on a light
 * background, toward white on a dark one, just far enough. Opacity styles
 * are dropped for the same reason (they fade text below the ratio).
 */
export function withMinimumContrast(theme: PrismTheme, minRatio: number): PrismTheme {
  const background = parseColour(theme.plain.backgroundColor);
  if (!background) {
    throw new TypeError('withMinimumContrast: the theme needs a hex or rgb() plain.backgroundColor');
  }
  const target: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const fix = (colour: string | undefined): string | undefined => {
    const rgb = colour === undefined ? undefined : parseColour(colour);
    if (!rgb) return colour;
    for (let step = 0; step <= 20; step += 1) {
      const mixed = mix(rgb, target, step / 20);
      if (contrast(mixed, background) >= minRatio) return toHex(mixed);
    }
    return toHex(target);
  };
  return {
    plain: {...theme.plain, color: fix(theme.plain.color)},
    styles: theme.styles.map(({types, languages, style}) => {
      const {opacity: _dropped, ...rest} = style;
      return {types, languages, style: {...rest, ...(rest.color === undefined ? {} : {color: fix(rest.color)})}};
    }),
  };
}

function parseColour(value: string | undefined): Rgb | undefined {
  if (value === undefined) return undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(value.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((v, i) => Math.round(v + (to[i] - v) * amount)) as unknown as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
