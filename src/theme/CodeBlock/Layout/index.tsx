import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {mdiConsoleLine} from '@mdi/js';
import Layout from '@theme-original/CodeBlock/Layout';
import type LayoutType from '@theme/CodeBlock/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Container from '@theme/CodeBlock/Container';
import Content from '@theme/CodeBlock/Content';
import Buttons from '@theme/CodeBlock/Buttons';
import Title from '@theme/CodeBlock/Title';
import MdiIcon from '@site/src/components/MdiIcon';
import {useShellBlock, type ShellBlockInfo} from '@site/src/components/ShellBlock/context';
import styles from '@site/src/components/ShellBlock/styles.module.css';

type Props = WrapperProps<typeof LayoutType>;

/** What the bar says when the fence has no `title`. */
function kindLabel(shell: ShellBlockInfo): string {
  if (shell.kind === 'session') return 'Terminal session';
  return shell.commandByFirstLine.size > 1 ? 'Commands' : 'Command';
}

/**
 * Shell blocks of commands get a bar above the code: what the block is (or
 * its `title`) and the copy button. The button lives in the bar rather than
 * floating over the first line, so it never hides the end of a command on a
 * phone and never covers the first per-command button. Sample output and
 * every other code block keep Docusaurus's layout.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const shell = useShellBlock();
  const {metadata} = useCodeBlockContext();
  if (!shell || shell.kind === 'output') return <Layout {...props} />;
  return (
    <Container as="div" className={clsx(
        props.className,
        metadata.className,
        styles.block,
        shell.commandByFirstLine.size > 1 && styles.withGutter,
      )}>
      <div className={styles.bar}>
        <span className={styles.barLabel}>
          <MdiIcon path={mdiConsoleLine} className={styles.barIcon} />
          {metadata.title ? <Title>{metadata.title}</Title> : kindLabel(shell)}
        </span>
        <Buttons className={styles.barButtons} />
      </div>
      <div className={styles.content}>
        <Content />
      </div>
    </Container>
  );
}
