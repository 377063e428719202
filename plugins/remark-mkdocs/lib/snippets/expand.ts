/**
 * pymdownx.snippets as a text preprocessor: `--8<--` lines are replaced by the
 * lines of the files they name before the page is parsed, exactly as
 * pymdownx's `SnippetPreprocessor.parse_snippets` does (Python-Markdown runs
 * it before any block is read, so an include works in a fence, a box, a list:
 * anywhere, indented by the include line's indentation). Each output line
 * remembers where it came from (`sources`), so a message about the expanded
 * text can name the included file and its line.
 *
 * Deviations, so that nothing the author wrote disappears silently: an
 * include that cannot be honoured (missing file, missing section, a cycle, a
 * URL, an include line inside the block form) stays on the page as written,
 * with a message; pymdownx drops the line (or, with `check_paths`, stops the
 * build).
 */
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {RuleId} from '../messages';
import {readBlockPathLine, readReference, readSectionLine, readSnippetLine, selectRanges, type SnippetReference} from './grammar';
import type {SnippetsOptions} from './options';
import {dedent} from './dedent';
import {includePathBase, namesManyOrRemote, readIncludeDirectiveAt, type IncludeDirective} from '../include-markdown/directive';
import {directiveArg, includedLines, type IncludeMarkdownSettings} from '../include-markdown/include';

/** Where an expanded line was written: a file and its 1-based line, shifted right by `indent` columns. */
export interface SnippetSource {
  path: string;
  line: number;
  indent: number;
  /** For an included line: the page's include line it came through (the outermost one). */
  includedAt?: SnippetSource;
}

export interface SnippetProblem {
  /** 1-based, in the expanded text: the author's line, kept there. */
  line: number;
  column: number;
  reason: string;
  ruleId: RuleId;
  /** `check_paths: true` makes a missing file an error (pymdownx stops the build). */
  fatal: boolean;
}

export interface SnippetExpansion {
  /** The page as Python-Markdown parses it. The input itself when no line changed. */
  text: string;
  /** One entry per line of `text`; empty when nothing changed (every line is then the page's own). */
  sources: SnippetSource[];
  /** Lines in `text`. */
  lineCount: number;
  /** Every file read for this page (absolute paths), nested ones included. */
  dependencies: string[];
  /** Files that were looked for and not found: creating one changes the page. */
  missing: string[];
  problems: SnippetProblem[];
  changed: boolean;
}

export interface ExpandOptions {
  /** The page's absolute path (its own lines are attributed to it). */
  path: string;
  options: SnippetsOptions;
  /** pymdownx.snippets is on (default); off, only the include-markdown directives are read. */
  snippets?: boolean;
  /**
   * The mkdocs-include-markdown-plugin is on: its directives are expanded too, before snippets read the lines
   * (MkDocs runs the plugin on the page's Markdown first), and within `root` only (a folder).
   */
  includeMarkdown?: {settings: IncludeMarkdownSettings; root: string; project?: IncludeProjectLayout};
  /** Lines at the start that MkDocs removes before Markdown sees the page (the YAML front matter): left as they are. */
  skipLines?: number;
}

/**
 * Where an imported workshop's project is in the site, for include-markdown's
 * paths, which are relative to the including file in the project: `lessons`
 * holds its docs_dir (`docsDir`, relative to the project), `mirror` the files
 * the pages include from elsewhere in the project, at their project paths (the
 * import copies them there). So `../README.md` from `docs/index.md` is
 * `mirror/README.md`, and what that file includes is read beside it, in the mirror.
 */
export interface IncludeProjectLayout {
  lessons: string;
  mirror: string;
  docsDir: string;
}

/** Where the lines of an included file land: after the includes' indentation, attributed to the page's include line. */
interface Placement {
  prefix: string;
  indent: number;
  /** The page's include line; undefined for the page's own lines. */
  includedAt?: SnippetSource;
  /**
   * include-markdown directives are read on these lines: the page's and (`recursive`) those it included, not a
   * snippet's (MkDocs expands snippets after the plugin ran).
   */
  directives: boolean;
}

/** The page's own lines: placed as they are. */
const PAGE: Placement = {prefix: '', indent: 0, directives: true};

