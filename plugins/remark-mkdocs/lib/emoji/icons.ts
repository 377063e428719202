import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

/**
 * Material for MkDocs icon shortcodes → SVG paths, read at build time from
 * npm packages that hold one entry per icon, so a page carries only the icons
 * it uses (inlined), never an icon font or a whole set:
 *
 * | shortcode                          | package (loaded on first use)            |
 * | ---------------------------------- | ---------------------------------------- |
 * | `:material-account-circle:`        | `@mdi/js` (`mdiAccountCircle`)           |
 * | `:octicons-tasklist-16:`           | `@primer/octicons` (`build/data.json`)   |
 * | `:fontawesome-solid-file-pdf:`     | `@fortawesome/free-solid-svg-icons/faFilePdf` (also `regular`, `brands`) |
 * | `:simple-github:`                  | `simple-icons/icons/github.svg`          |
 *
 * Material bundles its own (newer or older) copies of these sets, so a few
 * names can differ; those are reported, not guessed.
 */

export interface IconPath {
  d: string;
  fillRule?: string;
  clipRule?: string;
}

export interface Icon {
  /** `'0 0 24 24'` */
  viewBox: string;
  paths: IconPath[];
}

export type IconLookup =
  | {found: Icon}
  /** The set is known and installed, the name is not in it. */
  | {missing: 'icon'}
  /** The set's package is not installed. */
  | {missing: 'package'; packageName: string};

/** The icon sets Material ships, keyed by the shortcode's first word. */
export const ICON_SET_PREFIXES = ['material', 'octicons', 'fontawesome', 'simple'] as const;

const FONTAWESOME_STYLES = new Set(['solid', 'regular', 'brands']);
const ICON_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const load = createRequire(import.meta.url);

/** Whether the shortcode (without colons) names one of Material's icon sets. */
export function isIconShortcode(name: string): boolean {
  const dash = name.indexOf('-');
  return dash > 0 && (ICON_SET_PREFIXES as readonly string[]).includes(name.slice(0, dash));
}

/**
 * Lookups, by shortcode. A miss costs a failed `require` (file system probes
 * and a thrown error) every time, which made a lesson with many unknown icon
 * shortcodes slow in proportion to their number times the probe cost.
 */
const lookups = new Map<string, IconLookup | undefined>();
/** Bounds the cache over a long build (or a hostile lesson full of made-up names). */
const MAX_LOOKUPS = 10_000;

/** Look an icon shortcode (without colons) up; undefined when it names no icon set. */
export function resolveIcon(name: string): IconLookup | undefined {
  if (!lookups.has(name)) {
    if (lookups.size >= MAX_LOOKUPS) lookups.clear();
    lookups.set(name, lookUpIcon(name));
  }
  return lookups.get(name);
}

function lookUpIcon(name: string): IconLookup | undefined {
  if (!isIconShortcode(name)) return undefined;
  const dash = name.indexOf('-');
  const set = name.slice(0, dash);
  const rest = name.slice(dash + 1);
  if (!ICON_NAME.test(rest)) return {missing: 'icon'};
  switch (set) {
    case 'material':
      return materialIcon(rest);
    case 'octicons':
      return octicon(rest);
    case 'fontawesome':
      return fontAwesomeIcon(rest);
    default:
      return simpleIcon(rest);
  }
}

let mdi: Record<string, unknown> | undefined;

function materialIcon(name: string): IconLookup {
  const loaded = (mdi ??= tryLoad('@mdi/js'));
  if (!loaded) return {missing: 'package', packageName: '@mdi/js'};
  const d = loaded[`mdi${pascalCase(name)}`];
  if (typeof d !== 'string') return {missing: 'icon'};
  return {found: {viewBox: '0 0 24 24', paths: [{d}]}};
}

interface OcticonElement {
  name: string;
  attributes: Record<string, string>;
}

interface OcticonData {
  heights: Record<string, {width: number; ast: {children: OcticonElement[]}}>;
}

let octicons: Record<string, OcticonData> | undefined;

/** `tasklist-16`: name, then the height Material's file name carries. */
function octicon(nameAndHeight: string): IconLookup {
  const loaded = (octicons ??= tryLoad('@primer/octicons/build/data.json'));
  if (!loaded) return {missing: 'package', packageName: '@primer/octicons'};
  const dash = nameAndHeight.lastIndexOf('-');
  const name = nameAndHeight.slice(0, dash);
  const height = nameAndHeight.slice(dash + 1);
  const entry = dash > 0 && Object.hasOwn(loaded, name) ? loaded[name] : undefined;
  const size = entry && Object.hasOwn(entry.heights, height) ? entry.heights[height] : undefined;
  if (!size) return {missing: 'icon'};
  const paths = size.ast.children
    .filter((child) => child.name === 'path' && typeof child.attributes.d === 'string')
    .map(({attributes}) => ({d: attributes.d, fillRule: attributes.fillRule, clipRule: attributes.clipRule}));
  return {found: {viewBox: `0 0 ${size.width} ${height}`, paths}};
}

interface FontAwesomeModule {
  definition?: {icon: [number, number, unknown, unknown, string | string[]]};
}

/** `solid-file-pdf` → `@fortawesome/free-solid-svg-icons/faFilePdf`, one small module per icon. */
function fontAwesomeIcon(styleAndName: string): IconLookup {
  const dash = styleAndName.indexOf('-');
  const style = styleAndName.slice(0, dash);
  const name = styleAndName.slice(dash + 1);
  if (dash < 0 || !FONTAWESOME_STYLES.has(style)) return {missing: 'icon'};
  const packageName = `@fortawesome/free-${style}-svg-icons`;
  if (!tryLoad(`${packageName}/package.json`)) return {missing: 'package', packageName};
  // The package maps `./*` to `./*.js`.
  const module = tryLoad<FontAwesomeModule>(`${packageName}/fa${pascalCase(name)}`);
  const icon = module?.definition?.icon;
  if (!icon) return {missing: 'icon'};
  const [width, height, , , data] = icon;
  // Duotone icons carry two paths; the free sets have one.
  const paths = (Array.isArray(data) ? data : [data]).filter(Boolean).map((d) => ({d}));
  return {found: {viewBox: `0 0 ${width} ${height}`, paths}};
}

function simpleIcon(slug: string): IconLookup {
  let file: string;
  try {
    file = load.resolve(`simple-icons/icons/${slug}.svg`);
  } catch {
    return resolves('simple-icons') ? {missing: 'icon'} : {missing: 'package', packageName: 'simple-icons'};
  }
  const svg = readFileSync(file, 'utf8');
  const d = /<path d="([^"]+)"/.exec(svg)?.[1];
  if (!d) return {missing: 'icon'};
  return {found: {viewBox: '0 0 24 24', paths: [{d}]}};
}

function resolves(id: string): boolean {
  try {
    load.resolve(id);
    return true;
  } catch {
    return false;
  }
}

function tryLoad<T = Record<string, unknown>>(id: string): T | undefined {
  try {
    return load(id) as T;
  } catch {
    return undefined;
  }
}

/** `file-pdf` → `FilePdf`, `arrow-up-1-9` → `ArrowUp19` (how both packages name their exports). */
function pascalCase(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
