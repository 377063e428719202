import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme-original/CodeBlock/Layout';
import type LayoutType from '@theme/CodeBlock/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Container from '@theme/CodeBlock/Container';
import Content from '@theme/CodeBlock/Content';
import Buttons from '@theme/CodeBlock/Buttons';
import Title from '@theme/CodeBlock/Title';
import {hasPerCommandButtons, useShellBlock, type ShellBlockInfo} from '@site/src/components/ShellBlock/context';
import styles from '@site/src/components/ShellBlock/styles.module.css';
import {SEARCH_IGNORE} from '@site/src/search-ignore';

type Props = WrapperProps<typeof LayoutType>;

/** What the bar says when the fence has no `title`. */
function kindLabel(shell: ShellBlockInfo): string {
  const several = shell.commandCount > 1;
  if (shell.kind !== 'session') return several ? 'Commands' : 'Command';
  // Prompts make it a transcript; without them it is commands followed by their output.
  if (shell.promptByFirstLine.size > 0) return 'Terminal session';
  return several ? 'Commands and output' : 'Command and output';
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
  const className = clsx(
    props.className,
    metadata.className,
    styles.block,
    hasPerCommandButtons(shell) && styles.withGutter,
  );
  return (
    <Container as="div" className={className}>
      <div className={styles.bar}>
        <span className={styles.barLabel}>
          {/* Drawn by CSS (one icon for every block: no SVG repeated in each page's HTML). */}
          <span className={styles.barIcon} aria-hidden="true" />
          {metadata.title ? <Title>{metadata.title}</Title> : <span className={SEARCH_IGNORE}>{kindLabel(shell)}</span>}
        </span>
        <Buttons className={styles.barButtons} />
      </div>
      <div className={styles.content}>
        <Content />
      </div>
    </Container>
  );
}
