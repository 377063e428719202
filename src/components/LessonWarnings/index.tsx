import React, {useMemo, useState} from 'react';
import {parseJson} from '../ShellBlock/parse-props';
import styles from './styles.module.css';

interface Warning {
  line: number;
  column: number;
  reason: string;
  ruleId?: string;
  /** Text from an included file (`--8<--`): that file, and the lesson's include line. */
  file?: string;
  includedAt?: string;
}

interface Props {
  /** The lesson, relative to the site (`docs/a.md`). */
  file: string;
  /** JSON: the page's lesson warnings, as the build prints them (line, column, reason, rule id). */
  warnings: string;
}

/**
 * Under `docusaurus start` only (the remark recorder adds it to a page with
 * warnings; production pages never carry it): the warnings of the lesson being
 * edited, where its author is looking. It updates on save with the page.
 */
export default function LessonWarnings({file, warnings}: Props) {
  const list = useMemo(() => parseJson<Warning[]>(warnings, []), [warnings]);
  const [open, setOpen] = useState(true);
  if (list.length === 0) return null;
  const count = `${list.length} lesson warning${list.length === 1 ? '' : 's'}`;
  return (
    <aside className={styles.panel} aria-label="Lesson warnings (development only)" data-lesson-warnings="">
      <button type="button" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
        {count} <span className={styles.note}>in {file} (dev only)</span>
      </button>
      {open && (
        <ol className={styles.list}>
          {list.map((warning, index) => (
            <li key={index} className={styles.item}>
              <span className={styles.place}>
                {warning.file ? `${warning.file}:` : ''}
                {warning.line}:{warning.column}
              </span>{' '}
              <span>
                {warning.reason}
                {warning.includedAt ? ` (included at ${warning.includedAt})` : ''}
              </span>
              {warning.ruleId && <code className={styles.rule}>{warning.ruleId}</code>}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
