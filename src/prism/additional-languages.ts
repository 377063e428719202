/**
 * `themeConfig.prism.additionalLanguages`: besides prism-react-renderer's own
 * grammars, what workshops' fences use most that MkDocs (Pygments) colours,
 * each after any grammar it extends (`scala` after `java`). Every page loads
 * them after start-up (src/theme/prism-include-languages.ts);
 * `pygments-aliases.ts` adds MkDocs' other names for them (```` ```tf ````,
 * ```` ```ps1 ````, ```` ```console ````).
 */
export const ADDITIONAL_LANGUAGES: readonly string[] = [
  ...['bash', 'shell-session', 'powershell', 'batch', 'yaml', 'docker', 'json', 'diff', 'ini', 'toml', 'properties', 'sql', 'hcl', 'makefile', 'nginx'],
  ...['java', 'scala', 'groovy', 'csharp', 'ruby', 'php', 'perl', 'lua', 'r', 'julia', 'matlab', 'dart', 'elixir', 'bicep', 'protobuf', 'latex'],
];
