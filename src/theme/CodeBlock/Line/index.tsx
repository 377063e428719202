import React from 'react';
import clsx from 'clsx';
import Line from '@theme-original/CodeBlock/Line';
import type LineType from '@theme/CodeBlock/Line';
import type {WrapperProps} from '@docusaurus/types';
import {useShellBlock} from '@site/src/components/ShellBlock/context';
import CopyCommandButton from '@site/src/components/ShellBlock/CopyCommandButton';
import styles from '@site/src/components/ShellBlock/styles.module.css';

type Props = WrapperProps<typeof LineType>;

/**
 * In a shell block with several commands, the first line of each command gets
 * its own copy button; sample output lines of a session are marked as such.
 * Lines are matched by their text: the Line component is not told its index.
 */
export default function LineWrapper(props: Props) {
  const shell = useShellBlock();
  if (!shell) return <Line {...props} />;
  const text = props.line.map((token) => token.content).join('').replace(/\n$/, '');
  const command = shell.commandByFirstLine.get(text);
  const classNames = clsx(props.classNames, shell.outputLines.has(text) && styles.outputLine);
  if (command === undefined) return <Line {...props} classNames={classNames} />;
  return (
    <div className={styles.line}>
      <CopyCommandButton text={command} label={`Copy command: ${command.split('\n')[0]}`} className={styles.lineCopy} compact />
      <Line {...props} classNames={classNames} />
    </div>
  );
}
