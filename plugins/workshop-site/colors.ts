/**
 * Colour arithmetic for the workshop's palette: WCAG contrast, a colour moved
 * just far enough in lightness to reach a contrast ratio, and Infima's seven
 * primary shades (the same rule as Docusaurus's colour generator: darken and
 * lighten by 10, 15 and 30 % of the lightness). Pure, no dependency.
 */

export interface Hsl {
  h: number;
  s: number;
  l: number;
}

/** `#rgb`, `#rrggbb` (an alpha part is ignored) → [r, g, b] in 0–255; undefined for anything else. */
export function parseHex(hex: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim());
  if (!match) return undefined;
  let digits = match[1];
  if (digits.length <= 4) digits = [...digits.slice(0, 3)].map((digit) => digit + digit).join('');
  return [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
}

export function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((part) => Math.round(Math.min(255, Math.max(0, part))).toString(16).padStart(2, '0')).join('')}`;
}

export function rgbToHsl([r, g, b]: readonly number[]): Hsl {
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const max = Math.max(rr, gg, bb);
  const min = Math.min(rr, gg, bb);
  const l = (max + min) / 2;
  if (max === min) return {h: 0, s: 0, l};
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rr ? (gg - bb) / d + (gg < bb ? 6 : 0) : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
  return {h: h * 60, s, l};
}

export function hslToRgb({h, s, l}: Hsl): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** WCAG 2 relative luminance. */
export function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((part) => {
    const c = part / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [la, lb] = [a, b].map((hex) => luminance(parseHex(hex) ?? [0, 0, 0]));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * `color` itself when it reaches `ratio` against `background`; otherwise the
 * same hue and saturation, darker (on a light background) or lighter (on a
 * dark one), by the smallest lightness step that does.
 */
export function withContrast(color: string, background: string, ratio: number): string {
  const rgb = parseHex(color);
  if (!rgb || contrast(color, background) >= ratio) return color.toLowerCase();
  const hsl = rgbToHsl(rgb);
  const darker = luminance(parseHex(background) ?? [255, 255, 255]) > 0.18;
  for (let step = 1; step <= 100; step += 1) {
    const l = darker ? hsl.l * (1 - step / 100) : hsl.l + (1 - hsl.l) * (step / 100);
    const candidate = toHex(hslToRgb({...hsl, l}));
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return darker ? '#000000' : '#ffffff';
}

/** Infima's primary shades of one colour, by name (`--ifm-color-primary-<name>`). */
export function infimaShades(primary: string): Record<string, string> {
  const rgb = parseHex(primary);
  if (!rgb) return {primary};
  const hsl = rgbToHsl(rgb);
  const shade = (factor: number) => toHex(hslToRgb({...hsl, l: Math.min(1, Math.max(0, hsl.l * (1 + factor)))}));
  return {
    primary: toHex(rgb),
    'primary-dark': shade(-0.1),
    'primary-darker': shade(-0.15),
    'primary-darkest': shade(-0.3),
    'primary-light': shade(0.1),
    'primary-lighter': shade(0.15),
    'primary-lightest': shade(0.3),
  };
}
