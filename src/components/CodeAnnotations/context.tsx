import {createContext, useContext} from 'react';

/**
 * What the markers inside a code block need: which numbers bind, and the open
 * state. Prose blocks use only the open state and panel ids (their markers
 * exist only where they bind; nothing is copied).
 */
export interface AnnotationState {
  /** Marker numbers that have an annotation. */
  bound: ReadonlySet<number>;
  /** `(N)!` markers: the whole comment token is replaced by the marker. */
  bang: ReadonlySet<number>;
  /**
   * Text the copy button copies (markers removed), computed at build time;
   * `undefined` in a prose block, whose code blocks copy as they would anyway.
   */
  copy: string | undefined;
  /**
   * Bound markers outside comments (plain-text code, strings, output lines of
   * a prose-annotated block), by the text of their line: `[start, end, n]`
   * offsets in that line. Computed at build time, so they become buttons
   * however the highlighter splits the line into tokens.
   */
  sites: ReadonlyMap<string, ReadonlyArray<readonly [number, number, number]>>;
  /** Element id of annotation `n`'s panel. */
  panelId: (n: number) => string;
  open: ReadonlySet<number>;
  toggle: (n: number) => void;
}

export const AnnotationContext = createContext<AnnotationState | undefined>(undefined);

export function useAnnotations(): AnnotationState | undefined {
  return useContext(AnnotationContext);
}
