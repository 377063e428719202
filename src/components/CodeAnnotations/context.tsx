import {createContext, useContext} from 'react';

/**
 * What the markers inside a code block need: which numbers bind, and the open
 * state. Prose blocks use only the open state and panel ids (their markers
 * exist only where they bind; nothing is copied).
 */
export interface AnnotationState {
  /** Marker numbers that have an annotation. */
  bound: ReadonlySet<number>;
  /**
   * Text the copy button copies (markers removed), computed at build time;
   * `undefined` in a prose block, whose code blocks copy as they would anyway.
   */
  copy: string | undefined;
  /**
   * Where the buttons go, by the text of their line: `[from, to, n]` offsets
   * in that line, the button standing in for that text (the marker, or the
   * whole comment of `(N)!`). Computed at build time, so exactly the markers
   * the build bound become buttons, however Prism cuts the line into tokens.
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
