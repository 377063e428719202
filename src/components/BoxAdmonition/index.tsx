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
  /** The type's icon, SVG path data for a 24×24 viewBox; none draws no icon. */
  readonly iconPath?: string;
}

/**
 * A MkDocs box type's admonition. Its label and icon arrive as props (the
 * page carries the one icon it shows), so the theme holds no table of every
 * type's icon. `type` is the canonical name the plugin emits, so the box
 * carries `theme-admonition-<type>` whatever alias the author wrote (the
 * alias travels in `className`).
 */
export default function BoxAdmonition(props: Props): ReactNode {
  // MkDocs `!!! note ""` means "no title bar at all". Layout draws the
  // heading when it gets a title or an icon, so it must get neither.
  const untitled = props.title === '';
  const icon = props.icon ?? (props.iconPath !== undefined ? <MdiIcon path={props.iconPath} /> : undefined);
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
