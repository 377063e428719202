/**
 * Blocks where prompts mark the commands: `console` transcripts, and any
 * block with unmistakable prompts (`$ `, `user@host:~$ `, `PS C:\\> `).
 * Prompt lines start commands (continuations and heredoc bodies follow them,
 * their `> ` stripped); other lines are output, or comments when they
 * introduce a command.
 *
 * Except after a command that opens a shell somewhere else (`kubectl exec -it
 * vault-0 -- /bin/sh`, `minikube ssh`): lessons then list what to type in
 * that shell without its prompt, so there a line that reads as a command is
 * one, up to the next prompt or an `exit`.
 */

import {Builder, isCommentLine, nextIsCommand, type Context} from './builder';
import {lineEvidence} from './evidence';
import {isProgramPrompt, matchPrompt, promptHeader, SECOND_LINE_PROMPT, takesHeader, type PromptMode} from './prompts';
import {commandShape} from './words';
import {readCommand} from './structure';
import type {Certainty, ShellClassification} from './types';

/** undefined when no line has a prompt followed by a command. */
export function session(context: Context, mode: PromptMode, certainty: Certainty, reason: string): ShellClassification | undefined {
  const {lines, dialect} = context;
  const starts = lines.map((line) => matchPrompt(line, mode, dialect));
  // A program's message printed after a prompt (`vagrant@ubuntu2204:~$ Greetings vagrant!`, from a job `at` ran):
  // the prompt is shown, the message is output.
  for (const [index, start] of starts.entries()) if (start && printedAtPrompt(start.body, dialect)) starts[index] = {prompt: start.prompt, body: ''};
  quotedInHelloWorld(lines, starts);
  twoLinePrompts(lines, starts, dialect);
  if (mode === 'script') ignoreHeredocBodiesBeforePrompts(lines, starts, dialect, context.annotations);
  if (!starts.some((start) => start && start.body.trim() !== '')) return undefined;
  const builder = new Builder(lines, context.annotations);
  let seenCommand = false;
  /** The last command opened a shell whose commands the lesson lists without a prompt. */
  let innerShell = false;
  /** The last command prints `NAME=value` lines (`env`, `cat app.properties`): such lines after it are its output. */
  let printsAssignments = false;
  const typedInInnerShell = (at: number) =>
    innerShell && !starts[at] && !isCommentLine(lines[at]) && lines[at].trim() !== '' && typedInShell(lines[at], dialect, printsAssignments);
  // The author may prompt only what is typed in the program the first command opens (`singularity shell
  // img.sif`, then `Singularity> python3`; `sftp user@host`, then `sftp> dir`): before the first prompt, when
  // that is a program's own (`Singularity> `, `mysql> `, `sftp> `), a line that reads as a command is one. Not
  // before a shell's prompt (`shift …` in a note above `$ kubectl get pods` is no command).
  // Only up to the first line that is not such a command: what the program prints before its prompt (`Password for
  // user postgres:`, `psql (15.2)`) is output, even where a word of it is a command's name.
  const firstPrompt = starts.findIndex((start) => start !== undefined && start.body.trim() !== '');
  const programFirst = firstPrompt >= 0 && isProgramPrompt(starts[firstPrompt]!.prompt);
  const openingCommands = new Set<number>();
  for (let at = 0; programFirst && at < firstPrompt; at++) {
    const line = lines[at];
    if (line.trim() === '' || isCommentLine(line)) continue;
    if (starts[at] || !typedInShell(line, dialect, false) || commandShape(line, dialect) !== 'known') break;
    openingCommands.add(at);
  }
  // A login before the first prompt (`ssh cosi@hpc.arizona.edu`, then `Password:`, a banner, `[cosi@gatekeeper
  // ~]$ …`): the session's first line is what opened the shell whose prompt follows, typed as the rest.
  const firstLine = lines.findIndex((line) => line.trim() !== '' && !isCommentLine(line));
  if (firstPrompt > firstLine && firstLine >= 0 && !starts[firstLine] && typedInShell(lines[firstLine], dialect, false) && opensShell([lines[firstLine]])) {
    openingCommands.add(firstLine);
  }
  for (let index = 0; index < lines.length; ) {
    const start = starts[index];
    if (start && start.body.trim() !== '') {
      const unit = readCommand(lines, index, start, {dialect, transcript: true, annotations: context.annotations});
      builder.command(unit);
      seenCommand = true;
      innerShell = opensShell(unit.lines.map((line) => line.text));
      printsAssignments = false;
      index = unit.lastLine + 1;
      continue;
    }
    if (openingCommands.has(index)) {
      const unit = readCommand(lines, index, {body: lines[index]}, {dialect, transcript: false, annotations: context.annotations});
      builder.command(unit);
      seenCommand = true;
      innerShell = opensShell(unit.lines.map((line) => line.text));
      index = unit.lastLine + 1;
      continue;
    }
    if (typedInInnerShell(index)) {
      const unit = readCommand(lines, index, {body: lines[index]}, {dialect, transcript: false, annotations: context.annotations});
      builder.command(unit);
      printsAssignments = PRINTS_ASSIGNMENTS.test(lines[index].trim());
      if (/^\s*exit\b/.test(lines[index])) innerShell = false;
      index = unit.lastLine + 1;
      continue;
    }
    if (start) builder.barePrompt(index, start.prompt);
    else if (isCommentLine(lines[index]) && (!seenCommand || nextIsCommand(lines, index, (at) => Boolean(starts[at]?.body.trim()) || typedInInnerShell(at)))) {
      builder.comment(index, mode === 'script' && context.annotations);
    }
    index++;
  }
  return builder.result('session', certainty, reason);
}

