import React, {type ReactNode} from 'react';
import clsx from 'clsx';

export interface Props {
  /** SVG path data for a 24×24 viewBox, as exported by `@mdi/js`. */
  readonly path: string;
  readonly className?: string;
}

/**
 * A Material Design Icon drawn inline: CSS colours it per box type (`.lsr-icon`)
 * and it costs no icon font or extra request. Always decorative: the box
 * title next to it carries the meaning, so screen readers skip it.
 */
export default function MdiIcon({path, className}: Props): ReactNode {
  return (
    <svg
      className={clsx('lsr-icon', className)}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false">
      <path d={path} />
    </svg>
  );
}
