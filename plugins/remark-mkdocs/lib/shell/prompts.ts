/**
 * Shell prompts at the start of a displayed line: the part a reader must not
 * paste. Modelled on Pygments' BashSessionLexer `_ps1rgx` (what MkDocs uses
 * to highlight `console` blocks) plus the prompts real lessons paste from
 * their terminals: `root@33bd068de5e2:/# `, `I have no name!@e808:/$ `,
 * `mac-34392:~ user$ `, `/home/mobaxterm/data$ `, `bash-4.4$ `, `Apptainer> `, `PS C:\> `, oh-my-zsh's
 * `➜  repo git:(main) ✗ `.
 */

import {commandShape, type Dialect} from './words';

export interface PromptMatch {
  /** The prompt as displayed, trailing space included (`'$ '`, `'PS C:\\> '`). */
  prompt: string;
  /** The rest of the line: the command (may be empty for a bare prompt). */
  body: string;
}

/**
 * - 'session': `console`/`shell-session`/`terminal` blocks, where a prompt is
 *   how the author marks commands: `# ` is a root prompt when a command follows.
 * - 'script': `bash`/`sh`/untagged blocks, where `# ` always starts a comment
 *   (a commented-out command must never become a copied one) and `% ` needs a
 *   known command after it (curl's progress meter starts `% Total`).
 */
export type PromptMode = 'session' | 'script';

/** A virtualenv/conda prefix, `(venv) $ `. */
const VENV = /^\([^()\s]+\)\s?/;

/**
 * Shells' prompts that cannot be mistaken for output or code, and are still
 * prompts when a lesson pastes them indented (as are `PROGRAM_PROMPTS`). Each
 * must be followed by a space or the end of the line, so `/usr/bin#x` or
 * `a@b:c$d` do not match.
 */
