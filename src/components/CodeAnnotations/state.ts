import {useCallback, useId, useMemo, useState} from 'react';
import type {AnnotationState} from './context';
import {parseJson} from '../ShellBlock/parse-props';

/** Open state and panel ids shared by a block's markers and its notes. */
export function useAnnotationState(bound: string, sites: string, copy: string | undefined): AnnotationState {
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
  return useMemo<AnnotationState>(
    () => ({
      bound: new Set(parseJson<number[]>(bound, [])),
      copy,
      sites: new Map(Object.entries(parseJson<Record<string, Array<[number, number, number]>>>(sites, {}))),
      panelId: (n) => `${id}-annotation-${n}`,
      open,
      toggle,
    }),
    [bound, sites, copy, id, open, toggle],
  );
}
