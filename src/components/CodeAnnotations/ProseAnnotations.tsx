import React, {type ReactNode} from 'react';
import {AnnotationContext} from './context';
import {useAnnotationState} from './state';
import styles from './styles.module.css';

/**
 * Material annotations outside code (`{ .annotate }`, `!!! note annotate`):
 * the block, whose bound markers the plugin made `<AnnotationMarker>`s, then
 * one `<CodeAnnotation>` per note, shown under the block when opened.
 */
export default function ProseAnnotations({children}: {children: ReactNode}) {
  const state = useAnnotationState('[]', '{}', undefined);
  return (
    <AnnotationContext.Provider value={state}>
      <div className={styles.prose}>{children}</div>
    </AnnotationContext.Provider>
  );
}
