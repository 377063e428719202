/**
 * What an `extra_css` file tells about the site to build: custom admonition
 * types (Material's recipe: `--md-admonition-icon--<type>` and
 * `.md-typeset .admonition.<type>`). Its brand colours are read by
 * site-settings.ts. Pure: text in, findings out.
 */
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
 * The one `<path d>` of a 24×24 SVG in `--md-admonition-icon--<type>: url('data:image/svg+xml,…')`
 * (Material's own icons have this shape); undefined for anything else, which
 * the theme could not draw the same way.
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
  const paths = [...svg.matchAll(/<path\b[^>]*\sd=(["'])([^"']+)\1/g)];
  if (paths.length !== 1 || !/viewBox=["']0 0 24 24["']/.test(svg)) return undefined;
  return paths[0][2];
}

export interface CssResult {
  findings: Finding[];
  /** Custom box types the file declares and the site does not: carried over into the site. */
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
    const color = rule ? /border-color\s*:\s*([^;}]+)/.exec(rule[1])?.[1].trim() : undefined;
    const icon = iconPath(css, type);
    carried[type] = {label: label(type), ...(color ? {color} : {}), ...(icon ? {icon} : {})};
    const parts = [`label '${label(type)}'`, color ? `colour ${color}` : 'no colour found (neutral grey)', icon ? 'its icon' : 'no icon the theme can draw (a single-path 24×24 SVG): the neutral icon'];
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
