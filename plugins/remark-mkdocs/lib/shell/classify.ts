/**
 * Is a fenced block commands to paste, sample output, or a session mixing the
 * two, and what exactly does a reader paste? Conservative by design (see the
 * project note "Commands and sample output"):
 *
 * 1. The author's markers win: `.no-copy` (on a shell or text block) or an
 *    output-like title, language `output`; `.command`; `.session`.
 * 2. `console`/`shell-session`/`terminal`: a prompt decides, line by line.
 * 3. `bash`/`sh`/`shell`/`zsh`/PowerShell: commands, unless strong evidence
 *    of output (an aligned table, kubectl/docker/git result lines, HTTP,
 *    HTML, YAML printed by kubectl, JSON, timestamps). A command followed by
 *    output is a session the caller should warn about.
 * 4. Untagged blocks are classified only when they look like shell or like
 *    program output; `text` only when it looks like program output.
 *
 * Heredocs are read to their terminator before any line is judged, so a
 * manifest in `cat <<EOF` is never mistaken for output.
 */

import {output, type Context} from './builder';
import {readIntro} from './intro';
import {addressText, analyse, asScript, foreignCode, pythonCode, queryText, treeDrawing} from './script';
import {TREE_DRAWING} from './evidence';
import {session} from './session';
import {readCommand} from './structure';
import {matchPrompt, SECOND_LINE_PROMPT, takesHeader} from './prompts';
import type {ShellBlockInput, ShellBlockKind, ShellClassification} from './types';
import {firstWords, type Dialect} from './words';

export type {Certainty, LineRole, ShellBlockInput, ShellBlockKind, ShellClassification, ShellCommand, ShellLine} from './types';

type Family = 'script' | 'powershell' | 'session' | 'powershell-session' | 'text' | 'output' | 'untagged';

const FAMILIES: Record<string, Family> = {
  bash: 'script',
  sh: 'script',
  shell: 'script',
  zsh: 'script',
  ksh: 'script',
  shellscript: 'script',
  powershell: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
  posh: 'powershell',
  // cmd.exe: the Windows tab beside a bash one (`.venv\Scripts\activate`); its built-ins are the Windows words.
  cmd: 'powershell',
  bat: 'powershell',
  batch: 'powershell',
  dosbatch: 'powershell',
  doscon: 'powershell-session',
  console: 'session',
  'shell-session': 'session',
  shellsession: 'session',
  'sh-session': 'session',
  terminal: 'session',
  'pwsh-session': 'powershell-session',
  ps1con: 'powershell-session',
  text: 'text',
  txt: 'text',
  plaintext: 'text',
  plain: 'text',
  output: 'output',
};

/**
 * `title="Output"`, "Sample output", "Expected output", "Initial output", "Result", "Output of kubectl get pods",
 * "Output: fastqc version", "Output should look like": output (or a result) is what the title names, with a word or
 * two before it, or what it starts with before a colon; not a title where it is the object of a verb ("Capture
 * output", "Redirect output to a file"): those name commands. The same words in Portuguese ("Saída", "Saída do
 * comando", "Resultado", "Saída esperada", "Retorno"), Spanish ("Salida", "Resultado"), French ("Sortie", "Résultat")
 * and German ("Ausgabe", "Ergebnis"). A prompt or other punctuation before the words (">>> Output", "$ output",
 * "→ Output") leaves them a label: Python's REPL prompt over what it printed.
 */
const OUTPUT_TITLE =
  /^(?:[^\p{L}\p{N}\s]+\s*)?(?!(?:save|capture|redirect|show|print|check|view|get|see|read|pipe|filter|format|parse|display|log|write|export|collect|inspect|compare|verify|store|clear|hide|copy|send|stream|tail|watch)\b)(?:[\p{L}\d-]+\s+){0,2}(?:output|outputs|result|results|response|sa[ií]das?|resultados?|respostas?|retornos?|salidas?|respuestas?|sorties?|r[ée]sultats?|r[ée]ponses?|ausgaben?|ergebnisse?|antwort)(?:\s+(?:esperad[ao]s?|obtid[ao]s?|attendue?s?))?(?:\s+(?:of|from|d[oae]s?|del|du|von|der)\s.*|\s+(?:should|will|would|may|might|must)\s+(?:be|look|resemble|read|appear)\b.*|\s*:.*)?$/iu;