const SHELL_PROMPTS: RegExp[] = [
  // user@host:path$ , user@host ~ % , ~@<pod>:/# , I have no name!@host:/$
  /^(?:[\w.~-]+|I have no name!)@[\w.<>~-]+(?::[^\s$#%]*)?(?: [^\s$#%]+)?\s?[$#%](?: |$)/,
  // macOS bash: host:dir user$
  /^[\w.-]+:[^\s$#%]+ [\w.-]+[$#%](?: |$)/,
  // Red Hat: [user@host dir]$
  /^\[[^\]\n]+\][$#%](?: |$)/,
  // a shell that shows its name and version: `bash-4.4$ `, `sh-5.1# ` (a container's shell, no user or host)
  /^(?:ba|z|k|da|a)?sh-\d+(?:\.\d+)*[$#](?: |$)/,
];

/**
 * A program's own prompt, not a shell's: container shells; database and query
 * consoles a lesson pastes a session of (`mysql> `, `presto:default> `,
 * `trino:tiny> `, `spark-sql (default)> `, `hive> `, `sqlite> `,
 * `MariaDB [shop]> `); file-transfer consoles (`sftp> `, `ftp> `); Python's `>>> `. A bare one
 * (`mysql>` alone) is what the console shows, not typed.
 */
const PROGRAM_PROMPTS: RegExp[] = [
  /^(?:Apptainer|Singularity)> ?/,
  // Python's interactive prompt (`python3`, then `>>> import torch`).
  /^>>>(?: |$)/,
  /^(?:mysql|presto|trino|hive|spark-sql|sqlite|cqlsh|ksql|scala|beeline|sftp|ftp|lftp)(?::[\w.-]+| \([\w.-]+\))?>(?: |$)/,
  /^MariaDB \[[^\]\n]*\]>(?: |$)/,
];

/** psql's `shop=# ` / `shop=> `: a program's prompt too, but `    x=# …` can be an indented script line. */
const PSQL_PROMPT = /^[A-Za-z_][\w-]*=[#>](?: |$)/;

/**
 * Prompts that cannot be mistaken for output or code at the start of a line,
 * but can be an indented script line (`    /usr/bin/foo # run it`,
 * `    C:\tools\convert.exe $f > out.txt`): not taken when indented.
 */
const UNINDENTED: RegExp[] = [
  // a bare path: /home/mobaxterm/data$ , ~/src$ , busybox's `/ # `
  /^(?:~|\/)[^\s$#%]*\s?[$#](?: |$)/,
  // PowerShell: PS C:\> , PS /home/me> , [host]: PS C:\>
  /^(?:\[[^\]\n]+\]: )?PS(?: [^>\n]*)?> ?/,
  // cmd.exe: C:\Users\me>
  /^[A-Za-z]:\\[^>\n]*> ?/,
  PSQL_PROMPT,
];

/**
 * A shell's prompt the author set up (`HP-Z2:> `, `[09:11:36]> `): a host or a time, then `>`. Output may start so
 * too, so only before a line that reads as a command (`HP-Z2:> mpirun -n 4 …`), and not indented.
 */
const CUSTOM_PROMPTS: RegExp[] = [/^[\w.-]+:>(?: |$)/, /^\[[\d:.]+\]>(?: |$)/];

/**
 * oh-my-zsh's default theme (robbyrussell): `➜  repo git:(main) ✗ `, an arrow, the directory's name, in a Git
 * repository its branch and `✗` when the tree is dirty; `➜  ~ ` outside one. Where the word after the arrow is a
 * command and no branch follows (`➜ kubectl get pods`), the arrow alone is the prompt. The length of the prompt, or
 * undefined when the line does not start with the arrow.
 */
function zshArrowPrompt(line: string, dialect: Dialect): number | undefined {
  const themed = themedPrompt(line, dialect);
  if (themed !== undefined) return themed;
  const arrow = /^➜(?: +|$)/.exec(line)?.[0];
  if (arrow === undefined) return undefined;
  const after = line.slice(arrow.length);
  const branch = /^\S+ +git:\([^()\s]*\)(?: +[✗✔])?(?: |$)/.exec(after)?.[0];
  if (branch) return arrow.length + branch.length;
  const directory = /^\S+(?: |$)/.exec(after)?.[0] ?? '';
  // A path (`~`, `/srv/app`) is the directory whatever follows; any other word is one only when it is no command.
  const isPath = /^(?:~|\/)/.test(directory);
  return !isPath && commandShape(after, dialect) === 'known' ? arrow.length : arrow.length + directory.length;
}

/**
 * Other themes' prompts: a symbol (Vercel's and pure's `▲`, starship's and pure's `❯`, cmder's `λ`), perhaps the
 * directory as a path (`▲ ~/examples `, `λ /srv/app `), then a known command (`▲ ~/examples file file-a.jpg`: `file
 * file-a.jpg` is typed). The symbols alone are no prompt where no command follows (a drawing's `▲`, a formula's `λ`).
 */
function themedPrompt(line: string, dialect: Dialect): number | undefined {
  const symbol = /^[▲❯λ](?: +)/.exec(line)?.[0];
  if (symbol === undefined) return undefined;
  const after = line.slice(symbol.length);
  const directory = /^(?:~|\/)\S*(?: +|$)/.exec(after)?.[0] ?? '';
  const length = symbol.length + directory.length;
  return commandShape(line.slice(length), dialect) === 'known' ? length : undefined;
}

/**
 * A network device's CLI prompt (the shape is the device's, as shell prompts' are): Nokia SR OS and SR Linux
 * (`A:admin@pe3# `, `A:leaf21# `, classic CLI's `*A:pe1>config>router# `), Junos (`user@host> `), and a hostname
 * in configuration mode (`switch(config)# `, `leaf1(config-if)# `, Cisco, Arista). Whatever follows is typed there.
 */
const DEVICE_PROMPTS: RegExp[] = [
  /^\*?[A-D]:[\w.-]+(?:@[\w.-]+)?(?:>[\w>-]+)?#(?: |$)/,
  /^[\w.-]+@[\w.-]+>(?: |$)/,
  /^[A-Za-z][\w.-]*\((?:config|conf|vlan|cfg)[\w.\/-]*\)#(?: |$)/,
];

/**
 * A hostname alone before `#` or `>` (`router# `, `R1> `, `switch# `): a Cisco or Arista prompt, or a word and a
 * comment, so only before what those CLIs are typed with (`show ip route`, `configure terminal`).
 */
const HOSTNAME_PROMPT = /^[A-Za-z][\w.-]*[#>] /;
const DEVICE_VERB = /^(?:show|sh|configure|conf|config|enable|disable|ping|traceroute|write|wr|copy|reload|terminal|clear|debug|display|interface|int|exit|end|commit|do)(?:\s|$)/;

/**
 * The first line of a prompt of two lines, shown above the line where the command is typed: SR OS's context
 * (`[/]`, `(gl)[/configure log]`, `*(pr)[/configure router "Base"]`, `[gl:/configure]`), SR Linux's
 * (`--{ running }--[  ]--`), a themed shell's (`[x]─[client11]─[/]`, Parrot's; `┌──(kali㉿kali)-[~]`, Kali's).
 * Only directly above a prompt (see `promptHeader`).
 */
const PROMPT_HEADERS: RegExp[] = [
  /^[*!+]*\s?(?:\([\w-]+\))?\[[^\]\n]*\]\s*$/,
  /^--\{[^}\n]*\}--\[[^\]\n]*\]--\s*$/,
  /^[┌╭]?─*(?:[\[(][^\])\n]*[\])]─*-?)+\S*\s*$/,
];