/** Pushes lines to `out` as placed by `placement`. */
class PlacedLines {
  constructor(
    readonly out: Line[],
    readonly placement: Placement,
  ) {}

  push(...lines: Line[]): void {
    const {prefix, indent, includedAt} = this.placement;
    for (const line of lines) this.out.push({...line, text: prefix + line.text, source: {...line.source, indent: line.source.indent + indent, includedAt}});
  }
}

interface Line {
  text: string;
  source: SnippetSource;
  /** Problems about this line, which stays on the page. */
  problems?: Array<Omit<SnippetProblem, 'line' | 'column'>>;
}

export function expandSnippets(text: string, {path: pagePath, options, skipLines = 0, snippets = true, includeMarkdown}: ExpandOptions): SnippetExpansion {
  // Every include and section marker holds `8<`, every directive the opening tag: a page without one is what it is.
  const mayInclude = includeMarkdown !== undefined && text.includes(includeMarkdown.settings.tags.opening);
  if (!mayInclude && (!snippets || (!text.includes('8<') && options.autoAppend.length === 0))) {
    return {text, sources: [], lineCount: lineCount(text), dependencies: [], missing: [], problems: [], changed: false};
  }
  const texts = text.split(/\r\n|\r|\n/);
  const lines: Line[] = texts.map((value, index) => ({text: value, source: {path: pagePath, line: index + 1, indent: 0}}));
  const expander = new Expander(options, pagePath, snippets, includeMarkdown);
  const body = lines.slice(skipLines);
  // pymdownx appends a block-form include of every listed file. One that no base path has is skipped, as
  // pymdownx skips it: it is the config's, not the page's, so it is told once per build (`missingAutoAppend`),
  // not as text and a warning at the end of every page. With check_paths pymdownx stops: so does the page.
  const append = !snippets ? [] : options.checkPaths ? options.autoAppend : options.autoAppend.filter((entry) => expander.finds(entry));
  if (append.length > 0) {
    const last = lines[lines.length - 1]!.source;
    const appended = `\n\n-8<-\n${append.join('\n\n')}\n-8<-\n`.split('\n');
    body.push(...appended.map((value) => ({text: value, source: last})));
  }
  const output = [...lines.slice(0, skipLines), ...expander.expand(body, undefined, false)];
  // An empty text is still one (empty) line: the map keeps one entry per line.
  if (output.length === 0) output.push({text: '', source: lines[lines.length - 1]!.source});
  const problems: SnippetProblem[] = [];
  output.forEach((line, index) => {
    for (const problem of line.problems ?? []) {
      problems.push({...problem, line: index + 1, column: /^[ \t]*/.exec(line.text)![0].length + 1});
    }
  });
  const changed = output.length !== lines.length || output.some((line, index) => line.text !== texts[index]);
  return {
    text: changed ? output.map((line) => line.text).join('\n') : text,
    sources: changed ? output.map((line) => line.source) : [],
    lineCount: output.length,
    dependencies: [...expander.read],
    missing: [...expander.missing],
    problems,
    changed,
  };
}

/**
 * The `auto_append` entries no base path has (none with `check_paths`, where
 * each page fails instead): the site tells these once per build.
 */
export function missingAutoAppend(options: SnippetsOptions): string[] {
  if (options.checkPaths) return [];
  const expander = new Expander(options, '');
  return options.autoAppend.filter((entry) => !expander.finds(entry));
}

class Expander {
  readonly read = new Set<string>();
  readonly missing = new Set<string>();
  /** The files being expanded, outermost first: one of them named again is a cycle. */
  readonly #stack: string[] = [];

  constructor(
    readonly options: SnippetsOptions,
    readonly pagePath: string,
    readonly snippets = true,
    readonly includeMarkdown?: ExpandOptions['includeMarkdown'],
  ) {}