/**
 * A title that says what comes back, as a phrase of its own: "Should return", "Should output", "You should see",
 * "Should look like", "It will print something like this:", "Returns", "Prints:", "Expected", "Expected result:";
 * "Should return the pod's address:" too (a colon leads into the block); "Expected — the busiest routes" (a dash after
 * "Expected", then what the output shows). Not "Returns the list of pods" or "Print
 * the version": a description of what a command does. The same in Portuguese ("Deve retornar", "Você deverá ver",
 * "Esperado"), Spanish ("Debería devolver", "Deberías ver", "Devuelve"), French ("Devrait afficher", "Vous devriez
 * voir", "Attendu") and German ("Sollte ausgeben", "Erwartet").
 */
const RETURNS_TITLE = new RegExp(
  [
    String.raw`^(?:(?:you|it|this|that|we|which|the\s+command)\s+)?(?:should|will|would|must|may|might)\s+(?:(?:now|then|also)\s+)?(?:return|output|print|show|display|see|get|give|produce|look|resemble|be)\b(?:(?:\s+(?:something|similar|like|to|this|the\s+following|as\s+follows))*\s*:?|\s.*:)$`,
    String.raw`^(?:returns|returned|prints|printed|outputs|gives|shows|expected|expected\s+to\s+(?:see|get|print|return))\b(?:(?:\s+(?:something|similar|like|to|this|the\s+following|as\s+follows))*\s*:?|\s.*:)$`,
    // "Expected — the busiest routes", "Expected: three lines": what comes back, then what it shows.
    String.raw`^expected\s*(?:[—–:]|\s-)\s*\S.*$`,
    String.raw`^(?:(?:voc[eê]|tu|vous|sie|du)\s+)?(?:deve(?:ria|r[aá])?|debe(?:r[ií]a)?s?|devrai[st]|devriez|doit|sollte(?:n|st)?|wird)\s+(?:retornar|mostrar|exibir|imprimir|ver|devolver|mostrar|afficher|retourner|renvoyer|voir|ausgeben|zur[uü]ckgeben|sehen|zeigen)(?:\s.*:|\s*:?)$`,
    String.raw`^(?:esperad[oa]s?|devuelve|retorna|attendue?s?|erwartet(?:e|es)?|r[uü]ckgabe)\s*:?$`,
  ].join('|'),
  'iu',
);

/** A title that says the block is output: "Output", "Expected output", "Should return", "Returns". */
function outputTitle(title: string): boolean {
  return OUTPUT_TITLE.test(title) || RETURNS_TITLE.test(title);
}
/**
 * A file's name as a fence title: a dotfile (`.gitignore`, `~/.bashrc`), a path (`scripts/run.sh`), a lower-case
 * name with an extension (`deploy.sh`, `docker-compose.yml`), or a file known by its name alone (`Dockerfile`). Not
 * "Node.js" or "Python 3.12": a name that starts with a capital or holds a space is a title's words.
 */
const FILE_TITLE = /^(?:~?\/?(?:[\w.-]+\/)*\.[\w.-]+|~?\/?(?:[\w.-]+\/)+[\w.-]+|[a-z0-9_][\w-]*(?:\.[\w-]+)*\.[a-z0-9]{1,10}|(?:Docker|Make|Jenkins|Vagrant|Proc|Container|Gem|Brew|Snake)file)$/;

/**
 * Extensions of files a shell runs or sources (`deploy.sh`, `profile.ps1`, `build.bat`) and of text files, whose
 * lines may be commands; any other extension (`main.tf`, `dev.tfvars`, `values.yaml`, `nginx.conf`, `app.py`) names a
 * file of another language.
 */
const SCRIPT_EXTENSION = /^(?:sh|bash|zsh|ksh|csh|tcsh|fish|command|bashrc|zshrc|profile|envrc|ps1|psm1|psd1|bat|cmd|txt|text|log|out|md|env|sample|example|template|tmpl)$/i;

