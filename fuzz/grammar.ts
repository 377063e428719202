/**
 * A random MkDocs-Material document, from a small grammar of the constructs the
 * plugin reads: admonitions (`!!!`), collapsibles (`???`, `???+`), content tabs
 * (`===`), fences with attributes, titles and code annotations, shell blocks with
 * prompts and aligned output tables, abbreviations (`*[X]: y`), attribute lists
 * (`{ .x #y k=v }`), emoji and icon shortcodes, `<div markdown>` blocks, lists,
 * quotes, headings, nested in each other. Well-formed and malformed forms are
 * mixed: the fuzzer wants the edges, not valid lessons.
 *
 * Pure function of the `Random` it is given, so a seed gives back its document.
 */
import type {Random} from '../plugins/remark-mkdocs/test/generate-documents';

const WORDS = [
  'alpha', 'beta', 'gamma', 'pod', 'node', 'service', 'deploy', 'volume', 'café', 'naïve', 'Straße', 'данные',
  '数据', 'x1', '42', 'Note', 'tip', 'İ', 'ǆ', 'HTML', 'CNI', 'kubectl', 'markdown', 'div',
];
const TYPES = ['note', 'tip', 'warning', 'danger', 'info', 'tldr', 'caution', 'lab', 'stretch', 'foo-bar', 'NOTE', 'примечание', '-', '123'];
const MODIFIERS = ['', '', '', ' inline', ' inline end', ' annotate', '  end'];
const SHORTCODES = [':tada:', ':smile:', ':material-kubernetes:', ':octicons-mark-github-16:', ':fontawesome-solid-check:', ':simple-docker:', ':material-no-such-icon:', ':nosuch:', ':+1:', '15:04:05'];
const TERMS = ['HTML', 'CNI', 'pod', 'K8s', 'Pod IP', 'a.b', 'İ'];
const LANGS = ['', 'bash', 'sh', 'console', 'text', 'yaml', 'py', 'output', 'shell-session', 'json'];
const ATTR_TOKENS = ['.x', '.md-button', '.md-button--primary', '#y', '#id-1', 'k=v', 'data-k="v w"', 'title="T"', '.annotate', 'onclick="x()"', 'href="javascript:x"', 'width=300', ':', '.', '#', '="', 'k='];

/**
 * Words the grammar writes only as markup (attribute list tokens, fence info,
 * `markdown` attributes): the plugin turns them into attributes, classes or
 * behaviour, or keeps the last of several, as MkDocs does, so the word check
 * does not count them. Prose words are never in this set.
 */
export const MARKUP_WORDS: ReadonlySet<string> = new Set(
  [...ATTR_TOKENS, ...LANGS, 'title hl_lines linenums no-copy command session annotate Output foo bar block span x']
    .flatMap((token) => token.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])
    .filter((word) => !WORDS.some((prose) => prose.toLowerCase() === word)),
);

export interface GrammarOptions {
  /** Nesting depth the recursion may reach (boxes, tabs, lists, quotes, md_in_html). */
  maxDepth: number;
  /** Number of top-level blocks. */
  blocks: number;
}

export function generateMarkdown(rng: Random, options: GrammarOptions): string {
  return blocks(rng, 0, options.maxDepth, options.blocks).join('\n');
}

function blocks(rng: Random, depth: number, maxDepth: number, count: number): string[] {
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    lines.push(...block(rng, depth, maxDepth));
    // Blank lines between blocks, usually one; sometimes none (interruptions) or a few.
    for (let n = rng.weighted([[2, 0], [8, 1], [1, 2]]); n > 0; n--) lines.push(rng.chance(0.1) ? rng.pick([' ', '\t', '    ']) : '');
  }
  return lines;
}

function block(rng: Random, depth: number, maxDepth: number): string[] {
  const nest = depth < maxDepth;
  return rng.weighted<() => string[]>([
    [10, () => paragraph(rng)],
    [nest ? 8 : 0, () => box(rng, depth, maxDepth)],
    [nest ? 3 : 0, () => tabs(rng, depth, maxDepth)],
    [5, () => fence(rng)],
    [3, () => shellBlock(rng)],
    [2, () => abbreviations(rng)],
    [3, () => [`${'#'.repeat(rng.int(1, 6))} ${inline(rng)}${rng.chance(0.5) ? ` ${attributeList(rng)}` : ''}`]],
    [nest ? 3 : 0, () => list(rng, depth, maxDepth)],
    [nest ? 2 : 0, () => quote(rng, depth, maxDepth)],
    [nest ? 1 : 0, () => mdInHtml(rng, depth, maxDepth)],
    [2, () => [malformedHeader(rng)]],
    [1, () => ['    ' + inline(rng)]],
  ])();
}

