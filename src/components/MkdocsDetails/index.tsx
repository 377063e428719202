import React, {type ComponentProps, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import Details from '@theme/Details';
import {BOX_CLASS, BoxIcon} from '@site/src/components/BoxAdmonition';

export interface Props {
  /** Canonical box type (`tip`, `lab`, `neutral`, …); none draws as `neutral`. */
  readonly type?: string;
  /** The type's default title (remark-mkdocs' after-defaults step); names an empty summary for screen readers. */
  readonly label?: string;
  /** An icon of the box's own, SVG path data for a 24×24 viewBox; none: its type's, from the site's CSS. */
  readonly iconPath?: string;
  /** Present for `???+`: the box starts expanded. */
  readonly open?: boolean;
  /** Extra classes: the alias the author wrote, Material modifiers such as `inline end`. */
  readonly className?: string;
  readonly id?: string;
  /** A `<summary>` element first (the title), then the body. */
  readonly children?: ReactNode;
}

type SummaryElement = ReactElement<ComponentProps<'summary'>>;

function isSummary(node: ReactNode): node is SummaryElement {
  return React.isValidElement(node) && node.type === 'summary';
}

/** Python-Markdown's default title for a type: `"note".capitalize()`. */
function capitalize(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** True when the summary would show no text (MkDocs `??? note ""`). */
function isEmpty(children: ReactNode): boolean {
  return React.Children.toArray(children).every((child) => typeof child === 'string' && child.trim() === '');
}

function followLinks(event: React.MouseEvent<HTMLElement>): void {
  if (event.target instanceof Element && event.target.closest('a[href]')) event.stopPropagation();
}

/**
 * A collapsible MkDocs box (`???` / `???+`), drawn like the admonition of the
 * same type. Built on the theme's `Details`, which keeps the native
 * `<details>`/`<summary>` keyboard behaviour (Enter/Space) and animates.
 * The summary is split from the body the same way `@theme/MDXComponents/Details` does.
 */
export default function MkdocsDetails({type = 'neutral', label, iconPath, open, className, id, children}: Props): ReactNode {
  const items = React.Children.toArray(children);
  const summary = items.find(isSummary);
  const body = items.filter((item) => item !== summary);
  const title = summary?.props.children;
  // An empty summary has no accessible name (axe `summary-name`); keep
  // MkDocs' empty bar on screen but tell screen readers what the box is.
  const name = isEmpty(title) ? <span className="lsr-visually-hidden">{label ?? capitalize(type)}</span> : title;

  return (
    <Details
      id={id}
      open={open}
      className={clsx(BOX_CLASS, 'lsr-details', `theme-admonition-${type}`, className)}
      summary={
        // A link in the title is followed, as in Material: the theme's Details takes every click in the summary
        // for a toggle and cancels it (its handler is on <details>, so stopping the click here leaves the link's).
        <summary className={clsx('lsr-details__summary', summary?.props.className)} onClick={followLinks}>
          <BoxIcon iconPath={iconPath} className="lsr-details__icon" />
          <span className="lsr-admonition__title">{name}</span>
        </summary>
      }>
      {body}
    </Details>
  );
}