/** The extension of a fence title that names a file of another language (`tf` for `main.tf`), if it does. */
function foreignFileName(title: string): string | undefined {
  // A dotfile without another extension (`.bashrc`, `.env`, `.gitignore`) and `Dockerfile` are read as before.
  const name = title.split('/').pop() ?? '';
  const match = /^[^.].*\.([A-Za-z][\w-]*)$/.exec(name);
  return match && !SCRIPT_EXTENSION.test(match[1]!) ? match[1] : undefined;
}

/**
 * The name of another language's file (`main.tf`, `values.yaml`) a shell fence is titled with, which the classifier
 * left a plain code block: the fence's language is wrong, as for `foreignCodeLine` (call it only where
 * `classifyShellBlock` returned undefined).
 */
export function fileTitleLine(input: ShellBlockInput): string | undefined {
  const language = input.info.language?.toLowerCase();
  if (language === undefined || (FAMILIES[language] !== 'script' && FAMILIES[language] !== 'powershell')) return undefined;
  const classes = new Set(input.info.classes.map((name) => name.toLowerCase()));
  const title = input.info.title?.trim() ?? '';
  if (classes.has('no-copy') || classes.has('command') || classes.has('session') || !FILE_TITLE.test(title)) return undefined;
  return foreignFileName(title) !== undefined ? title : undefined;
}

/** `title="Command"`, "Run", "Commands", "Run this". */
const COMMAND_TITLE = /^(?:commands?|run(?: this| it)?|terminal commands?)\s*:?$/i;

