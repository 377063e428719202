/**
 * What an `extra_css` file tells about the site to build: custom admonition
 * types (Material's recipe: `--md-admonition-icon--<type>` and
 * `.md-typeset .admonition.<type>` or `details.<type>`; the colour its border's,
 * `border-color` or `border-left-color`, a `var(--x)` resolved against the
 * file's custom properties for the whole page; the icon a `data:` URL or an SVG
 * file of the docs folder, or another type's, given by the variable or by the
 * `mask-image` of the title's `::before`). Its brand colours are read by
 * site-settings.ts. Pure: text in (files through a reader), findings out.
 */
import postcss from 'postcss';
import {optimize} from 'svgo';
import type {XastElement, XastRoot} from 'svgo/lib/types';
import {materialCanonicalType} from '../../plugins/remark-mkdocs/lib/boxes/types';
import {MATERIAL_BOX_THEMES} from '../../src/admonitions/box-types';
import {finding, type Finding} from './report';
import {isSvg} from './svg-scripts';

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
 * Where the stylesheet's relative `url(…)`s lead: MkDocs serves the docs folder at the site's root (`site_url`'s
 * path), the stylesheet at its path there, and a browser resolves a URL against the stylesheet's own.
 */
export interface StylesheetFiles {
  /** The stylesheet's docs-relative path. */
  cssPath: string;
  /** `site_url`'s path (`/repo/`): the docs folder's URL. `/` when the config has none. */
  sitePath?: string;
  /** A docs-relative file's content; undefined when the docs folder (or theme.custom_dir, served beside it) has none. */
  read(file: string): Buffer | undefined;
  /** A docs-relative path as the report shows it (`docs/assets/x.svg`). */
  shown(file: string): string;
}

/**
 * The docs-relative file a stylesheet's URL names, resolved by the WHATWG URL parser as a browser resolves it (dot
 * segments, `..` stopping at the root, percent-escapes, no query or fragment); an absolute path counts from the site's
 * root. A path outside `site_url`'s (`/assets/x.svg` in a site at `/repo/`, which worked where the author previewed the
 * site at the host's root) counts from the docs folder too: the icon the author saw. Undefined for a URL of another
 * site or scheme.
 */
export function docsFileOfUrl(url: string, cssPath: string, sitePath = '/'): string | undefined {
  const root = new URL(sitePath.endsWith('/') ? sitePath : `${sitePath}/`, 'http://site.invalid');
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(cssPath.split('/').map(encodeURIComponent).join('/'), root));
  } catch {
    return undefined;
  }
  if (resolved.origin !== root.origin) return undefined;
  const inSite = resolved.pathname.startsWith(root.pathname) ? resolved.pathname.slice(root.pathname.length) : resolved.pathname.slice(1);
  try {
    return decodeURIComponent(inSite);
  } catch {
    return undefined;
  }
}

/** Elements an icon may hold that draw nothing: their content is left out. */
const NOT_DRAWN = new Set(['title', 'desc', 'metadata', 'style']);

/**
 * The shapes of an SVG as the theme can draw them: filled `<path>`s in a viewBox, in `<svg>` and `<g>` (an allow-list;
 * text, metadata, styles, empty `<defs>` and editors' namespaced elements are left out). Otherwise why not: another
 * shape (`<circle>`, `<use>`), a transform, or paths drawn as strokes (`fill="none"`, Feather- or Lucide-style icons),
 * which the theme's filled icons would draw as blobs.
 */
