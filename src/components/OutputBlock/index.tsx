import React, {useMemo, useState} from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import {ShellBlockProvider, type ShellBlockInfo} from '../ShellBlock/context';
import {parseJson, type TableData} from '../ShellBlock/parse-props';
import {SEARCH_IGNORE} from '@site/src/search-ignore';
import styles from './styles.module.css';

interface Props {
  /** The sample output as written. */
  raw: string;
  /** JSON: [{header, rows}] when the output is aligned tables. */
  tables?: string;
  /** The fence's `title`, if any. */
  title?: string;
  /** The command this is the output of, when the block before it says. */
  command?: string;
  /** The fence header's other classes (`{ .text .wide }`), for a site's CSS, as MkDocs keeps them. */
  className?: string;
  /** `hl_lines` and `linenums` in Docusaurus's metastring (`{2,3} showLineNumbers`). */
  metastring?: string;
}

const OUTPUT: ShellBlockInfo = {
  kind: 'output',
  copyAll: '',
  commandCount: 0,
  commandByFirstLine: new Map(),
  outputLines: new Set(),
  promptByFirstLine: new Map(),
};

/**
 * Sample output: labelled as output, never offered as a command to copy.
 * Aligned tables become real tables (scrolling sideways on phones, header
 * kept), with the raw text one click away.
 */
export default function OutputBlock({raw, tables, title, command, className, metastring}: Props) {
  const parsed = useMemo(() => parseJson<TableData[] | undefined>(tables, undefined), [tables]);
  const [showRaw, setShowRaw] = useState(false);
  const name = title ?? (command ? `Sample output of ${command}` : 'Sample output');

  return (
    <figure className={clsx('shell-output', styles.output, className)}>
      <figcaption className={styles.caption}>
        <span className={clsx(styles.badge, SEARCH_IGNORE)}>Output</span>
        <span className={clsx(styles.name, title === undefined && SEARCH_IGNORE)}>
          {title ?? (command ? (
            <>
              Sample output of <code>{command}</code>
            </>
          ) : (
            'Sample output'
          ))}
        </span>
        {parsed && (
          <button type="button" className={clsx(styles.toggle, SEARCH_IGNORE)} aria-pressed={showRaw} onClick={() => setShowRaw(!showRaw)}>
            {showRaw ? 'Show as table' : 'Show as text'}
          </button>
        )}
      </figcaption>
      {parsed && !showRaw ? (
        parsed.map((table, index) => (
          <div
            key={index}
            className={styles.scroll}
            role="region"
            aria-label={parsed.length > 1 ? `${name}, table ${index + 1} of ${parsed.length}` : name}
            tabIndex={0}>
            <table className={styles.table}>
              <thead>
                <tr>
                  {table.header.map((cell, column) => (
                    <th key={column} scope="col">
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, column) => (
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      ) : (
        <ShellBlockProvider value={OUTPUT}>
          <CodeBlock language="text" metastring={metastring}>
            {raw}
          </CodeBlock>
        </ShellBlockProvider>
      )}
    </figure>
  );
}
