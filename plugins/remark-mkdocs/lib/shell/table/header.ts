/**
 * Is a line a table header? CLI tools print column labels in capitals
 * (`NAME`, `CLUSTER-IP`, `PORT(S)`, `CPU(cores)`, `%CPU`) or, like `df`, in
 * Title case (`Filesystem  Size … Mounted on`); a query's result (SQL, Splunk's
 * `stats count by http_path`) is headed by its field names in lower case
 * (`http_path  count  avg_ms`), one identifier a label, and such a table needs
 * a column of numbers under it (`isLowerCase`, see aligned.ts). Strict on purpose: a header
 * that is not one makes a wrong table, and prose, logs (`INFO Starting
 * server`), assignments (`NAME=value`), YAML and JSON must never pass.
 */

type WordCase = 'upper' | 'title' | 'lower' | 'none';

// Characters no column label uses but assignments, YAML, JSON, prompts and
// log lines do.
const FOREIGN = /[=:{}[\]"'`,;$<>!?|\\]/;

/** Word-level checks, before columns are known: at least two words, one style. */
export function mayBeHeader(words: string[]): boolean {
  if (words.length < 2 || words.some((word) => FOREIGN.test(word))) return false;
  // A comment (`# Set your Git username` over `git config --global user.name "Your Name"`) heads no table.
  if (words[0]!.startsWith('#')) return false;
  // A word trailing off (`session...`, `Waiting…`) is prose, not a label.
  if (words.some((word) => /(?:\.\.\.|…)$/.test(word))) return false;
  return styleOf(words.map(wordCase), words) !== undefined;
}

/** Field names in lower case (`http_path count avg_ms`): a query's result, whose table needs a column of numbers. */
export function isLowerCase(words: string[]): boolean {
  return styleOf(words.map(wordCase), words) === 'lower';
}

/** df-style Title-case headers come from tools that set columns one space apart. */
export function isTitleCase(words: string[]): boolean {
  return styleOf(words.map(wordCase), words) === 'title';
}

/**
 * Label-level checks once words are grouped into labels (`CONTAINER ID`,
 * `Mounted on`): at least two labels, each led by a capitalised word; in
 * Title-case headers a lower-case word may only continue a label.
 */
export function isHeader(labels: string[][]): boolean {
  if (labels.length < 2) return false;
  const words = labels.flat();
  if (!mayBeHeader(words)) return false;
  const style = styleOf(words.map(wordCase), words);
  // A field's name is one word: `count avg_ms` as one label is two fields one space apart, or words of prose.
  if (style === 'lower') return labels.every((label) => label.length === 1);
  return labels.every((label) => label.length > 0 && leadCase(label) === style);
}

/** The case of a label's first word that has letters (`CPU %` → `CPU`). */
function leadCase(label: string[]): WordCase {
  for (const word of label) {
    const wordStyle = wordCase(word);
    if (wordStyle !== 'none') return wordStyle;
  }
  return 'none';
}

/** A field's name as a query prints it: `count`, `http_path`, `avg_ms`, `p95_ms`. */
const FIELD_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * 'upper' when every lettered word is upper-case; 'title' for df-style headers; 'lower' when every word is a field's
 * name (`http_path`, `count`; no digits alone, no options, no paths).
 */
function styleOf(cases: WordCase[], words: string[]): 'upper' | 'title' | 'lower' | undefined {
  const lettered = cases.filter((wordStyle) => wordStyle !== 'none');
  if (lettered.length < 2) return undefined;
  if (lettered.every((wordStyle) => wordStyle === 'upper')) return 'upper';
  // df: no all-capitals word, the first is Title case, lower-case ones follow.
  if (lettered[0] === 'title' && !lettered.includes('upper')) return 'title';
  if (lettered.length === cases.length && words.every((word) => FIELD_NAME.test(word))) return 'lower';
  return undefined;
}

function wordCase(word: string): WordCase {
  if (!/\p{L}/u.test(word)) return 'none';
  // A file's or an identifier's name (`NA12878.R1_fastqc.html`, `Sample_1`) is no Title-case label, whatever its
  // first letter: an `ls` of two such names per line is not a table under a header of two names.
  if (/\p{Ll}/u.test(word) && /[._][\p{L}\d]/u.test(word)) return 'lower';
  // A unit in parentheses does not count: `CPU(cores)`, `MEMORY(bytes)`.
  const bare = word.replace(/\([^)]*\)/g, '');
  if (/\p{Lu}/u.test(bare) && !/\p{Ll}/u.test(bare)) return 'upper';
  const first = /\p{L}/u.exec(word)?.[0] ?? '';
  return /\p{Lu}/u.test(first) ? 'title' : 'lower';
}
