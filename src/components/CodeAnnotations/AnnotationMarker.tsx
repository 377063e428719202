import React, {type ReactNode} from 'react';
import {useAnnotations} from './context';
import styles from './styles.module.css';

/**
 * The marker button that replaces `(N)` in code or prose. In prose the plugin
 * passes `n` as a string and the marker as written as children, which are
 * shown as they are when there is no annotated block around the marker.
 */
export default function AnnotationMarker({n: rawN, children}: {n: number | string; children?: ReactNode}) {
  const state = useAnnotations();
  const n = Number(rawN);
  if (!state) return <>{children ?? `(${n})`}</>;
  const open = state.open.has(n);
  return (
    <button
      type="button"
      className={styles.marker}
      aria-expanded={open}
      aria-controls={state.panelId(n)}
      aria-label={`Annotation ${n}`}
      onClick={() => state.toggle(n)}>
      {n}
    </button>
  );
}
