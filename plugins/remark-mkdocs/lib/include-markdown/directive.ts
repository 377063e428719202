/**
 * The directives of the mkdocs-include-markdown-plugin (a MkDocs plugin, run
 * on each page's Markdown before Python-Markdown reads it):
 * `{% include-markdown "file.md" start="<!--s-->" heading-offset=1 %}` and
 * `{% include "file.txt" %}`, the path and string arguments in double or single
 * quotes (a quote escaped with `\`), the other arguments bare (`true`,
 * `false`, a number). Read here when the directive starts a line of its own
 * (indentation before it is the includer's, kept) and ends one: it may span
 * lines, as the plugin's pattern allows any whitespace, line breaks included,
 * inside `{% … %}` (`re.VERBOSE | re.DOTALL`); elsewhere on a line, or
 * unreadable, the line stays as written and says so.
 */

export type IncludeKind = 'include' | 'include-markdown';

export interface IncludeDirective {
  kind: IncludeKind;
  /** What comes before the opening tag on its line (spaces or tabs). */
  indent: string;
  path: string;
  /** Arguments by name as written (`heading-offset`, `start`), values as read. */
  args: Record<string, string | boolean | number>;
}

/** `unclosed`: no closing tag in the text read (the directive may go on, on the next lines). */
export type DirectiveLine = {directive: IncludeDirective} | {problem: string; unclosed?: boolean};

export interface DirectiveTags {
  opening: string;
  closing: string;
}

/**
 * The directive that starts on `lines[index]` and the number of lines it takes
 * (its closing tag ends the last), a problem with it (its first line; the
 * lines stay as written: `lines` is 1), or undefined when the line starts none.
 * As the plugin's pattern, the name may follow `{%` on a later line, and the
 * directive goes on to the first closing tag.
 */
export function readIncludeDirectiveAt(lines: readonly string[], index: number, tags: DirectiveTags): {read: DirectiveLine; lines: number} | undefined {
  const first = lines[index]!;
  const at = first.indexOf(tags.opening);
  if (at === -1) return undefined;
  let text = first;
  let count = 1;
  // `{%` alone on its line, or with the name only: the name or the path is on a later one.
  while (/^-?\s*(?:include(?:-markdown)?\s*)?$/.test(text.slice(at + tags.opening.length)) && index + count < lines.length) text += `\n${lines[index + count++]}`;
  let read = readIncludeDirective(text, tags);
  if (!read) return undefined;
  // Not closed yet: on to the next line holding the closing tag, as long as the text read so far is a directive's beginning.
  while ('problem' in read && read.unclosed && index + count < lines.length) {
    const next = lines[index + count++]!;
    text += `\n${next}`;
    if (!next.includes(tags.closing)) continue;
    read = readIncludeDirective(text, tags)!;
  }
  return 'problem' in read ? {read, lines: 1} : {read, lines: count};
}

/** The text's directive (the text may span lines: see `readIncludeDirectiveAt`), a problem with it, or undefined when it holds none. */
export function readIncludeDirective(line: string, tags: DirectiveTags): DirectiveLine | undefined {
  const at = line.indexOf(tags.opening);
  if (at === -1) return undefined;
  let index = at + tags.opening.length;
  if (line[index] === '-') index++;
  const name = /^\s*(include-markdown|include)(?=\s)/.exec(line.slice(index));
  if (!name) return undefined;
  const kind = name[1] as IncludeKind;
  const written = `\`${tags.opening} ${kind} … ${tags.closing}\``;
  if (!/^[ \t]*$/.test(line.slice(0, at))) {
    return {problem: `Unexpected ${written} after text on its line, expected the directive on a line of its own: left as written (only such directives are included here)`};
  }
  index += name[0].length;
  const path = readValue(line, skipSpace(line, index));
  if (!path || typeof path.value !== 'string' || !path.quoted) {
    return {problem: `Unexpected ${written} without a quoted file name, expected \`${tags.opening} ${kind} "file.md" ${tags.closing}\`: left as written`};
  }
  const args: IncludeDirective['args'] = {};
  index = path.end;
  for (;;) {
    index = skipSpace(line, index);
    const rest = line.slice(index);
    const close = new RegExp(`^-?${escapeRegExp(tags.closing)}[ \\t]*$`).exec(rest);
    if (close) return {directive: {kind, indent: line.slice(0, at), path: path.value, args}};
    const key = /^([A-Za-z_][\w-]*)\s*=\s*/.exec(rest);
    const value = key ? readValue(line, index + key[0].length) : undefined;
    if (!key || !value) {
      if (rest.includes(tags.closing)) {
        return {problem: `Unexpected ${written} with an argument that is not \`name=value\` (\`${rest.slice(0, 40).replace(/\s+/g, ' ')}\`), expected arguments such as \`start="<!--start-->"\`: left as written`};
      }
      return {problem: `Unexpected ${written} without \`${tags.closing}\`, expected the directive closed by it: left as written`, unclosed: true};
    }
    args[key[1]!] = value.value;
    index = value.end;
  }
}

/** Past spaces, tabs and line breaks (a directive may span lines). */
function skipSpace(line: string, index: number): number {
  while (index < line.length && /\s/.test(line[index]!)) index++;
  return index;
}

/** A quoted string (backslash escapes its quote) or a bare word (`true`, `false`, a number, anything else as text). */
function readValue(line: string, index: number): {value: string | boolean | number; end: number; quoted: boolean} | undefined {
  const quote = line[index];
  if (quote === '"' || quote === "'") {
    let value = '';
    for (let at = index + 1; at < line.length; at++) {
      const character = line[at]!;
      if (character === '\\' && line[at + 1] === quote) {
        value += quote;
        at++;
      } else if (character === quote) {
        return {value, end: at + 1, quoted: true};
      } else {
        value += character;
      }
    }
    return undefined;
  }
  const bare = /^[^\s%'"]+/.exec(line.slice(index));
  if (!bare) return undefined;
  const word = bare[0];
  const value = word === 'true' ? true : word === 'false' ? false : /^-?\d+$/.test(word) ? Number(word) : word;
  return {value, end: index + word.length, quoted: false};
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The plugin's Python-style escapes in `start` and `end` (`\n`, `\t`, `\\`). */
export function unescapeDelimiter(text: string): string {
  return text.replace(/\\([nt\\'"])/g, (_all, character: string) => (character === 'n' ? '\n' : character === 't' ? '\t' : character));
}

/** A directive path the plugin expands as a glob or downloads (`includes/*.md`, `https://…`): not one local file. */
export function namesManyOrRemote(written: string): boolean {
  return /[*?[\]]/.test(written) || /^[a-z][a-z\d+.-]*:\/\//i.test(written);
}

/**
 * What the plugin resolves a directive's (local) path against: `/…` is
 * absolute (`is_absolute_path`), `./…` and `../…` are relative to the including
 * file (`is_relative_path`: only these two), any other is relative to docs_dir,
 * wherever the including file is (`resolve_file_paths_to_include`).
 */
export function includePathBase(written: string): 'absolute' | 'includer' | 'docs' {
  if (written.startsWith('/')) return 'absolute';
  if (written.startsWith('./') || written.startsWith('../')) return 'includer';
  return 'docs';
}