/**
 * Prompts of two lines: the device's context above its prompt (SR OS's `(gl)[/configure log]` over `A:admin@pe3# info`,
 * SR Linux's `--{ running }--[  ]--` over `A:leaf21# show version`), a themed shell's first line (`[x]─[client11]─[/]`
 * over `└──> ping -c 1 10.30.0.13`). The first line is the prompt's, shown and never copied. A themed second line
 * (`└──> `) with no such line above is a prompt only before a known command: a drawing may use the arrow too.
 */
function twoLinePrompts(lines: readonly string[], starts: Array<ReturnType<typeof matchPrompt>>, dialect: Context['dialect']): void {
  for (const [index, start] of starts.entries()) {
    if (!start || !takesHeader(start.prompt)) continue;
    const header = index > 0 && !starts[index - 1] && promptHeader(lines[index - 1]);
    if (header) starts[index - 1] = {prompt: lines[index - 1], body: ''};
    else if (SECOND_LINE_PROMPT.test(start.prompt) && commandShape(start.body, dialect) !== 'known') starts[index] = undefined;
  }
}

/**
 * hello-world's message (`Hello from Docker!` … `For more examples and ideas, visit:`) quotes a command to try: `To try
 * something more ambitious, you can run an Ubuntu container with:` over ` $ docker run -it ubuntu bash`. Inside that
 * message (no command typed since `Hello from Docker!`), a prompt right under a printed sentence that ends with a
 * colon is the message's text, not a command: no prompt there. Authors' own sentences in a session are not touched
 * (they read the same, so only a program's known message tells).
 */
function quotedInHelloWorld(lines: readonly string[], starts: Array<ReturnType<typeof matchPrompt>>): void {
  let inMessage = false;
  for (const [index, line] of lines.entries()) {
    const start = starts[index];
    if (!start) {
      if (/^\s*Hello from Docker!\s*$/.test(line)) inMessage = true;
      continue;
    }
    const above = index > 0 ? lines[index - 1] : '';
    if (inMessage && !starts[index - 1] && /^\s*[A-Z][^$|&;<>`]*\s\S[^$|&;<>`]*:\s*$/.test(above)) starts[index] = undefined;
    else if (start.body.trim() !== '') inMessage = false;
  }
}

/**
 * Text no one types after a prompt: a capitalised word that is no command, words and no shell syntax, ending as a
 * sentence does (`Greetings vagrant!`, `Hello world.`).
 */
