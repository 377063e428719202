/**
 * What an `extra_css` file tells about the site to build: custom admonition
 * types (Material's recipe: `--md-admonition-icon--<type>` and
 * `.md-typeset .admonition.<type>`). Its brand colours are read by
 * site-settings.ts. Pure: text in, findings out.
 */
import {optimize} from 'svgo';
import {materialCanonicalType} from '../../plugins/remark-mkdocs/lib/boxes/types';
import {finding, type Finding} from './report';

/** Where the import writes the box types it carries over; `src/admonitions/custom-types.ts` merges them. */
export const IMPORTED_TYPES_FILE = 'src/admonitions/imported-types.json';

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** `reminder` → `Reminder`, `to-do` → `To do`. */
function label(type: string): string {
  const words = type.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A custom box type read from Material's recipe, in the shape of the site's `customTypes`. */
export interface CssBoxType {
  label: string;
  color?: string;
  icon?: string;
}

/**
 * The icon of `--md-admonition-icon--<type>: url('data:image/svg+xml,…')` as
 * path data for the theme's 24×24 box icons: a 24×24 SVG's one path as it
 * is (Material's own icons have this shape); an SVG of paths in another
 * viewBox (Font Awesome's `0 0 512 512` or `0 0 576 512`, as in Material's
 * own custom-admonition recipe) scaled into 24×24 and centred, its paths
 * joined (svgo applies the transform to the path data). Undefined for
 * anything else (circles, groups, `<use>`), which the theme could not draw
 * the same way.
 */
function iconPath(css: string, type: string): string | undefined {
  const declaration = new RegExp(`--md-admonition-icon--${type}\\s*:\\s*url\\((['"]?)data:image/svg\\+xml[^,]*,([\\s\\S]*?)\\1\\)`).exec(css);
  if (!declaration) return undefined;
  let svg = declaration[2];
  try {
    if (/%3c/i.test(svg)) svg = decodeURIComponent(svg);
  } catch {
    return undefined;
  }
  const paths = [...svg.matchAll(/<path\b[^>]*\sd=(["'])([^"']+)\1/g)].map((match) => match[2]);
  const viewBox = /viewBox=["']\s*(-?[\d.]+)[\s,]+(-?[\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/.exec(svg)?.slice(1).map(Number);
  if (paths.length === 0 || !viewBox || /<(?:circle|ellipse|rect|line|polyline|polygon|use|image|text)\b|\stransform=/.test(svg)) return undefined;
  const [minX, minY, width, height] = viewBox as [number, number, number, number];
  if (minX === 0 && minY === 0 && width === 24 && height === 24 && paths.length === 1) return paths[0];
  return scaledIconPath(paths, minX, minY, width, height);
}

/** Paths drawn in the viewBox `minX minY width height`, as one path in 24×24, centred, the aspect kept. */
function scaledIconPath(paths: readonly string[], minX: number, minY: number, width: number, height: number): string | undefined {
  if (!(width > 0 && height > 0)) return undefined;
  const scale = 24 / Math.max(width, height);
  const x = (24 - width * scale) / 2 - minX * scale;
  const y = (24 - height * scale) / 2 - minY * scale;
  const transform = `translate(${x} ${y}) scale(${scale})`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${paths.map((d) => `<path transform="${transform}" d="${d.replace(/"/g, '')}"/>`).join('')}</svg>`;
  let optimized: string;
  try {
    optimized = optimize(svg, {plugins: [{name: 'convertPathData', params: {applyTransforms: true, applyTransformsStroked: true, floatPrecision: 3}}], js2svg: {pretty: false}}).data;
  } catch {
    return undefined;
  }
  const scaled = [...optimized.matchAll(/<path\b[^>]*\sd="([^"]+)"/g)].map((match) => match[1]);
  if (scaled.length !== paths.length || /transform=/.test(optimized)) return undefined;
  return scaled.map(absoluteStart).join('');
}

const NUMBER = /[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?/g;

/**
 * A path whose first move is written `M`: SVG reads a leading `m` as absolute, but after another path it would be
 * relative to where that one ended. The pairs after the first of a leading `m` are relative lines (`l`).
 */
function absoluteStart(d: string): string {
  const leading = /^m([^a-df-zA-DF-Z]*)/.exec(d);
  if (!leading) return d;
  const numbers = leading[1]!.match(NUMBER) ?? [];
  const rest = d.slice(leading[0].length);
  return `M${numbers.slice(0, 2).join(' ')}${numbers.length > 2 ? `l${numbers.slice(2).join(' ')}` : ''}${rest}`;
}

/** A CSS colour without its alpha (`rgb(255,215,0,0.1)`, `rgba(…)`, `hsla(…)`, `#rrggbbaa`, `#rgba`); others as they are. */
export function opaque(color: string): string {
  const functional = /^(rgb|hsl)a?\(\s*([^,\s/]+)[\s,]+([^,\s/]+)[\s,]+([^,\s/)]+)\s*([,/]\s*[^)]*)?\)$/i.exec(color);
  if (functional?.[5]) return `${functional[1]!.toLowerCase()}(${functional[2]}, ${functional[3]}, ${functional[4]})`;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})[0-9a-f]{1,2}$/i.exec(color);
  return hex && (color.length === 5 || color.length === 9) ? `#${hex[1]}` : color;
}

export interface CssResult {
  findings: Finding[];
  /** Custom box types the file declares and the site does not declare itself: carried over into the site. */
  types: Record<string, CssBoxType>;
}

export function cssFindings(file: string, css: string, declaredTypes: Readonly<Record<string, unknown>>): CssResult {
  const findings: Finding[] = [];
  const carried: Record<string, CssBoxType> = {};
  const types = new Map<string, number>();
  for (const match of css.matchAll(/--md-admonition-icon--([\w-]+)|\.admonition\.([\w-]+)|details\.([\w-]+)/g)) {
    const type = (match[1] ?? match[2] ?? match[3]).toLowerCase();
    if (!types.has(type)) types.set(type, match.index ?? 0);
  }
  for (const [type, index] of types) {
    if (materialCanonicalType(type) !== undefined || type in declaredTypes) continue;
    const rule = new RegExp(`\\.admonition\\.${type}\\b[^{]*\\{([^}]*)\\}`).exec(css);
    const border = rule ? /border-color\s*:\s*([^;}]+)/.exec(rule[1])?.[1].trim() : undefined;
    // The site tints the box from one colour: a border drawn nearly transparent (`rgb(255,215,0,0.1)` beside a solid
    // gold title bar) gives its hue, opaque.
    const color = border === undefined ? undefined : opaque(border);
    const icon = iconPath(css, type);
    carried[type] = {label: label(type), ...(color ? {color} : {}), ...(icon ? {icon} : {})};
    const parts = [`label '${label(type)}'`, color ? `colour ${color}${color !== border ? ` (its border's ${border}, opaque)` : ''}` : 'no colour found (neutral grey)', icon ? 'its icon' : 'no icon the theme can draw (an SVG of paths): the neutral icon'];
    findings.push(
      finding(
        icon && color ? 'info' : 'warning',
        `custom admonition type ${type}: carried over into ${IMPORTED_TYPES_FILE} (${parts.join(', ')}); \`!!! ${type}\` boxes get that style, other rules of this file are not applied`,
        file,
        lineAt(css, index),
      ),
    );
  }
  // --md-primary-fg-color / --md-accent-fg-color are carried into the site's palette (site-settings.ts).
  return {findings, types: carried};
}
