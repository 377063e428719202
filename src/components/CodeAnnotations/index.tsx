import React, {Children, isValidElement, type ReactNode} from 'react';
import {AnnotationContext, useAnnotations} from './context';
import {useAnnotationState} from './state';
import styles from './styles.module.css';

interface Props {
  /** JSON: marker numbers that bind to an annotation. */
  bound: string;
  /** JSON: where the buttons go (`AnnotationState.sites`). */
  sites: string;
  /** The block's text without markers, for the copy button. */
  copy: string;
  /**
   * `"true"`: a code block inside a prose-annotated block (`<div class="annotate"
   * markdown>`): its markers open that block's notes, so the open state and
   * panel ids are the block's.
   */
  shared?: string;
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
export default function CodeAnnotations({bound, sites, copy, shared, children}: Props) {
  const own = useAnnotationState(bound, sites, copy);
  const outer = useAnnotations();
  const state = shared === 'true' && outer ? {...outer, bound: own.bound, copy: own.copy, sites: own.sites} : own;
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
