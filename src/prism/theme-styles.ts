import type {CSSProperties} from 'react';
import type {PrismTheme} from 'prism-react-renderer';

/** Styles of a Prism theme looked up by token type, for one language. */
export interface ThemeStyles {
  /** The block's own style (background included). */
  root: CSSProperties;
  /** Plain text on a line: the block's style without its background (the `<pre>` has it). */
  plain: CSSProperties;
  byType: Map<string, CSSProperties>;
}

/**
 * A theme's entries merged per token type: later entries override earlier
 * ones, and entries limited to other languages are skipped (the theme format
 * prism-react-renderer defines, which Docusaurus's `prism.theme` uses).
 */
export function themeStyles(theme: PrismTheme, language: string): ThemeStyles {
  const byType = new Map<string, CSSProperties>();
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const type of entry.types) byType.set(type, {...byType.get(type), ...(entry.style as CSSProperties)});
  }
  const root = theme.plain as CSSProperties;
  const plain = {...root, backgroundColor: undefined};
  // The dictionary prism-react-renderer builds has these two keys among the types.
  byType.set('root', root);
  byType.set('plain', plain);
  return {root, plain, byType};
}

/**
 * The style of a token with these types: the types' styles merged in order.
 * Plain text needs none (the line has it); an empty line's token is an
 * inline block so the line keeps its height.
 */
export function tokenStyle(styles: ThemeStyles, types: readonly string[], empty: boolean): CSSProperties | undefined {
  if (types.length === 1 && types[0] === 'plain') return empty ? {display: 'inline-block'} : undefined;
  if (types.length === 1 && empty) return styles.byType.get(types[0]);
  return Object.assign(empty ? {display: 'inline-block'} : {}, ...types.map((type) => styles.byType.get(type)));
}
