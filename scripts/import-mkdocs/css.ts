/**
 * What an `extra_css` file tells about the site to build: custom admonition
 * types (Material's recipe: `--md-admonition-icon--<type>` and
 * `.md-typeset .admonition.<type>`) and brand colours. Pure: text in, findings out.
 */
import {materialCanonicalType} from '../../plugins/remark-mkdocs/lib/box-types';
import {finding, type Finding} from './report';

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** `reminder` → `Reminder`, `to-do` → `To do`. */
function label(type: string): string {
  const words = type.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function cssFindings(file: string, css: string, declaredTypes: Readonly<Record<string, unknown>>): Finding[] {
  const findings: Finding[] = [];
  const types = new Map<string, number>();
  for (const match of css.matchAll(/--md-admonition-icon--([\w-]+)|\.admonition\.([\w-]+)|details\.([\w-]+)/g)) {
    const type = (match[1] ?? match[2] ?? match[3]).toLowerCase();
    if (!types.has(type)) types.set(type, match.index ?? 0);
  }
  for (const [type, index] of types) {
    if (materialCanonicalType(type) !== undefined || type in declaredTypes) continue;
    const rule = new RegExp(`\\.admonition\\.${type}\\b[^{]*\\{([^}]*)\\}`).exec(css);
    const color = rule ? /border-color\s*:\s*([^;}]+)/.exec(rule[1])?.[1].trim() : undefined;
    const spec = `${type}: {label: '${label(type)}'${color ? `, color: '${color}'` : ''}}`;
    findings.push(
      finding(
        'warning',
        `custom admonition type ${type}: \`!!! ${type}\` boxes render in the neutral style (mkdocs-box-type) until it is declared in src/admonitions/custom-types.ts: ${spec} (icon: an @mdi/js path)`,
        file,
        lineAt(css, index),
      ),
    );
  }
  for (const match of css.matchAll(/--md-(primary|accent)-fg-color\s*:\s*([^;}]+)/g)) {
    findings.push(
      finding(
        'info',
        `Material ${match[1]} colour ${match[2].trim()}: the site's colours are Infima's (${match[1] === 'primary' ? '--ifm-color-primary and its shades' : 'no accent colour; links use the primary'}) in src/css/custom.css`,
        file,
        lineAt(css, match.index ?? 0),
      ),
    );
  }
  return findings;
}