function word(rng: Random): string {
  return rng.pick(WORDS);
}

/** Prose with the inline constructs: code, emphasis, links with attribute lists, shortcodes, abbreviation terms. */
function inline(rng: Random): string {
  const parts: string[] = [];
  for (let n = rng.int(1, 6); n > 0; n--) {
    parts.push(
      rng.weighted<() => string>([
        [20, () => word(rng)],
        [1, () => rng.pick(SHORTCODES)],
        [2, () => rng.pick(TERMS)],
        [2, () => `\`${word(rng)}\``],
        [1, () => `\`!!! note\``],
        [2, () => `*${word(rng)}*`],
        [1, () => `**${word(rng)}**`],
        [2, () => `[${word(rng)}](${word(rng)}.md)${rng.chance(0.6) ? attributeList(rng) : ''}`],
        [1, () => `![${word(rng)}](${word(rng)}.png){ width="300" }`],
        [1, () => `${rng.pick(SHORTCODES)}${attributeList(rng)}`],
        [1, () => `(${rng.int(1, 3)})`],
        [0.3, () => `<kbd>${word(rng)}</kbd>`],
      ])(),
    );
  }
  return parts.join(' ');
}

function paragraph(rng: Random): string[] {
  const lines = [inline(rng)];
  for (let n = rng.weighted([[5, 0], [3, 1], [1, 3]]); n > 0; n--) lines.push(inline(rng));
  if (rng.chance(0.15)) lines.push(attributeList(rng));
  return lines;
}

function attributeList(rng: Random): string {
  const tokens: string[] = [];
  for (let n = rng.int(0, 4); n > 0; n--) tokens.push(rng.pick(ATTR_TOKENS));
  const open = rng.weighted([[8, '{ '], [2, '{:'], [1, '{']]);
  const close = rng.weighted([[8, ' }'], [1, '}'], [1, '']]);
  return open + tokens.join(' ') + close;
}

function title(rng: Random): string {
  return rng.weighted<() => string>([
    [4, () => ''],
    [6, () => ` "${inline(rng)}"`],
    [1, () => ' ""'],
    [1, () => ` "${word(rng)} "${word(rng)}" ${word(rng)}"`],
    [1, () => ` "${word(rng)}`],
    [1, () => ` '${word(rng)}'`],
  ])();
}

function boxHeader(rng: Random): string {
  const marker = rng.weighted([[6, '!!!'], [3, '???'], [2, '???+']]);
  const gap = rng.weighted([[10, ' '], [1, ''], [1, '\t'], [1, '  ']]);
  return `${marker}${gap}${rng.pick(TYPES)}${rng.pick(MODIFIERS)}${title(rng)}${rng.pick(['', '', ' ', '\t'])}`;
}

function malformedHeader(rng: Random): string {
  return rng.pick(['!!!', '!!! ', '???', '???+', '!!!!', '!! note', '!!! "x"', `!!! note "${word(rng)}" x`, '=== ', '===', '*[', '*[]: x', '*[x]', `  !!! ${word(rng)}`]);
}

/** Indent every line of a body by one level: 4 spaces, a tab, or (rarely) too little. */
function indent(rng: Random, lines: readonly string[]): string[] {
  const unit = rng.weighted([[14, '    '], [3, '\t'], [1, '  \t'], [1, '   '], [1, '     ']]);
  return lines.map((line) => (line === '' || rng.chance(0.03) ? line : unit + line));
}

function body(rng: Random, depth: number, maxDepth: number): string[] {
  const lines = blocks(rng, depth + 1, maxDepth, rng.int(1, 3));
  if (rng.chance(0.2)) lines.unshift('');
  return indent(rng, lines);
}

function box(rng: Random, depth: number, maxDepth: number): string[] {
  return [boxHeader(rng), ...(rng.chance(0.07) ? [] : body(rng, depth, maxDepth))];
}

function tabs(rng: Random, depth: number, maxDepth: number): string[] {
  const lines: string[] = [];
  for (let n = rng.int(1, 3); n > 0; n--) {
    const marker = rng.weighted([[6, '==='], [1, '===!'], [1, '===+']]);
    lines.push(`${marker} "${rng.pick(['Linux', 'macOS', 'Windows', word(rng), ''])}"`, ...body(rng, depth, maxDepth));
    if (rng.chance(0.3)) lines.push('');
  }
  return lines;
}

function list(rng: Random, depth: number, maxDepth: number): string[] {
  const marker = rng.pick(['-', '*', '1.', '2)']);
  const lines: string[] = [];
  for (let n = rng.int(1, 3); n > 0; n--) {
    lines.push(`${marker} ${inline(rng)}`);
    if (rng.chance(0.3)) {
      const pad = ' '.repeat(rng.pick([marker.length + 1, 4]));
      const inner = blocks(rng, depth + 1, maxDepth, 1);
      lines.push('', ...inner.map((line) => (line === '' ? line : pad + line)));
    }
  }
  return lines;
}