/** undefined when the block is not shell-ish at all (e.g. `yaml`, `python`, or untagged text that does not look like shell) */
export function classifyShellBlock(input: ShellBlockInput): ShellClassification | undefined {
  const lines = input.value.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const language = input.info.language?.toLowerCase();
  const family: Family | undefined = language === undefined ? 'untagged' : FAMILIES[language];
  const classes = new Set(input.info.classes.map((name) => name.toLowerCase()));
  const title = input.info.title?.trim() ?? '';

  // `.no-copy` on code that is no shell, output or text (`{ .yaml .no-copy }`, a manifest to read) only drops the copy
  // button, as in Material: it stays that language's code, highlighted (the fence step keeps the class for the theme).
  // On a shell block it marks sample output; but a shell block whose lines carry prompts is a transcript
  // (`$ ansible-playbook apache.yml` and what it printed): the command is still the command a learner types.
  if (classes.has('no-copy')) {
    if (family === undefined) return undefined;
    // `title="migrations/versions/4e4c_create_users.py"`: that file's text, shown without a copy button; not output.
    if (FILE_TITLE.test(title)) return undefined;
    const transcript = family !== undefined && family !== 'output' ? noCopyTranscript(lines, family) : undefined;
    return transcript ?? output(lines, 'marker', 'the author marked it `.no-copy`');
  }
  if (outputTitle(title)) return output(lines, 'marker', `the title "${title}"`);
  if (family === 'output') return output(lines, 'marker', 'the language `output`');
  if (family === undefined) return undefined;
  // A shell or untagged block in a box titled as output (MkDocs lessons put the output under the command that way).
  const boxTitle = input.boxTitle?.trim() ?? '';
  if (outputTitle(boxTitle)) return output(lines, 'marker', `the box title "${boxTitle}"`);

  const dialect: Dialect = family === 'powershell' || family === 'powershell-session' ? 'powershell' : 'posix';
  // Pygments has comment tokens (so Material has annotations) only for real lexers.
  const annotations = family !== 'untagged' && family !== 'text';
  // An editor prints nothing to show: what follows `vim kube-apiserver.yaml` is what to write in the file.
  // Nor does a command that makes files (`alembic init migrations`) print the drawing of them that follows it.
  const quiet =
    input.previous === 'commands' &&
    input.previousCommand !== undefined &&
    (printsNothing(input.previousCommand) || (!listsFiles(input.previousCommand) && drawsFiles(lines)));
  const previous = quiet ? undefined : input.previous;
  // After an editor, "The result should look like:" describes the file, not anything printed.
  const said = readIntro(input.intro);
  const intro = quiet && said === 'output' ? undefined : said;
  const context: Context = {lines, dialect, annotations, strict: family === 'untagged' || family === 'text', previous, intro};

  // A fence titled with a file's name (`.gitignore`, `~/.bashrc`, `deploy.sh`) holds that file's text: commands
  // where its lines read as commands (a script), else a plain code block, copied whole (never output: a file's text
  // after a command block is not what the command printed).
  if (FILE_TITLE.test(title) && !classes.has('command') && !classes.has('session')) {
    // `title="main.tf"`, `variables.tf`, `dev.tfvars`, `values.yaml`: a file of another language, whatever its lines
    // look like (`resource "x" "y" {`, `ignore_changes = [`, `tags,`): that file's text, copied whole (in a shell fence
    // the fence step says its language is wrong).
    if (foreignFileName(title) !== undefined) return undefined;
    // In a shell fence the script's assignments are commands where commands stand beside them (`SAMPLE_ID=gut` over
    // `fastqc …`); in an untagged one (`title="config.properties"`) `NAME=value` is as likely a file's setting.
    const script = analyse({...context, strict: true, typedAssignments: !context.strict, previous: undefined, intro: undefined});
    return script?.kind === 'commands' ? script : undefined;
  }
  if (classes.has('command') || COMMAND_TITLE.test(title)) {
    const why = classes.has('command') ? 'the author marked it `.command`' : `the title "${title}"`;
    return asScript(context, 'marker', why);
  }
  if (classes.has('session') || family === 'session' || family === 'powershell-session') {
    const why = classes.has('session') ? 'the author marked it `.session`' : `the language \`${language}\``;
    return session(context, 'session', 'marker', `prompts mark the commands (${why})`) ?? withoutPrompts(context, why);
  }

  // In `text` (the author's "not code"), prompts make a transcript only when it starts with one: `$ bentoml push`
  // indented in a tool's "Next steps:" is what the tool printed.
  const transcript = family !== 'text' || matchPrompt(lines.find((line) => line.trim() !== '') ?? '', 'script', dialect) !== undefined;
  const prompted = transcript ? session(context, 'script', 'strong', 'prompts mark the commands') : undefined;
  if (prompted) return prompted;
  // A device's prompt with nothing typed after it (`(pr)[/configure …]` over `A:admin@g4-pe2#`, then what `info`
  // showed there): what the device shows, nothing to copy.
  if (transcript && devicePromptOutsideHeredocs(lines, dialect)) return output(lines, 'strong', "a device's prompt with nothing typed after it");
  const result = analyse(context);
  if (family === 'text') {
    // `text` is the author's way to say "not code": only sample output is worth rendering differently.
    return result?.kind === 'output' ? result : undefined;
  }
  return result;
}

/**
 * What a block is to the block right after it, whose `previous` it becomes: a session that ends on a command, with
 * nothing printed under it (`$ pwd` alone), leaves its output to the next block as a commands block does.
 */
export function kindBefore(classification: ShellClassification): ShellBlockKind {
  if (classification.kind !== 'session') return classification.kind;
  const {lines} = classification;
  let last = lines.length - 1;
  while (last >= 0 && lines[last].role === 'blank') last--;
  return last >= 0 && lines[last].command !== undefined ? 'commands' : 'session';
}

/** A `.no-copy` block that starts with a prompt (`$ `, `[user@host dir]$ `): the session it shows, nothing to copy. */
function noCopyTranscript(lines: readonly string[], family: Family): ShellClassification | undefined {
  const dialect: Dialect = family === 'powershell' || family === 'powershell-session' ? 'powershell' : 'posix';
  const first = lines.find((line) => line.trim() !== '') ?? '';
  if (matchPrompt(first, 'script', dialect) === undefined) return undefined;
  const context: Context = {lines, dialect, annotations: family !== 'untagged' && family !== 'text', strict: family === 'untagged' || family === 'text'};
  const shown = session(context, 'script', 'marker', 'prompts mark the commands; the author marked it `.no-copy`: nothing to copy');
  return shown && {...shown, copyAll: '', noCopy: true};
}

