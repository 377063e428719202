import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Line from '@theme-original/CodeBlock/Line';
import type LineType from '@theme/CodeBlock/Line';
import ThemeLineToken from '@theme/CodeBlock/Line/Token';
import type {WrapperProps} from '@docusaurus/types';
import type {Token} from 'prism-react-renderer';
import {hasPerCommandButtons, useShellBlock} from '@site/src/components/ShellBlock/context';
import {useAnnotations} from '@site/src/components/CodeAnnotations/context';
import {lineText, sitesOfLine, withSiteMarkers, type LineSites} from '@site/src/components/CodeAnnotations/site-markers';
import CopyCommandButton from '@site/src/components/ShellBlock/CopyCommandButton';
import styles from '@site/src/components/ShellBlock/styles.module.css';
// Docusaurus's own Line's stylesheet (the same module its Line imports): an annotated line of another block is drawn as it draws it.
import themeStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css';

type Props = WrapperProps<typeof LineType>;

/** The theme's token, which draws whatever children it is given (a token's text, or its text and marker buttons). */
const LineToken = ThemeLineToken as React.ComponentType<Omit<React.ComponentProps<typeof ThemeLineToken>, 'children'> & {children: ReactNode}>;

/** A line holding only `\n` would add a second line break next to the `<br/>` (as Docusaurus's own Line does). */
function fixLineBreak(line: Token[]): Token[] {
  const only = line.length === 1 && line[0].content === '\n' ? line[0] : undefined;
  return only ? [{...only, content: ''}] : line;
}

/** A line's text as one token of no syntax. */
function plainLine(text: string): Token[] {
  return [{types: ['plain'], content: text}];
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

/** Each shown token as the theme draws it, the build's annotation markers put in where `sites` places them. */
function lineTokens(
  shown: Token[],
  line: Token[],
  getTokenProps: Props['getTokenProps'],
  sites: LineSites | undefined,
  startOffset: number,
): ReactNode[] {
  // Where each shown token starts in the line: annotation markers are placed by offset.
  let offset = startOffset;
  return shown.map((token, key) => {
    const tokenProps = getTokenProps({token});
    const markers = sites && typeof tokenProps.children === 'string' ? withSiteMarkers(sites, tokenProps.children, offset) : undefined;
    offset += token.content.length;
    return (
      <LineToken key={key} {...tokenProps} line={line} token={token}>
        {markers ?? tokenProps.children}
      </LineToken>
    );
  });
}

/**
 * Lines of a shell block, and the lines of any block that hold annotation
 * markers. A shell block's lines are drawn here rather than by Docusaurus's
 * Line so the per-command copy button can sit inside the line, in a gutter of
 * its own on the left: it never covers code, stays visible when a long line
 * makes the block scroll sideways, and works with line numbers (table rows).
 * Sample output lines of a session are marked as such, and prompts are set
 * apart. In an annotated block, the bound markers become buttons where the
 * build placed them (`sites`: a marker, or the whole comment of a `(N)!`
 * marker, as in Material), whatever tokens Prism cut the line into. Every
 * other line is Docusaurus's own, token for token (the tokens are not wrapped:
 * a component per token of every code block cost the server render and the
 * reader's hydration). Lines are matched by their text: the Line component is
 * not told its index.
 */
export default function LineWrapper(props: Props): ReactNode {
  const shell = useShellBlock();
  const annotations = useAnnotations();
  const {showLineNumbers, getLineProps, getTokenProps} = props;
  const line = fixLineBreak(props.line);
  const text = annotations || shell ? lineText(line) : '';
  const sites = sitesOfLine(annotations, text);
  if (!shell || shell.kind === 'output') {
    if (!sites) return <Line {...props} />;
    const lineProps = getLineProps({line, className: clsx(props.classNames, showLineNumbers && themeStyles.codeLine)});
    return drawLine(lineProps, lineTokens(line, line, getTokenProps, sites, 0), showLineNumbers ? themeStyles : undefined, undefined);
  }
  const command = shell.commandByFirstLine.get(text);
  const output = shell.outputLines.has(text);
  const lineProps = getLineProps({
    line,
    className: clsx(
      props.classNames,
      showLineNumbers && styles.codeLine,
      output && styles.outputLine,
      // Blank lines are matched by no text of their own: the stylesheet draws one between two output lines as output.
      shell.kind === 'session' && text.trim() === '' && styles.blankLine,
    ),
  });
  const prompt = shell.promptByFirstLine.get(text);
  // What a command printed is not the shell's language: its words are not keywords, its quotes not strings (Pygments'
  // console lexer leaves output plain too). One plain token, the annotation markers still placed in it.
  const shown = output ? plainLine(text) : prompt ? withoutPrefix(line, prompt.length) : line;
  const tokens = lineTokens(shown, line, getTokenProps, sites, prompt?.length ?? 0);
  if (prompt) {
    // Shown, not selectable: a reader selecting the command by hand gets no prompt either.
    tokens.unshift(
      <span key="prompt" className={styles.prompt}>
        {prompt}
      </span>,
    );
  }
  // A gutter wherever the block has a button per command (a line whose text is ambiguous has none: see CommandBlock).
  const gutter = hasPerCommandButtons(shell) ? (
    <span className={styles.gutter}>
      {command !== undefined && <CopyCommandButton text={command} label={`Copy command: ${command.split('\n')[0]}`} compact />}
    </span>
  ) : undefined;
  return drawLine(lineProps, tokens, showLineNumbers ? styles : undefined, gutter);
}

/**
 * A line as Docusaurus's Line draws it (its tokens, a final `<br/>`), a gutter first; with `numbered`, the stylesheet
 * of its line-number and content cells.
 */
function drawLine(
  lineProps: ReturnType<Props['getLineProps']>,
  tokens: ReactNode[],
  numbered: {codeLineNumber?: string; codeLineContent?: string} | undefined,
  gutter: ReactNode,
): ReactNode {
  return (
    <div {...lineProps}>
      {gutter}
      {numbered ? (
        <>
          <span className={numbered.codeLineNumber} />
          <span className={numbered.codeLineContent}>{tokens}</span>
        </>
      ) : (
        tokens
      )}
      <br />
    </div>
  );
}
