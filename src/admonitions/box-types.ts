import {
  mdiAlert,
  mdiCheck,
  mdiClipboardText,
  mdiClose,
  mdiFire,
  mdiFormatQuoteClose,
  mdiHelpCircle,
  mdiInformation,
  mdiLightningBoltCircle,
  mdiPencilCircle,
  mdiShieldBug,
  mdiTestTube,
} from '@mdi/js';
import {customTypes} from './custom-types';

/** What the theme needs to draw one box type. Colours live in CSS (`--lsr-admonition-color`). */
export interface BoxTheme {
  /** Default title when the author gave none. */
  label: string;
  /** SVG path data for a 24×24 viewBox. */
  icon: string;
}

/**
 * MkDocs Material 9's twelve types with the icons its `_admonition.scss` loads
 * (`pencil-circle`, `shield-bug`, … — 8.x used plainer ones). Labels are what
 * Python-Markdown derives from the type word: `"note".capitalize()`.
 */
export const MATERIAL_BOX_THEMES = {
  note: {label: 'Note', icon: mdiPencilCircle},
  abstract: {label: 'Abstract', icon: mdiClipboardText},
  info: {label: 'Info', icon: mdiInformation},
  tip: {label: 'Tip', icon: mdiFire},
  success: {label: 'Success', icon: mdiCheck},
  question: {label: 'Question', icon: mdiHelpCircle},
  warning: {label: 'Warning', icon: mdiAlert},
  failure: {label: 'Failure', icon: mdiClose},
  danger: {label: 'Danger', icon: mdiLightningBoltCircle},
  bug: {label: 'Bug', icon: mdiShieldBug},
  example: {label: 'Example', icon: mdiTestTube},
  quote: {label: 'Quote', icon: mdiFormatQuoteClose},
} as const satisfies Record<string, BoxTheme>;

/**
 * Rendered for a type nobody declared (`!!! foo`). Material falls back to its
 * base style, which carries the note icon; the grey says "not a known type".
 */
export const NEUTRAL_BOX_THEME: BoxTheme = {label: 'Note', icon: mdiPencilCircle};

/**
 * Every box type the theme can draw, keyed by the canonical name the plugin
 * emits as `type`. Read at build time only: the labels go to remark-mkdocs'
 * after-defaults step, which gives each box its default title
 * (`BOX_LABELS`); the icons go to the site's style sheet
 * (plugins/box-type-styles.ts), so no page carries an icon's path data.
 */
export const BOX_THEMES: Readonly<Record<string, BoxTheme>> = {
  ...MATERIAL_BOX_THEMES,
  ...Object.fromEntries(
    Object.entries(customTypes).map(([name, spec]) => [
      name,
      {label: spec.label, icon: spec.icon ?? NEUTRAL_BOX_THEME.icon},
    ]),
  ),
  neutral: NEUTRAL_BOX_THEME,
};

/** The box types' default titles, for remark-mkdocs' `boxThemes` (no icons: those are drawn by CSS). */
export const BOX_LABELS: Readonly<Record<string, {label: string}>> = Object.fromEntries(
  Object.entries(BOX_THEMES).map(([name, theme]) => [name, {label: theme.label}]),
);
