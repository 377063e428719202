import {createHash} from 'node:crypto';
import path from 'node:path';
import type {Node} from 'unist';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';

/** One warning a plugin attached to the file (`file.message(…)`). */
export type VFileMessage = VFile['messages'][number];

export interface Options {
  /**
   * Fail the file (and so the build) when it carries at least one message.
   * Default: false (print and carry on).
   */
  strict?: boolean;
}

const KNOWN_KEYS: ReadonlyArray<keyof Options> = ['strict'];

/** Validate options once, when the plugin is attached, naming the valid keys. */
export function resolveOptions(options: Options | null | undefined): Required<Options> {
  if (options === null || options === undefined) return {strict: false};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`remark-report-messages: expected an options object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      throw new TypeError(
        `remark-report-messages: unknown option \`${key}\`, expected one of ${KNOWN_KEYS.map((k) => `\`${k}\``).join(', ')}`,
      );
    }
  }
  const {strict = false} = options;
  if (typeof strict !== 'boolean') {
    throw new TypeError(`remark-report-messages: option \`strict\` must be true or false, got ${describe(strict)}`);
  }
  return {strict};
}

/**
 * `docs/a.md:12:5  Unexpected X, expected Y  rule-id`: the path relative to
 * `cwd` (with `/` separators, so editors and CI annotate it on any OS), the
 * start of the message's place (`1:1` when it has none, as vfile-reporter
 * does), the reason on one line, then the rule id when there is one. Two
 * spaces separate the parts because a reason may contain single spaces.
 */
export function formatMessageLine(file: VFile, message: VFileMessage, cwd: string): string {
  const where = file.path ? path.relative(cwd, file.path).split(path.sep).join('/') : '<unknown file>';
  const line = message.line ?? 1;
  const column = message.column ?? 1;
  const reason = message.reason.replace(/\s*\n\s*/g, ' ');
  const parts = [`${where}:${line}:${column}`, reason];
  if (message.ruleId) parts.push(message.ruleId);
  return parts.join('  ');
}

/**
 * Keys of lines already printed. Docusaurus compiles every file twice (server
 * and client bundles) and again on each edit under `docusaurus start`; keying
 * on the content hash prints each message once per version of the file.
 */
const printed = new Set<string>();

function contentHash(file: VFile): string {
  return createHash('sha1').update(String(file.value)).digest('hex');
}

/**
 * Prints the messages earlier plugins attached to the file, which Docusaurus 3
 * silently drops (facebook/docusaurus#9953). It only reads the file, so it
 * works on any tree: register it last among the plugins whose messages it must
 * print (the site runs it among the rehype plugins, after the sanitizer of the
 * parsed HTML, so remark and rehype warnings alike are printed).
 */
const remarkReportMessages: Plugin<[(Options | null | undefined)?], Node> = function (options) {
  const {strict} = resolveOptions(options);
  return function (_tree, file) {
    if (file.messages.length === 0) return;
    const lines = file.messages.map((message) => formatMessageLine(file, message, process.cwd()));
    const hash = contentHash(file);
    for (const line of lines) {
      const key = `${file.path}\0${hash}\0${line}`;
      if (printed.has(key)) continue;
      printed.add(key);
      process.stderr.write(`${line}\n`);
    }
    if (strict) {
      const count = lines.length;
      file.fail(
        `${count} warning${count === 1 ? '' : 's'} in strict mode (LESSONSAURUS_STRICT=1); first: ${lines[0]}`,
        {ruleId: 'strict', source: 'remark-report-messages'},
      );
    }
  };
};

export default remarkReportMessages;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}
