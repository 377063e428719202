/**
 * What an include-markdown directive puts on the page, as the
 * mkdocs-include-markdown-plugin does: the included file's text between the
 * `start` and `end` delimiters (every such pair, in order; the whole file
 * without them), dedented with `dedent`, its headings moved down by
 * `heading-offset` and its relative Markdown links and images rewritten to
 * work from the including page (`rewrite-relative-urls`, both only for
 * `include-markdown`), without its trailing line breaks with
 * `trailing-newlines=false`. Each line keeps the number it has in the file, so
 * a message about it names the file and line. The includer's indentation is
 * the caller's (`preserve-includer-indent`).
 *
 * One deviation: the `<!-- BEGIN INCLUDE -->` / `<!-- END INCLUDE -->`
 * comments the plugin writes around included Markdown (`comments`) are not
 * written; they show nothing.
 */
import path from 'node:path';
import type {DirectiveTags, IncludeDirective} from './directive';
import {unescapeDelimiter} from './directive';
import {dedent} from '../snippets/dedent';
import {FenceLines} from '../fence/lines';

/** The plugin's settings (`plugins: - include-markdown: …` in mkdocs.yml), the defaults of every directive. */
export interface IncludeMarkdownSettings {
  tags: DirectiveTags;
  encoding: string;
  preserveIncluderIndent: boolean;
  dedent: boolean;
  trailingNewlines: boolean;
  rewriteRelativeUrls: boolean;
  headingOffset: number;
  recursive: boolean;
  /**
   * MkDocs' docs_dir (the key `docs_dir`, relative to the folder the pages are read in, their `cwd`): a path
   * that is not `./…`, `../…` or absolute is read from there. Default: that folder itself.
   */
  docsDir: string;
}

/** The plugin's options as mkdocs.yml writes them (`opening_tag`, `preserve_includer_indent`, …), with its defaults. */
export function includeMarkdownSettings(options: Readonly<Record<string, unknown>> = {}): IncludeMarkdownSettings {
  const flag = (name: string, fallback: boolean) => (typeof options[name] === 'boolean' ? (options[name] as boolean) : fallback);
  return {
    tags: {
      opening: typeof options.opening_tag === 'string' && options.opening_tag !== '' ? options.opening_tag : '{%',
      closing: typeof options.closing_tag === 'string' && options.closing_tag !== '' ? options.closing_tag : '%}',
    },
    encoding: typeof options.encoding === 'string' ? options.encoding : 'utf-8',
    preserveIncluderIndent: flag('preserve_includer_indent', true),
    dedent: flag('dedent', false),
    trailingNewlines: flag('trailing_newlines', true),
    rewriteRelativeUrls: flag('rewrite_relative_urls', true),
    headingOffset: typeof options.heading_offset === 'number' ? options.heading_offset : 0,
    recursive: flag('recursive', true),
    docsDir: typeof options.docs_dir === 'string' && options.docs_dir !== '' ? options.docs_dir : '.',
  };
}

export interface IncludedLine {
  text: string;
  /** 1-based, in the included file. */
  line: number;
}

