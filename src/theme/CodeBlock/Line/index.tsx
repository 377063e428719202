import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Line from '@theme-original/CodeBlock/Line';
import type LineType from '@theme/CodeBlock/Line';
import LineToken from '@theme/CodeBlock/Line/Token';
import type {WrapperProps} from '@docusaurus/types';
import type {Token} from 'prism-react-renderer';
import {hasPerCommandButtons, useShellBlock} from '@site/src/components/ShellBlock/context';
import CopyCommandButton from '@site/src/components/ShellBlock/CopyCommandButton';
import styles from '@site/src/components/ShellBlock/styles.module.css';

type Props = WrapperProps<typeof LineType>;

/** A line holding only `\n` would add a second line break next to the `<br/>` (as Docusaurus's own Line does). */
function fixLineBreak(line: Token[]): Token[] {
  const only = line.length === 1 && line[0].content === '\n' ? line[0] : undefined;
  return only ? [{...only, content: ''}] : line;
}

/** The tokens of `line` without its first `length` characters (a prompt). */
function withoutPrefix(line: Token[], length: number): Token[] {
  const rest: Token[] = [];
  let skip = length;
  for (const token of line) {
    if (skip >= token.content.length) {
      skip -= token.content.length;
      continue;
    }
    rest.push(skip > 0 ? {...token, content: token.content.slice(skip)} : token);
    skip = 0;
  }
  return rest;
}

/**
 * Lines of a shell block. Drawn here rather than by Docusaurus's Line so the
 * per-command copy button can sit inside the line, in a gutter of its own on
 * the left: it never covers code, stays visible when a long line makes the
 * block scroll sideways, and works with line numbers (table rows). Sample
 * output lines of a session are marked as such, and prompts are set apart.
 * Lines are matched by their text: the Line component is not told its index.
 */
export default function LineWrapper(props: Props): ReactNode {
  const shell = useShellBlock();
  if (!shell || shell.kind === 'output') return <Line {...props} />;
  const {showLineNumbers, getLineProps, getTokenProps} = props;
  const line = fixLineBreak(props.line);
  const text = line.map((token) => token.content).join('').replace(/\n$/, '');
  const command = shell.commandByFirstLine.get(text);
  // A gutter wherever the block has a button per command (a line whose text is ambiguous has none: see CommandBlock).
  const gutter = hasPerCommandButtons(shell);
  const lineProps = getLineProps({
    line,
    className: clsx(
      props.classNames,
      showLineNumbers && styles.codeLine,
      shell.outputLines.has(text) && styles.outputLine,
      // Blank lines are matched by no text of their own: the stylesheet draws one between two output lines as output.
      shell.kind === 'session' && text.trim() === '' && styles.blankLine,
    ),
  });
  const prompt = shell.promptByFirstLine.get(text);
  const shown = prompt ? withoutPrefix(line, prompt.length) : line;
  // Where each shown token starts in the line: annotation markers are placed by offset.
  let offset = prompt?.length ?? 0;
  const tokens = shown.map((token, key) => {
    const tokenProps = getTokenProps({token});
    const lineOffset = offset;
    offset += token.content.length;
    return (
      <LineToken key={key} {...tokenProps} line={line} token={token} lineOffset={lineOffset}>
        {tokenProps.children}
      </LineToken>
    );
  });
  if (prompt) {
    // Shown, not selectable: a reader selecting the command by hand gets no prompt either.
    tokens.unshift(
      <span key="prompt" className={styles.prompt}>
        {prompt}
      </span>,
    );
  }
  return (
    <div {...lineProps}>
      {gutter && (
        <span className={styles.gutter}>
          {command !== undefined && (
            <CopyCommandButton text={command} label={`Copy command: ${command.split('\n')[0]}`} compact />
          )}
        </span>
      )}
      {showLineNumbers ? (
        <>
          <span className={styles.codeLineNumber} />
          <span className={styles.codeLineContent}>{tokens}</span>
        </>
      ) : (
        tokens
      )}
      <br />
    </div>
  );
}
