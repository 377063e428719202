import {useCallback, useEffect, useRef, useState} from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Clipboard write with a state that resets, for visible and announced feedback. */
export function useCopy(text: string) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 2000);
  }, [text]);
  return {state, copy};
}
