import type {PrismLib} from 'prism-react-renderer';

/**
 * Fence languages MkDocs highlights (Pygments' lexer aliases, the names
 * pymdownx.highlight looks up) that Prism knows by another name, and the
 * Prism grammar of each: without them a ```` ```tf ```` or ```` ```ps1 ````
 * block, coloured in MkDocs, was plain text here. Only names Prism lacks;
 * Prism's own aliases (`sh`, `py`, `rb`, `cs`, `dockerfile`, `tex`…) stay
 * its own.
 */
export const PYGMENTS_ALIASES: Readonly<Record<string, string>> = {
  // ActionScript, CoffeeScript, ReasonML
  as: 'actionscript',
  'coffee-script': 'coffeescript',
  reasonml: 'reason',
  // Bash
  ksh: 'bash',
  zsh: 'bash',
  // Bash Session
  console: 'shell-session',
  // Batchfile
  bat: 'batch',
  dosbatch: 'batch',
  winbatch: 'batch',
  // C#, C++
  'c#': 'csharp',
  'c++': 'cpp',
  // Diff
  udiff: 'diff',
  // Elixir
  ex: 'elixir',
  exs: 'elixir',
  // Go
  golang: 'go',
  // INI
  cfg: 'ini',
  dosini: 'ini',
  // JSON
  'json-object': 'json',
  // Julia
  jl: 'julia',
  // Makefile
  bsdmake: 'makefile',
  make: 'makefile',
  mf: 'makefile',
  // MySQL
  mysql: 'sql',
  // Objective-C
  'obj-c': 'objectivec',
  'objective-c': 'objectivec',
  // Perl
  pl: 'perl',
  // PHP
  php3: 'php',
  php4: 'php',
  php5: 'php',
  // PowerShell
  posh: 'powershell',
  ps1: 'powershell',
  psm1: 'powershell',
  pwsh: 'powershell',
  // Properties, Protocol Buffer
  jproperties: 'properties',
  proto: 'protobuf',
  // Python, Python 2.x
  py3: 'python',
  python3: 'python',
  sage: 'python',
  py2: 'python',
  python2: 'python',
  // Ruby, Rust
  duby: 'ruby',
  rs: 'rust',
  // S (R)
  s: 'r',
  splus: 'r',
  // Terraform
  terraform: 'hcl',
  tf: 'hcl',
};

/** Each alias whose grammar is loaded and that Prism does not know already, as that grammar. */
export function addPygmentsAliases(prism: PrismLib): void {
  for (const [alias, grammar] of Object.entries(PYGMENTS_ALIASES)) {
    const target = prism.languages[grammar];
    if (target !== undefined && !Object.hasOwn(prism.languages, alias)) prism.languages[alias] = target;
  }
}
