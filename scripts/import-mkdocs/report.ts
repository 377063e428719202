/**
 * What the import could not carry over, one finding per line, with the file
 * and line it comes from when there is one.
 */

/**
 * `error`: the Docusaurus build fails or a page is lost unless someone acts;
 * `warning`: something MkDocs did that the site will not do;
 * `info`: done differently, or worth knowing.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  /** Path relative to the MkDocs project (`mkdocs.yml`, `docs/setup.md`). */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based; given for what the site's build reports too, at the same place. */
  column?: number;
  message: string;
  /** The rule id the build's warning for the same place carries (`mkdocs-box-type`). */
  ruleId?: string;
}

export function finding(severity: Severity, message: string, file?: string, line?: number, extra: {column?: number; ruleId?: string} = {}): Finding {
  return {
    severity,
    message,
    ...(file === undefined ? {} : {file}),
    ...(line === undefined ? {} : {line}),
    ...(line === undefined || extra.column === undefined ? {} : {column: extra.column}),
    ...(extra.ruleId === undefined ? {} : {ruleId: extra.ruleId}),
  };
}

/** `file:line[:column]: message [rule-id]`, the place parts present as known. */
export function formatFinding(item: Finding): string {
  const place = item.file === undefined ? '' : `${[item.file, item.line, item.column].filter((part) => part !== undefined).join(':')}: `;
  return `${place}${item.message}${item.ruleId === undefined ? '' : ` [${item.ruleId}]`}`;
}

const HEADINGS: Record<Severity, string> = {
  error: 'Errors (the Docusaurus build fails, or content is lost, until fixed)',
  warning: 'Not carried over',
  info: 'Notes',
};

/**
 * Findings grouped by severity; within a group, by file (the files in the
 * order they first appear, findings without a file last), then by line.
 */
export function formatFindings(findings: readonly Finding[]): string[] {
  const fileOrder = new Map<string, number>();
  for (const item of findings) if (item.file !== undefined && !fileOrder.has(item.file)) fileOrder.set(item.file, fileOrder.size);
  const rank = (item: Finding) => (item.file === undefined ? fileOrder.size : (fileOrder.get(item.file) ?? 0));
  const sorted = findings
    .map((item, index) => ({item, index}))
    .sort((a, b) => rank(a.item) - rank(b.item) || (a.item.line ?? 0) - (b.item.line ?? 0) || (a.item.column ?? 0) - (b.item.column ?? 0) || a.index - b.index)
    .map(({item}) => item);
  const lines: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = sorted.filter((item) => item.severity === severity);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${HEADINGS[severity]} (${group.length}):`);
    lines.push(...group.map(formatFinding));
  }
  return lines;
}

/**
 * 1-based line numbers of strings in a text (a YAML config), searched from a
 * cursor so that repeated entries (the same page twice in `nav`) find their
 * own lines.
 */
export class LineLocator {
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }

  /** The line of a top-level key (`nav:`, `plugins:`), or undefined. */
  topLevelKey(key: string): number | undefined {
    const pattern = new RegExp(`^(['"]?)${escapeRegExp(key)}\\1\\s*:`);
    const index = this.lines.findIndex((line) => pattern.test(line));
    return index === -1 ? undefined : index + 1;
  }

  /**
   * The first line at or after `from` (1-based) that holds `needle` outside a
   * comment, or undefined. With `key`, `needle` must be a mapping key there.
   */
  find(needle: string, from = 1, options: {key?: boolean; before?: number} = {}): number | undefined {
    const end = Math.min(options.before ?? this.lines.length + 1, this.lines.length + 1);
    for (let index = Math.max(from, 1) - 1; index < end - 1; index += 1) {
      const line = stripComment(this.lines[index]);
      const at = line.indexOf(needle);
      if (at === -1) continue;
      if (options.key) {
        const after = line.slice(at + needle.length).replace(/^['"]/, '');
        const before = line.slice(0, at).replace(/['"]$/, '');
        if (!/^\s*:/.test(after) || !/^[\s-]*$/.test(before)) continue;
      }
      return index + 1;
    }
    return undefined;
  }

  /** The line range of a top-level key's block: its line, and the next top-level key's line. */
  block(key: string): {start: number; end: number} | undefined {
    const start = this.topLevelKey(key);
    if (start === undefined) return undefined;
    let end = this.lines.length + 1;
    for (let index = start; index < this.lines.length; index += 1) {
      if (/^[^\s#-]/.test(this.lines[index])) {
        end = index + 1;
        break;
      }
    }
    return {start, end};
  }
}

function stripComment(line: string): string {
  // A `#` starts a comment at the line start or after whitespace (YAML); good enough for locating.
  const match = /(^|\s)#/.exec(line);
  return match ? line.slice(0, match.index) : line;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