  /**
   * `lines` expanded, written to `out` as they appear on the page: shifted by
   * `placement` (the includes around them). Each line is placed once, where
   * it lands: a chain of includes copied every deeper line once per level
   * (depth² copies).
   */
  expand(lines: readonly Line[], fileName: string | undefined, isSection: boolean, out: Line[] = [], placement: Placement = PAGE): Line[] {
    if (fileName !== undefined) this.#stack.push(fileName);
    const result = placement === PAGE ? out : new PlacedLines(out, placement);
    let block = false;
    const directives = this.includeMarkdown && placement.directives ? lines.map((line) => line.text) : undefined;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (directives && !block) {
        const directive = readIncludeDirectiveAt(directives, index, this.includeMarkdown!.settings.tags);
        if (directive && 'problem' in directive.read) {
          result.push(problem(line, 'mkdocs-include-markdown', directive.read.problem, false));
          continue;
        }
        if (directive && 'directive' in directive.read) {
          // A directive spanning lines takes them all: the included text stands for them.
          this.includeFile(lines.slice(index, index + directive.lines), directive.read.directive, fileName ?? this.pagePath, out, placement);
          index += directive.lines - 1;
          continue;
        }
      }
      if (!this.snippets) {
        result.push(line);
        continue;
      }
      const snippet = readSnippetLine(line.text);
      if (snippet?.kind === 'escaped') {
        result.push({...line, text: snippet.text});
        continue;
      }
      if (snippet?.kind === 'block-marker') {
        block = !block;
        continue;
      }
      if (snippet?.kind === 'inline' && block) {
        result.push(problem(line, 'mkdocs-snippet-syntax', 'Unexpected `--8<-- "…"` inside a `--8<--` block, expected one file name a line (pymdownx ignores this line)', false));
        continue;
      }
      if (!snippet && !block) {
        result.push(...(isSection ? [line] : withoutSectionMarker(line)));
        continue;
      }
      const {indent, reference} = snippet ?? readBlockPathLine(line.text);
      if (!snippet && reference === '') {
        // An empty line inside the block form is a blank line of the page.
        result.push({...line, text: ''});
        continue;
      }
      // `; file` comments a file out (block form).
      if (reference.startsWith(';')) continue;
      this.include(line, indent, readReference(reference), out, placement);
    }
    if (fileName !== undefined) this.#stack.pop();
    return out;
  }

  /** Writes to `out` the lines an include stands for, or the author's line with a problem. */
  include(line: Line, indent: string, reference: SnippetReference, out: Line[], placement: Placement): void {
    const result = placement === PAGE ? out : new PlacedLines(out, placement);
    const {checkPaths} = this.options;
    if (reference.path === '') {
      result.push(problem(line, 'mkdocs-snippet-missing', 'Unexpected snippet without a file name, expected `--8<-- "file.md"` (with optional `:start:end` or `:section`)', checkPaths));
      return;
    }
    if (/^https?:\/\//i.test(reference.path) && this.options.urlDownload) {
      result.push(problem(line, 'mkdocs-snippet-url', `Unexpected URL snippet \`${reference.path}\`, expected a local file: this build downloads nothing (url_download)`, false));
      return;
    }
    const found = this.resolve(reference.path);
    if (found === undefined) {
      result.push(problem(line, 'mkdocs-snippet-missing', `Unexpected missing snippet \`${reference.path}\`, expected a file under the base paths (${this.describeBases()})`, checkPaths));
      return;
    }
    if (this.#stack.includes(found)) {
      result.push(problem(line, 'mkdocs-snippet-cycle', `Unexpected snippet \`${reference.path}\` that includes itself (${[...this.#stack, found].map((file) => path.basename(file)).join(' → ')}), expected no cycle: the line is left as written`, false));
      return;
    }
    this.read.add(found);
    let fileLines = readSnippetFile(found, this.options.encoding);
    if (fileLines.length > 0 && reference.ranges.length > 0) {
      fileLines = this.dedent(selectRanges(fileLines, reference.ranges));
    } else if (fileLines.length > 0 && reference.section !== undefined) {
      const section = extractSection(fileLines, reference.section);
      if (section === undefined) {
        result.push(problem(line, 'mkdocs-snippet-missing', `Unexpected snippet section \`${reference.section}\`, expected \`--8<-- [start:${reference.section}]\` in \`${reference.path}\``, checkPaths));
        return;
      }
      fileLines = this.dedent(section);
    }
    const space = expandTabs(indent, this.options.tabLength);
    const included = fileLines.map((fileLine) => ({text: fileLine.text, source: {path: found, line: fileLine.line, indent: 0}}));
    // The outermost include line is the one on the page (`line` is raw at its level: an inner file's line has no includedAt yet).
    const inner: Placement = {prefix: placement.prefix + space, indent: placement.indent + space.length, includedAt: placement.includedAt ?? line.source, directives: false};
    this.expand(included, found, reference.section !== undefined, out, inner);
  }

  /**
   * Writes to `out` what an include-markdown directive (on `taken`, its lines) includes
   * (`../include-markdown/include.ts`), or its lines as written, the first with a problem.
   */
  includeFile(taken: readonly Line[], directive: IncludeDirective, includer: string, out: Line[], placement: Placement): void {
    const placed = placement === PAGE ? out : new PlacedLines(out, placement);
    const line = taken[0]!;
    const result = {push: (first: Line) => placed.push(first, ...taken.slice(1))};
    const {settings, root} = this.includeMarkdown!;
    const written = `\`${directive.path}\``;
    if (namesManyOrRemote(directive.path)) {
      result.push(problem(line, 'mkdocs-include-markdown', `Unexpected ${directive.kind} of ${written} (a glob or a URL), expected one local file: left as written (this build includes files one by one and downloads nothing)`, false));
      return;
    }
    const found = this.locateInclude(includer, directive.path);
    if (found === undefined) {
      const [where, what] = this.includeMarkdown!.project ? ["the workshop's project", 'the project'] : [`the site (${root})`, 'the site'];
      result.push(problem(line, 'mkdocs-include-markdown', `Unexpected ${directive.kind} of ${written}, outside ${where}, expected a file of ${what}: left as written`, false));
      return;
    }
    if (fileKind(found) !== 'file') {
      this.missing.add(found);
      const against = includePathBase(directive.path) === 'includer' ? 'beside the including file, as `./` and `../` paths are' : includePathBase(directive.path) === 'docs' ? 'in docs_dir, as paths not starting with `./` or `../` are' : 'an absolute path';
      result.push(problem(line, 'mkdocs-include-markdown', `Unexpected missing file ${written} (${directive.kind}: looked for ${path.relative(root, found) || found}, ${against}), expected the file: left as written`, false));
      return;
    }
    if (this.#stack.includes(found) || found === this.pagePath) {
      result.push(problem(line, 'mkdocs-include-markdown', `Unexpected ${directive.kind} of ${written} that includes itself, expected no cycle: left as written`, false));
      return;
    }
    this.read.add(found);
    const text = new TextDecoder(settings.encoding).decode(readFileSync(found));
    const selected = includedLines(text, directive, settings, {includedFile: found, includerFile: includer});
    if ('problem' in selected) {
      result.push(problem(line, 'mkdocs-include-markdown', selected.problem, false));
      return;
    }
    const space = directiveArg(directive, 'preserve-includer-indent', settings.preserveIncluderIndent) ? expandTabs(directive.indent, this.options.tabLength) : '';
    const recursive = directiveArg(directive, 'recursive', settings.recursive);
    const included = selected.lines.map((fileLine) => ({text: fileLine.text, source: {path: found, line: fileLine.line, indent: 0}}));
    const inner: Placement = {prefix: placement.prefix + space, indent: placement.indent + space.length, includedAt: placement.includedAt ?? line.source, directives: recursive};
    this.expand(included, found, false, out, inner);
  }

  /**
   * The file an include-markdown directive of `includer` names, as the plugin resolves it (`includePathBase`:
   * `./…`, `../…` relative to `includer`, others relative to docs_dir, `/…` as they are), or undefined when that is
   * outside the site, or with an imported workshop's layout, outside its project: a file of the lessons' folder
   * (docs_dir) is read there, any other from the import's mirror of the project.
   */
  locateInclude(includer: string, written: string): string | undefined {
    const {root, project, settings} = this.includeMarkdown!;
    const base = includePathBase(written);
    const inMirror = project !== undefined && within(includer, project.mirror);
    if (!project || (!inMirror && !within(includer, project.lessons))) {
      const found = base === 'absolute' ? path.resolve(written) : path.resolve(base === 'includer' ? path.dirname(includer) : path.resolve(root, settings.docsDir), written);
      return within(found, root) ? found : undefined;
    }
    if (base === 'absolute') return undefined;
    // The includer's path in the project.
    const includerPath = inMirror ? path.relative(project.mirror, includer) : path.join(project.docsDir, path.relative(project.lessons, includer));
    const projectPath = path.normalize(base === 'includer' ? path.join(path.dirname(includerPath), written) : path.join(project.docsDir, written));
    if (projectPath === '..' || projectPath.startsWith(`..${path.sep}`) || path.isAbsolute(projectPath)) return undefined;
    // What a file of the mirror names is read in the mirror (the import copies it there).
    const inDocs = path.relative(project.docsDir, projectPath);
    if (!inMirror && inDocs !== '..' && !inDocs.startsWith(`..${path.sep}`)) return path.join(project.lessons, inDocs);
    return path.join(project.mirror, projectPath);
  }

  /** Whether a base path has the file an include line (or `auto_append` entry) names. */
  finds(reference: string): boolean {
    return this.resolve(readReference(reference).path) !== undefined;
  }

  /** pymdownx's `get_snippet_path`: the first base path that has the file. */
  resolve(reference: string): string | undefined {
    for (const base of this.options.basePaths) {
      const kind = fileKind(base);
      if (kind === 'directory') {
        const candidate = path.resolve(base, reference);
        if (this.options.restrictBasePath && !within(candidate, base)) continue;
        if (fileKind(candidate) === 'file') return candidate;
        this.missing.add(candidate);
      } else if (kind === 'file') {
        // A base that is a file offers that one file, by its name.
        const candidate = path.resolve(path.dirname(base), reference);
        if (candidate === base) return candidate;
      }
    }
    return undefined;
  }

  describeBases(): string {
    return this.options.basePaths.map((base) => path.relative(process.cwd(), base) || '.').join(', ');
  }

  dedent(lines: FileLine[]): FileLine[] {
    return this.options.dedentSubsections ? dedent(lines) : lines;
  }
}

