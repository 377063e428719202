import React from 'react';
import CopyButton from '@theme-original/CodeBlock/Buttons/CopyButton';
import type CopyButtonType from '@theme/CodeBlock/Buttons/CopyButton';
import type {WrapperProps} from '@docusaurus/types';
import {useShellBlock} from '@site/src/components/ShellBlock/context';
import CopyCommandButton from '@site/src/components/ShellBlock/CopyCommandButton';

type Props = WrapperProps<typeof CopyButtonType>;

/**
 * Shell blocks copy what remark-mkdocs computed (no prompts, no output, no
 * annotation markers); sample output has no copy button at all. Every other
 * code block keeps Docusaurus's button.
 */
export default function CopyButtonWrapper(props: Props) {
  const shell = useShellBlock();
  if (!shell) return <CopyButton {...props} />;
  if (shell.kind === 'output') return null;
  const several = shell.commandByFirstLine.size > 1;
  return <CopyCommandButton text={shell.copyAll} label={several ? 'Copy all commands' : 'Copy command'} className={props.className} />;
}
