/**
 * A fence's info string read the way MkDocs reads it (pymdownx.superfences +
 * pymdownx.highlight with Pygments, Material's default), as a pure function.
 *
 * mdast splits the info string at the first space into `lang` and `meta`, so
 * ```` ``` { .bash .no-copy } ```` arrives as `lang: '{'` and
 * ```` ```{.yaml .annotate} ```` as `lang: '{.yaml'`. Gluing the two halves
 * back together with one space gives a string superfences would parse the same
 * way (it only ever cares about runs of blanks), so this module works on that.
 *
 * Two header forms exist (`RE_NESTED_FENCE_START`, `superfences.py:44-60`):
 * - braces (attr_list syntax) `{ .lang .class #id key="v" }`: right after the
 *   fence, nothing may follow the closing `}`; the first class is the language;
 *   unknown keys become HTML attributes, so nothing in it drops the fence;
 * - plain `lang key="v" key='v' key`: any key other than `title`, `hl_lines`
 *   and `linenums`, or an invalid value of those, makes superfences reject the
 *   whole fence (`if attrs: okay = False`), and the lines stay paragraph text.
 *   Those cases come back as `problems` so the caller can warn: the lesson would
 *   look broken on the MkDocs site even though remark shows a code block.
 */

export interface FenceLinenums {
  start: number;
  step?: number;
}

export interface FenceProblem {
  /** "Unexpected X, expected Y" */
  reason: string;
}

export interface FenceInfo {
  language?: string;
  /** Classes other than the language, in order (`no-copy`, `annotate`, …). */
  classes: string[];
  id?: string;
  title?: string;
  /** 1-based, ranges expanded, sorted, unique; not clamped to the block (the caller knows its length). */
  hlLines: number[];
  linenums?: FenceLinenums;
  /** `linenums="0"`: numbering off for this fence, even with pymdownx.highlight's `linenums: true`. */
  linenumsOff?: true;
  /** Every other key: brace-form attributes (`data-x`), and unknown plain-form keys (which also raise a problem). */
  data: Record<string, string>;
  /** plain-form problems: unknown key or invalid value makes MkDocs drop the fence */
  problems: FenceProblem[];
  /**
   * Plain form only: text between options that superfences' option scanner
   * skips without a word (`hl_lines="1"x< linenums="1"`). Absent when there is none.
   */
  ignored?: string[];
  /** Which header form was read: `{ … }` keeps unknown keys as attributes; the plain form rejects them (and says so in `problems`). */
  braces?: boolean;
}

/** `superfences.py:58`. */
const HL_LINES = /^\d+(?:-\d+)?(?:[ \t]+\d+(?:-\d+)?)*$/;
/** `superfences.py:59`, used with Python's `match` (a prefix is enough: `"1 2 x"` is valid). */
const LINENUMS = /^(\d+)(?:[ \t]+(\d+))?(?:[ \t]+(\d+))?/;
/**
 * The plain form as a whole (`RE_NESTED_FENCE_START` without the fence): an
 * optional `.`, a language of `[\w#.+-]`, then options. Python's `\w` is
 * Unicode-aware, hence the `u` flag and `\p{…}`.
 */