/** The second line of a themed shell's two-line prompt: `└──> `, `└─$ `, `╰─➤ `. */
export const SECOND_LINE_PROMPT = /^[└╰]─+(?:[>$#%]|➤)(?: |$)/;

/** Whether a line is the first line of a two-line prompt, when the line below it is the prompt the command follows. */
export function promptHeader(line: string): boolean {
  return PROMPT_HEADERS.some((pattern) => pattern.test(line.trimEnd()));
}

/** Whether the prompt `matchPrompt` found is one a header line may stand above (a device's, or `└──> `). */
export function takesHeader(prompt: string): boolean {
  const shown = prompt.trim();
  if (isProgramPrompt(shown)) return false;
  return [...DEVICE_PROMPTS, SECOND_LINE_PROMPT, HOSTNAME_PROMPT].some((pattern) => pattern.test(`${shown} `));
}

/** The prompts still taken when indented. */
const INDENTED_PROMPTS: RegExp[] = [...SHELL_PROMPTS, ...PROGRAM_PROMPTS];
const UNMISTAKABLE: RegExp[] = [...INDENTED_PROMPTS, ...UNINDENTED];

/** Whether a prompt `matchPrompt` found is a program's own (`Singularity> `, `mysql> `, `shop=# `), not a shell's. */
export function isProgramPrompt(prompt: string): boolean {
  const shown = prompt.trim();
  return [...PROGRAM_PROMPTS, PSQL_PROMPT].some((pattern) => pattern.test(shown));
}

/** A line that is a program's prompt and nothing else (`mysql>`, `sftp> `): what the console shows while it waits. */
export function isBareProgramPrompt(line: string): boolean {
  const shown = line.trimEnd();
  return PROGRAM_PROMPTS.some((pattern) => pattern.exec(shown)?.[0].trimEnd() === shown);
}

export function matchPrompt(line: string, mode: PromptMode, dialect: Dialect = 'posix'): PromptMatch | undefined {
  // A prompt line pasted with indentation (`    [u@host b]$ module load R`): the indentation is the prompt's too.
  // Only prompts no indented line of a script can look like: not a bare path's (`    /usr/bin/foo # run it` is a
  // command and its comment), cmd.exe's or PowerShell's (`    C:\tools\convert.exe $f > out.txt`), nor `# `.
  const indent = /^[ \t]*/.exec(line)![0].length;
  if (indent > 0) {
    const rest = line.slice(indent);
    const match = matchPrompt(rest, mode, dialect);
    return match && (INDENTED_PROMPTS.some((pattern) => pattern.test(rest)) || rest.startsWith('➜') || (match.prompt.startsWith('$') && match.body.trim() !== ''))
      ? {prompt: line.slice(0, indent) + match.prompt, body: match.body}
      : undefined;
  }
  for (const pattern of DEVICE_PROMPTS) {
    const match = pattern.exec(line);
    if (match) return split(line, match[0].length);
  }
  const secondLine = SECOND_LINE_PROMPT.exec(line);
  if (secondLine) return split(line, secondLine[0].length);
  const hostname = HOSTNAME_PROMPT.exec(line);
  if (hostname && DEVICE_VERB.test(line.slice(hostname[0].length))) return split(line, hostname[0].length);
  const venv = VENV.exec(line)?.[0] ?? '';
  const rest = line.slice(venv.length);
  for (const pattern of UNMISTAKABLE) {
    const match = pattern.exec(rest);
    if (match) return split(line, venv.length + match[0].length);
  }
  const arrow = zshArrowPrompt(rest, dialect);
  if (arrow !== undefined) return split(line, venv.length + arrow);
  for (const pattern of CUSTOM_PROMPTS) {
    const match = pattern.exec(rest);
    if (match && commandShape(rest.slice(match[0].length), dialect) === 'known') return split(line, venv.length + match[0].length);
  }
  const bare = /^([$%#])(?: (.*)|$)/.exec(rest);
  if (!bare) return undefined;
  const [, sign, body = ''] = bare;
  // `$ kubectl …` is never shell code (a line cannot start with `$ `), so any
  // text after it is a command. A lone `$` is a prompt only in a session.
  if (sign === '$') return body.trim() || mode === 'session' ? split(line, venv.length + Math.min(2, rest.length)) : undefined;
  if (mode === 'script' && sign === '#') return undefined;
  // zsh's `% ` is a prompt in a session whatever follows, as Pygments has it.
  if (sign === '%' && mode === 'session' && body.trim()) return split(line, venv.length + 2);
  // `# kubectl get pods` is a root prompt in a session, `# This is a comment` is
  // not; likewise `% ` in a script. The known-command list decides.
  if (commandShape(body, dialect) !== 'known') return undefined;
  return split(line, venv.length + 2);
}

function split(line: string, end: number): PromptMatch {
  // Keep one space of the prompt's padding in the prompt, the rest is the command's indentation.
  return {prompt: line.slice(0, end), body: line.slice(end)};
}

/**
 * The continuation prompt (PS2) a terminal shows before the second line of a
 * multi-line command or a heredoc body: `> ` (bash), `>> ` (PowerShell).
 */
export function continuationPrompt(line: string, dialect: Dialect): string | undefined {
  const match = (dialect === 'powershell' ? /^>> ?/ : /^> ?/).exec(line);
  return match && (match[0].endsWith(' ') || line.length === match[0].length) ? match[0] : undefined;
}
