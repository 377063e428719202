import React, {useMemo} from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import {ShellBlockProvider, type ShellBlockInfo} from '../ShellBlock/context';
import {parseCommands, parseLineRanges, type CommandData} from '../ShellBlock/parse-props';

interface Props {
  kind: 'commands' | 'session';
  language: string;
  /** The block as the author wrote it (prompts and sample output included in a session). */
  code: string;
  /** What the block's copy button puts on the clipboard; absent: the code as shown. */
  copyAll?: string;
  /** JSON, one per command: its line, `[firstLine, lastLine]`, or `[firstLine, lastLine, text]` when the text to paste is not the lines shown. */
  commands: string;
  /** The displayed lines that are sample output, as ranges (`3-5,9`); absent: none. */
  outputLines?: string;
  metastring?: string;
  /** The fence header's other classes (`{ .bash .wide }`), for a site's CSS, as MkDocs keeps them. */
  className?: string;
  /** `.no-copy` on a transcript: shown as a session (prompts apart, output as output), with no copy button. */
  noCopy?: boolean;
}

/**
 * Each command's text by the line it starts on, as shown: Docusaurus's Line is not told its index, so the lines are
 * matched by their text. A text two commands start with (`docker run \` over different options), or that a line
 * starting no command shows too, would copy the wrong command from one of them: such lines get no button of their
 * own (the block's button copies every command).
 */
function commandsByShownLine(commands: readonly CommandData[], lines: readonly string[]): Map<string, string> {
  const byText = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const command of commands) {
    const shown = lines[command.firstLine] ?? '';
    const known = byText.get(shown);
    if (known !== undefined && known !== command.text) ambiguous.add(shown);
    byText.set(shown, command.text);
  }
  const firstLines = new Set(commands.map((command) => command.firstLine));
  lines.forEach((line, index) => {
    if (!firstLines.has(index) && byText.has(line)) ambiguous.add(line);
  });
  for (const text of ambiguous) byText.delete(text);
  return byText;
}

/**
 * A shell block of commands (or a prompt session): Docusaurus's code block for
 * display, with the copy button and per-command buttons fed the paste text
 * remark-mkdocs computed at build time.
 */
export default function CommandBlock({kind, language, code, copyAll, commands, outputLines, metastring, className, noCopy}: Props) {
  const info = useMemo<ShellBlockInfo>(() => {
    const lines = code.split('\n');
    const parsedCommands = parseCommands(commands, lines);
    return {
      kind,
      copyAll: noCopy ? '' : (copyAll ?? code),
      noCopy: noCopy === true,
      commandCount: parsedCommands.length,
      // One button per command only when there is more than one (none where the author asked for none).
      commandByFirstLine: parsedCommands.length > 1 && !noCopy ? commandsByShownLine(parsedCommands, lines) : new Map(),
      outputLines: new Set(parseLineRanges(outputLines).map((index) => lines[index] ?? '')),
      promptByFirstLine: new Map(
        parsedCommands.flatMap((command): Array<[string, string]> => {
          const shown = lines[command.firstLine] ?? '';
          const typed = command.text.split('\n')[0].trim();
          // What the line shows before the command is its prompt (`$ `, `# `, `PS C:\> `); spaces the author left after
          // the command (`$ ./lolcow.sif `) or between the prompt and it (`$  cmd`) are not the command's.
          const line = shown.trimEnd();
          const at = line.length - typed.length;
          return typed !== '' && at > 0 && line.endsWith(typed) ? [[shown, shown.slice(0, at)]] : [];
        }),
      ),
    };
  }, [kind, code, copyAll, commands, outputLines, noCopy]);

  return (
    <div className={clsx('shell-block', `shell-block--${kind}`, className)}>
      <ShellBlockProvider value={info}>
        <CodeBlock language={language} metastring={metastring}>
          {code}
        </CodeBlock>
      </ShellBlockProvider>
    </div>
  );
}
