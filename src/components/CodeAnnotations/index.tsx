import React, {Children, isValidElement, type ReactNode} from 'react';
import {AnnotationContext, useAnnotations} from './context';
import {useAnnotationState} from './state';
import styles from './styles.module.css';

interface Props {
  /** JSON: marker numbers that bind to an annotation. */
  bound: string;
  /** JSON: the `(N)!` markers. */
  bang: string;
  /** The block's text without markers, for the copy button. */
  copy: string;
  /**
   * `"true"`: a code block inside a prose-annotated block (`<div class="annotate"
   * markdown>`): its markers open that block's notes, so the open state and
   * panel ids are the block's.
   */
  shared?: string;
  /** JSON: bound markers outside comments by the text of their line (`AnnotationState.sites`). */
  sites?: string;
  children: ReactNode;
}

/**
 * A code block with Material code annotations: numbered markers in its
 * comments (rendered by the wrapped CodeBlock line token) open the matching
 * annotation, shown right under the block. The annotation list itself is
 * not shown as a list: the markers consume it, as in MkDocs Material.
 * Its siblings (`CodeAnnotation`, `ProseAnnotations`, `AnnotationMarker`)
 * are modules of their own, so each page imports only what it uses and the
 * global code-block wrappers only the marker.
 */
export default function CodeAnnotations({bound, bang, copy, shared, sites, children}: Props) {
  const own = useAnnotationState(bound, bang, copy, sites);
  const outer = useAnnotations();
  const state = shared === 'true' && outer ? {...outer, bound: own.bound, bang: own.bang, copy: own.copy, sites: own.sites} : own;
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
