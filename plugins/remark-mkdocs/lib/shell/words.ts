/**
 * What the first word of a line says about it: a well-known command, a shell
 * keyword, an assignment, a path to an executable. Used to tell commands from
 * output where no prompt does it for us, so the lists lean to tools that
 * workshop lessons (Kubernetes, containers, Git, Linux basics) actually run.
 *
 * Matching is case-sensitive on purpose: table headers are upper-case
 * (`TYPE`, `LAST SEEN`, `NAME`) and several of their words are also commands
 * in lower case (`type`, `last`). Windows shells are case-insensitive, so the
 * PowerShell dialect lower-cases first.
 */

export type Dialect = 'posix' | 'powershell';

const COMMANDS = new Set(
  `
  kubectl k kubens kubectx kubeadm kubelet k9s kind minikube k3d k3s microk8s helm helmfile kustomize oc stern kubeseal
  argocd flux istioctl linkerd cilium velero skaffold tilt telepresence eksctl etcdctl crictl ctr
  docker docker-compose podman nerdctl buildah skopeo apptainer singularity dive trivy cosign ko kompose
  git gh glab hub curl wget http https ssh scp sftp ftp lftp rsync ssh-keygen ssh-add ssh-copy-id
  cd ls ll la cat tac less more head tail grep egrep fgrep rg ag find fd xargs sed awk gawk cut paste sort uniq wc tr tee
  echo printf export unset set source alias unalias env printenv sudo su doas declare local readonly typeset
  apt apt-get apt-cache dpkg yum dnf rpm zypper pacman apk brew port snap flatpak nix
  pip pip3 pipx poetry conda mamba micromamba uv python python3 ipython jupyter node npm npx yarn pnpm deno bun
  go cargo rustc rustup make cmake gcc g++ clang java javac mvn gradle dotnet ruby gem bundle php composer perl R Rscript
  chmod chown chgrp mkdir rmdir rm cp mv ln install touch stat file tree du df free lsblk fdisk mount umount
  diff cmp comm patch tar gzip gunzip zcat zip unzip xz bzip2 base64 md5sum sha256sum shasum openssl gpg jq yq xmllint
  watch sleep kill killall pkill pgrep ps top htop uptime uname whoami id groups hostname hostnamectl date cal
  which whereis type command hash man info history clear reset exit logout exec eval time timeout nohup nice
  systemctl journalctl service sysctl modprobe lsmod dmesg useradd usermod userdel groupadd passwd chpasswd
  ip ifconfig route ping ping6 traceroute tracepath nslookup dig host nc ncat netcat telnet ss netstat lsof iptables nft tcpdump
  vi vim nvim nano emacs code open xdg-open eog evince feh pwd pushd popd dirs test true false read wait trap shift getopts
  bash sh zsh fish ksh dash tmux screen terraform tofu packer vagrant ansible ansible-playbook ansible-galaxy ansible-config ansible-inventory ansible-doc ansible-navigator ansible-lint ansible-vault ansible-pull ansible-console ansible-test ansible-builder ansible-creator
  aws az gcloud gsutil doctl hcloud openstack multipass lima colima limactl ibmcloud oci heroku flyctl
  vault consul nomad kn tkn odo crc rosa chroot
  mysql psql pg_dump redis-cli mongo mongosh sqlite3 nginx apachectl htpasswd
  winpty wsl cmd powershell pwsh choco winget scoop setx
  module ml mpirun mpiexec sbatch srun salloc squeue scancel sacct sinfo scontrol seff sstat qsub qstat qdel qalter qhold qrls pbsnodes
  nextflow nf-core snakemake cwltool apt-mark swapoff swapon update-alternatives ufw firewall-cmd setenforce getenforce
  dvc mlflow bentoml cml kedro ollama huggingface-cli streamlit uvicorn gunicorn flask django-admin pytest tox nox
  pre-commit ruff black mypy hatch pdm rye fastapi alembic coverage task fly
  yes seq shuf bc expr printf figlet cowsay lolcat sl
  timedatectl localectl loginctl resolvectl networkctl systemd-analyze systemd-resolve adduser deluser addgroup delgroup groupdel groupmod
  gpasswd chage chsh chfn visudo sudoedit newgrp getent ip6tables iptables-save iptables-restore atq atrm crontab dpkg-reconfigure dpkg-query
  apt-key add-apt-repository do-release-upgrade unattended-upgrade needrestart nmap netplan nmcli ethtool arp mtr whois iftop nethogs who
  vmstat iostat mpstat iotop nproc lscpu lsusb lspci lshw dmidecode blkid mkfs mkfs.ext4 fsck e2fsck tune2fs resize2fs parted mkswap partprobe
  pvcreate vgcreate lvcreate lvextend pvs vgs lvs logrotate logger fail2ban-client a2enmod a2dismod a2ensite a2dissite apache2ctl certbot
  umask ulimit updatedb locate shutdown reboot poweroff runlevel telinit strace ltrace ldd strings xxd hexdump dd renice bg fg jobs disown
  lsattr chattr setfacl getfacl mktemp basename dirname realpath readlink mkfifo zless zgrep bunzip2 unxz ncdu pstree pidof tty stty tput mesg
  ssh-keyscan sestatus aa-status auditctl ausearch setcap getcap nsenter unshare lsns apropos whatis mandb tldr lynx w3m
  ne pico micro joe gedit kate subl mousepad vimdiff vipw vigr envsubst
  mkdocs flake8 virtualenv workon deactivate mkvirtualenv rmvirtualenv lsvirtualenv cpvirtualenv cdvirtualenv setprojectdir mkproject cdproject
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Reserved words that begin (or continue) a compound command. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'function', 'select', '{', '}', '(', '[[', '[', '!']);

/** cmd.exe and PowerShell built-ins and aliases worth knowing (compared lower-cased). */
const WINDOWS = new Set(
  `set dir copy del erase move ren type cls start echo cd md mkdir rd where
   foreach if while for do switch try function param return write-host
   icacls takeown attrib robocopy xcopy ipconfig netsh tasklist taskkill
   notepad iex iwr irm`
    .split(/\s+/)
    .filter(Boolean),
);

/** A PowerShell cmdlet: `Get-Date`, `Invoke-RestMethod`, `Start-Sleep`. */
const CMDLET = /^[A-Za-z]+-[A-Za-z][A-Za-z0-9]*$/;

/**
 * `NAME=value`, `NAME="a b"`, `NAME=` — a valid identifier and no space before
 * the `=`. The unquoted alternative takes one character at a time so a failed
 * match cannot backtrack exponentially.
 */
export const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s'"])*(?=\s|;|$)/;

export interface FirstWords {
  /** The command word, after assignments and `sudo`-style wrappers. */
  word?: string;
  /** Leading `NAME=value` assignments. */
  assignments: number;
}

/** Wrappers that run the next word as the command. */
const WRAPPERS = new Set(['sudo', 'time', 'nohup', 'exec', 'command', 'builtin', 'nice', 'winpty', 'doas']);

/** Split off leading assignments and wrappers; `word` is the command that would run. */
export function firstWords(text: string): FirstWords {
  let rest = text.trimStart();
  let assignments = 0;
  for (;;) {
    const assignment = ASSIGNMENT.exec(rest);
    if (!assignment) break;
    assignments++;
    rest = rest.slice(assignment[0].length).replace(/^;?\s*/, '');
  }
  // `while(1) {`, `(cd x && make)`: a group or call parenthesis ends the word.
  let word = /^\{(?=\s|$)|^\(|^[^\s;|&<>(]+/.exec(rest)?.[0];
  // `sudo kubectl …`: the wrapper is known, but the word after it is more telling.
  while (word && WRAPPERS.has(word)) {
    const next = rest.slice(word.length).trimStart();
    const after = /^[^\s;|&<>]+/.exec(next)?.[0];
    if (!after || after.startsWith('-')) break;
    rest = next;
    word = after;
  }
  return {word, assignments};
}

/** `greet() {`, `greet () {`, `function greet {`, `function greet() {`: the name is group 1 or 2. */
export const FUNCTION_DEFINITION = /^(?:([A-Za-z_][\w.:-]*)\s*\(\s*\)|function\s+([A-Za-z_][\w.:-]*)(?:\s*\(\s*\))?)(?:\s|\{|$)/;

/** A word that names a command this module knows, or a runnable path. */
export function isCommandWord(word: string, dialect: Dialect): boolean {
  if (dialect === 'powershell') {
    const lower = word.toLowerCase();
    // `.\run.ps1`, `./x`, `.venv\Scripts\activate`, `venv\Scripts\pip.exe`: relative executables.
    return COMMANDS.has(lower) || WINDOWS.has(lower) || KEYWORDS.has(lower) || CMDLET.test(word) || /^\.\\|^\.\//.test(word) || /^\.?[\w.-]+(?:\\[\w.-]+)+$/.test(word);
  }
  if (COMMANDS.has(word) || KEYWORDS.has(word)) return true;
  // `./deploy.sh`, `../bin/x`, `~/bin/tool`: relative executables; `.venv\Scripts\activate`, `venv\Scripts\activate.bat`:
  // the Windows form a lesson gives beside the POSIX one.
  return /^(?:\.{1,2}|~)\/\S/.test(word) || /^\.?[\w.-]+(?:\\[\w.-]+)+$/.test(word);
}

/**
 * How strongly a line reads as a command on its own, without any prompt:
 * - 'known': a known command, keyword, relative executable, or assignments
 *   followed by a command (`ENV=prod ./deploy.sh`);
 * - 'assignment': only `NAME=value` assignments (a command in a shell block,
 *   but in untagged text just as likely a properties file or `env` output);
 * - undefined: nothing tells.
 */
/**
 * A line that is only an address: a URL (`https://example.com/x`, `file:///tmp/a.html`), or a relative path with a
 * query (`../jupyterlite/lab/index.html?path=Python_Basics_01.ipynb`) or to a web page (`../../jupyterlite/lab/index.html`,
 * `./docs/index.html#setup`). A program run by its path takes no query, and nobody runs an `.html` file.
 */
export const ADDRESS = /^(?:[a-z][a-z\d+.-]*:\/\/[^\s'"`]+|(?:\.{1,2}\/|~\/)[^\s'"`|&;<>$]*(?:\?[^\s'"`|&;<>$]*=[^\s'"`|&;<>$]*|\.html?(?:#[^\s'"`|&;<>$]*)?))$/i;

/** Four or more single characters, one space apart, at the start of the line. */
const LETTER_SPACED = /^\S(?: \S){3,}(?: |$)/;

/** What follows `at` when it schedules a job: a time (`now`, `noon`, `10:30`, `4pm`, `tomorrow`) or an option. */
const AT_TIME = /^\s+(?:now|noon|midnight|teatime|today|tomorrow|\d{1,2}(?::?\d{2})?\s*(?:am|pm)?|-[a-zA-Z]+)(?:\s|$)/i;

export function commandShape(text: string, dialect: Dialect): 'known' | 'assignment' | undefined {
  const trimmed = text.trim();
  // `../jupyterlite/lab/index.html?path=x.ipynb`, `https://example.com/docs`: an address to open, not a program run.
  if (ADDRESS.test(trimmed)) return undefined;
  // Letter-spaced words are a banner (`R N A S E Q - N F   P I P E L I N E` under Nextflow's own), not `R` run.
  if (LETTER_SPACED.test(trimmed)) return undefined;
  // A function definition: `greet() {`, `function greet {`.
  if (dialect === 'posix' && FUNCTION_DEFINITION.test(trimmed)) return 'known';
  if (dialect === 'powershell' && /^\$[\w:]+\s*(?:[+\-*/]?=|\.|\[)/.test(trimmed)) return 'known';
  // `[System.Net.ServicePointManager]::SecurityProtocol = …`, `[Environment]::SetEnvironmentVariable(…)`: a .NET type's
  // static member, set or called.
  if (dialect === 'powershell' && /^\[[A-Za-z][\w.]*\]::[A-Za-z]\w*\s*(?:=|\()/.test(trimmed)) return 'known';
  const {word, assignments} = firstWords(trimmed);
  if (word === undefined) return assignments > 0 ? 'assignment' : undefined;
  // `(cd app && make)`, `{ echo a; echo b; }`: a group is a command when its
  // first word is; `  (use "git add <file>...")` in git's output is not, nor is
  // a JSON document's `{`.
  if (word === '(' || word === '{') return commandShape(trimmed.slice(1), dialect) === 'known' ? 'known' : undefined;
  // `! grep -q x log` negates a command; `!` alone (a line of a program's printed punctuation) runs nothing.
  if (word === '!' && dialect === 'posix') return commandShape(trimmed.slice(trimmed.indexOf('!') + 1), dialect) === 'known' ? 'known' : undefined;
  if (isCommandWord(word, dialect)) return 'known';
  // `$SPLUNK list index`, `"${TOOL}" status`: a program named by a variable, run with arguments (`SPLUNK=/opt/…/splunk`
  // above it). Alone, `$HOME` is more likely what `echo` printed.
  if (dialect === 'posix' && /^"?\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*\})"?$/.test(word) && /^\S+\s+\S/.test(trimmed.slice(trimmed.indexOf(word)))) return 'known';
  // `at now + 1 minutes`, `at 10:30 tomorrow`, `at -l`: `at` schedules a job only before a time or an option; a line
  // of a stack trace (`at java.lang.Thread.run(Thread.java:748)`) starts with the same word.
  if (dialect === 'posix' && word === 'at' && AT_TIME.test(trimmed.slice(trimmed.indexOf(word) + 2))) return 'known';
  // `/usr/bin/env python3 x`, `/opt/tool --flag`: an absolute path that takes
  // arguments. A bare path is more often output (`pwd`, `which`), and a path
  // followed by `:` is a log prefix (`/docker-entrypoint.sh: …`).
  if (/^\/[\w.@+-]+(?:\/[\w.@+-]+)*$/.test(word) && /^\S+\s+\S/.test(trimmed.slice(trimmed.indexOf(word)))) return 'known';
  // `stats.sh in=contigs.fna`, `spades.py -h`, `DRAM.py annotate …`: a script on the PATH, run with arguments
  // (a log line names a script with a colon after it: `setup.py: warning`).
  if (/^[\w+-][\w.+-]*\.(?:sh|py|pl|R|rb)$/.test(word) && /^\S+\s+[^\s:]/.test(trimmed.slice(trimmed.indexOf(word)))) return 'known';
  return assignments > 0 ? 'known' : undefined;
}
