import React from 'react';
import CopyButton from '@theme-original/CodeBlock/Buttons/CopyButton';
import type CopyButtonType from '@theme/CodeBlock/Buttons/CopyButton';
import type {WrapperProps} from '@docusaurus/types';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {useShellBlock} from '@site/src/components/ShellBlock/context';
import CopyCommandButton from '@site/src/components/ShellBlock/CopyCommandButton';
import {useAnnotations} from '@site/src/components/CodeAnnotations/context';

type Props = WrapperProps<typeof CopyButtonType>;

/**
 * Shell blocks copy what remark-mkdocs computed (no prompts, no output, no
 * annotation markers); sample output, and a transcript marked `.no-copy`,
 * has no copy button at all, nor has code the author marked `.no-copy` (a
 * manifest to read, `{ .yaml .no-copy }`, as Material does); annotated
 * code copies its text without markers. Every other code block keeps
 * Docusaurus's button.
 */
export default function CopyButtonWrapper(props: Props) {
  const shell = useShellBlock();
  const annotations = useAnnotations();
  const {metadata} = useCodeBlockContext();
  if (!shell && metadata.className.split(/\s+/).includes('no-copy')) return null;
  // A prose-annotated block's context has no copy text: its plain code blocks keep Docusaurus's button.
  if (!shell && annotations?.copy !== undefined) return <CopyCommandButton text={annotations.copy} label="Copy code" className={props.className} />;
  if (!shell) return <CopyButton {...props} />;
  if (shell.kind === 'output' || shell.noCopy) return null;
  const several = shell.commandCount > 1;
  return (
    <CopyCommandButton
      text={shell.copyAll}
      label={several ? 'Copy all commands' : 'Copy command'}
      caption={several ? 'Copy all' : 'Copy'}
      className={props.className}
    />
  );
}
