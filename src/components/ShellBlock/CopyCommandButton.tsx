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
        <span className={styles.copyIcon} aria-hidden="true" />
        {!compact && <span className={styles.copyText}>{state === 'copied' ? 'Copied' : caption}</span>}
      </button>
      <span className={styles.liveRegion} role="status" aria-live="polite">
        {feedback}
      </span>
    </span>
  );
}