function quote(rng: Random, depth: number, maxDepth: number): string[] {
  const inner = blocks(rng, depth + 1, maxDepth, rng.int(1, 2));
  const lines = inner.map((line) => (line === '' ? '>' : `> ${line}`));
  if (rng.chance(0.3)) lines.push(inline(rng)); // a lazy line
  return lines;
}

/** md_in_html: `<div markdown>` with Markdown inside, closed or not. */
function mdInHtml(rng: Random, depth: number, maxDepth: number): string[] {
  const tag = rng.pick(['div', 'div', 'details', 'section', 'span']);
  const attribute = rng.pick(['markdown', 'markdown="1"', 'markdown="block"', 'markdown="span"', 'class="x" markdown']);
  const inner = blocks(rng, depth + 1, maxDepth, rng.int(1, 2));
  // Lines Python-Markdown reads as text inside the element: an inline element's tag alone, an orphan `</hr>`.
  if (rng.chance(0.2)) inner.splice(rng.int(0, inner.length), 0, rng.pick(['<img src="x.png" alt="x" />', '<span class="y">', '</hr>']));
  const lines = [`<${tag} ${attribute}>`, ...(rng.chance(0.7) ? [''] : []), ...inner];
  if (!rng.chance(0.1)) lines.push('', `</${tag}>`);
  return lines;
}

function fenceInfo(rng: Random): string {
  const lang = rng.pick(LANGS);
  return rng.weighted<() => string>([
    [5, () => lang],
    [2, () => `${lang} title="${word(rng)}.sh"`],
    [1, () => `${lang} hl_lines="1 2-3" linenums="1"`],
    [2, () => `{ .${lang || 'bash'} ${rng.pick(['.no-copy', '.command', '.session', '.annotate', 'title="Output"', 'hl_lines="x"', ''])} }`],
    [1, () => `${lang} foo="bar"`],
    [1, () => `${lang} { .x }`],
  ])();
}

function fence(rng: Random): string[] {
  const ticks = rng.pick(['```', '```', '~~~', '````']);
  const lines = [ticks + fenceInfo(rng)];
  let markers = 0;
  for (let n = rng.int(0, 5); n > 0; n--) {
    const line = rng.weighted<() => string>([
      [4, () => `${word(rng)} ${word(rng)}`],
      [2, () => `x = ${word(rng)}  # (${++markers})!`],
      [1, () => `echo ${word(rng)} # (${++markers})`],
      [1, () => rng.pick(['!!! note', '=== "T"', '*[HTML]: x', '{ .x }', ':tada:', '    !!! tip'])],
    ])();
    lines.push(line);
  }
  if (!rng.chance(0.08)) lines.push(ticks);
  // The annotation list follows the block after a blank line.
  if (markers > 0 && rng.chance(0.7)) {
    lines.push('');
    for (let n = 1; n <= markers + rng.int(-1, 1); n++) lines.push(`${n}. ${inline(rng)}`);
  }
  return lines;
}

function shellBlock(rng: Random): string[] {
  const lines = [`\`\`\`${rng.pick(['bash', 'sh', 'console', 'text', ''])}`];
  if (rng.chance(0.5)) lines.push(`${rng.pick(['$ ', '', '# ', 'user@host:~$ '])}kubectl get pods -o wide`);
  if (rng.chance(0.8)) lines.push(...outputTable(rng));
  lines.push('```');
  return lines;
}

/** Aligned command output (`kubectl get pods`): a header row and rows in its columns, with ragged edges sometimes. */
function outputTable(rng: Random): string[] {
  const headers = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE'].slice(0, rng.int(2, 7));
  const rows = Array.from({length: rng.int(0, 6)}, () =>
    headers.map(() => rng.weighted<() => string>([[6, () => word(rng)], [2, () => `${rng.int(0, 99)}d`], [1, () => '<none>'], [1, () => '']])()),
  );
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)) + 3);
  const render = (cells: string[]) => cells.map((cell, column) => cell.padEnd(rng.chance(0.05) ? 1 : widths[column])).join('').trimEnd();
  return [render(headers), ...rows.map(render)];
}

function abbreviations(rng: Random): string[] {
  return Array.from({length: rng.int(1, 3)}, () =>
    rng.weighted<() => string>([
      [6, () => `*[${rng.pick(TERMS)}]: ${inline(rng)}`],
      [1, () => `*[${rng.pick(TERMS)}] : ${word(rng)}`],
      [1, () => `*[${rng.pick(TERMS)}]:`],
      [1, () => `*[${word(rng)}`],
    ])(),
  );
}