/**
 * A line that is a device's prompt alone (`devicePromptAlone`), not in a heredoc's body: a body is data, whatever
 * it reads as (`-@0>` in `cat <<EOF` reads as `user@host>`).
 */
function devicePromptOutsideHeredocs(lines: readonly string[], dialect: Dialect): boolean {
  const alone = lines.flatMap((line, index) => (devicePromptAlone(line, dialect) ? [index] : []));
  if (alone.length === 0) return false;
  const bodies = new Set<number>();
  for (let index = 0; index < lines.length; ) {
    if (lines[index]!.trim() === '') {
      index++;
      continue;
    }
    const unit = readCommand(lines, index, {body: lines[index]!}, {dialect, transcript: false, annotations: false});
    for (const line of unit.lines) if (line.role === 'heredoc') bodies.add(line.index);
    index = unit.lastLine + 1;
  }
  return alone.some((index) => !bodies.has(index));
}

/** A line that is a device's prompt (`A:admin@g4-pe2#`, `router#`, `user@host>`) and nothing else. */
function devicePromptAlone(line: string, dialect: Dialect): boolean {
  const match = matchPrompt(line, 'script', dialect);
  return match !== undefined && match.body.trim() === '' && takesHeader(match.prompt) && !SECOND_LINE_PROMPT.test(match.prompt);
}

/**
 * A session language with no prompt at all: Pygments shows such lines as output, so they are commands only where
 * they read as commands (as in untagged text), and never with confidence.
 */
function withoutPrompts(context: Context, why: string): ShellClassification | undefined {
  // Only a prompt, nothing typed (`[user@gadi-login-01 ~]$`: "your prompt looks like this"): shown, nothing to copy.
  const nonBlank = context.lines.filter((line) => line.trim() !== '');
  if (nonBlank.length > 0 && nonBlank.every((line) => matchPrompt(line, 'session', context.dialect)?.body.trim() === '')) {
    return output(context.lines, 'strong', 'a prompt with nothing typed after it');
  }
  const result = analyse({...context, strict: true});
  // Nothing reads as a command: output, as Pygments shows it, which is what MkDocs showed (nothing to ask the author).
  if (!result) return output(context.lines, 'heuristic', `no prompt and no command (${why})`);
  if (result.kind === 'output') return result;
  return {...result, certainty: 'ambiguous', reason: `no prompt at all (${why}); ${result.reason}`};
}

/**
 * The first line of another language's code (`tuple val(sample_id), path(reads_1)`) in a shell fence the classifier
 * left a plain code block: the fence's language is wrong, which the author should hear of (call it only where
 * `classifyShellBlock` returned undefined).
 */
export function foreignCodeLine(input: ShellBlockInput): string | undefined {
  const language = input.info.language?.toLowerCase();
  if (language === undefined || FAMILIES[language] !== 'script') return undefined;
  return input.value.split('\n').find((line) => foreignCode(line, 'posix'))?.trim();
}

/**
 * The first compound statement's header (`if condition is True:`, `def greet(name):`) of Python's code in a shell
 * fence the classifier left a plain code block: the fence's language is wrong, as for `foreignCodeLine` (call it only
 * where `classifyShellBlock` returned undefined).
 */
export function pythonCodeLine(input: ShellBlockInput): string | undefined {
  const language = input.info.language?.toLowerCase();
  if (language === undefined || FAMILIES[language] !== 'script') return undefined;
  return pythonCode(input.value.split('\n').filter((line) => line.trim() !== ''));
}

/**
 * The first stage of a query's pipeline (`| stats count by host` under `index=web_logs`) in a shell fence the
 * classifier left a plain code block: the fence's language is wrong, as for `foreignCodeLine` (call it only where
 * `classifyShellBlock` returned undefined).
 */
export function queryStageLine(input: ShellBlockInput): string | undefined {
  const language = input.info.language?.toLowerCase();
  if (language === undefined || FAMILIES[language] !== 'script') return undefined;
  const lines = input.value.split('\n');
  return queryText(lines, 'posix') ? lines.find((line) => /^\s*\|/.test(line))?.trim() : undefined;
}

