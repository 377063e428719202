/**
 * Page metadata as MkDocs reads it (`mkdocs/utils/meta.py`, `get_data`), which
 * is not what Docusaurus (gray-matter, remark-frontmatter) reads:
 *
 * - A leading `---` line, lines, then a `---` or `...` line is YAML front matter
 *   only when its YAML loads to a mapping; a list, a string, nothing or invalid
 *   YAML leaves the whole document as content (the `---` lines are thematic
 *   breaks). Workshops open lessons with `---`, a heading, a list and `---`.
 * - Without such a block, leading `Key: value` lines (MultiMarkdown style, with
 *   4-space or tab continuation lines) up to the first blank line or the first
 *   other line are metadata, hidden from the page. MkDocs does this for every
 *   page, whether or not the `meta` Markdown extension is enabled.
 * - With the `meta` extension (Python-Markdown's), the content MkDocs hands
 *   over is read once more (`metaExtensionLines`): a first line starting with
 *   `---`, then `Key: value` lines up to a blank line or a `---`/`...` line,
 *   are taken out of the page. So a lesson that opens with `---`, a heading, a
 *   list and `---` (invalid YAML) shows no rule above its heading.
 */
import {load} from 'js-yaml';

export type MkdocsMeta =
  | {kind: 'none'}
  /** `lines` are the 1-based lines of the block, fences included. */
  /** `yaml`: the block's text between the fences, as written. */
  | {kind: 'yaml'; data: Record<string, unknown>; yaml: string; lines: number[]; keyLines: Array<{key: string; line: number; text: string}>}
  /** `error` and `errorLine` (1-based, in the file) when the YAML is invalid. */
  | {kind: 'yaml-content'; lines: number[]; reason: string; error?: string; errorLine?: number}
  | {kind: 'multimarkdown'; data: Record<string, string>; lines: number[]; keyLines: Array<{key: string; line: number; text: string}>};

/** Lines as MkDocs sees them (it reads files with universal newlines): CRLF and CR end a line too. */
function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const FENCE_OPEN = /^-{3}[ \t]*$/;
const FENCE_CLOSE = /^(?:\.{3}|-{3})[ \t]*$/;
const META = /^[ ]{0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
const META_MORE = /^(?: {4}|\t)\s*(.*)$/;

export function readMkdocsMeta(text: string): MkdocsMeta {
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (FENCE_OPEN.test(lines[0] ?? '')) {
    // MkDocs' pattern needs at least one line between the fences and a line break after the closing one.
    for (let index = 2; index < lines.length - 1; index++) {
      if (!FENCE_CLOSE.test(lines[index])) continue;
      const block = Array.from({length: index + 1}, (_, i) => i + 1);
      const yaml = `${lines.slice(1, index).join('\n')}\n`;
      try {
        // `json`: a repeated key overrides the earlier one, as in PyYAML, instead of failing.
        const data = load(yaml, {json: true});
        if (isMapping(data)) {
          // Where each top-level key is written, for messages about it.
          const keyLines = lines.slice(1, index).flatMap((text, offset) => {
            const key = /^([^\s#:][^:]*?)\s*:(?:\s|$)/.exec(text)?.[1];
            return key === undefined ? [] : [{key, line: offset + 2, text}];
          });
          return {kind: 'yaml', data, yaml, lines: block, keyLines};
        }
        return {kind: 'yaml-content', lines: block, reason: describeYaml(data)};
      } catch (error) {
        const mark = (error as {mark?: {line?: number}}).mark;
        const reason = (error as {reason?: string}).reason ?? firstLine((error as Error).message);
        return {kind: 'yaml-content', lines: block, reason: 'invalid YAML', error: reason, errorLine: 2 + (mark?.line ?? 0)};
      }
    }
  }
  const data: Record<string, string> = {};
  const keyLines: Array<{key: string; line: number; text: string}> = [];
  const used: number[] = [];
  let key: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') {
      // The blank line that ends the metadata goes with it (MkDocs strips leading blank lines anyway).
      if (used.length > 0) used.push(index + 1);
      break;
    }
    const meta = META.exec(line);
    if (meta) {
      key = meta[1].toLowerCase().trim();
      const value = meta[2].trim();
      data[key] = key in data ? `${data[key]} ${value}` : value;
      keyLines.push({key, line: index + 1, text: line});
      used.push(index + 1);
      continue;
    }
    const more = META_MORE.exec(line);
    if (more && key !== undefined) {
      data[key] += ` ${more[1].trim()}`;
      used.push(index + 1);
      continue;
    }
    break;
  }
  if (keyLines.length === 0) return {kind: 'none'};
  return {kind: 'multimarkdown', data, lines: used, keyLines};
}

/** Python-Markdown's meta extension (`markdown/extensions/meta.py`): `re.match`, so a prefix is enough. */
const EXTENSION_BEGIN = /^-{3}/;
const EXTENSION_END = /^(?:-{3}|\.{3})/;

export interface MetaExtensionLines {
  /** 1-based lines the extension takes out of the page. */
  lines: number[];
  /** Its `Key: value` lines among them (hidden prose: MkDocs and Material never read the extension's metadata). */
  keyLines: Array<{key: string; line: number; text: string}>;
}

/**
 * The lines Python-Markdown's `meta` extension takes from the top of the
 * content MkDocs hands it (`meta`: what MkDocs itself read, `readMkdocsMeta`):
 * after YAML or MultiMarkdown metadata, from the first non-empty line; else
 * from the first line. A first line starting with `---` is dropped, then
 * `Key: value` lines and their indented continuations, up to and with the
 * first blank or `---`/`...` line; the first other line ends it and stays.
 */
export function metaExtensionLines(text: string, meta: MkdocsMeta): MetaExtensionLines {
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  let index = meta.kind === 'yaml' || meta.kind === 'multimarkdown' ? Math.max(...meta.lines) : 0;
  // MkDocs strips the line breaks before what it hands over (`lstrip('\n')`).
  if (meta.kind !== 'yaml-content') while (index < lines.length && lines[index] === '') index++;
  const taken: number[] = [];
  const keyLines: MetaExtensionLines['keyLines'] = [];
  if (index < lines.length && EXTENSION_BEGIN.test(lines[index]!)) taken.push(++index);
  let key: string | undefined;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (EXTENSION_END.test(line)) {
      taken.push(index + 1);
      break;
    }
    if (line.trim() === '') {
      // Taken too: after nothing else, a blank line changes nothing on the page.
      if (taken.length > 0) taken.push(index + 1);
      break;
    }
    const match = META.exec(line);
    if (match) {
      key = match[1]!.toLowerCase();
      keyLines.push({key, line: index + 1, text: line});
      taken.push(index + 1);
      continue;
    }
    if (key !== undefined && META_MORE.test(line)) {
      taken.push(index + 1);
      continue;
    }
    break;
  }
  return {lines: taken, keyLines};
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describeYaml(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a YAML list';
  if (value instanceof Date) return 'a YAML date';
  return `a YAML ${typeof value}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
