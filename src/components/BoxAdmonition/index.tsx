import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import AdmonitionLayout from '@theme/Admonition/Layout';
import type {Props as AdmonitionProps} from '@theme/Admonition';
import MdiIcon from '@site/src/components/MdiIcon';

/** Marks boxes drawn by this site, so our CSS never restyles Docusaurus's own types. */
export const BOX_CLASS = 'lsr-admonition';

export interface Props extends AdmonitionProps {
  /** The type's default title (`Note`, `Lab`), from remark-mkdocs' after-defaults step. */
  readonly label: string;
  /** An icon of the box's own, SVG path data for a 24×24 viewBox; none: its type's, from the site's CSS. */
  readonly iconPath?: string;
}

/**
 * A box's icon: its type's, drawn by the site's style sheet
 * (src/admonitions/box-type-css.ts: a mask in the box's accent colour, found
 * by the `theme-admonition-<type>` class), or the path given with the box (a
 * remark-mkdocs `boxThemes` icon). Decorative: the title says what the box is.
 */
export function BoxIcon({iconPath, className}: {readonly iconPath?: string; readonly className?: string}): ReactNode {
  if (iconPath !== undefined) return <MdiIcon path={iconPath} className={className} />;
  return <span className={clsx('lsr-icon', 'lsr-box-icon', className)} aria-hidden="true" />;
}

/**
 * A MkDocs box type's admonition. Its label arrives as a prop; its icon is
 * the type's, from the site's style sheet, so neither the theme nor the page
 * holds icons' path data. `type` is the canonical name the plugin emits, so the box
 * carries `theme-admonition-<type>` whatever alias the author wrote (the
 * alias travels in `className`).
 */
export default function BoxAdmonition(props: Props): ReactNode {
  // MkDocs `!!! note ""` means "no title bar at all". Layout draws the
  // heading when it gets a title or an icon, so it must get neither.
  const untitled = props.title === '';
  const icon = props.icon ?? <BoxIcon iconPath={props.iconPath} />;
  return (
    <AdmonitionLayout
      type={props.type}
      id={props.id}
      className={clsx(BOX_CLASS, props.className)}
      icon={untitled ? undefined : icon}
      title={untitled ? undefined : <span className="lsr-admonition__title">{props.title ?? props.label}</span>}>
      {props.children}
    </AdmonitionLayout>
  );
}
