/**
 * Signs that a line is program output rather than a command. 'strong' signs
 * are lines no one types at a shell (`deployment.apps/web created`,
 * `HTTP/1.1 200 OK`, a log timestamp, `drwxr-xr-x`); 'weak' signs only
 * suggest output (an upper-case header with nothing under it, `...`,
 * `Key: value`) and never turn a shell block into output on their own.
 *
 * Every pattern is anchored at the line start and checked before the
 * known-command test, so it must not match anything a person would type.
 */

import {isBareProgramPrompt} from './prompts';
import {firstWords, isCommandWord} from './words';

export interface Evidence {
  strength: 'strong' | 'weak';
  /** Short human explanation, used in the classification's `reason`. */
  reason: string;
}

/**
 * Timestamps: ISO and syslog dates, klog (`I1119 15:47:52.822841`), `TIME:
 * 15:13:40,249`. Not on a line a person types to set a variable
 * (`EXP_DATE="2021-12-31T00:00:00Z"`, `export START="10:00:00.000"`,
 * `TZ=UTC date -d "2021-12-31 10:00:00"`: see `typedAssignment`).
 */
const TIMESTAMPS: Array<[RegExp, string]> = [
  [/^\S{0,60}?\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}/, 'log lines with timestamps'],
  [/^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+/, 'log lines with timestamps'],
  [/^(?:[A-Z][a-z]{2} ){1,2}\s?\d{1,2} \d{2}:\d{2}:\d{2} /, 'log lines with timestamps'],
  [/^\S.{0,80}\b\d{2}:\d{2}:\d{2}[.,]\d{3}\b/, 'log lines with timestamps'],
];
/**
 * logfmt: `time="…" level=info msg=…`, Prometheus' `ts=… caller=main.go:366
 * level=info msg=…`, Grafana's `logger=… t=… level=info …`: pairs, one of
 * them the level (`make run level=debug` is typed: see `typedAssignment`).
 */
