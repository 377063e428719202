/**
 * The directives of the mkdocs-include-markdown-plugin (a MkDocs plugin, run
 * on each page's Markdown before Python-Markdown reads it):
 * `{% include-markdown "file.md" start="<!--s-->" heading-offset=1 %}` and
 * `{% include "file.txt" %}`, the path and string arguments in double or single
 * quotes (a quote escaped with `\`), the other arguments bare (`true`,
 * `false`, a number). Read here when the directive is a line of its own
 * (indentation before it is the includer's, kept); elsewhere on a line, or
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

export type DirectiveLine = {directive: IncludeDirective} | {problem: string};

export interface DirectiveTags {
  opening: string;
  closing: string;
}

/** The line's directive, a problem with it, or undefined when the line holds none. */
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
      const closed = rest.includes(tags.closing);
      return {
        problem: closed
          ? `Unexpected ${written} with an argument that is not \`name=value\` (\`${rest.slice(0, 40)}\`), expected arguments such as \`start="<!--start-->"\`: left as written`
          : `Unexpected ${written} without \`${tags.closing}\` on its line, expected the directive on one line: left as written`,
      };
    }
    args[key[1]!] = value.value;
    index = value.end;
  }
}

function skipSpace(line: string, index: number): number {
  while (index < line.length && (line[index] === ' ' || line[index] === '\t')) index++;
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
