import React, {type ReactNode} from 'react';
import {useAnnotations} from './context';
import styles from './styles.module.css';

/** One annotation's content; hidden until its marker opens it. */
export default function CodeAnnotation({n, children}: {n: string; children: ReactNode}) {
  const state = useAnnotations();
  const number = Number(n);
  const open = state?.open.has(number) ?? true;
  return (
    <div id={state?.panelId(number)} className={styles.panel} role="note" aria-label={`Annotation ${n}`} hidden={!open}>
      <span className={styles.panelNumber} aria-hidden="true">
        {n}
      </span>
      <div className={styles.panelBody}>{children}</div>
    </div>
  );
}
