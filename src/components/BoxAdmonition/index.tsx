import React, {type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import AdmonitionLayout from '@theme/Admonition/Layout';
import type {Props} from '@theme/Admonition';
import MdiIcon from '@site/src/components/MdiIcon';
import type {BoxTheme} from '@site/src/admonitions/box-types';

/** Marks boxes drawn by this site, so our CSS never restyles Docusaurus's own types. */
export const BOX_CLASS = 'lsr-admonition';

/**
 * The admonition component for one MkDocs box type. `type` is fixed to the
 * canonical name so the box carries `theme-admonition-<type>` whatever alias
 * the author wrote (the alias travels in `className`).
 */
export function createBoxAdmonition(type: string, theme: BoxTheme): ComponentType<Props> {
  function BoxAdmonition(props: Props): ReactNode {
    // MkDocs `!!! note ""` means "no title bar at all". Layout draws the
    // heading when it gets a title or an icon, so it must get neither.
    const untitled = props.title === '';
    return (
      <AdmonitionLayout
        type={type}
        id={props.id}
        className={clsx(BOX_CLASS, props.className)}
        icon={untitled ? undefined : (props.icon ?? <MdiIcon path={theme.icon} />)}
        title={untitled ? undefined : <span className="lsr-admonition__title">{props.title ?? theme.label}</span>}>
        {props.children}
      </AdmonitionLayout>
    );
  }
  BoxAdmonition.displayName = `BoxAdmonition(${type})`;
  return BoxAdmonition;
}