interface FileLine {
  text: string;
  /** 1-based, in the file. */
  line: number;
}

/** A file's lines as pymdownx reads them: universal newlines, and an empty last line when the file ends with one. */
function readSnippetFile(file: string, encoding: string): FileLine[] {
  const text = new TextDecoder(encoding).decode(readFileSync(file));
  if (text === '') return [];
  return text.split(/\r\n|\r|\n/).map((value, index) => ({text: value, line: index + 1}));
}

/** pymdownx's `extract_section`: the lines between `[start:name]` and `[end:name]`; other markers dropped. */
function extractSection(lines: readonly FileLine[], name: string): FileLine[] | undefined {
  const result: FileLine[] = [];
  let inside = false;
  let found = false;
  for (const line of lines) {
    const marker = readSectionLine(line.text);
    if (marker?.kind === 'escaped' && inside) {
      result.push({...line, text: marker.text});
      continue;
    }
    if (marker?.kind === 'marker' && marker.name === name) {
      if (marker.type === 'start') {
        // A second start inside the section is ignored.
        if (!inside) inside = found = true;
        continue;
      }
      // An end closes the section; an end before any start ends the search too.
      break;
    }
    if (marker && inside) continue;
    if (inside) result.push(line);
  }
  return found ? result : undefined;
}

/** Outside a section extraction, section markers are removed from the page; escaped ones lose one `;`. */
function withoutSectionMarker(line: Line): Line[] {
  const marker = readSectionLine(line.text);
  if (marker === undefined) return [line];
  return marker.kind === 'escaped' ? [{...line, text: marker.text}] : [];
}

function problem(line: Line, ruleId: RuleId, reason: string, fatal: boolean): Line {
  return {...line, problems: [...(line.problems ?? []), {reason, ruleId, fatal}]};
}

function fileKind(file: string): 'file' | 'directory' | undefined {
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** Lines in a text (a final line break ends one more, empty, line), as `split(/\r\n|\r|\n/)` counts them. */
export function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  // A CR alone ends a line too (a CR before LF was counted with the LF).
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) if (text[index + 1] !== '\n') count++;
  return count;
}

/** Python's `str.expandtabs` for an indentation. */
function expandTabs(indent: string, tabLength: number): string {
  let result = '';
  for (const character of indent) {
    result += character === '\t' ? ' '.repeat(tabLength - (result.length % tabLength)) : character;
  }
  return result;
}

/** `file` is `folder` or inside it. */
function within(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}