function svgShapes(svg: string): {paths: string[]; viewBox: [number, number, number, number]} | {problem: string} {
  let root: XastRoot | undefined;
  try {
    optimize(svg, {
      plugins: [
        {
          name: 'readShapes',
          fn: (ast) => {
            root = ast;
            return null;
          },
        },
      ],
    });
  } catch {
    return {problem: 'not an SVG image svgo can read'};
  }
  const top = root?.children.find((child): child is XastElement => child.type === 'element');
  if (top?.name !== 'svg') return {problem: 'not an SVG image'};
  const viewBox = (top.attributes.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  if (viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n)) || !(viewBox[2]! > 0 && viewBox[3]! > 0)) return {problem: 'an SVG without a viewBox'};
  const paths: string[] = [];
  const others = new Set<string>();
  let transformed = false;
  let stroked = false;
  const drawnNothing = (element: XastElement): boolean =>
    NOT_DRAWN.has(element.name) || element.name.includes(':') || (element.name === 'defs' && element.children.every((child) => child.type !== 'element' || drawnNothing(child)));
  const walk = (element: XastElement) => {
    if ('transform' in element.attributes) transformed = true;
    if (element.attributes.fill?.trim() === 'none') stroked = true;
    for (const child of element.children) {
      if (child.type !== 'element' || drawnNothing(child)) continue;
      if (child.name === 'path') {
        if ('transform' in child.attributes) transformed = true;
        if (child.attributes.fill?.trim() === 'none') stroked = true;
        if (child.attributes.d?.trim()) paths.push(child.attributes.d.trim());
      } else if (child.name === 'g') walk(child);
      else others.add(`<${child.name}>`);
    }
  };
  walk(top);
  if (others.size > 0) return {problem: `an SVG with ${[...others].join(', ')}: the theme draws only <path> shapes`};
  if (transformed) return {problem: 'an SVG with a transform: the theme draws only untransformed <path> shapes'};
  if (stroked) return {problem: 'an SVG drawn with strokes (fill="none"): the theme fills its icons\' paths'};
  if (paths.length === 0) return {problem: 'an SVG without a <path>'};
  return {paths, viewBox: viewBox as [number, number, number, number]};
}

/**
 * An SVG image as path data for the theme's 24×24 box icons: a 24×24 SVG's one path as it is (Material's own icons
 * have this shape); an SVG of paths in another viewBox (Font Awesome's `0 0 512 512` or `0 0 576 512`, as in
 * Material's own custom-admonition recipe, or an icon file's `0 0 32 32`) scaled into 24×24 and centred, its paths
 * joined (svgo applies the transform to the path data). Otherwise why the theme could not draw it the same way.
 */
function svgIconPath(svg: string): {icon: string} | {problem: string} {
  const shapes = svgShapes(svg);
  if ('problem' in shapes) return shapes;
  const {paths, viewBox} = shapes;
  const [minX, minY, width, height] = viewBox;
  if (minX === 0 && minY === 0 && width === 24 && height === 24 && paths.length === 1) return {icon: paths[0]!};
  const scaled = scaledIconPath(paths, minX, minY, width, height);
  return scaled === undefined ? {problem: 'an SVG whose paths svgo could not scale into 24×24'} : {icon: scaled};
}

/** The SVG text of a `data:` URL (`;base64` or percent-encoded, or written out as Material's recipe does), or why none. */
function dataUrlSvg(url: string): {svg: string} | {problem: string} {
  const comma = url.indexOf(',');
  if (comma < 0) return {problem: 'a data: URL without data'};
  const [mediaType = '', ...parameters] = url.slice('data:'.length, comma).split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'image/svg+xml') return {problem: `a data: URL of ${mediaType || 'text/plain'}, not an SVG image`};
  const data = url.slice(comma + 1);
  try {
    if (parameters.includes('base64')) return {svg: Buffer.from(decodeURIComponent(data), 'base64').toString('utf8')};
    // Written out (`<svg …>`) it may hold a bare `%` (`width="100%"`), which is no escape: decoded only when escaped.
    return {svg: /%3c/i.test(data) ? decodeURIComponent(data) : data};
  } catch {
    return {problem: 'a data: URL that is not percent-encoded correctly'};
  }
}

