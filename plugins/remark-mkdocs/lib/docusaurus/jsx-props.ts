/**
 * The props Docusaurus's own remark steps drop or cannot know, given after
 * them: the attribute lists of links and images Docusaurus turned into JSX,
 * and each box type's label and icon (`boxThemes`). Exported as
 * `remarkMkdocsAfterDefaults`, the name saying where it goes: the docs
 * plugin's `remarkPlugins`.
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {restoreAttributeLists} from '../attribute-list/transform';
import {themeBoxes, type BoxTheme} from '../boxes/themes';

export type {BoxTheme};

export interface AfterDefaultsOptions {
  /**
   * Canonical box type → its default title and icon (SVG path data). Every
   * box of such a type (`!!!`, `???` and Docusaurus's `:::type`) gets them as
   * `label` / `iconPath` props, so a page ships only the icons it shows.
   * Default: none (boxes keep only their `type`).
   */
  boxThemes?: Record<string, BoxTheme>;
}

/**
 * The part of remark-mkdocs that must run after Docusaurus's default remark
 * plugins: put it in the docs plugin's `remarkPlugins` (remark-mkdocs itself
 * goes in `beforeDefaultRemarkPlugins`). Docusaurus turns links to local
 * files and local images into JSX `<a>`/`<img>` and drops their `data`; this
 * gives them back their attribute list (`{ .md-button }`, `{ width="300" }`).
 * With `boxThemes`, it also hands each box its label and icon, after
 * Docusaurus has turned `:::type` directives into admonitions.
 */
const remarkMkdocsAfterDefaults: Plugin<[(AfterDefaultsOptions | null | undefined)?], Root> = function (options) {
  const themes = resolveBoxThemes(options?.boxThemes);
  return function transform(tree: Root): undefined {
    restoreAttributeLists(tree);
    if (themes.size > 0) themeBoxes(tree, themes);
  };
};

export default remarkMkdocsAfterDefaults;

/** Validated when the plugin is attached, like remark-mkdocs' own options. */
function resolveBoxThemes(value: unknown): ReadonlyMap<string, BoxTheme> {
  const result = new Map<string, BoxTheme>();
  if (value === undefined) return result;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError("remark-mkdocs (after defaults): option `boxThemes` must be an object such as {note: {label: 'Note', icon: 'M…'}}");
  }
  for (const [type, theme] of Object.entries(value)) {
    const {label, icon} = (theme ?? {}) as Partial<BoxTheme>;
    if (typeof label !== 'string' || (icon !== undefined && typeof icon !== 'string')) {
      throw new TypeError(
        `remark-mkdocs (after defaults): box theme \`${type}\` needs a \`label\` string and an optional \`icon\` string (SVG path data)`,
      );
    }
    result.set(type, {label, icon});
  }
  return result;
}
