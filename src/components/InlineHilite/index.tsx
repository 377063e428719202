import React, {Children, cloneElement, isValidElement, useMemo, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import {usePrismTheme} from '@docusaurus/theme-common';
import {themeStyles, tokenStyle} from '@site/src/prism/theme-styles';

interface Props {
  /** The language written after `#!` / `:::` (for the theme's per-language entries). */
  language: string;
  /** pymdownx's class for highlighted code (`highlight`). */
  className?: string;
  /** The code, cut into Prism tokens at build time: text and `<span className="token …">`. */
  children?: ReactNode;
}

/**
 * Inline code with a language (pymdownx.inlinehilite, `` `#!python print()` ``).
 * The tokens come from the build (remark-mkdocs runs Prism on the code), so
 * no grammar is shipped; this only colours them with the site's Prism theme,
 * which follows the colour mode, as the code blocks do. The code takes the
 * theme's own background and text colour too, the pair its token colours were
 * checked against (`withMinimumContrast`).
 */
export default function InlineHilite({language, className, children}: Props): ReactNode {
  const theme = usePrismTheme();
  const styles = useMemo(() => themeStyles(theme, language), [theme, language]);
  const coloured = Children.map(children, (child) => {
    if (!isValidElement<{className?: string}>(child) || typeof child.props.className !== 'string') return child;
    const types = child.props.className.split(' ').filter((type) => type !== 'token');
    return cloneElement(child as ReactElement<{style?: React.CSSProperties}>, {style: tokenStyle(styles, types, false)});
  });
  return (
    <code className={clsx(className, `language-${language}`)} style={{color: styles.root.color, backgroundColor: styles.root.backgroundColor}}>
      {coloured}
    </code>
  );
}
