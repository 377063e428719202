/**
 * Blocks where prompts mark the commands: `console` transcripts, and any
 * block with unmistakable prompts (`$ `, `user@host:~$ `, `PS C:\\> `).
 * Prompt lines start commands (continuations and heredoc bodies follow them,
 * their `> ` stripped); other lines are output, or comments when they
 * introduce a command.
 */

import {Builder, isCommentLine, nextIsCommand, type Context} from './builder';
import {matchPrompt, type PromptMode} from './prompts';
import {readCommand} from './structure';
import type {Certainty, ShellClassification} from './types';

/** undefined when no line has a prompt followed by a command. */
export function session(context: Context, mode: PromptMode, certainty: Certainty, reason: string): ShellClassification | undefined {
  const {lines, dialect} = context;
  const starts = lines.map((line) => matchPrompt(line, mode, dialect));
  if (!starts.some((start) => start && start.body.trim() !== '')) return undefined;
  const builder = new Builder(lines, context.annotations);
  let seenCommand = false;
  for (let index = 0; index < lines.length; ) {
    const start = starts[index];
    if (start && start.body.trim() !== '') {
      const unit = readCommand(lines, index, start, {dialect, transcript: true});
      builder.command(unit);
      seenCommand = true;
      index = unit.lastLine + 1;
      continue;
    }
    if (start) builder.barePrompt(index, start.prompt);
    else if (isCommentLine(lines[index]) && (!seenCommand || nextIsCommand(lines, index, (at) => Boolean(starts[at]?.body.trim())))) {
      builder.comment(index, mode === 'script' && context.annotations);
    }
    index++;
  }
  return builder.result('session', certainty, reason);
}