/**
 * The first address (`../jupyterlite/lab/index.html?path=x.ipynb`, a URL) in a shell fence of addresses alone that the
 * classifier left a plain code block: the fence's language is wrong, as for `foreignCodeLine` (call it only where
 * `classifyShellBlock` returned undefined).
 */
export function addressLine(input: ShellBlockInput): string | undefined {
  const language = input.info.language?.toLowerCase();
  if (language === undefined || FAMILIES[language] !== 'script') return undefined;
  const lines = input.value.split('\n');
  return addressText(lines) ? lines.find((line) => line.trim() !== '' && !/^\s*#/.test(line))?.trim() : undefined;
}

/** Commands that print a listing of files, perhaps drawn as `tree` draws it. */
const LISTERS = new Set(['tree', 'ls', 'll', 'la', 'dir', 'find', 'fd', 'exa', 'eza', 'lsd', 'du', 'tar', 'unzip', 'zipinfo', 'gci', 'get-childitem']);

/** A root (`.`, `project/`) and `tree`'s branches under it: a drawing of files. */
function drawsFiles(lines: readonly string[]): boolean {
  const nonBlank = lines.filter((line) => line.trim() !== '');
  return nonBlank.length >= 2 && treeDrawing(nonBlank);
}

function listsFiles(command: string): boolean {
  const {word} = firstWords(command.trim());
  if (word === undefined) return false;
  // `poetry run tree`, `uv run tree -L 2`, `python -m tree`: the tool after the runner.
  const run = /^\s*(?:\S+\s+(?:run|exec)|npx|uvx|pipx\s+run)\s+(\S+)/.exec(command);
  return LISTERS.has(word.toLowerCase()) || (run !== null && LISTERS.has(run[1]!.toLowerCase()));
}

/**
 * The command an output block's caption names ("Sample output of `tree src`"), when a command block comes right
 * before it: the command the paragraph between names in inline code ("Typing `sudo iptables -L` now will list …:"
 * after `sudo ufw enable`), else that block's last command; neither where the block is a drawing of files that
 * command did not list (`alembic init migrations` then the files it made): the caption would say that command
 * printed it. Without a command block before, a command named in prose (`kubectl get` "with the `-o wide` option")
 * may be a fragment: no caption.
 */
export function outputOf(classification: ShellClassification, previousCommand: string | undefined, namedCommand?: string): string | undefined {
  if (previousCommand === undefined) return undefined;
  const command = namedCommand ?? previousCommand;
  return classification.reason === TREE_DRAWING && !listsFiles(command) ? undefined : command;
}

/** Terminal editors and the GUI ones lessons open files with (`sudo vim /etc/fstab`, `code .`, `nano ~/.bashrc`). */
const EDITORS = new Set(['vi', 'vim', 'nvim', 'nano', 'pico', 'emacs', 'micro', 'joe', 'ne', 'ed', 'code', 'gedit', 'kate', 'subl', 'mousepad', 'vimdiff', 'sudoedit', 'visudo', 'vipw', 'vigr']);

/**
 * A command that shows nothing a next block could be the output of: an editor (what follows `vim kube-apiserver.yaml`
 * is what to write in the file), or a command whose output goes to a file (`helm show values bitnami/mlflow >
 * mlflow_values.yaml`: the YAML after it is what to change in that file).
 */
function printsNothing(command: string): boolean {
  const {word} = firstWords(command.trim());
  if (word !== undefined && EDITORS.has(word)) return true;
  // `crontab -e`, `systemctl edit nginx`: an editor on a file whose text follows.
  if (/^(?:sudo\s+)?(?:crontab\s+(?:-u\s+\S+\s+)?-e|systemctl\s+edit)\b/.test(command.trim())) return true;
  return STDOUT_TO_FILE.test(command);
}

/** Standard output sent to a file at the end of the command (`> x.yaml`, `>> log`); not `2>`, `>&2` or a pipe after it. */
const STDOUT_TO_FILE = /(?:^|[^\d&>])>>?\s*[^\s|&;>'"]+\s*$/;