const PLAIN_FORM = /^\.?([\p{L}\p{N}_#.+-]*)[ \t]*((?:\b[a-zA-Z][a-zA-Z0-9_]*(?:=(["']).*?\3)?[ \t]*)*)$/u;
/** `RE_OPTIONS` (`superfences.py:60`), applied with `finditer`. */
const PLAIN_OPTION = /([a-zA-Z][a-zA-Z0-9_]*)(?:=(["'])(.*?)\2)?/g;
/**
 * attr_list's `re.Scanner` (`attr_list.py:47-53`): the alternatives are tried in
 * this order at each position, and scanning silently stops at the first
 * character none of them matches (a lone `=`).
 */
const BRACE_TOKEN = /[^ =]+="[^"]*?"|[^ =]+='[^']*?'|[^ =]+=[^ =]+|[^ =]+| /y;

/**
 * superfences clamps every number to the block's length before expanding a
 * range; we do not know the length here, so cap the expansion instead: a stray
 * `1-99999999` must not allocate millions of entries.
 */
const HL_LINE_LIMIT = 10_000;

const PLAIN_KEYS = 'title, hl_lines or linenums';
const DROPPED = '(MkDocs drops such a fence)';

export function parseFenceInfo(lang: string | null | undefined, meta: string | null | undefined): FenceInfo {
  const info = [lang, meta].filter((part): part is string => Boolean(part)).join(' ').trim();
  const result: FenceInfo = {classes: [], hlLines: [], data: {}, problems: []};
  if (info === '') return result;
  if (info.startsWith('{')) return parseBraces(info, result);
  // mdast put the language in `lang` and braces after it in `meta`: superfences
  // has no such form (braces must come right after the fence), so MkDocs keeps
  // the lines as text. Still read it, so the site renders what the author meant.
  const braceAt = info.indexOf('{');
  const before = info.slice(0, Math.max(braceAt, 0)).trim();
  if (braceAt > 0 && /^\.?[\p{L}\p{N}_#.+-]+$/u.test(before)) {
    result.language = before.replace(/^\./, '');
    result.problems.push({
      reason: `Unexpected \`{\` after the language \`${result.language}\`, expected \`{ .${result.language} … }\` with the language as the first class ${DROPPED}`,
    });
    return parseBraces(info.slice(braceAt).trim(), result);
  }
  return parsePlain(info, result);
}

function parseBraces(info: string, result: FenceInfo): FenceInfo {
  result.braces = true;
  // pymdown-extensions 11 takes everything up to the last `}` (`[^\n]*`), so the
  // header must end with `}`; 9.5 stopped at the first `}` — same for sane input.
  const close = info.lastIndexOf('}');
  if (close === -1 || info.slice(close + 1).trim() !== '') {
    result.problems.push({
      reason:
        close === -1
          ? `Unexpected fence header \`${info}\`, expected a closing \`}\` ${DROPPED}`
          : `Unexpected \`${info.slice(close + 1).trim()}\` after \`}\`, expected nothing after the attribute list ${DROPPED}`,
    });
  }
  const inner = (close === -1 ? info.slice(1) : info.slice(1, close)).replace(/\t/g, '    ');
  const values: Array<[string, string]> = [];
  BRACE_TOKEN.lastIndex = 0;
  for (let match = BRACE_TOKEN.exec(inner); match; match = BRACE_TOKEN.exec(inner)) {
    const token = match[0];
    if (token === ' ') continue;
    const eq = token.indexOf('=');
    if (eq > 0) {
      const value = token.slice(eq + 1).replace(/^(["'])([\s\S]*)\1$/, '$2');
      values.push([token.slice(0, eq), value]);
    } else if (token.startsWith('.')) {
      result.classes.push(token.slice(1));
    } else if (token.startsWith('#')) {
      result.id = token.slice(1);
    } else {
      // A bare word is a key whose value is itself (`_handle_word`).
      values.push([token, token]);
    }
  }
  // `handle_attrs`: the first class is the language (unless the author wrote
  // one before the braces, which MkDocs rejects anyway; see above).
  if (result.language === undefined) {
    const first = result.classes.shift();
    if (first) result.language = first;
  }
  for (const [key, value] of values) {
    if (key === 'id') result.id = value;
    // In the braces form an invalid value is not an error: the key simply
    // becomes an HTML attribute, like any unknown key.
    else if (!applyHighlightOption(result, key, value)) result.data[key] = value;
  }
  return result;
}

function parsePlain(info: string, result: FenceInfo): FenceInfo {
  const whole = PLAIN_FORM.exec(info);
  if (!whole) {
    // Best effort for the site: the first word is what the author meant as the language.
    const first = info.split(/[ \t]+/)[0];
    if (/^\.?[\p{L}\p{N}_#.+-]+$/u.test(first)) result.language = first.replace(/^\./, '');
    result.problems.push({
      reason: `Unexpected fence header \`${info}\`, expected a language then \`key="value"\` options (${PLAIN_KEYS}) ${DROPPED}`,
    });
    return result;
  }
  if (whole[1]) result.language = whole[1];
  const options = whole[2];
  const ignored: string[] = [];
  let covered = 0;
  PLAIN_OPTION.lastIndex = 0;
  for (let match = PLAIN_OPTION.exec(options); match; match = PLAIN_OPTION.exec(options)) {
    const skipped = options.slice(covered, match.index).trim();
    if (skipped) ignored.push(skipped);
    covered = match.index + match[0].length;
    const key = match[1];
    const value = match[3] ?? key;
    if (applyHighlightOption(result, key, value)) continue;
    result.data[key] = value;
    if (key === 'hl_lines') {
      result.problems.push({
        reason: `Unexpected \`hl_lines="${value}"\`, expected line numbers or ranges such as "2 4-6" ${DROPPED}`,
      });
    } else if (key === 'linenums') {
      result.problems.push({
        reason: `Unexpected \`linenums="${value}"\`, expected a start line and an optional step such as "1" or "1 2" ${DROPPED}`,
      });
    } else {
      // The whole option, value included: the warning is the only place its text still shows.
      result.problems.push({reason: `Unexpected fence option \`${match[0].trim()}\`, expected ${PLAIN_KEYS} ${DROPPED}`});
    }
  }
  const rest = options.slice(covered).trim();
  if (rest) ignored.push(rest);
  if (ignored.length > 0) result.ignored = ignored;
  return result;
}

/** `highlight_validator` (`superfences.py:167-187`): true when the key is a valid highlight option. */
function applyHighlightOption(result: FenceInfo, key: string, value: string): boolean {
  if (key === 'title') {
    result.title = value.trim();
    return true;
  }
  if (key === 'hl_lines' && HL_LINES.test(value)) {
    result.hlLines = expandHlLines(value);
    return true;
  }
  if (key === 'linenums') {
    const match = LINENUMS.exec(value);
    if (!match) return false;
    // Start 0 turns numbering off (pymdownx.highlight: `linenums="0"` wins over a global `linenums: true`).
    const start = Number(match[1]);
    if (start === 0) {
      result.linenumsOff = true;
      return true;
    }
    result.linenums = {start};
    if (match[2] !== undefined) result.linenums.step = Number(match[2]);
    return true;
  }
  return false;
}

/** `parse_hl_lines` (`superfences.py:506-518`): a reversed range highlights nothing, 0 nothing. */
function expandHlLines(value: string): number[] {
  const lines = new Set<number>();
  for (const entry of value.trim().split(/[ \t]+/)) {
    const [from, to] = entry.split('-').map(Number);
    if (to === undefined) {
      if (from >= 1) lines.add(Math.min(from, HL_LINE_LIMIT));
      continue;
    }
    for (let line = Math.max(from, 1); line <= Math.min(to, HL_LINE_LIMIT); line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}
