/**
 * Material for MkDocs' named colours, as its compiled stylesheet has them
 * (mkdocs-material `material/templates/assets/stylesheets/palette.*.min.css`,
 * commit 5b36f2a, MIT licence; its hex values are Material Design's palette
 * rounded through HSL, hence teal #009485 rather than #009688):
 *
 * - `primary`: `--md-primary-fg-color` of `[data-md-color-primary=<name>]`;
 * - `link`: `--md-typeset-a-color` where Material sets one for the default
 *   scheme (grey and blue grey link in indigo; light colours darker), else the primary;
 * - `slateLink`: `--md-typeset-a-color` under `[data-md-color-scheme=slate]`, else `link`;
 * - `accent`: `--md-accent-fg-color` of `[data-md-color-accent=<name>]`.
 *
 * `white` and `black` primaries are `hsla(var(--md-hue), …)` in Material: a
 * white or near-black header, links in indigo; the values here are those.
 */

export interface MaterialColor {
  primary: string;
  link?: string;
  slateLink?: string;
  accent?: string;
}

const INDIGO = '#4051b5';
const SLATE_NEUTRAL = '#5e8bde';

export const MATERIAL_COLORS: Readonly<Record<string, MaterialColor>> = {
  red: {primary: '#ef5552', accent: '#ff1947'},
  pink: {primary: '#e92063', slateLink: '#ed5487', accent: '#f50056'},
  purple: {primary: '#ab47bd', slateLink: '#c46fd3', accent: '#df41fb'},
  'deep-purple': {primary: '#7e56c2', slateLink: '#a47bea', accent: '#7c4dff'},
  indigo: {primary: '#4051b5', slateLink: '#5488e8', accent: '#526cfe'},
  blue: {primary: '#2094f3', accent: '#4287ff'},
  'light-blue': {primary: '#02a6f2', accent: '#0091eb'},
  cyan: {primary: '#00bdd6', accent: '#00bad6'},
  teal: {primary: '#009485', slateLink: '#00ccb8', accent: '#00bda4'},
  green: {primary: '#4cae4f', slateLink: '#71c174', accent: '#00c753'},
  'light-green': {primary: '#8bc34b', link: '#72ad2e', accent: '#63de17'},
  lime: {primary: '#cbdc38', link: '#8b990a', accent: '#b0eb00'},
  yellow: {primary: '#ffec3d', link: '#b8a500', accent: '#ffd500'},
  amber: {primary: '#ffc105', link: '#d19d00', accent: '#ffaa00'},
  orange: {primary: '#ffa724', link: '#e68a00', accent: '#ff9100'},
  'deep-orange': {primary: '#ff6e42', slateLink: '#ff764d', accent: '#ff6e42'},
  brown: {primary: '#795649', slateLink: '#c1775c'},
  grey: {primary: '#757575', link: INDIGO, slateLink: SLATE_NEUTRAL},
  'blue-grey': {primary: '#546d78', link: INDIGO, slateLink: SLATE_NEUTRAL},
  white: {primary: '#ffffff', link: INDIGO, slateLink: SLATE_NEUTRAL},
  black: {primary: '#000000', link: INDIGO, slateLink: SLATE_NEUTRAL},
};

/**
 * The primaries whose header text Material draws dark (`--md-primary-bg-color`
 * 87% black, `palette/_primary.scss`: "inverted text for lighter shades", and
 * white); every other named primary has white header text.
 */
export const DARK_HEADER_TEXT: ReadonlySet<string> = new Set(['lime', 'yellow', 'amber', 'orange', 'white']);
/** 87% black on white, as a solid colour. */
export const HEADER_DARK_TEXT = '#212121';
export const HEADER_LIGHT_TEXT = '#ffffff';

/** Material's defaults when the palette names none. */
export const DEFAULT_PRIMARY = 'indigo';
export const DEFAULT_ACCENT = 'indigo';

/** `deep orange`, `Deep-Orange`, `deep_orange` → `deep-orange` (Material lowercases and replaces spaces with dashes). */
export function materialColorName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, '-');
}
