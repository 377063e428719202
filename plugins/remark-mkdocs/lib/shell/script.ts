/**
 * Blocks without prompts (`bash`, `sh`, PowerShell, untagged, `text`): a
 * first pass reads the block as a script, so heredoc bodies and continuations
 * belong to their commands before anything is judged, and collects signs of
 * output; then the block is commands, output, or commands followed by their
 * output (a session the caller should warn about).
 */

import {APT_SOURCES_TEXT, blockEvidence, CRONTAB_TEXT, ELISION, HELP_HEADING, IMAGE_REFERENCE, isHeaderLike, lineEvidence, MANIFEST, TREE_DRAWING, YAML_TEXT, type Evidence} from './evidence';
import {Builder, commonIndent, isCommentLine, nextIsCommand, output, readsAsCommand, SETTING, type Context} from './builder';
import {parseOutputTables} from './output-table';
import {readCommand} from './structure';
import {ADDRESS, commandShape, FUNCTION_DEFINITION, firstWords, isCommandWord} from './words';
import type {Certainty, ShellClassification} from './types';

const TABLE = 'an aligned table with an upper-case header';
const LOOSE_TABLE = 'an upper-case header over rows (not aligned)';
const COLUMNS = 'a header of column labels over rows';
/** A script's interpreter line: `#!/bin/bash`, `#!/usr/bin/env bash`. */
const SHEBANG = /^#!\s*\/\S*\b(?:ba|z|k|da)?sh\b|^#!\s*\/usr\/bin\/env\s+(?:ba|z|k|da)?sh\b/;

/** Every line a command (or comment): the `.command` marker. */
export function asScript(context: Context, certainty: Certainty, reason: string): ShellClassification {
  const builder = new Builder(context.lines, context.annotations, true);
  for (let index = 0; index < context.lines.length; ) {
    const line = context.lines[index];
    if (line.trim() === '') index++;
    else if (isCommentLine(line)) builder.comment(index++);
    else {
      const unit = readCommand(context.lines, index, {body: line}, {dialect: context.dialect, transcript: false, annotations: context.annotations});
      builder.command(unit);
      index = unit.lastLine + 1;
    }
  }
  return builder.result('commands', certainty, reason);
}

/** What the first pass learnt about each line. */
interface Survey {
  /** Line → the evidence that it is output, when it is not part of a command. */
  outputs: Map<number, Evidence>;
  /** Units whose first line reads as a command. */
  known: number;
  /**
   * The first lines of those units: where `split` starts a command too. Not the assignments and paths alone counted with
   * them: after a command, in a block with output, `/usr/bin/bwa` is what it printed as often as not.
   */
  commands: Set<number>;
  /** Units whose first word tells nothing (an unknown tool, or output without strong signs). */
  unknown: number;
  /** The first weak sign of output outside commands, if any. */
  weak?: Evidence;
  /** The first comment that announces output (`# Output should be similar to:`): what is typed is above it. */
  announcedAt?: number;
}

