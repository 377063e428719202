import React, {Children, isValidElement, useCallback, useId, useMemo, useState, type ReactNode} from 'react';
import {AnnotationContext, useAnnotations, type AnnotationState} from './context';
import {parseJson} from '../ShellBlock/parse-props';
import styles from './styles.module.css';

interface Props {
  /** JSON: marker numbers that bind to an annotation. */
  bound: string;
  /** JSON: the `(N)!` markers. */
  bang: string;
  /** The block's text without markers, for the copy button. */
  copy: string;
  children: ReactNode;
}

/**
 * A code block with Material code annotations: numbered markers in its
 * comments (rendered by the wrapped CodeBlock line token) open the matching
 * annotation, shown right under the block. The annotation list itself is
 * not shown as a list: the markers consume it, as in MkDocs Material.
 */
export default function CodeAnnotations({bound, bang, copy, children}: Props) {
  const id = useId();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = useCallback(
    (n: number) =>
      setOpen((previous) => {
        const next = new Set(previous);
        if (next.has(n)) next.delete(n);
        else next.add(n);
        return next;
      }),
    [],
  );
  const state = useMemo<AnnotationState>(
    () => ({
      bound: new Set(parseJson<number[]>(bound, [])),
      bang: new Set(parseJson<number[]>(bang, [])),
      copy,
      panelId: (n) => `${id}-annotation-${n}`,
      open,
      toggle,
    }),
    [bound, bang, copy, id, open, toggle],
  );
  const [code, ...annotations] = Children.toArray(children).filter(isValidElement);
  return (
    <AnnotationContext.Provider value={state}>
      <div className={styles.annotated}>
        {code}
        {annotations}
      </div>
    </AnnotationContext.Provider>
  );
}

/** One annotation's content; hidden until its marker opens it. */
export function CodeAnnotation({n, children}: {n: string; children: ReactNode}) {
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

/** The marker button that replaces `(N)` in the code. */
export function AnnotationMarker({n}: {n: number}) {
  const state = useAnnotations()!;
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