/** The URL of `--md-admonition-icon--<type>: url(…)`. A regular expression: the declaration's shape is fixed by Material's recipe. */
function iconUrl(css: string, type: string): string | undefined {
  const declaration = new RegExp(`--md-admonition-icon--${type}\\s*:\\s*url\\(\\s*(?:(['"])([\\s\\S]*?)\\1|([^)'"\\s]*))\\s*\\)`).exec(css);
  return declaration ? (declaration[2] ?? declaration[3]) : undefined;
}

/**
 * The icon of `--md-admonition-icon--<type>` (see {@link svgIconPath}) from its `data:` URL, or from the SVG file of
 * the docs folder its URL names; or what the report says instead.
 */
function iconOf(css: string, type: string, files: StylesheetFiles | undefined, seen: ReadonlySet<string> = new Set()): {icon: string; file?: string} | {problem: string} {
  // `--md-admonition-icon--coffee: var(--md-admonition-icon--note)`: another type's icon, Material's or the file's own;
  // or, without the variable, the mask of the box's title icon (`.coffee > summary::before { mask-image: … }`).
  const mask = iconUrl(css, type) === undefined ? titleIconMask(css, type) : undefined;
  const reused = (
    new RegExp(`--md-admonition-icon--${type}\\s*:\\s*var\\(\\s*--md-admonition-icon--([\\w-]+)\\s*[,)]`).exec(css)?.[1] ??
    (mask === undefined ? undefined : /^var\(\s*--md-admonition-icon--([\w-]+)\s*[,)]/.exec(mask)?.[1])
  )?.toLowerCase();
  if (reused !== undefined) {
    const material = materialCanonicalType(reused);
    if (material !== undefined) return {icon: MATERIAL_BOX_THEMES[material as keyof typeof MATERIAL_BOX_THEMES].icon, file: `Material's ${material} icon`};
    if (seen.has(reused) || reused === type) return {problem: `its icon var(--md-admonition-icon--${reused}): a cycle`};
    return iconOf(css, reused, files, new Set([...seen, type]));
  }
  const maskUrl = mask === undefined ? undefined : /^url\(\s*(?:(['"])([\s\S]*?)\1|([^)'"\s]*))\s*\)$/.exec(mask);
  const url = iconUrl(css, type) ?? (maskUrl ? (maskUrl[2] ?? maskUrl[3]) : undefined);
  if (url === undefined) return {problem: `no icon (--md-admonition-icon--${type}: url(…), or a mask-image of its title's ::before)`};
  if (/^data:/i.test(url)) {
    const data = dataUrlSvg(url);
    const read = 'svg' in data ? svgIconPath(data.svg) : data;
    return 'icon' in read ? read : {problem: `its icon, ${read.problem}`};
  }
  const file = docsFileOfUrl(url, files?.cssPath ?? '', files?.sitePath);
  if (file === undefined) return {problem: `its icon ${url}: not a file of the site (MkDocs' pages load it from elsewhere), not read`};
  const shown = files ? files.shown(file) : file;
  const content = files?.read(file);
  if (content === undefined) return {problem: `its icon ${url}: ${shown} is not in the docs folder`};
  if (!isSvg(file)) return {problem: `its icon ${url}: ${shown} is not an SVG image`};
  const read = svgIconPath(content.toString('utf8'));
  return 'icon' in read ? {icon: read.icon, file: shown} : {problem: `its icon ${shown}, ${read.problem}`};
}

/**
 * The `mask-image` (or `-webkit-mask-image`) of a box type's title icon, as a workshop may give it without Material's
 * variable: `.md-typeset .exercise > summary::before { mask-image: var(--md-admonition-icon--question) }`, or
 * `.admonition-title::before`. The value as written, or undefined.
 */
function titleIconMask(css: string, type: string): string | undefined {
  const rule = new RegExp(`\\.${type}\\s*>\\s*(?:summary|\\.admonition-title)::?before\\b[^{]*\\{([^}]*)\\}`).exec(css);
  return rule ? /(?:^|[;\s])(?:-webkit-)?mask-image\s*:\s*([^;}]+)/.exec(rule[1]!)?.[1]?.trim() : undefined;
}

/**
 * The workshop's own custom properties for the whole page (`:root`, `html`, `body`, Material's light scheme), by
 * name, as written: where a box type's colour given as `var(--c-case)` is read.
 */
function pageVariables(css: string): Map<string, string> {
  const variables = new Map<string, string>();
  let root: postcss.Root;
  try {
    root = postcss.parse(css, {from: undefined});
  } catch {
    return variables;
  }
  root.walkRules((rule) => {
    if (rule.parent?.type !== 'root') return;
    const page = rule.selectors.every((selector) => /^(?::root|html|body|\[data-md-color-scheme=(["']?)default\1\])$/i.test(selector.trim()));
    if (!page) return;
    rule.walkDecls((declaration) => {
      if (declaration.prop.startsWith('--')) variables.set(declaration.prop, declaration.value.trim());
    });
  });
  return variables;
}

/** A value's `var(--x)` (or `var(--x, fallback)`) resolved against `variables`; undefined when it cannot be. */
function resolveVariables(value: string, variables: ReadonlyMap<string, string>, depth = 0): string | undefined {
  const reference = /^var\(\s*(--[\w-]+)\s*(?:,\s*([^]*))?\)$/.exec(value.trim());
  if (!reference) return value.trim();
  if (depth > 10) return undefined;
  const declared = variables.get(reference[1]!);
  if (declared !== undefined) return resolveVariables(declared, variables, depth + 1);
  return reference[2] === undefined ? undefined : resolveVariables(reference[2], variables, depth + 1);
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

/** `files`: the docs folder, where an icon given as a file's URL is read; without it, such an icon is not found. */
export function cssFindings(file: string, css: string, declaredTypes: Readonly<Record<string, unknown>>, files?: StylesheetFiles): CssResult {
  const findings: Finding[] = [];
  const carried: Record<string, CssBoxType> = {};
  const types = new Map<string, number>();
  const variables = pageVariables(css);
  for (const match of css.matchAll(/--md-admonition-icon--([\w-]+)|\.admonition\.([\w-]+)|details\.([\w-]+)/g)) {
    const type = (match[1] ?? match[2] ?? match[3]).toLowerCase();
    if (!types.has(type)) types.set(type, match.index ?? 0);
  }
  for (const [type, index] of types) {
    if (materialCanonicalType(type) !== undefined || type in declaredTypes) continue;
    // Its box's border colour (`border-color`, or `border-left-color` as the box's edge), the last rule's.
    let border: string | undefined;
    for (const rule of css.matchAll(new RegExp(`(?:\\.admonition|details)\\.${type}\\b[^{]*\\{([^}]*)\\}`, 'g'))) {
      border = /(?:^|[;\s])border-(?:left-)?color\s*:\s*([^;}]+)/.exec(rule[1]!)?.[1]!.trim() ?? border;
    }
    // `var(--c-case)`: the workshop's own colour, declared for the whole page.
    const resolved = border === undefined ? undefined : resolveVariables(border, variables);
    // The site tints the box from one colour: a border drawn nearly transparent (`rgb(255,215,0,0.1)` beside a solid
    // gold title bar) gives its hue, opaque.
    const color = resolved === undefined ? undefined : opaque(resolved);
    const read = iconOf(css, type, files);
    const icon = 'icon' in read ? read.icon : undefined;
    carried[type] = {label: label(type), ...(color ? {color} : {}), ...(icon ? {icon} : {})};
    const parts = [
      `label '${label(type)}'`,
      color
        ? `colour ${color}${color !== border ? ` (its border's ${border}${color !== resolved ? ', opaque' : ''})` : ''}`
        : border !== undefined
          ? `its border's ${border} declared nowhere for the whole page: no colour (neutral grey)`
          : 'no colour found (neutral grey)',
      'icon' in read ? `its icon${read.file ? ` (${read.file})` : ''}` : `${read.problem}: the neutral icon`,
    ];
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