export function analyse(given: Context): ShellClassification | undefined {
  const nonBlank = given.lines.filter((line) => line.trim() !== '');
  if (nonBlank.length === 0) return undefined;
  const context: Context = {...given, indent: commonIndent(nonBlank)};
  const {lines, previous, strict} = context;
  // Untagged `key = value` lines (and `#` or `//` comments), in sections (`process {` … `}`, Nextflow's and HCL's
  // configuration): a configuration file's text, copied whole wherever it stands.
  if (strict && nonBlank.some((line) => SETTING.test(line)) && nonBlank.every((line) => isCommentLine(line) || /^\s*\/\//.test(line) || SETTING.test(line) || SECTION.test(line) || MAP_ENTRY.test(line))) return undefined;
  // So is an untagged Dockerfile (`FROM ubuntu:$VERSION`, `RUN useradd … && \`) or pip requirements file
  // (`nbconvert>=7`, `pip`, `tox`): pasted into a terminal, `pip` and `tox` would run, `>=7` write a file.
  if (strict && (dockerfileText(nonBlank) || requirementsText(nonBlank) || containerDefinitionText(nonBlank))) return undefined;
  // A JSON document (`[` over `  {` … `]`, what `gnmic get` printed): never commands, though `[` and `{` start a test
  // and a group in bash. As YAML: output right after a command block or where the paragraph says so, else the text of a
  // file the reader writes ("Make a file `settings.json` and write:"), a plain code block copied whole as in MkDocs. A
  // stream of documents (`gnmic subscribe`'s events, one object after another) is what a program printed wherever it
  // stands. JSON after a command in the same block (`curl …` over `{…}`) is that command's output (the survey's signs).
  const json = jsonDocument(nonBlank);
  if (json === 'valid' && jsonDocuments(nonBlank).length > 1) return output(lines, 'strong', 'a stream of JSON documents');
  if (json) {
    const printed = previous === 'commands' || context.intro === 'output';
    return printed ? output(lines, json === 'valid' ? 'strong' : 'heuristic', json === 'valid' ? 'a JSON document' : 'a JSON document (nearly valid) right after a command block') : undefined;
  }
  // A configuration stanza (logrotate's `/var/log/apache2/*.log {` … `weekly` … `}`, nginx's `server {` … `listen 80;`
  // … `}`): a file's text, a plain code block; output right after a command (`cat /etc/logrotate.d/apache2`).
  // A YANG module (`module example-car {`, `yang-version 1.1;`): another language's code, a plain code block as in
  // MkDocs; output right after a command (`cat example-car.yang`).
  // Terraform's plan (`Terraform will perform the following actions:`, `# x will be created`, `+ resource "…" "…" {`,
  // `+ id = (known after apply)`, closing braces): what `terraform plan` printed, never commands (bash would run `}`);
  // output right after a command block or where the paragraph says so, else a plain code block.
  if (terraformPlan(nonBlank)) return previous === 'commands' || context.intro === 'output' ? output(lines, 'strong', "Terraform's plan") : undefined;
  // An assembly listing (`main:`, `push rbp`, `mov rbp, rsp`, `test rax, rax`, `ret`): another language's code, a plain
  // code block as in MkDocs (bash has `test` and `cmp`, never with registers); output right after a command block
  // (`objdump -d`); "We can see the compilation results in … instructions for the CPU:" is no command's output.
  if (assemblyListing(nonBlank)) return previous === 'commands' ? output(lines, 'heuristic', 'an assembly listing') : undefined;
  // Python's compound statements (`if condition is True:` over `    do something`, `for run in runs:` over
  // `    print(run)`, `def greet(name):`): a header ending in `:` over an indented body is no shell syntax (bash's `if`
  // and `for` go on with `then` and `do`). Another language's code, pseudo-code as often as not: a plain code block
  // copied whole wherever it stands, as a query is (in a shell fence the fence step says its language is wrong).
  if (pythonCode(nonBlank) !== undefined) return undefined;
  if (yangModule(nonBlank)) return previous === 'commands' ? output(lines, 'heuristic', 'a YANG module right after a command block') : undefined;
  if (stanzaText(nonBlank, context.dialect)) return previous === 'commands' ? output(lines, 'heuristic', 'a configuration stanza right after a command block') : undefined;
  // A device's configuration (SR OS's `configure {` … `}`) likewise; where it holds the lines typed to enter and
  // commit it (`/edit global`, `commit`), it is what to paste into the device whatever came before.
  if (deviceConfigText(nonBlank, context.dialect)) {
    const typed = nonBlank.some((line) => DEVICE_COMMAND.test(line));
    return previous === 'commands' && !typed ? output(lines, 'heuristic', "a device's configuration right after a command block") : undefined;
  }
  // A query's pipeline (Splunk's `index=web_logs status=500` over `| stats count by host`): a line that starts with
  // `|` starts no shell command, it goes on with the query above it. Text to paste into the search bar, a plain code
  // block copied whole wherever it stands, as YAML is (in a shell fence the fence step says its language is wrong).
  if (queryText(nonBlank, context.dialect)) return undefined;
  // Addresses alone (`../jupyterlite/lab/index.html?path=Python_Basics_01.ipynb`, a URL): what to open or put in a
  // link, nothing a shell runs; a plain code block copied whole (in a shell fence the fence step says its language is
  // wrong); right after a command block, what it printed (`minikube service web --url`).
  if (addressText(nonBlank)) return previous === 'commands' ? output(lines, 'heuristic', 'addresses right after a command block') : undefined;

  // YAML through and through, commands only in its block scalars (Azure Pipelines' `- powershell: |` over `git config
  // …`, then `displayName: …`): the pipeline's text, whose steps the agent runs, not the reader; a plain code block
  // copied whole as YAML alone is, output right after a command block.
  if (blockEvidence(nonBlank) === YAML_TEXT) return previous === 'commands' ? output(lines, 'strong', YAML_TEXT.reason) : undefined;
  // A table's header is upper- or Title-case words, never a command line, so
  // a block that is tables through and through is output whatever its rows
  // hold (a `df` row starts with `/dev/vda1`, which could pass for a command).
  if (parseOutputTables(lines.join('\n'))) return output(lines, 'strong', TABLE);
  // `#!/bin/bash -e` then `#SBATCH` lines and tools: a script file's text, which the reader pastes whole.
  if (SHEBANG.test(nonBlank[0]) && context.dialect === 'posix') return asScript(context, 'strong', 'a script file (it starts with `#!`)');
  const help = helpEntries(lines);
  let survey = surveyLines(context, proseLines(lines), help);
  // Sentences alone are what they were before: prose marks only tell sentences from the commands among them.
  if (!survey.known && [...survey.outputs.values()].every((sign) => sign === PROSE)) survey = surveyLines(context, new Set(), help);

  // `...` alone is output wherever it stands, but what the other lines are (YAML to write in a file, a table) tells more.
  const signs = [...survey.outputs.values()];
  const strongOutput = signs.find((sign) => sign.reason !== ELISION && sign !== PROSE) ?? signs.find((sign) => sign.reason !== ELISION) ?? signs[0];
  // Above an output announcement the author wrote what to type, whatever tool it runs (`samtools view …`).
  const typedAbove = survey.announcedAt !== undefined && lines.some((line, index) => index < survey.announcedAt! && line.trim() !== '' && !isCommentLine(line) && !survey.outputs.has(index));
  // A manifest alone in a shell fence, not right after a command that could have printed it: the text to paste
  // into a file (`You should use these lines in the buildconfig`), which MkDocs offers to copy whole.
  if (PASTED_TEXT.has(strongOutput!) && !survey.known && previous !== 'commands') return undefined;
  // A directory drawn as `tree` draws it (`├── notebooks/`), alone in an untagged fence: a picture of the files, a
  // plain code block as in MkDocs. In a shell fence, or right after a command (`tree`), it is what `tree` printed.
  if (strict && strongOutput?.reason === TREE_DRAWING && !survey.known && previous !== 'commands' && treeDrawing(nonBlank)) return undefined;
  // Image references alone (`myapp:latest    # Can change over time`, `quay.io/org/app:v1` to set in a file): what a
  // command takes, nothing bash runs; a plain code block, copied whole, as YAML is. Output right after a command that
  // could print them (`docker images --format …`) or where the paragraph before says so.
  if (strongOutput === IMAGE_REFERENCE && !survey.known && previous !== 'commands' && context.intro !== 'output') return undefined;
  // Code of another language (Nextflow's `tuple val(sample_id), path(reads_1)` in a `bash` fence), no command beside
  // it: nothing bash runs, a plain code block as in MkDocs (the fence step says its language is wrong). Output right
  // after a command (`cat main.nf`) or where the paragraph says so; among commands shown, not copied.
  if (strongOutput === FOREIGN_CODE && !survey.known && previous !== 'commands' && context.intro !== 'output') return undefined;
  if (strongOutput && !survey.known && !typedAbove) return output(lines, 'strong', strongOutput.reason);
  if (strongOutput) return split(context, survey, strongOutput);

  const afterCommands = previous === 'commands';
  // The paragraph before says output ("For example, your output will look something like:"): where the lines do not
  // read as commands, or only unsurely so right after a command, they are what it printed.
  const announced = context.intro === 'output';
  const introReason = 'the paragraph before says output follows';
  if (!survey.known) {
    if (afterCommands && survey.weak) return output(lines, 'strong', `${survey.weak.reason} right after a command block`);
    if (announced) return output(lines, afterCommands ? 'strong' : 'heuristic', `no known command, and ${introReason}`);
    if (strict) return afterCommands ? output(lines, 'heuristic', 'untagged text right after a command block') : undefined;
    // A device's report (SR OS's `show` commands) framed by ruler lines (`=====…`, `-----…`): printed, never typed.
    if (nonBlank.filter((line) => RULER.test(line)).length >= 2) return output(lines, 'heuristic', 'a report between ruler lines, no known command');
    // Right after a command block, lines that read as a program's messages (`Initializing the backend...`, `Apply
    // complete! Resources: 1 added, …`, `"bitnami" already exists …, skipping`), no command among them: what it printed.
    if (afterCommands && context.intro !== 'command' && nonBlank.every((line) => isCommentLine(line) || programMessage(line))) {
      return output(lines, 'heuristic', "a program's messages right after a command block");
    }
    if (survey.weak) return asScript(context, 'ambiguous', `${survey.weak.reason}, but no strong sign of output`);
    // `#SBATCH --array=0-10` alone: a line for a file (a job script's directive) or a note, nothing to run.
    if (nonBlank.every(isCommentLine)) return asScript(context, 'ambiguous', `only comments (\`${nonBlank[0].trim()}\`), nothing to run`);
    for (const line of nonBlank) {
      const reading = isCommentLine(line) ? undefined : unlikeCommand(line);
      if (reading) return asScript(context, 'ambiguous', `no known command, and \`${line.trim()}\` reads as ${reading}`);
    }
    return asScript(context, 'heuristic', 'no known command, no sign of output');
  }
  if (survey.weak || survey.unknown) {
    if (announced && afterCommands) return output(lines, 'strong', `lines that could be commands or output right after a command block, and ${introReason}`);
    if (survey.weak) return asScript(context, 'ambiguous', `commands, but also ${survey.weak.reason}`);
    // `echo $NAMESPACE` then `demo`: the second line may be an unfamiliar tool or
    // the first one's output; nothing tells, so the caller should ask the author.
    return asScript(context, 'ambiguous', 'known commands mixed with lines that could be output');
  }
  return asScript(context, strict ? 'heuristic' : 'strong', strict ? 'lines start with known commands' : 'shell commands, no sign of output');
}

/**
 * First pass: read the block as a script (so heredocs and continuations are
 * known), noting which units start like commands and which lines carry signs
 * of output. Lines with strong signs are never lexed: an apostrophe in
 * `If you don't see a command prompt` must not open a quote that swallows the
 * rest of the block.
 */
function surveyLines(context: Context, prose: ReadonlySet<number>, help: ReadonlySet<number>): Survey {
  const {lines, dialect, strict} = context;
  const survey: Survey = {outputs: new Map(), known: 0, unknown: 0, commands: new Set()};
  const defined = new Set<string>();
  /** Variables the block sets (`READS_1="data/${SAMPLE_ID}_1.fq"`): a line that uses one is a command. */
  const variables = new Set<string>();
  /** A script file's assignments, commands where commands stand beside them (see `Context.typedAssignments`). */
  const assignments: number[] = [];
  const loose: number[] = [];
  /** Paths alone (`/home/support/attacker`) that nothing before them in the block could have printed. */
  const runPaths: Array<{index: number; evidence?: Evidence}> = [];
  let printedPaths = false;
  for (let index = 0; index < lines.length; ) {
    const line = lines[index];
    if (line.trim() === '') {
      index++;
      continue;
    }
    // `# Output should be similar to:`: the author says what follows is output, up to a blank line that a
    // command or comment follows.
    if (isCommentLine(line) && OUTPUT_ANNOUNCED.test(line)) {
      survey.announcedAt ??= index;
      index = markAnnouncedOutput(context, index + 1, survey);
      continue;
    }
    const evidence = prose.has(index) ? PROSE : help.has(index) ? HELP_ENTRY : foreignCode(line, dialect) ? FOREIGN_CODE : lineEvidence(line);
    if (evidence?.strength === 'strong') {
      survey.outputs.set(index++, evidence);
      // A result that opens a JSON object (Ansible's `web1 | SUCCESS => {`, `fatal: [web1]: FAILED! => {`) runs to the
      // brace that closes it at the line's indentation: its `}` is no brace group's end.
      if (RESULT_OPENS_OBJECT.test(line)) index = markObject(lines, index, line.length - line.trimStart().length, evidence, survey);
      continue;
    }
    if (isCommentLine(line)) {
      index++;
      continue;
    }
    const unit = readCommand(lines, index, {body: line}, {dialect, transcript: false, annotations: context.annotations});
    // A function the block defines is a command where it is called (`greet world` after `greet() {…}`).
    const definition = FUNCTION_DEFINITION.exec(line.trim());
    if (definition) defined.add(definition[1] ?? definition[2]);
    // "Run:", "Look at them:" before the block: its first line is typed, whatever tool it names (`qiv a-18.png`).
    // Not the root of a drawing of files (`tmp` over `└── a.gz`, "start 3 tasks that write these files:"): a tree is
    // never typed.
    const introduced =
      context.intro === 'command' && survey.known + survey.unknown === 0 && evidence === undefined && COMMAND_SHAPED.test(line) && !unlikeCommand(line) && !treeRoot(lines, index);
    const variable = ASSIGNED.exec(line)?.[1];
    if (introduced || readsAsCommand(line, dialect, strict, context.indent) || continuedTool(line, unit.lines.length) || invokesTool(line) || defined.has(firstWords(line).word ?? '') || usesVariable(line, variables, evidence)) {
      survey.known++;
      survey.commands.add(index);
      printedPaths ||= PRINTS_PATHS.test(line);
      if (variable) variables.add(variable);
    } else if (context.typedAssignments && evidence === undefined && commandShape(line, dialect) === 'assignment') {
      assignments.push(index);
      if (variable) variables.add(variable);
    } else if (!printedPaths && unit.lines.length === 1 && PATH_ALONE.test(line.trim())) {
      runPaths.push({index, evidence});
    } else {
      survey.unknown++;
      if (evidence) survey.weak ??= evidence;
      for (const part of unit.lines) loose.push(part.index);
    }
    index = unit.lastLine + 1;
  }
  if (assignments.length > 0 && survey.known > 0) survey.known += assignments.length;
  else if (assignments.length > 0) {
    survey.unknown += assignments.length;
    loose.push(...assignments);
    loose.sort((a, b) => a - b);
  }
  // A program run by its path, beside other commands (`/home/support/attacker` over `./attacker`, "either of two
  // ways"), or where the paragraph before says to run it; not right after a command block, which could have printed it.
  if (runPaths.length > 0 && (survey.known > 0 || context.intro === 'command') && context.previous !== 'commands') survey.known += runPaths.length;
  else if (runPaths.length > 0) {
    survey.unknown += runPaths.length;
    for (const {index, evidence} of runPaths) {
      if (evidence && survey.weak === undefined) survey.weak = evidence;
      loose.push(index);
    }
    loose.sort((a, b) => a - b);
  }
  markTablesAndDocuments(context, loose, survey);
  return survey;
}

/** A result line that opens a JSON object printed under it: `web1 | SUCCESS => {`. */
const RESULT_OPENS_OBJECT = /\S\s+=>\s*\{\s*$/;

/**
 * The object's lines from `from` on, up to and with the `}` at `indent` that closes it, are output (the evidence of
 * the line that opened it); none where no such brace comes before a blank line. Returns where to go on.
 */
function markObject(lines: readonly string[], from: number, indent: number, evidence: Evidence, survey: Survey): number {
  let end = from;
  while (end < lines.length && lines[end].trim() !== '' && !(lines[end].trim() === '}' && lines[end].length - lines[end].trimStart().length === indent)) end++;
  if (end >= lines.length || lines[end].trim() === '') return from;
  for (let index = from; index <= end; index++) survey.outputs.set(index, evidence);
  return end + 1;
}

/** An entry of a help text's section (see `helpEntries`). */
const HELP_ENTRY: Evidence = {strength: 'strong', reason: "a program's help text"};

/**
 * The entries under a help text's section headings (`Commands:` over `  install    Install packages.`, `Flags
 * (filtered):` over `  -a, --address strings   comma separated …`): the lines indented further than the heading, up
 * to a blank line or one that is not. What `pip` or `gnmic --help` printed; `  set    run gnmi set on targets` is no
 * call of bash's `set`.
 */
function helpEntries(lines: readonly string[]): Set<number> {
  const entries = new Set<number>();
  const indent = (line: string) => /^\s*/.exec(line)![0].length;
  for (let index = 0; index < lines.length; index++) {
    if (!HELP_HEADING.test(lines[index])) continue;
    const heading = indent(lines[index]);
    for (let at = index + 1; at < lines.length && lines[at].trim() !== '' && indent(lines[at]) > heading; at++) entries.add(at);
  }
  return entries;
}

/** The variable a line sets (`READS_1="…"`, `export OUTDIR=…`). */
const ASSIGNED = /^\s*(?:(?:export|declare|local|readonly|typeset)(?:\s+-\w+)*\s+)?([A-Za-z_]\w*)=/;

/**
 * `salmon quant -1 ${READS_1}` under `READS_1="data/${SAMPLE_ID}_1.fq"`: a lower-case word and its arguments that use
 * a variable the block set is a command whatever the tool; a program prints a variable's value, not its name.
 */
function usesVariable(line: string, variables: ReadonlySet<string>, evidence: Evidence | undefined): boolean {
  if (variables.size === 0 || evidence !== undefined || !COMMAND_SHAPED.test(line) || unlikeCommand(line)) return false;
  for (const match of line.matchAll(/\$\{?([A-Za-z_]\w*)/g)) if (variables.has(match[1]!)) return true;
  return false;
}

/** An absolute path alone on its line, or one into a hidden directory (`.git/hooks/pre-push`, `.venv/bin/activate`). */
const PATH_ALONE = /^(?:\/|\.[\w-]+\/)[\w.@+~-]+(?:\/[\w.@+~-]+)*$/;
/** Commands whose output is paths: what follows them in the block may be what they printed. */
const PRINTS_PATHS = /^\s*(?:sudo\s+)?(?:pwd|which|whereis|type|command\s+-v|realpath|readlink|dirname|basename|find|locate|ls|ll|echo|printf|cat|tree|du|df|mount)(?:\s|$)/;

/**
 * A comment that announces output: `# Output should be similar to :`,
 * `# The output should look like this:`, `# You should see output similar
 * to this:`, `# Expected output` (with or without a colon), `# Output:`,
 * `# Results:`. Not one that only starts with the word (`# Output as JSON`).
 */
/**
 * A comment that is only a label for what follows, as a paragraph "Output" is (see `intro.ts`): `### Output`,
 * `# Output:`, `## Result`, `# Expected output`, `### Output (relevant lines)`, with any number of `#` (Portuguese, Spanish, French and German
 * labels too: `# Saída`, `# Salida`, `# Sortie`, `# Ausgabe`).
 */
const OUTPUT_HEADING =
  /^\s*#+\s*(?:(?:sample|example|expected|typical|actual)\s+)?(?:outputs?|results?|responses?|sa[ií]das?|resultados?|salidas?|sorties?|r[ée]sultats?|ausgaben?|ergebnis(?:se)?)(?:\s*\([^)]*\))?\s*:?\s*$/iu;

const OUTPUT_ANNOUNCED = new RegExp(
  [
    // `# Output:`, `# Sample results:`, `# The output will be:` (a colon ends it)
    String.raw`^\s*#+\s*(?:(?:the|sample|example|expected|typical|your)\s+)?(?:outputs?|results?|responses?)(?:\s+(?:should|will|may|might|would|is|looks?)\b.*?)?\s*:\s*$`,
    // `# Expected output`, `# Sample output` (a qualifier says it, no colon needed)
    String.raw`^\s*#+\s*(?:the\s+)?(?:sample|example|expected|typical)\s+(?:outputs?|results?|responses?)\s*$`,
    // `# Output should be similar to`, `# The output should look like this`
    String.raw`^\s*#+\s*(?:(?:the|sample|example|expected|typical|your)\s+)?(?:outputs?|results?|responses?)\s+(?:should|will|may|might|would)\s+(?:be|look)\s+(?:similar|like)\b.*$`,
    // `# You should see output like this:`, `# This should print the following:`
    String.raw`^\s*#+\s*(?:you\s+should\s+(?:see|get)|(?:this|it)\s+(?:should\s+)?(?:prints?|outputs?|returns?|shows?))\b.*(?:output|similar|like\s+this|following|:)\s*$`,
    // A heading of a label alone: `### Output`, `# Result`, `## Expected output`, `### Output (only first few lines)`.
    OUTPUT_HEADING.source,
  ].join('|'),
  'i',
);

const ANNOUNCED: Evidence = {strength: 'strong', reason: 'output the author announced (`# Output …`)'};

/**
 * Lines from `from` on are output, up to a blank line after which a command or comment starts, or the block's end;
 * returns where to go on. Comments among them are shown as comments (`### Output` over `# If git is configured,
 * you'll see:` over `user.name=Your Name`). Once a line of output is marked, what follows is output too, whatever it
 * reads as (`nginx version: nginx/1.24.0` under `web1 | CHANGED | rc=0 >>`); before, a command ends the announcement:
 * output written as comments (`# Example output:` over `# PLUGIN  VERSION`, then `kubectl krew list`) is already
 * safe to paste, and a label over a command (`# Result` over `kubectl get pods`) names what the command gives.
 */
function markAnnouncedOutput(context: Context, from: number, survey: Survey): number {
  const {lines, dialect, strict} = context;
  let index = from;
  let marked = false;
  for (; index < lines.length; index++) {
    if (lines[index].trim() === '') {
      const next = lines.findIndex((line, at) => at > index && line.trim() !== '');
      if (next === -1 || isCommentLine(lines[next]) || readsAsCommand(lines[next], dialect, strict, context.indent)) return next === -1 ? lines.length : next;
      continue;
    }
    if (isCommentLine(lines[index])) {
      // A new announcement starts a run of its own.
      if (OUTPUT_ANNOUNCED.test(lines[index])) return index;
      continue;
    }
    if (!marked && readsAsCommand(lines[index], dialect, strict, context.indent) && lineEvidence(lines[index])?.strength !== 'strong') return index;
    survey.outputs.set(index, ANNOUNCED);
    marked = true;
  }
  return index;
}

/**
 * A YANG module or submodule (RFC 7950): `module example-car {` first, a header statement (`yang-version 1.1;`,
 * `namespace "…";`, `prefix car;`, `belongs-to …`) in it, `}` last. Bash would run `module` (Environment Modules'
 * command) with `example-car {` and every statement after it.
 */
function yangModule(nonBlank: readonly string[]): boolean {
  return (
    nonBlank.length >= 3 &&
    /^\s*(?:sub)?module\s+[\w.-]+\s*\{\s*$/.test(nonBlank[0]) &&
    /^\s*\}\s*$/.test(nonBlank[nonBlank.length - 1]) &&
    nonBlank.some((line) => /^\s*(?:yang-version|namespace|prefix|belongs-to)\s+\S.*[;{]\s*$/.test(line))
  );
}

/** The lines only Terraform's plan prints: a resource's action, its diff's head, an attribute known later, the summary. */
const PLAN_MARK =
  /^\s*(?:# \S+ (?:will|must) be (?:created|destroyed|updated in-place|replaced|read during apply)|(?:[+~-]|-\/\+|\+\/-) (?:resource|data) "[^"]+" "[^"]+" \{|(?:[+~-] )?[\w"-]+\s*= \(known after apply\)|Plan: \d+ to (?:add|import)|[Tt]erraform will perform the following actions:)/;
/** Other lines of a plan: a diff's line (`+ name = "x"`, `~ tags {`), an unchanged attribute, a closing brace, a sentence, `...`. */
const PLAN_LINE =
  /^\s*(?:(?:[+~-]|-\/\+|\+\/-)\s+\S.*|[\w"\[\].-]+\s*=\s*\S.*|[\w-]+\s*\{\s*|[}\])],?|\.+|…|#.*|[A-Z][\w\s,'"().:!?/-]*|\s+terraform apply\b.*)\s*$/;

/** Terraform's plan output, alone: at least two lines only a plan prints, every other line one a plan holds. */
function terraformPlan(nonBlank: readonly string[]): boolean {
  const marks = nonBlank.filter((line) => PLAN_MARK.test(line)).length;
  return marks >= 2 && nonBlank.every((line) => PLAN_MARK.test(line) || PLAN_LINE.test(line) || lineEvidence(line)?.reason === 'a terraform message');
}

/**
 * A program's message: words ending a sentence (`...`, `…`, `!`, `.` on the last word, `Initializing the backend...`,
 * `Success! The configuration is valid.`), or a clause and a comma then one word (`… with the same configuration,
 * skipping`); or a `Key: value` report (`Outputs: 2`). No shell syntax outside quotes.
 */
function programMessage(line: string): boolean {
  const text = line.trim().replace(/^[-*] /, '');
  if (/[|;&<>`$]/.test(text.replace(/"[^"]*"|'[^']*'/g, ''))) return false;
  if (/^[A-Z][\w ()-]{0,40}: \S/.test(text)) return true;
  return /^\S+(?:\s+\S+)+$/.test(text) && (/[\p{L}\d)"'\]](?:\.{3}|…|!|\.)$/u.test(text) || /\p{L}, \p{L}+$/u.test(text));
}

/** x86 and ARM registers as operands (`rbp`, `eax`, `al`, `r8d`, `xmm0`, `x0`, `sp`). */
const REGISTER = String.raw`(?:[re]?[abcd]x|[abcd][lh]|[re]?(?:si|di|sp|bp|ip)|(?:si|di|sp|bp)l|r(?:[89]|1[0-5])[dwb]?|[xy]mm\d{1,2}|[wx]\d{1,2}|lr|pc)`;
/** An instruction: a mnemonic, then operands (registers, numbers, memory `[rbp-5]`, `DWORD PTR`, labels) or none. */
const INSTRUCTION = /^\s*(?:mov[a-z]*|push[a-z]?|pop[a-z]?|lea[a-z]?|call[a-z]?|ret[a-z]?|leave[a-z]?|jmp|j[a-z]{1,3}|cmp[a-z]?|test[a-z]?|add[a-z]?|sub[a-z]?|i?mul[a-z]?|i?div[a-z]?|xor[a-z]?|and[a-z]?|or[a-z]?|not[a-z]?|neg[a-z]?|inc[a-z]?|dec[a-z]?|sh[lr][a-z]?|sa[lr][a-z]?|nop[a-z]?|int|syscall|set[a-z]{1,3}|cdq|cqo|cdqe|endbr(?:32|64)|hlt|xchg|ldr[a-z]?|str[a-z]?|bl|bx|b\.[a-z]{2}|cbn?z|svc|adr[a-z]?|stp|ldp)(?:\s+[^\s;#].*?)?\s*(?:[;#].*)?$/i;
const LABEL = /^\s*[.\w$@]+:\s*(?:[;#].*)?$/;
const DIRECTIVE = /^\s*\.[a-z]\w*(?:\s+\S.*)?$/;

/**
 * An assembly listing: two lines or more, every one an instruction, a label (`main:`, `.L3:`) or a directive
 * (`.string "…"`), and an instruction naming a register (`cmp rax, rbx`: bash's `cmp` and `test` never take one).
 */
function assemblyListing(nonBlank: readonly string[]): boolean {
  const withRegister = new RegExp(String.raw`^\s*[a-z.]+\s+(?:[^,]*[\s,[+*-])?${REGISTER}\b`, 'i');
  const lines = nonBlank.filter((line) => !/^\s*[;#]/.test(line));
  if (lines.length < 2 || !lines.every((line) => INSTRUCTION.test(line) || LABEL.test(line) || DIRECTIVE.test(line))) return false;
  const registers = lines.filter((line) => INSTRUCTION.test(line) && withRegister.test(line)).length;
  return registers >= 1;
}

/**
 * The header of a Python compound statement: `if x is True:`, `elif …:`, `else:`, `for x in xs:`, `while n > 0:`,
 * `def f(a):`, `class A(B):`, `with open(p) as f:`, `try:`, `except ValueError as e:`, `finally:`; perhaps a comment.
 */
const PYTHON_HEADER =
  /^\s*(?:(?:if|elif|while)\s+\S.*|else|try|finally|except(?:\s+\S.*)?|for\s+[\w\s,()]+\s+in\s+\S.*|(?:async\s+)?def\s+[A-Za-z_]\w*\s*\(.*\)(?:\s*->\s*\S.*)?|class\s+[A-Za-z_]\w*(?:\s*\(.*\))?|with\s+\S.*)\s*:\s*(?:#.*)?$/;
/** A simple statement of Python's on a line of its own: `x = f(y)`, `n += 1`, `print(x)`, `obj.method(a)`, `import x`, `pass`, `...`. */
const PYTHON_STATEMENT =
  /^\s*(?:[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s+(?:[-+*/%]|\/\/|\*\*)?=\s+\S.*|[A-Za-z_][\w.]*\(.*\)|(?:import|from)\s+[\w.]+(?:\s+import\s+.+)?|pass|break|continue|return(?:\s.*)?|\.\.\.|#.*)\s*$/;

/**
 * Python's code, its first compound statement's header if it is: a header (`PYTHON_HEADER`) whose next line is indented further (its body), and
 * every line outside a body a header, a simple statement (`PYTHON_STATEMENT`) or a comment. Bash's `if` and `for` need
 * `then` and `do`; no bash line ends its `if`, `for` or `while` with a colon.
 */
export function pythonCode(nonBlank: readonly string[]): string | undefined {
  const indent = (line: string) => /^\s*/.exec(line)![0].length;
  let header: string | undefined;
  /** The indentation of the header whose body the lines are in, if any. */
  let body: number | undefined;
  for (const [index, line] of nonBlank.entries()) {
    if (body !== undefined && indent(line) > body) continue;
    body = undefined;
    if (PYTHON_HEADER.test(line)) {
      const next = nonBlank[index + 1];
      if (next === undefined || indent(next) <= indent(line)) return undefined;
      header ??= line.trim();
      body = indent(line);
    } else if (!PYTHON_STATEMENT.test(line)) return undefined;
  }
  return header;
}

/** A ruler line a report is framed with: twenty `=` or `-` or more, alone. */
const RULER = /^\s*(?:={20,}|-{20,})\s*$/;

/** A lower-case word, alone or before its arguments: how a command starts (`qiv a-18.png a-19.png`, `htop`). */
const COMMAND_SHAPED = /^\s*[a-z][\w.+-]*(?:\s+[^\s=:].*)?$/;

/**
 * `seqtool trim --min 100 in.fq \` continued on the next line: a word, its
 * arguments and a line continuation are a command whatever the tool (output
 * does not end a line with ` \`). Text art can, so the line must start with a word. The word alone too (`fastqc \`
 * over `    --outdir … \`): its arguments are on the lines below.
 */
function continuedTool(line: string, unitLines: number): boolean {
  return unitLines > 1 && /^\s*[A-Za-z][\w.+-]*(?:\s.*)?\s\\$/.test(line);
}

/**
 * `fastqc --version`, `swapoff -a`, `nf-core pipelines list --sort stars`, `samtools collate -@ 2 …` (samtools'
 * threads): a lower-case word, then an option among
 * its arguments; or `containerd config default | tee config.toml`: piped into a known command. Whatever the tool,
 * that is how a command is written; output does not start with a tool's name and go on to an option (a `--help`
 * text's options start the line) or a pipe into a command.
 */
function invokesTool(line: string): boolean {
  if (/^\s*[a-z][\w.+-]*(?:\s+[^\s-][^\s]*)*\s+(?:--?[A-Za-z][\w-]*|-@)(?:[=\s]|$)/.test(line)) return true;
  const piped = /^\s*[a-z][\w.+-]*\s[^|]*\|\s*(\S+)/.exec(line);
  return piped !== null && isCommandWord(firstWords(piped[1]!).word ?? '', 'posix');
}

/** An entry of a map or list value among such settings (`resourceLimits = [` … `memory: 230.GB,` … `]`). */
const MAP_ENTRY = /^\s+[\w.-]+: +\S.*$/;

/** A section of a configuration file around `key = value` settings: `process {`, `withName: 'FASTQC' {`, `}`, `]`. */
const SECTION = /^\s*(?:[\w.:'"-]+(?:\s+[\w.:'"-]+)*\s*(?:=\s*)?[{[]|[}\]][,;]?)\s*$/;

/** The root of a drawing of files (`tmp`, `results/`, `.`): a name or path alone, the next non-blank line a branch (`└── a.gz`). */
function treeRoot(lines: readonly string[], index: number): boolean {
  if (!/^[\w.~/-]+\/?$/.test(lines[index].trim())) return false;
  const next = lines.find((line, at) => at > index && line.trim() !== '');
  return next !== undefined && lineEvidence(next)?.reason === TREE_DRAWING;
}

/** Every line a branch of `tree`'s drawing, under its root (`bike_forecasting/`, `.`) on the first line. */
export function treeDrawing(nonBlank: readonly string[]): boolean {
  return nonBlank.every((line, index) => (index === 0 && /^[\w.~/-]+\/?$/.test(line.trim())) || lineEvidence(line)?.reason === TREE_DRAWING);
}

/**
 * A line in a shell fence that no known command starts and that reads as something else: a capitalized word
 * (`LoadBalancer -> ClusterIP`: a command is lower case), a YAML key (`replicas: 2`), a function call
 * (`print(X_train.shape)`), a file's name alone (`data_2011_01.csv`), a URL, a placeholder (`[many steps]`). Pasted,
 * they run something else.
 */
function unlikeCommand(line: string): string | undefined {
  const text = line.trim();
  if (/^[A-Z][a-z]+[A-Z]?\w*(?:\s|$)/.test(text) && !/^[A-Z]\w*=/.test(text)) return 'a capitalized word, not a command';
  if (/^[\w.-]+:\s+\S/.test(text) && !/^\w+:\/\//.test(text)) return 'a YAML key';
  if (/^[A-Za-z_][\w.]*\([^)]*\)?\s*$/.test(text) && !/^\w+\(\)\s*\{/.test(text)) return 'a function call';
  if (/^[\w.-]+\.(?:csv|json|txt|parquet|zip|tar|gz|tgz|png|jpe?g|pdf|ya?ml|md|ipynb|pkl|h5|onnx)$/i.test(text)) return "a file's name";
  if (/^(?:https?|ftp):\/\/\S+$/.test(text)) return 'a URL';
  // `[many steps]`, `<your command here>`: what the author left out (not `[ -f x ]`, the test command).
  if (/^\[[^\s\]][^\]]*\]$|^<[^<>]+>$/.test(text)) return 'a placeholder';
  // `/usr/local/bin/python3`: a program run with no arguments, or what `which` printed.
  if (/^\/[\w.@+~-]+(?:\/[\w.@+~-]+)*$/.test(text)) return 'a path alone, which `which` or `pwd` could have printed';
  return undefined;
}

/** Code of another language in a shell fence (see `foreignCode`): shown, never copied. */
export const FOREIGN_CODE: Evidence = {strength: 'strong', reason: "another language's code (function calls)"};

/** A call: a name, its arguments in parentheses (one level of nesting). */
const CALL = String.raw`[A-Za-z_][\w.]*\((?:[^()]|\([^()]*\))*\)`;
/** Calls one after another, commas between (`tuple val(sample_id), path(reads_1), path(reads_2)`), a keyword before. */
const CALLS = new RegExp(String.raw`^\s*(?:[A-Za-z_]\w*\s+)?${CALL}(?:\s*,\s*${CALL})+\s*[;,]?\s*$`);

/**
 * Function calls separated by commas, no known command first: Nextflow's or Groovy's code (`tuple val(sample_id),
 * path(reads_1), path(reads_2)`, a process's input) in a shell fence. Bash has no such syntax: a name right before
 * `(` is a function's definition (`greet() {`), an array (`files=(a b)`) or a substitution (`$(date)`).
 */
export function foreignCode(line: string, dialect: Context['dialect']): boolean {
  return dialect === 'posix' && CALLS.test(line) && commandShape(line, dialect) !== 'known';
}

/** A pipeline's next stage on a line of its own (`| rename src{} as ip`, `| stats count by host`), not a table's row (`| 1 |`). */
const PIPE_STAGE = /^\s*\|(?!\|)\s*[a-z][\w-]*(?:\s|$)(?!.*\|\s*$)/;

/**
 * A query in a shell fence or untagged (Splunk's `index=web_logs "user.name"="guest"` over `| rename clientips{} as
 * ip` over `| stats count by ip`; `index=…` is no assignment there): a line that starts with `|` after a line that
 * does not end in `\` or `|` (bash has no such syntax; a pipeline goes on after `|` or a continuation), and no line at
 * the start of a query (not indented, no `|`) whose first word is a command (`kubectl logs x` over `| grep y` is a
 * pipeline written loosely). PowerShell 7 continues a pipeline with a leading `|`: only in POSIX shells.
 */
export function queryText(lines: readonly string[], dialect: Context['dialect']): boolean {
  if (dialect !== 'posix') return false;
  let previous: string | undefined;
  let stages = 0;
  for (const line of lines) {
    if (line.trim() === '' || isCommentLine(line)) continue;
    if (PIPE_STAGE.test(line)) {
      if (previous === undefined || /[\\|]\s*$/.test(previous)) return false;
      stages++;
    } else if (!/^\s/.test(line)) {
      const {word} = firstWords(line.trim());
      if (word !== undefined && isCommandWord(word, dialect)) return false;
    }
    previous = line;
  }
  return stages > 0;
}

/**
 * The block is a JSON document, or a stream of them one after another: it starts with `{` or `[`, ends with `}` or
 * `]`, and each document parses ('valid'), or parses once elisions (`...`, `…`, `// …` lines) and trailing commas are
 * taken away ('nearly'). `{ echo a; } > log` and `[ -f x ] && …` do not parse.
 */
function jsonDocument(nonBlank: readonly string[]): 'valid' | 'nearly' | undefined {
  const text = nonBlank.join('\n').trim();
  if (!/^[[{]/.test(text) || !/[\]}]$/.test(text) || nonBlank.length < 2) return undefined;
  const documents = jsonDocuments(nonBlank);
  if (documents.every((document) => parses(document.join('\n')))) return 'valid';
  const nearly = documents.every((document) => {
    const cleaned = document
      .filter((line) => !/^\s*(?:\.{3}|…|\/\/.*)\s*,?\s*$/.test(line))
      .join('\n')
      .replace(/,(\s*[\]}])/g, '$1')
      .replace(/[,\s]+$/, '');
    return /^[[{]\s*\S/.test(cleaned) && parses(cleaned);
  });
  return nearly ? 'nearly' : undefined;
}

/** A stream of documents (`gnmic subscribe` prints one object per event): each closed by an unindented `}` or `]`. */
function jsonDocuments(nonBlank: readonly string[]): string[][] {
  const documents: string[][] = [[]];
  for (const line of nonBlank) {
    documents.at(-1)!.push(line);
    if (/^[}\]],?\s*$/.test(line)) documents.push([]);
  }
  if (documents.at(-1)!.length === 0) documents.pop();
  return documents;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every line an address (`ADDRESS`: a URL, a relative path with a query or to a web page), or a comment. */
export function addressText(lines: readonly string[]): boolean {
  const typed = lines.filter((line) => line.trim() !== '' && !isCommentLine(line));
  return typed.length > 0 && typed.every((line) => ADDRESS.test(line.trim()));
}

/** Sentences: text to read, never a command (see `proseLines`). */
const PROSE: Evidence = {strength: 'strong', reason: 'sentences'};

/**
 * The lines of English sentences in a block: a run of lines (up to a blank line) that starts with a capitalised word
 * (`Ideally, you should be able to just type:`), ends a sentence (`.`, `:`, `!`, `?`), holds five words or more,
 * most of them lower-case, and no shell syntax (pipes, `&`, `$`, redirections, backticks, `=`, braces).
 */
function proseLines(lines: readonly string[]): Set<number> {
  const prose = new Set<number>();
  let start = 0;
  for (let index = 0; index <= lines.length; index++) {
    if (index < lines.length && lines[index].trim() !== '') continue;
    if (index > start && isProse(lines.slice(start, index))) for (let at = start; at < index; at++) prose.add(at);
    start = index + 1;
  }
  return prose;
}

function isProse(run: readonly string[]): boolean {
  const text = run.map((line) => line.trim()).join(' ');
  if (!/^[A-Z][a-z]+,?\s/.test(text) || !/[.:!?]$/.test(text)) return false;
  if (/[|&$`<>={}\\]|^\S+\s+-/.test(text.replace(/\b(?:https?|ftp):\/\/\S+/g, ''))) return false;
  const words = text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word));
  const lower = words.filter((word) => /^[a-z][a-z'-]*[,.:;!?]?$/.test(word));
  return words.length >= 5 && lower.length * 2 > words.length;
}

/** A section's opening line: a name or path and its arguments, then `{` (not `name() {`, a shell function). */
const STANZA_OPEN = /^\s*[^\s{}();|&<>$`'"#]+(?:\s+[^\s{}();|&<>$`'"]+)*\s+\{\s*$/;
/** A directive inside: a lower-case word and its arguments (`rotate 52`, `create 640 root adm`), or any line ending in `;` (nginx). */
const STANZA_DIRECTIVE = /^\s*[a-z][\w-]*(?:\s+[^\s;|&<>`{}]+)*\s*$/;

/**
 * Every line a section's opening (`/var/log/apache2/*.log {`, `location / {`), a directive that reads as no command,
 * a line ending in `;`, a comment or a closing `}`: a configuration file's stanzas (logrotate, nginx), balanced, the
 * first line opening one.
 */
function stanzaText(nonBlank: readonly string[], dialect: Context['dialect']): boolean {
  if (dialect !== 'posix' || nonBlank.length < 3 || !STANZA_OPEN.test(nonBlank[0]) || isCommandWord(firstWords(nonBlank[0]).word ?? '', dialect)) return false;
  let depth = 0;
  for (const line of nonBlank) {
    if (STANZA_OPEN.test(line)) depth++;
    else if (/^\s*\};?\s*$/.test(line)) {
      if (--depth < 0) return false;
    } else if (!isCommentLine(line) && !/;\s*$/.test(line) && !(STANZA_DIRECTIVE.test(line) && commandShape(line, dialect) !== 'known')) return false;
  }
  return depth === 0;
}

/** A diff's mark before a line of configuration (`+               tls-server-profile "srx-tls-profile"`). */
const DIFF_MARK = /^[+-](?=\s)/;
/** `log-id "98" {`, `radius access-accept direction ingress {`, `/configure {`: words (quotes, paths, `[`, `:` in them), then `{`. */
const DEVICE_OPEN = /^\s*(?!(?:function|if|for|while|until|select|case|then|do|else)\s)[^\s{}()|&;<>$`#'"]+(?:\s+[^\s{}()|&;<>$`]+)*\s+\{\s*$/;
/** A section with nothing in it (`mount-point "/show" { }`), or a list opened (`paths [`). */
const DEVICE_EMPTY = /^\s*[^\s{}()|&;<>$`#'"]+(?:\s+[^\s{}()|&;<>$`]+)*\s+\{\s*\}\s*$/;
const DEVICE_LIST_OPEN = /^\s*[a-z][\w-]*\s+\[\s*$/;
/** A line typed at a network device's CLI around its configuration: `/configure …`, `/edit global`, `commit`, `exit all`. */
const DEVICE_COMMAND = /^\s*(?:\/(?:configure|edit|edit-config|commit|show|state|tools|admin|environment|info|discard|validate|compare|quit-config|exit|candidate)\b[^|&;<>$`]*|(?:edit-config|commit|compare|exit(?:\s+all)?|quit-config|discard|validate|info)(?:\s+[\w-]+)*)\s*$/;

/**
 * A network device's configuration as its CLI shows and takes it (SR OS, SR Linux, Junos): sections opened with
 * words then `{` (`configure {`, `log-id "98" {`), closed with `}`, settings inside (`admin-state enable`,
 * `cli-command "show router bgp summary | match \"AS:\""`), perhaps a diff's `+`/`-` before them, around it the lines
 * typed to enter and leave it (`/edit global`, `/configure system …`, `commit`, `exit all`). No prompt: a file's or
 * a device's text, not lines for bash, which would run `configure` and `}` one by one. Balanced, one section at least,
 * and nothing outside the sections that reads as a shell command.
 */
function deviceConfigText(nonBlank: readonly string[], dialect: Context['dialect']): boolean {
  if (dialect !== 'posix' || nonBlank.length < 3) return false;
  let depth = 0;
  let sections = 0;
  /** A context entered with its path (`/configure test-oam`) before the sections. */
  let context = false;
  for (const raw of nonBlank) {
    // A placeholder to fill in (`connectivity-association <CA name> {`) stands for a word.
    const line = raw.replace(DIFF_MARK, ' ').replace(/<[^<>\n]+>/g, 'x');
    // A comment, or what the author left out (`...`, `. . .`).
    if (isCommentLine(line) || /^\s*(?:(?:\.\s*){3}|…)\s*$/.test(line)) continue;
    if (DEVICE_OPEN.test(line)) {
      depth++;
      sections++;
    } else if (DEVICE_LIST_OPEN.test(line) || /^\s*\{\s*$/.test(line)) depth++;
    else if (/^\s*[}\]]\s*$/.test(line)) {
      if (--depth < 0) return false;
    } else if (depth > 0) {
      // A setting: a word and its value, as the device prints it; never a command substitution.
      if (!/^\s*(?:[a-z][\w-]*(?:\s.*)?|"[^"]*")$/.test(line) || /\$\(|`/.test(line)) return false;
    } else if (DEVICE_COMMAND.test(line)) context ||= /^\s*\/configure\s+\S/.test(line);
    else if (!DEVICE_EMPTY.test(line) && !(/^\s+[a-z][\w-]*\s+[^|&;<>$`{}]+$/.test(line) && commandShape(line, dialect) !== 'known')) return false;
  }
  // Sections left open are the author's excerpt under a context entered first (`/configure router "Base" isis 0`).
  return (depth === 0 || (depth > 0 && context)) && sections > 0;
}

/** A Dockerfile instruction, upper case as Dockerfiles write them, then its arguments. */
const DOCKERFILE_INSTRUCTION = /^(?:FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL|MAINTAINER)\s+\S/;

/** Every line an instruction, a comment or the continuation of an instruction (after a `\`), one of them `FROM`. */
function dockerfileText(nonBlank: readonly string[]): boolean {
  let continued = false;
  for (const line of nonBlank) {
    if (!continued && !isCommentLine(line) && !DOCKERFILE_INSTRUCTION.test(line)) return false;
    continued = /\\\s*$/.test(line);
  }
  return nonBlank.some((line) => /^FROM\s/.test(line));
}

/** A Singularity/Apptainer definition file: `Bootstrap: docker`, its header's `From:`, its `%post`-style sections. */
function containerDefinitionText(nonBlank: readonly string[]): boolean {
  const first = nonBlank.find((line) => !isCommentLine(line));
  return first !== undefined && /^Bootstrap:\s*\S/i.test(first) && nonBlank.some((line) => /^%\w+|^From:\s*\S/i.test(line));
}

/** A requirement (PEP 508, as pip reads requirements files): a name, extras, version specifiers, a marker after `;`. */
const REQUIREMENT = /^[A-Za-z0-9](?:[\w.-]*[A-Za-z0-9])?(?:\s*\[[\w.,\s-]+\])?(?:\s*(?:===|==|>=|<=|~=|!=|<|>)\s*[\w.*+!-]+(?:\s*,\s*(?:===|==|>=|<=|~=|!=|<|>)\s*[\w.*+!-]+)*)?\s*(?:;.*)?$/;
const VERSIONED = /(?:===|==|>=|<=|~=|!=|<|>)\s*[\w.*+!-]+\s*(?:,|;|$)|\]/;

/** Every line a requirement, an option line (`-r base.txt`) or a comment; one with a version or extras (a bare list of names could be commands). */
function requirementsText(nonBlank: readonly string[]): boolean {
  return (
    nonBlank.every((line) => isCommentLine(line) || /^-(?:r|c|e)\s+\S|^--[\w-]+/.test(line.trim()) || REQUIREMENT.test(line.trim())) &&
    nonBlank.some((line) => !isCommentLine(line) && REQUIREMENT.test(line.trim()) && VERSIONED.test(line))
  );
}

/** Text in a shell fence that is a file's, to paste into it (see `analyse`): a Kubernetes manifest, YAML, a crontab's or APT's sources' lines. */
const PASTED_TEXT: ReadonlySet<Evidence> = new Set([MANIFEST, YAML_TEXT, CRONTAB_TEXT, APT_SOURCES_TEXT]);

/** Runs of non-command lines that form an aligned table, or together a YAML object or JSON document, are output. */
function markTablesAndDocuments(context: Context, loose: number[], survey: Survey) {
  const {lines} = context;
  const document = blockEvidence(loose.map((index) => lines[index]));
  if (document) for (const index of loose) survey.outputs.set(index, document);
  // Contiguous runs (blank lines end a table, so they end a run too).
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const text = run.map((index) => lines[index]);
      // Hand-edited samples often lose their alignment; an upper-case header
      // over rows is still no command anyone types.
      const reason = parseOutputTables(text.join('\n')) ? TABLE : isHeaderLike(text[0]) ? LOOSE_TABLE : titledColumns(text) ? COLUMNS : undefined;
      if (reason) for (const index of run) survey.outputs.set(index, {strength: 'strong', reason});
    }
    run = [];
  };
  for (const index of loose) {
    if (run.length > 0 && index !== run[run.length - 1] + 1) flush();
    if (lines[index].trim() !== '') run.push(index);
    else flush();
  }
  flush();
}

/** Labels (`State`, `Recv-Q`, `Local Address:Port`) two or more spaces apart: capitalised words, no shell syntax. */
const COLUMN_LABEL = /^[A-Z][\w%/.:()-]*(?: [A-Za-z][\w%/.:()-]*)?$/;

/**
 * A header of three or more capitalised column labels two or more spaces apart (`State   Recv-Q  Send-Q   Local
 * Address:Port …`, what `ss -ltp` prints), over rows of as many fields or more: output whose columns drifted
 * (`ss` pads a cell past its column), no command.
 */
function titledColumns(text: readonly string[]): boolean {
  const fields = (line: string) => line.trim().split(/\s{2,}/);
  const labels = fields(text[0]);
  if (labels.length < 3 || !labels.every((label) => COLUMN_LABEL.test(label))) return false;
  return text.slice(1).every((row) => fields(row).length >= Math.min(3, labels.length - 1));
}

/**
 * Commands followed by their output in one block. Second pass: a line starts
 * a command only if it reads as one; everything else that is not a comment
 * introducing a command is output.
 */
function split(context: Context, survey: Survey, evidence: Evidence): ShellClassification | undefined {
  const {lines, dialect, strict} = context;
  const builder = new Builder(lines, context.annotations, true);
  const above = survey.announcedAt ?? -1;
  // A line the survey counted as a command (`mytool --version`, a tool given an option; `qiv a.png` after "Run:") starts
  // one here too: else a block of it and a table would be "Command and output" with nothing to copy.
  const startsCommand = (index: number) =>
    !survey.outputs.has(index) &&
    !isCommentLine(lines[index]) &&
    lines[index].trim() !== '' &&
    (index < above || survey.commands.has(index) || readsAsCommand(lines[index], dialect, strict, context.indent));
  let seenCommand = false;
  for (let index = 0; index < lines.length; ) {
    if (startsCommand(index)) {
      const unit = readCommand(lines, index, {body: lines[index]}, {dialect, transcript: false, annotations: context.annotations});
      builder.command(unit);
      seenCommand = true;
      index = unit.lastLine + 1;
      continue;
    }
    if (isCommentLine(lines[index]) && (!seenCommand || nextIsCommand(lines, index, startsCommand))) builder.comment(index);
    index++;
  }
  if (builder.outputLines === 0) return asScript(context, strict ? 'heuristic' : 'strong', 'shell commands, no sign of output');
  // No line starts a command after all: never "Command and output" with a copy button that copies nothing. What the
  // block is without the paragraph's "Run:", else the output its lines say it is.
  if (builder.commands.length === 0) {
    return context.intro === 'command' ? analyse({...context, intro: undefined}) : output(lines, 'strong', evidence.reason);
  }
  // Sentences among the commands (a README quoted with its `./configure`, `make`): the commands are copied, the
  // sentences shown; nothing says what the block is, so the author is asked.
  if (evidence === PROSE) return builder.result('session', 'ambiguous', 'commands among sentences (shown, not copied)');
  if (evidence === FOREIGN_CODE) return builder.result('session', 'ambiguous', 'commands among code of another language (shown, not copied)');
  // So are image references among commands (`myapp:v1.0  # Semantic version`): what a command printed, or examples.
  if (evidence === IMAGE_REFERENCE) return builder.result('session', 'ambiguous', 'commands among image references (shown, not copied)');
  return builder.result('session', 'heuristic', `commands followed by output (${evidence.reason}); a separate \`text\` fence is clearer`);
}