function printedAtPrompt(body: string, dialect: Context['dialect']): boolean {
  const text = body.trim();
  return /^[A-Z][a-z]+,?\s+\S/.test(text) && /[.!]$/.test(text) && !/[|&;<>$`=\\(){}[\]"']/.test(text) && commandShape(text, dialect) !== 'known';
}

/**
 * Commands that leave the reader in another shell: `kubectl exec -it pod --
 * sh`, `docker exec -it web /bin/bash`, `docker run --rm -it alpine sh`,
 * `kubectl run -i --tty tmp --image=busybox -- sh`, `kubectl debug -it …`
 * (stdin and a terminal, a shell last); `docker compose exec web sh` (a
 * terminal unless `-T`); `oc rsh pod`, `minikube ssh`, `vagrant ssh`; `ssh
 * host` with no command to run there.
 */
const OPENS_SHELL: RegExp[] = [
  /\b(?:exec|run|debug)\b(?=.*\s(?:-[A-Za-z]*i[A-Za-z]*|--stdin|--interactive)(?=\s|$))(?=.*\s(?:-[A-Za-z]*t[A-Za-z]*|--tty)(?=\s|$)).*\s(?:\/(?:usr\/)?bin\/)?(?:ba|z|k|da|a)?sh$/,
  /\bdocker(?:-compose|\s+compose)\s+exec\b(?!.*\s-T(?=\s|$)).*\s(?:\/(?:usr\/)?bin\/)?(?:ba|z|k|da|a)?sh$/,
  /^(?:oc\s+rsh|(?:vagrant|minikube|multipass|limactl|colima)\s+(?:ssh|shell))\b[^|;&<>]*$/,
  /^ssh(?:\s+-[A-Za-z]+(?:\s+(?!-)\S+)?)*\s+[^\s-]\S*$/,
];

/** Whether the command (its lines, continuations joined, a trailing comment left out) opens another shell. */
function opensShell(lines: readonly string[]): boolean {
  const text = lines
    .map((line) => line.replace(/\\$/, ''))
    .join(' ')
    .replace(/\s+#[^'"]*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return OPENS_SHELL.some((pattern) => pattern.test(text));
}

/**
 * Commands whose output is `NAME=value` lines: the environment (`env`,
 * `printenv`, `set`, `export -p`), a file's lines (`cat app.properties`,
 * `grep ^APP_ .env`), `id`'s `uid=0(root) …`, `sysctl`'s keys.
 */
const PRINTS_ASSIGNMENTS = /^(?:(?:env|printenv|id|sysctl|cat|head|tail|less|more|grep|egrep|fgrep|rg|sort|cut|awk|sed)(?:\s|$)|(?:set|export(?:\s+-p)?|declare\s+-p)\s*(?:$|\|))/;

/**
 * A line typed in such a shell without its prompt: it starts with a known
 * command, or sets a variable (`APP_SA=vault-sa`, `JWT=$(cat …)`); never a line
 * with a strong sign of output, nor a plain `NAME=value` line right after a
 * command that prints such lines (`env`'s `PATH=…`, a ConfigMap's `lives=3`),
 * unless it computes its value (`HOST=$KUBERNETES_SERVICE_HOST`).
 */
function typedInShell(line: string, dialect: Context['dialect'], afterPrinter: boolean): boolean {
  if (lineEvidence(line)?.strength === 'strong') return false;
  const shape = commandShape(line, dialect);
  return shape === 'known' || (shape === 'assignment' && (!afterPrinter || computesValue(line)));
}

function computesValue(line: string): boolean {
  return /=[^\s]*(?:\$\(|`|\$\{?[A-Za-z_])/.test(line);
}

/**
 * In a block that is no session by its language, the lines before its first
 * prompt are a script's: a heredoc body one of them opens is data, whatever it
 * looks like (`root@host# …` in a `cat <<EOF` body is no prompt). Only
 * terminated heredoc bodies: a line left open otherwise (a quote in sample
 * output) takes nothing from the prompts after it.
 */
function ignoreHeredocBodiesBeforePrompts(lines: readonly string[], starts: Array<ReturnType<typeof matchPrompt>>, dialect: Context['dialect'], annotations: boolean): void {
  for (let index = 0; index < lines.length && !starts[index]; ) {
    if (lines[index].trim() === '') {
      index++;
      continue;
    }
    const unit = readCommand(lines, index, {body: lines[index]}, {dialect, transcript: false, annotations});
    // A body that runs to the end is more likely `<<` in sample output than a heredoc: it takes no prompt away.
    const bodies = unit.unterminatedHeredoc ? [] : unit.lines.filter((line) => line.role === 'heredoc');
    for (const line of bodies) starts[line.index] = undefined;
    index = bodies.length > 0 ? bodies[bodies.length - 1].index + 1 : index + 1;
  }
}
