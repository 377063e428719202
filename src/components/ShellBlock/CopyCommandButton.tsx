import React from 'react';
import clsx from 'clsx';
import {useCopy} from './useCopy';
import styles from './styles.module.css';

interface Props {
  text: string;
  /** Accessible name, e.g. "Copy command" or "Copy command: kubectl get pods". */
  label: string;
  className?: string;
  /** Show the word next to the icon (the block's main button) or only the icon (per-line buttons). */
  compact?: boolean;
  /** Visible word(s) next to the icon, "Copy" by default; the accessible name starts with it. */
  caption?: string;
}

/**
 * A copy button that says what it copies, keeps focus, and announces the
 * result through a live region that exists before the update (swapping a
 * button label alone is not reliably announced).
 */
export default function CopyCommandButton({text, label, className, compact, caption = 'Copy'}: Props) {
  const {state, copy} = useCopy(text);
  const feedback = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text instead' : '';
  return (
    <span className={clsx(styles.copyWrap, className)}>
      <button
        type="button"
        className={clsx('clean-btn', styles.copyButton, state === 'copied' && styles.copied)}
        aria-label={label}
        title={label}
        onClick={copy}>
        <svg viewBox="0 0 24 24" aria-hidden="true" className={styles.copyIcon}>
          {state === 'copied' ? (
            <path fill="currentColor" d="M21,7L9,19L3.5,13.5L4.91,12.09L9,16.17L19.59,5.59L21,7Z" />
          ) : (
            <path
              fill="currentColor"
              d="M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21A2,2 0 0,0 8,23H19A2,2 0 0,0 21,21V7A2,2 0 0,0 19,5M16,1H4A2,2 0 0,0 2,3V17H4V3H16V1Z"
            />
          )}
        </svg>
        {!compact && <span className={styles.copyText}>{state === 'copied' ? 'Copied' : caption}</span>}
      </button>
      <span className={styles.liveRegion} role="status" aria-live="polite">
        {feedback}
      </span>
    </span>
  );
}
