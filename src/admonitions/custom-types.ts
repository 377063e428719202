import {mdiArmFlex, mdiFlask} from '@mdi/js';
import importedTypes from './imported-types.json';

/**
 * A box type this site adds to MkDocs Material's twelve. The same shape as the
 * remark-mkdocs option `customTypes`, which only passes `icon`/`color` through.
 */
export interface BoxTypeSpec {
  /** Human name; the theme's title for a box that arrives without one (`:::lab`). */
  label: string;
  /** SVG path data for a 24×24 viewBox (an `@mdi/js` export). */
  icon?: string;
  /** Accent colour (any CSS colour) for the border, icon and title bar. */
  color?: string;
}

/**
 * The site's own box types, written here. `npm run import:mkdocs` skips an
 * extra_css type of the same name; it reads these, not `customTypes`, because
 * the types it carried over itself must be planned again on every run, or a
 * re-run would find them "declared already" and drop them from the file below.
 */
export const siteTypes: Record<string, BoxTypeSpec> = {
  lab: {label: 'Lab', icon: mdiFlask, color: '#3f51b5'},
  stretch: {label: 'Stretch goal', icon: mdiArmFlex, color: '#8d6e63'},
};

/**
 * Site-specific box types, keyed by the word written after `!!!`/`???`.
 * This one object feeds the remark plugin (which types are "declared"), the
 * theme (icon and label) and the injected CSS (colour), so they cannot drift.
 */
export const customTypes: Record<string, BoxTypeSpec> = {
  // Carried over from an imported MkDocs project's extra_css by `npm run import:mkdocs`
  // (`{}` until then; the import never removes the file, since this import would then fail the build);
  // the site's own types win over an imported one of the same name.
  ...(importedTypes as Record<string, BoxTypeSpec>),
  ...siteTypes,
};