const LOGFMT: [RegExp, string] = [/^(?:time="|level=(?:info|debug|warn|error))|^[A-Za-z_][\w.-]*=\S+ (?:.* )?(?:level|lvl)=[a-z]+(?:\s|$)/, 'log lines'];

/** Signs that do not hold on a line a person types to set variables (`typedAssignment`). */
const NOT_WHEN_TYPED = new Set([...TIMESTAMPS, LOGFMT]);

/** The reason of `tree`'s lines and box drawings (see `analyse`: alone, a picture of files, not output). */
export const TREE_DRAWING = 'a `tree` listing or a drawing';

/** The reason of `...` alone, where the author cut what was printed: output, but it says nothing of what the rest is. */
export const ELISION = 'an elision mark';

/**
 * A section's heading in a program's help text: `Available Commands:`, `Commands:`, `Flags (filtered):`, `General
 * Options:`, `positional arguments:`; the entries under it are indented (see `helpEntries` in script.ts).
 */
export const HELP_HEADING =
  /^\s*(?:(?:Available|Additional|Management|Other|Global|General|Common|Package Index|Install)\s+)?(?:Commands|Subcommands|Flags|Options|Arguments|Positional arguments|Optional arguments|positional arguments|optional arguments|options)(?:\s+\([\w ]+\))?:\s*$/;

const STRONG: Array<[RegExp, string]> = [
  // kubectl's one-line results: `deployment.apps/web created`, `pod "x" deleted` (older kubectl).
  [
    /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*(?:\/[\w.:-]+| "[^"]+") (?:created|configured|unchanged|deleted|patched|labeled|unlabeled|annotated|scaled|exposed|restarted|rolled back|paused|resumed|edited|replaced|serverside-applied|tainted|untainted|cordoned|uncordoned|drained|evicted|condition met|image updated|resource requirements updated|env updated|autoscaled|skipped rollback|successfully rolled out)\b/,
    'a kubectl result line',
  ],
  [/^(?:No resources found|Error from server|The connection to the server .* was refused|Unable to connect to the server|error: |Error: |error validating|Warning: |W\d{4} |E\d{4} )/, 'a kubectl message'],
  [/^(?:Switched to context|Context "[^"]+" (?:modified|created|renamed)|Property "[^"]+" (?:set|unset)|Cluster "[^"]+" set|User "[^"]+" set|Forwarding from |Handling connection for |Defaulted container |If you don't see a command prompt|Waiting for deployment |deployment "[^"]+" successfully rolled out|Client Version: |Server Version: |Kustomize Version: )/, 'a kubectl message'],
  [/^(?:Unable to find image '|[\w.-]+: Pulling from |[0-9a-f]{12}: (?:Pull complete|Pulling fs layer|Waiting|Verifying Checksum|Download complete|Already exists|Pushed|Layer already exists|Preparing)|Digest: sha256:|Status: (?:Downloaded|Image is up to date)|Successfully (?:built|tagged) |Sending build context|Step \d+\/\d+ : | ---> |#\d+ \[|\[\+\] (?:Building|Running)|Error response from daemon|docker: |Docker version \d|Login Succeeded|The push refers to repository|[\w.-]+: digest: sha256:|Untagged: |Deleted: sha256:|Deleted Containers:|Total reclaimed space:|Hello from Docker!)/, 'a docker message'],
  [/^(?:NAME: \S|LAST DEPLOYED: |REVISION: \d|"[^"]+" has been added to your repositories|Hang tight while we grab|\.\.\.Successfully got an update|Update Complete\.|release "[^"]+" uninstalled)/, 'a helm message'],
  // `kubectl cluster-info`: where the control plane and the cluster's services answer, and its hint.
  [/^(?:Kubernetes (?:control plane|master)|CoreDNS|KubeDNS|Metrics-server|Heapster|Dashboard) is running at https?:\/\/|^To further debug and diagnose cluster problems, use /, 'a kubectl message'],
  // Terraform's standard messages (`terraform init`, `validate`, `plan`, `apply`): no one types them.
  [/^(?:Initializing (?:the backend|provider plugins|modules|Terraform Cloud)\.{3}|Terraform has (?:been successfully initialized|created a lock file)|Terraform (?:will perform the following actions|used the selected providers)|(?:Apply|Destroy) complete! Resources: \d|Plan: \d+ to (?:add|import)|No changes\. (?:Your infrastructure|Infrastructure is up-to-date)|Success! The configuration is valid|Saved the plan to: |- (?:Installing|Installed|Finding|Reusing previous version of|Using previously-installed|Downloading) [\w.-]+\/[\w.-]+\b|Upgrading modules\.{3}|Changes to Outputs:$|Do you want to perform these actions\?|\S+: (?:Creating|Modifying|Destroying|Reading)\.{3}$|\S+: (?:Creation|Modifications|Destruction|Read) complete after \d|\S+: Still (?:creating|modifying|destroying)\.{3} \[)/, 'a terraform message'],
  // Ansible's output. A play's and a task's banners padded with stars (`PLAY [webservers] ****`, `TASK [Gathering
  // Facts] ****`, `RUNNING HANDLER [restart nginx] ****`, `PLAY RECAP ****`), a host's result (`ok: [web1]`,
  // `changed: [web1] => (item=x)`, `skipping: [x]`, `fatal: [x]: FAILED! => {…}`), the recap's line per host (`web1  :
  // ok=2  changed=1  unreachable=0  failed=0`), an ad-hoc command's result (`web1 | SUCCESS => {`, `web1 | CHANGED |
  // rc=0 >>`, `db1 | UNREACHABLE! => {`), its warnings (`[WARNING]: provided hosts list is empty`), `ansible
  // --version`'s report (`ansible [core 2.15.0]`, `  config file = /etc/ansible/ansible.cfg`, `  python version =
  // 3.11…`) and `ansible-doc -l`'s modules (`amazon.aws.aws_az_info   Gather information about …`): no one types them.
  [
    /^(?:(?:PLAY|TASK|RUNNING HANDLER|HANDLER|PLAYBOOK|META|NOTIFIED HANDLER)\b.*\*{3,}\s*$|PLAY RECAP\b|(?:ok|changed|skipping|skipped|fatal|failed|unreachable|included|rescued|ignored): \[[^\]\s]+\]|[\w.:@-]+\s+: ok=\d+\s+changed=\d+\s+unreachable=\d+|[\w.:@\[\]-]+ \| (?:SUCCESS|CHANGED|FAILED!?|UNREACHABLE!|SKIPPED)(?: =>| \| rc=-?\d+\b|\s*$)|\[(?:WARNING|DEPRECATION WARNING|ERROR)\]: |ansible(?:-[a-z]+)? \[core \d+\.\d+[\w.]*\]\s*$|\s*(?:config file|configured module search path|ansible python module location|ansible collection location|executable location|python version|jinja version|libyaml) = |[a-z]\w*\.[a-z]\w*\.[a-z]\w*\s{2,}[A-Z]\S*(?:\s\S+)*\s*$)/,
    "Ansible's output",
  ],
  [/^(?:On branch |Your branch is |nothing to commit|nothing added to commit|Changes to be committed:|Changes not staged for commit:|Untracked files:|commit [0-9a-f]{7,40}\b|Cloning into '|remote: |Receiving objects: |Resolving deltas: |Already up to date\.|Switched to (?:a new )?branch '|Fast-forward$|\[[\w./-]+ [0-9a-f]{7,}\] |fatal: | \d+ files? changed)/, 'git output'],
  // Nextflow's run: its banner, the executor line, a task's hash and progress (`[a8/5345da] FASTQC | 1 of 1 ✔`).
  [/^(?:N E X T F L O W\b|executor > {1,2}\S|\[(?:[0-9a-f]{2}\/[0-9a-f]{6}|- {8})\] (?:process > |[\w:.-]+(?: \([^)]*\))? *\| ))/, "Nextflow's progress lines"],
  [/^HTTP\/\d(?:\.\d)? \d{3}\b/, 'an HTTP status line'],
  // A table drawn with `+`, `-` and `|` (mysql's and sqlite's results, psql's ascii border, PrettyTable): its border
  // (`+----+-------+`) and its rows (`| id | name  |`: padded cells between `|`s, the last closed by one); no command
  // starts with `|`. Not figlet's letters (`| __/ _ \/ __| __|`, no padding).
  [/^\s*\+(?:[-=]+\+){1,}\s*$|^\s*\| [^|]*\|.*\s\|\s*$/, 'a drawn table'],
  // gdb's `info registers`: a register, its value in hex, then in decimal or as an address (`eip  0x804853a
  // 0x804853a <main+17>`, `eflags  0x246  [ PF ZF IF ]`).
  [/^[a-z][a-z0-9]{1,6}\s+0x[0-9a-f]+\s+(?:-?\d+|0x[0-9a-f]+(?:\s+<[^>]+>)?|\[[\sA-Z]*\])\s*$/, "a debugger's register dump"],
  // A step and its outcome on one line (`Waiting for session... Done`, `Building wheel... done`), and a login's
  // report (`successfully logged in as me@example.com`, `Logged in as me`): what a CLI prints, no one types it.
  [/^\S.*(?:\.{3}|…) ?(?:done|Done|DONE|ok|OK|failed|FAILED)[.!]?$|^(?:[Ss]uccessfully )?[Ll]ogged in (?:as|to) \S/, 'a progress line'],
  // A step's arrow (flyctl's `==> Verifying app config` and `--> Verified app config`, Homebrew's `==> Downloading`).
  [/^(?:==>|-->) \S/, 'progress lines'],
  // A notice a program prints between stars (label-studio's `*** WARNING! ***` over `* Port 8080 is in use.`): a
  // banner of capitals between runs of stars, or a star, a space and a capitalised sentence; bash would run the first
  // file `*` matches. Not crontab's `* * * * * cmd`.
  [/^\*{3,} [A-Z][A-Z!' ]*[A-Z!] \*{3,}$|^\* [A-Z][a-z]+(?: [^\s*|&;<>$`]+)+$/, "a program's starred notice"],
  // `...` alone: the author cut some of what was printed; no one types it.
  [/^\s*(?:\.{3}|…)\s*$/, ELISION],
  // pytest's report: a test's id and result (`tests/test_app.py::test_root PASSED  [ 50%]`), a file's dots and
  // progress (`tests/test_app.py ..  [100%]`), the banners between rules of `=` or `-` (`=== 2 passed in 0.31s ===`,
  // `---------- coverage: platform linux ----------`), `collected 2 items`, and its header lines.
  [/^\S+\.py::\S+(?: (?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)\b|$)|^\S+\.py [.FEsxX]+\s+\[\s*\d+%\]\s*$|^[=_-]{3,} .*\S [=_-]{3,}$|^collect(?:ed|ing) \d+ items?\b|^platform \w+ -- Python \d|^(?:rootdir|cachedir|configfile|testpaths): \S/, "pytest's report"],
  // A log line with its level and logger in brackets (alembic's `INFO  [alembic.runtime.migration] Context impl …`),
  // or its level, a colon and padding (uvicorn's `INFO:     Uvicorn running on http://127.0.0.1:8000`).
  [/^(?:INFO|WARNING|WARN|ERROR|DEBUG|CRITICAL|FATAL|TRACE) +\[[\w.:-]+\] |^(?:INFO|WARNING|ERROR|DEBUG|CRITICAL|TRACE):\s+\S/, 'log lines'],
  // .NET's console logger (`dotnet run`): `info: Microsoft.Hosting.Lifetime[14]`, its message indented six spaces under it.
  [/^(?:info|warn|fail|crit|dbug|trce): [\w.]+\[\d+\]\s*$/, "a .NET log line"],
  // ruff's summary lines (`Found 1 error.`, `[*] 1 fixable with the --fix option.`, `All checks passed!`,
  // `2 files reformatted, 3 files left unchanged`) and a linter's `file:line:col: CODE message`.
  [/^(?:Found \d+ errors?\b|\[\*\] \d+ (?:fixable|potentially fixable)\b|All checks passed!$|\d+ files? (?:reformatted|left unchanged|already formatted|would be reformatted)\b|[\w./\\-]+:\d+:\d+: [A-Z]+\d+\b)/, "a linter's report"],
  // coverage.py's report: its header (`Name    Stmts   Miss  Cover`) and total (`TOTAL    5    0   100%`).
  [/^Name\s{2,}Stmts\s{2,}Miss\b|^TOTAL\s{2,}\d+\s{2,}\d+\b/, "coverage's report"],
  // A program's help text (`singularity` alone, `tool --help`): its usage line and section headings.
  // An indented synopsis in a help text (`  singularity [global options...] <command>`): no command takes `[options]`.
  [/^\s{2,}\S.*\[(?:global |GLOBAL )?(?:options|OPTIONS|flags|FLAGS)(?:\.\.\.|…)?\]/, "a program's help text"],
  [/^(?:Usage|usage|USAGE):(?:\s|$)/, "a program's help text"],
  [HELP_HEADING, "a program's help text"],
  // `tree`'s branches (`├── Dockerfile`, `│   └── app.yaml`) and drawings in box-drawing characters: no command
  // starts with one.
  [/^\s*[\u2500-\u257F]/, TREE_DRAWING],
  // What a program asks before reading a secret (`mysql -p`, `sudo`, `ssh-keygen`): pasting a command there
  // would type it as the password.
  [/^(?:Enter (?:host )?password(?: for [^:]+)?|(?:\S+'s )?[Pp]assword(?: for [^:]+)?|\[sudo\] password for [^:]+|Enter (?:PEM )?pass ?phrase[^:]*|Verifying - Enter [^:]+):\s*$/, 'a password prompt'],
  // `git version 2.39.5 (Apple Git-154)`, `uv 0.6.12 (e4e03833f 2025-04-02)`, `pip 23.1.2 from /usr/lib/…`:
  // a tool's name and its version, what `--version` prints (`sleep 0.5` has no third number, `curl 10.244.1.6`
  // a fourth).
  [/^[a-z][\w.-]+ (?:version v?\d+\.\d+[\w.+-]*|v?(?!\d+\.\d+\.\d+\.\d)\d+\.\d+\.\d+[\w.+-]*)(?:,? build \w+| \(.*\)| from \S.*)?\s*$/, 'a version line'],
  [/^\s*<(?:!DOCTYPE|html|head|body|title|h[1-6]|p|div|meta|center|hr|pre|table|\/\w+)\b/i, 'HTML'],
  [/^\s*% Total +% Received/, "curl's progress meter"],
  // `ls -l`'s lines, with the inode number before them (`ls -li`: `35356766 -rw------- 1 root root …`) or the size in
  // blocks (`ls -ls`).
  [/^\s*(?:\d+\s+)?[-dlcbps][rwxsStT-]{9}[.+@]?\s+\d+\s/, 'an `ls -l` listing'],
  // `stat`'s report: `  File: /etc/hosts` (older ones quote it as `` `/etc/hosts' ``), `Size: 260  Blocks: 8`,
  // `Device: 2ch/44d  Inode: …`, `Access: (0600/-rw-------)`, and its dates.
  [/^\s*(?:File: \S|Size: \d+\s+Blocks: \d+|Device: \S+\s+Inode: \d+|Access: \(\d{4}\/|(?:Access|Modify|Change|Birth): \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/, "`stat`'s report"],
  // `docker compose logs`: the service's name padded to a column, a bar, then the service's line, which starts
  // with a timestamp or a log level (`ps | grep ERROR` has a command after its bar; see also `blockEvidence`).
  [/^[\w.-]+ +\| +(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|(?:INFO|INF|WARN|WARNING|WRN|ERROR|ERR|DEBUG|DBG|FATAL|NOTICE|LOG)(?::|\s|$)|(?:info|warn|warning|error|debug|fatal|notice):)/, 'container log lines'],
  LOGFMT,
  ...TIMESTAMPS,
  [/^(?:\d{1,3}\.){3}\d{1,3} - \S+ \[/, 'an access log'],
  [/^(?:-?bash|sh|zsh|ash): .*(?:command not found|not found|No such file or directory|Permission denied)/, 'a shell error'],
  // `kubectl describe`: a capitalised key, a colon and padding to a column (nested ones indented).
  [/^\s*[A-Z][\w ()/.-]{0,40}:\s{2,}\S/, '`kubectl describe`-style key/value output'],
  // A label continued on its own line under a `kubectl describe` key (`Labels:       app=x` then
  // `              tier=web`): a `key=value` pair alone, indented to the value column.
  [/^ {10,}[A-Za-z_][\w.\/-]*=[^\s$`'"()]*$/, '`kubectl describe`-style key/value output'],
  // `kubectl rollout history --revision=N`'s first line.
  [/^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\/[\w.:-]+ with revision #\d+$/, 'a kubectl result line'],
];

const WEAK: Array<[RegExp, string]> = [
  [/^[A-Z][\w ()/.-]{0,40}:(?: \S.*)?$/, 'a `Key: value` line'],
  [/^\s*[{}[\]],?\s*$/, 'JSON'],
  [/^\s*"[^"]+":\s/, 'JSON'],
  [/^total \d+$/, 'an `ls -l` total'],
  // `ls -F` columns (`bowtie-test.sl*  input_data/  slurmout/`): names two or more spaces apart, one marked as a folder or program.
  [/^(?=.*[^\s/*]\/|.*[^\s*]\*(?:\s|$))[\w.@+~-]+[/*@|=]?(?: {2,}[\w.@+~-]+[/*@|=]?)+\s*$/, 'a listing of files (`ls -F` columns)'],
  [/^(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?$/, 'an address on its own'],
  // What `oc get route -o jsonpath='{.spec.host}'` or `echo $HOST` prints: a host name of three labels or more,
  // alone (`web-demo.apps.example.com`); a command is a word, not a domain.
  [/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+\.[A-Za-z]{2,}\.?$/, 'a host name on its own'],
  // A resource's name as kubectl and oc print it, `kind.group/name` (`machineset.machine.openshift.io/x-worker`).
  [/^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\/[\w.:-]+$/, 'a Kubernetes resource name on its own'],
  // What `pwd`, `ls` or `find` print: an absolute path alone, no arguments. Not one that names a program
  // (`/opt/tool/bin/run`, `/srv/setup.sh`): `unlikeCommand` says that one is unsure.
  [/^(?!.*(?:\/(?:s?bin|libexec)\/[^/]+|\.(?:sh|py|pl|rb|R|exe|bin|run))$)\/(?:[\w.@+~-]+\/)*[\w.@+~-]*$/, 'a path on its own'],
];

/** An upper-case table header: two or more words of capitals, digits and `()%/_-`. */
const HEADER_WORD = /^[A-Z][A-Z0-9()%/_.-]*$/;

/**
 * A command's error message: its name, a colon, what went wrong (`cat: can't open '/message/message.txt': Permission
 * denied`, `ls: cannot access 'x': No such file or directory`, `mkdir: /data: Read-only file system`). No one types a
 * command's name and a colon; see `lineEvidence`, which also asks that the name be a known command.
 */
const COMMAND_ERROR =
  /^([a-z][\w.+-]*): (?:.*\s)?(?:can't|cannot|could not|couldn't|unable to|failed to) (?:open|access|stat|remove|create|read|write|find|execute|connect|resolve|change|move|copy|make)\b|^([a-z][\w.+-]*): .*(?:Permission denied|No such file or directory|Operation not permitted|Is a directory|Not a directory|Read-only file system|Directory not empty|File exists|command not found)\s*$/;
const COMMAND_ERROR_EVIDENCE: Evidence = {strength: 'strong', reason: "a command's error message"};

/** The reason of image references alone (see `analyse`: shown, never copied; output right after a command). */
export const IMAGE_REFERENCE: Evidence = {strength: 'strong', reason: 'image references (`name:tag`)'};

/**
 * A container image's reference alone, perhaps with a comment: `myapp:latest    # Can change over time`,
 * `quay.io/myorg/myapp:v1.0`, `registry:5000/team/app:2.1`, `nginx@sha256:0d17b565…`. A tag or digest is required (a
 * bare `nginx` could be a command); no command is a word and a colon.
 */
const IMAGE_REFERENCE_LINE =
  /^\s*(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d+)?\/)?(?:[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*\/)*[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::\w[\w.-]{0,127}|@sha256:[0-9a-f]{6,}…?)(?:\s+#.*)?\s*$/;

export function lineEvidence(line: string): Evidence | undefined {
  // A console's prompt with nothing typed after it (`mysql>`, `sftp>`): what the program shows when it waits.
  if (isBareProgramPrompt(line)) return {strength: 'strong', reason: 'a console prompt with nothing typed'};
  if (IMAGE_REFERENCE_LINE.test(line)) return IMAGE_REFERENCE;
  const error = COMMAND_ERROR.exec(line);
  if (error && isCommandWord(error[1] ?? error[2]!, 'posix')) return COMMAND_ERROR_EVIDENCE;
  let typed: boolean | undefined;
  for (const rule of STRONG) {
    if (!rule[0].test(line)) continue;
    if (NOT_WHEN_TYPED.has(rule) && (typed ??= typedAssignment(line))) continue;
    return {strength: 'strong', reason: rule[1]};
  }
  for (const [pattern, reason] of WEAK) if (pattern.test(line)) return {strength: 'weak', reason};
  if (isHeaderLike(line)) return {strength: 'weak', reason: 'an upper-case header line'};
  if (isSymbolArt(line)) return {strength: 'weak', reason: 'text art'};
  return undefined;
}

/** Keywords that declare the variables after them (`export NAME=…`). */
const DECLARATION = /^(?:export|declare|local|readonly|typeset)(?:\s+-\w+)*\s+/;

/**
 * A line a person types to set a variable: one assignment
 * (`EXP_DATE="2021-12-31T00:00:00Z"`, `export START="10:00:00"`), or
 * assignments before a known command (`TZ=UTC date -d "…"`). Logfmt output is
 * several pairs and no command (`ts=… caller=… level=info`).
 */
function typedAssignment(line: string): boolean {
  const {word, assignments} = firstWords(line.trimStart().replace(DECLARATION, ''));
  if (assignments === 0) return false;
  return word === undefined ? assignments === 1 : isCommandWord(word, 'posix');
}

/** `NAME   READY   STATUS`: at least two upper-case words, none of them an assignment. */
export function isHeaderLike(line: string): boolean {
  const trimmed = line.trim();
  // The first word must start with a capital (`HEADER_WORD`): most lines fail here, before the split.
  const first = trimmed.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  const words = trimmed.split(/\s+/);
  return words.length >= 2 && words.every((word) => HEADER_WORD.test(word)) && words.some((word) => /[A-Z]{2}/.test(word));
}

/** figlet banners and ASCII drawings: mostly punctuation. */
export function isSymbolArt(line: string): boolean {
  // ASCII lines (most of them) are counted character by character: the Unicode property regex below costs about
  // ten times as much per line, and every line of every shell block gets here.
  let visibleAscii = 0;
  let lettersAscii = 0;
  let ascii = true;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code > 0x7f) {
      ascii = false;
      break;
    }
    // `\s` in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    if ((code >= 0x09 && code <= 0x0d) || code === 0x20) continue;
    visibleAscii++;
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) lettersAscii++;
  }
  if (ascii) return visibleAscii >= 4 && lettersAscii / visibleAscii < 0.3;
  const visible = line.replace(/\s/g, '');
  if (visible.length < 4) return false;
  const letters = visible.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters / visible.length < 0.3;
}

/** A Kubernetes object as YAML with what the API server adds (`status:`, `uid:`, …): printed by kubectl. */
const PRINTED_OBJECT: Evidence = {strength: 'strong', reason: 'a Kubernetes object printed as YAML'};
/** One without: output right after a command that prints it, else a manifest to paste (see `analyse`). */
export const MANIFEST: Evidence = {strength: 'strong', reason: 'a Kubernetes object as YAML'};
const SERVER_FIELD = /^(?:status|\s+(?:creationTimestamp|resourceVersion|uid|managedFields|selfLink|generation|clusterIP|clusterIPs)):/;

/** YAML other than a Kubernetes object (a fragment of one, a tool's configuration): output right after a command, else text to paste. */
export const YAML_TEXT: Evidence = {strength: 'strong', reason: 'YAML'};

/** `key:` (a mapping's key, a list item's, nothing or a value after it) and `- item` lines. */
const YAML_KEY = /^\s*(?:- +)*[A-Za-z_][\w.\/-]*:(?:\s|$)/;
const YAML_ITEM = /^\s*- +\S/;
/** A key whose value is a block of text on the lines below (`command: |`, `description: >-`). */
const YAML_BLOCK_SCALAR = /:\s+[|>][-+]?\d*\s*$/;

/**
 * A YAML mapping as a whole: every line a key, a list item, a comment, an elision mark (`...` where the author cut
 * some out) or a block scalar's text, at least two keys, one of them holding the others (indented under it) or a
 * list. A `Key: value` line alone is a weak sign; `volumeMounts:` over `- mountPath: /etc/enc` is YAML.
 */
function yamlText(lines: readonly string[]): boolean {
  let keys = 0;
  let nested = false;
  let scalarIndent: number | undefined;
  let previousIndent: number | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    if (scalarIndent !== undefined && indent > scalarIndent) continue;
    scalarIndent = undefined;
    if (/^\s*(?:#|\.{3}\s*$|…\s*$)/.test(line)) continue;
    if (YAML_KEY.test(line)) keys++;
    else if (!YAML_ITEM.test(line)) return false;
    if (YAML_ITEM.test(line) || (previousIndent !== undefined && indent > previousIndent)) nested = true;
    // The block's text is indented past the key, not past a list item's dash (`- powershell: |` then `    git …`, with
    // `  displayName: …` a key of the same item after it).
    if (YAML_BLOCK_SCALAR.test(line)) scalarIndent = indent + (/^\s*(?:- +)*/.exec(line)![0].length - indent);
    previousIndent = indent;
  }
  return keys >= 2 && nested;
}

/** A crontab's lines (`* * * * * echo hi > /dev/pts/0`, `@reboot …`): a file's text, or what `crontab -l` printed. */
export const CRONTAB_TEXT: Evidence = {strength: 'strong', reason: 'crontab lines'};
/** APT's sources (`deb http://deb.debian.org/debian trixie main`): a file's text, or what `cat` printed. */
export const APT_SOURCES_TEXT: Evidence = {strength: 'strong', reason: 'APT source lines'};

const CRON_FIELD = String.raw`[\d*][\d*/,-]*`;
const CRON_NAMED_FIELD = String.raw`(?:[\d*][\d*/,-]*|[A-Za-z]{3}(?:[-,][A-Za-z]{3})*)`;
/** Five schedule fields (minutes, hours, day, month, weekday; names in the last two) or a nickname, then a command. */
const CRON_LINE = new RegExp(
  String.raw`^\s*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|${CRON_FIELD}(?:\s+${CRON_FIELD}){2}(?:\s+${CRON_NAMED_FIELD}){2})\s+\S`,
);
/** `deb` or `deb-src`, options in brackets, a URI, a suite. */
const APT_SOURCE_LINE = /^\s*deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?(?:[a-z][\w+]*:)\S*\s+\S/;

function everyLine(lines: readonly string[], pattern: RegExp): boolean {
  const text = lines.filter((line) => line.trim() !== '' && !/^\s*#/.test(line));
  return text.length > 0 && text.every((line) => pattern.test(line));
}

/** Whole-block signs: a Kubernetes object printed as YAML, a JSON document, YAML, crontab or APT source lines. */
export function blockEvidence(lines: readonly string[]): Evidence | undefined {
  const text = lines.join('\n').trim();
  if (text === '') return undefined;
  if (composeLogs(lines)) return {strength: 'strong', reason: 'container log lines'};
  if (lines.some((line) => /^apiVersion: \S/.test(line)) && lines.some((line) => /^kind: [A-Z]\w*\s*$/.test(line))) {
    // Fields the API server fills in: the object was printed (`kubectl get -o yaml`), not written to apply.
    return lines.some((line) => SERVER_FIELD.test(line)) ? PRINTED_OBJECT : MANIFEST;
  }
  if (yamlText(lines)) return YAML_TEXT;
  if (everyLine(lines, CRON_LINE)) return CRONTAB_TEXT;
  if (everyLine(lines, APT_SOURCE_LINE)) return APT_SOURCES_TEXT;
  if (/^[[{]/.test(text) && /[\]}]$/.test(text)) {
    try {
      JSON.parse(text);
      return {strength: 'strong', reason: 'a JSON document'};
    } catch {
      // Not valid JSON (an elided `# ...` line, a trailing comma): the per-line
      // signs still count as weak evidence.
    }
  }
  return undefined;
}

/**
 * `docker compose logs` whatever the services print (`web-1  | 172.18.0.1 - -
 * […] "GET / …"`, `web-1  | /docker-entrypoint.sh: …`): two or more lines
 * that start with a service's name padded to the same column, then `| `.
 */
function composeLogs(lines: readonly string[]): boolean {
  let column: number | undefined;
  let count = 0;
  for (const line of lines) {
    if (line.trim() === '' || /^\s*(?:\.{3}|…)\s*$/.test(line)) continue;
    const prefix = /^[\w.-]+ +\|(?: |$)/.exec(line);
    if (!prefix) return false;
    const bar = prefix[0].indexOf('|');
    if (column !== undefined && bar !== column) return false;
    column = bar;
    count++;
  }
  return count >= 2;
}