/** What the directive includes of `text` (the file at `includedFile`, into the page at `includerFile`), or why nothing. */
export function includedLines(
  text: string,
  directive: IncludeDirective,
  settings: IncludeMarkdownSettings,
  files: {includedFile: string; includerFile: string},
): {lines: IncludedLine[]} | {problem: string} {
  const arg = <T extends string | boolean | number>(name: string, fallback: T): T => directiveArg(directive, name, fallback);
  const start = typeof directive.args.start === 'string' ? unescapeDelimiter(directive.args.start) : undefined;
  const end = typeof directive.args.end === 'string' ? unescapeDelimiter(directive.args.end) : undefined;
  const sections = delimited(text, start, end);
  if (sections.length === 0) {
    return {problem: `Unexpected \`start\`/\`end\` delimiters not found in \`${directive.path}\` (${[start, end].filter((value) => value !== undefined).map((value) => JSON.stringify(value)).join(', ')}), expected them in the file: left as written`};
  }
  let lines = joinSections(text, sections);
  if (arg('dedent', settings.dedent)) lines = dedent(lines);
  if (directive.kind === 'include-markdown') {
    const offset = arg('heading-offset', settings.headingOffset);
    const rewrite = arg('rewrite-relative-urls', settings.rewriteRelativeUrls);
    const from = path.posix.dirname(toPosix(files.includedFile));
    const to = path.posix.dirname(toPosix(files.includerFile));
    lines = outsideFences(lines, (line) => {
      let result = line;
      if (offset > 0) result = result.replace(/^(#{1,6})(?=[ \t]|$)/, (hashes) => '#'.repeat(Math.min(6, hashes.length + offset)));
      if (rewrite && from !== to) result = rewriteRelativeUrls(result, from, to);
      return result;
    });
  }
  if (!arg('trailing-newlines', settings.trailingNewlines)) {
    while (lines.length > 1 && lines[lines.length - 1]!.text === '') lines.pop();
  }
  return {lines};
}

/**
 * A directive's argument (`heading-offset`, or as older releases of the plugin spell it, `heading_offset`), when it
 * has the type of `fallback`, the plugin's setting; else that setting.
 */
export function directiveArg<T extends string | boolean | number>(directive: IncludeDirective, name: string, fallback: T): T {
  const value = directive.args[name] ?? directive.args[name.replace(/-/g, '_')];
  return (typeof value === typeof fallback ? value : fallback) as T;
}

/** The [from, to) spans the delimiters select: every start…end pair; after the first start; before the first end; or all. */
function delimited(text: string, start: string | undefined, end: string | undefined): Array<[number, number]> {
  if (start === undefined && end === undefined) return [[0, text.length]];
  if (start === undefined) {
    const at = text.indexOf(end!);
    return at === -1 ? [] : [[0, at]];
  }
  const spans: Array<[number, number]> = [];
  for (let from = text.indexOf(start); from !== -1; from = text.indexOf(start, from)) {
    const contentStart = from + start.length;
    if (end === undefined) return [[contentStart, text.length]];
    const to = text.indexOf(end, contentStart);
    if (to === -1) break;
    spans.push([contentStart, to]);
    from = to + end.length;
  }
  return spans;
}

/** The spans' text, joined, as lines that keep their line numbers in the file. */
function joinSections(text: string, spans: ReadonlyArray<[number, number]>): IncludedLine[] {
  const lines: IncludedLine[] = [];
  for (const [from, to] of spans) {
    let line = lineAt(text, from);
    const parts = text.slice(from, to).split(/\r\n|\r|\n/);
    parts.forEach((part, index) => {
      // A span goes on the line the previous one ended on.
      if (index === 0 && lines.length > 0) lines[lines.length - 1]!.text += part;
      else lines.push({text: part, line});
      line++;
    });
  }
  return lines;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** `edit` applied to every line outside fenced code. */
function outsideFences(lines: IncludedLine[], edit: (line: string) => string): IncludedLine[] {
  const fences = new FenceLines();
  return lines.map((line) => (fences.isCode(line.text) ? line : {...line, text: edit(line.text)}));
}

const toPosix = (file: string): string => file.split(path.sep).join('/');

/** A URL a page resolves against its own folder: no scheme, not absolute, not a fragment alone. */
function isRelativeUrl(url: string): boolean {
  return url !== '' && !/^(?:[a-z][a-z\d+.-]*:|\/|#|\?)/i.test(url);
}

/** `url` relative to `from` (a folder), made relative to `to`, its query and fragment kept. */
function moved(url: string, from: string, to: string): string {
  if (!isRelativeUrl(url)) return url;
  const cut = url.search(/[?#]/);
  const file = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  const target = path.posix.relative(to, path.posix.join(from, file)) || '.';
  return `${target}${file.endsWith('/') && !target.endsWith('/') ? '/' : ''}${rest}`;
}

/** Relative URLs of inline links and images (`[t](url)`, `![a](url)`) and of a reference definition (`[id]: url`). */
function rewriteRelativeUrls(line: string, from: string, to: string): string {
  const definition = /^([ \t]{0,3}\[[^\]]+\]:[ \t]*<?)([^\s>]+)/.exec(line);
  if (definition) return definition[1] + moved(definition[2]!, from, to) + line.slice(definition[0].length);
  return line.replace(/(\]\([ \t]*<?)([^)\s>]+)/g, (_all, before: string, url: string) => before + moved(url, from, to));
}
