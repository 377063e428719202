/**
 * Seeded generator of random MkDocs-Material documents for the differential test.
 *
 * Documents mix admonitions (`!!!`) and collapsibles (`???`, `???+`) in every
 * header form, nested up to four levels, with the edge cases of the dialect:
 * blank lines before and inside bodies, boxes interrupting paragraphs, boxes
 * right after another body, fences and inline code holding `!!!` lines,
 * malformed headers, under-indented bodies, lazy lines, tabs, CRLF.
 *
 * Markdown inside HTML (md_in_html) too, at the top level and nested in itself:
 * `<div markdown>` and friends with block content (boxes included), span-mode
 * elements with inline content, `<figure>` with an image and a `<figcaption>`,
 * `<details markdown>` with a raw `<summary>`, content on the opening line and
 * a closing tag ending a content line.
 *
 * It stays out of the areas where the plugin deviates from Python-Markdown on
 * purpose (list nesting and continuation indentation, lists interrupting
 * paragraphs, raw HTML other than md_in_html's, `<tag markdown>` inside boxes,
 * ordered list start numbers, unclosed fences) and out of
 * plain CommonMark/Python-Markdown differences no box rule is about: lists only
 * open a body or follow a blank line, nothing is indented under a list item,
 * fences are closed and follow a blank line (superfences also finds fences
 * inside paragraphs), headings, lists and fences are never indented 1-3 spaces
 * (CommonMark allows it, Python-Markdown does not), and no raw HTML, `&` or
 * link syntax appears.
 *
 * Every document has its own seed, so one failing document can be regenerated
 * alone with `generateDocument(seed)`.
 */

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Pick by weight: `[[weight, value], …]`. */
  weighted<T>(entries: ReadonlyArray<readonly [number, T]>): T {
    const total = entries.reduce((sum, [weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [weight, value] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][1];
  }
}

export const DEFAULT_SEED = 20_251_125;

/** The base seed: `DIFF_SEED` (a number, or `random` for a fresh one), else a fixed default. */
export function resolveSeed(value: string | undefined = process.env.DIFF_SEED): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 32) >>> 0;
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new Error(`DIFF_SEED must be an integer in [0, 2^32) or "random", got ${JSON.stringify(value)}`);
  }
  return seed;
}

export interface GeneratedDocument {
  id: string;
  /** Seed of this one document: `generateDocument(seed)` gives it back. */
  seed: number;
  markdown: string;
}

/** `count` documents; document `i` has seed `hash(baseSeed, i)`. */
export function generateDocuments(count: number, baseSeed: number): GeneratedDocument[] {
  const documents: GeneratedDocument[] = [];
  for (let index = 0; index < count; index++) {
    const seed = documentSeed(baseSeed, index);
    documents.push({id: `generated-${index}`, seed, markdown: generateDocument(seed)});
  }
  return documents;
}

function documentSeed(baseSeed: number, index: number): number {
  let h = Math.imul((baseSeed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

const MAX_DEPTH = 4;

/**
 * A generated line relative to its container. The container adds its
 * indentation when it wraps its body, except for `escape` lines (lazy lines that
 * sit that many levels further out) and `under` lines (body lines indented
 * `under` columns too little).
 */
interface Line {
  text: string;
  blank: boolean;
  escape: number;
  under: number;
}

type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list'
  | 'quote'
  | 'fence'
  | 'indentedCode'
  | 'box'
  | 'malformed'
  | 'quotedBox'
  | 'htmlElement';

interface Context {
  rng: Random;
  /**
   * Inside a blockquote: no lazy lines escaping the quote (the `> ` prefix would
   * be misplaced) and no tabs (`> ` moves the tab stops).
   */
  inQuote: boolean;
  /**
   * `<tag markdown>` may start here: at the top level and inside such
   * elements, not in box bodies (Python-Markdown does not see an indented tag,
   * an intended deviation) or quotes.
   */
  htmlAllowed: boolean;
  /** How many md_in_html elements enclose this place. */
  elementDepth: number;
}

export function generateDocument(seed: number): string {
  const rng = new Random(seed);
  const context: Context = {rng, inQuote: false, htmlAllowed: true, elementDepth: 0};
  const lines = blocks(context, 0, rng.int(2, 7), false);
  let text = lines.map((line) => line.text).join('\n');
  if (rng.chance(0.1)) text = '\n'.repeat(rng.int(1, 2)) + text;
  if (!rng.chance(0.3)) text += '\n';
  if (rng.chance(0.06)) text = text.replace(/\n/g, '\r\n');
  return text;
}

/** A run of blocks inside a container at nesting `depth` (0 = document). */
function blocks(context: Context, depth: number, count: number, isBody: boolean): Line[] {
  const {rng} = context;
  const out: Line[] = [];
  let previous: BlockKind | undefined;
  for (let index = 0; index < count; index++) {
    const lastLine = [...out].reverse().find((line) => !line.blank);
    const endsInList = lastLine !== undefined && /^[\s>]*([-*]|1\.)\s/.test(lastLine.text);
    const kind = pickKind(context, depth, previous, isBody && index === 0, endsInList);
    if (previous !== undefined) {
      for (let n = separatorBlankLines(rng, previous, kind); n > 0; n--) out.push(blankLine());
    }
    out.push(...block(context, kind, depth));
    previous = kind;
  }
  return out;
}

function pickKind(
  context: Context,
  depth: number,
  previous: BlockKind | undefined,
  opensBody: boolean,
  endsInList: boolean,
): BlockKind {
  const {rng} = context;
  const canNest = depth < MAX_DEPTH;
  // After a list (also one ending a box's body, which an indented block would rejoin), an indented block or
  // an indented malformed header would be list content for CommonMark (the item's content starts after `- `)
  // but not for Python-Markdown (4 spaces, or 8 to reach into a box's list): an intended deviation.
  const afterList = previous === 'list' || endsInList;
  const entries: Array<readonly [number, BlockKind]> = [
    [30, 'paragraph'],
    [6, 'heading'],
    [8, 'fence'],
    // Right after a `<details markdown>`, Python-Markdown's details processor takes an indented block for
    // more of the element's body (it checks the previous sibling's tag): keep indented code away from elements.
    [afterList || previous === 'htmlElement' ? 0 : 5, 'indentedCode'],
    [canNest ? (depth === 0 ? 60 : 26) : 0, 'box'],
    [afterList ? 0 : 6, 'malformed'],
    [3, 'quote'],
    [canNest && !context.inQuote ? 1.5 : 0, 'quotedBox'],
    [context.htmlAllowed && context.elementDepth < 2 ? 8 : 0, 'htmlElement'],
  ];
  // A list only where both parsers agree it starts: opening a body or after a blank line (see separatorBlankLines).
  if (opensBody || previous !== 'paragraph') entries.push([5, 'list']);
  return rng.weighted(entries);
}

function separatorBlankLines(rng: Random, previous: BlockKind, next: BlockKind): number {
  // Python-Markdown lets no list interrupt a paragraph; CommonMark does. Keep lists after a blank line.
  if (next === 'list') return rng.int(1, 2);
  // An indented code block needs a blank line before it (otherwise it is paragraph text). A fence too:
  // superfences finds a fence even inside a paragraph and at any indentation, CommonMark does not.
  // Superfences misses a fence inside a quote that interrupts a paragraph, so quoted boxes follow a blank too.
  if (next === 'indentedCode' || next === 'fence' || next === 'quotedBox') return rng.int(1, 2);
  // Only a box header may follow a list without a blank line; anything else would be a lazy list line.
  if (previous === 'list' && next !== 'box') return rng.int(1, 2);
  if (previous === 'fence' || previous === 'quote' || previous === 'quotedBox') return rng.int(1, 2);
  // An element may interrupt a paragraph or follow a heading (both parsers agree); after one, text on the next
  // line would be Python-Markdown's "tail".
  if (next === 'htmlElement' && previous !== 'paragraph' && previous !== 'heading') return rng.int(1, 2);
  if (previous === 'htmlElement') return rng.int(1, 2);
  return rng.weighted([
    [5, 0],
    [10, 1],
    [2, 2],
  ]);
}

function block(context: Context, kind: BlockKind, depth: number): Line[] {
  switch (kind) {
    case 'paragraph':
      return paragraph(context.rng);
    case 'heading':
      return [textLine(`${'#'.repeat(context.rng.int(1, 3))} ${inline(context.rng, 1, 4)}`)];
    case 'list':
      return list(context.rng);
    case 'quote':
      return quote(context.rng);
    case 'fence':
      return fence(context.rng);
    case 'indentedCode':
      return indentedCode(context.rng);
    case 'box':
      return box(context, depth, boxHeader(context.rng, context.inQuote));
    case 'malformed':
      return malformed(context, depth);
    case 'quotedBox':
      return quotedBox(context, depth);
    case 'htmlElement':
      return htmlElement(context, depth);
  }
}

// ---------------------------------------------------------------------------
// Inline content

const WORDS = [
  'alpha', 'beta', 'gamma', 'delta', 'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'pod', 'node', 'image', 'container',
  'volume', 'service', 'deploy', 'café', 'naïve', 'Straße', 'данные', '数据', 'x1', '42', 'Note', 'tip',
];

function words(rng: Random, min: number, max: number): string {
  const count = rng.int(min, max);
  return Array.from({length: count}, () => rng.pick(WORDS)).join(' ');
}

/** A run of words with the occasional code span (some holding box markers) or emphasis. */
function inline(rng: Random, min: number, max: number): string {
  const count = rng.int(min, max);
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    parts.push(
      rng.weighted<() => string>([
        [30, () => rng.pick(WORDS)],
        [2, () => `\`${words(rng, 1, 2)}\``],
        [2, () => `\`${rng.pick(['!!! note', '!!! tip "x"', '??? warning', '???+ info "T"', '!!!'])}\``],
        [1, () => `*${words(rng, 1, 2)}*`],
        [1, () => `**${words(rng, 1, 2)}**`],
      ])(),
    );
  }
  return parts.join(' ');
}

function paragraph(rng: Random): Line[] {
  const lines = [textLine(inline(rng, 1, 6))];
  for (let n = rng.weighted([
    [6, 0],
    [3, 1],
    [1, 2],
  ]); n > 0; n--) {
    // Continuation lines may carry extra indentation; it is still the same paragraph.
    lines.push(textLine(' '.repeat(rng.weighted([[8, 0], [1, rng.int(1, 3)], [1, rng.int(4, 6)]])) + inline(rng, 1, 5)));
  }
  return lines;
}

function list(rng: Random): Line[] {
  const marker = rng.pick(['-', '-', '*', '1.']);
  return Array.from({length: rng.int(1, 3)}, () => textLine(`${marker} ${inline(rng, 1, 4)}`));
}

function quote(rng: Random): Line[] {
  const lines = [textLine(`> ${inline(rng, 1, 4)}`)];
  if (rng.chance(0.3)) lines.push(textLine(`> ${inline(rng, 1, 3)}`));
  // A lazy line of the quote itself (probe-admonition-029).
  if (rng.chance(0.25)) lines.push(textLine(inline(rng, 1, 3)));
  return lines;
}

/** Lines that look like box headers; inside code they must stay code. */
const MARKER_LINES = [
  '!!! note',
  '!!! tip "Title"',
  '??? warning',
  '???+ info "Open"',
  '    !!! danger',
  '!!!note',
  '=== "Tab"',
  'plain code line',
  'x = 1',
];

function fence(rng: Random): Line[] {
  const fenceText = rng.pick(['```', '```', '~~~', '````']);
  const info = rng.pick(['', '', 'text', 'py', 'md']);
  const lines = [textLine(fenceText + (info && rng.chance(0.5) ? ' ' : '') + info)];
  for (let n = rng.int(1, 4); n > 0; n--) {
    if (rng.chance(0.12)) lines.push(blankLine());
    lines.push(textLine(' '.repeat(rng.weighted([[6, 0], [1, 2], [1, 4]])) + rng.pick(MARKER_LINES)));
  }
  lines.push(textLine(fenceText));
  return lines;
}

function indentedCode(rng: Random): Line[] {
  return Array.from({length: rng.int(1, 2)}, () => textLine(`    ${rng.pick(MARKER_LINES)}`));
}

// ---------------------------------------------------------------------------
// Boxes

const MATERIAL = ['note', 'abstract', 'info', 'tip', 'success', 'question', 'warning', 'failure', 'danger', 'bug', 'example', 'quote'];
const ALIASES = ['summary', 'tldr', 'todo', 'hint', 'important', 'check', 'done', 'help', 'faq', 'caution', 'attention', 'fail', 'missing', 'error', 'cite'];
const UNKNOWN = ['foo-bar', 'lab', 'reminder', 'my_type', 'x2', 'примечание', 'Custom-Type', '-', '123'];
const MODIFIERS = ['inline', 'inline end', 'annotate', 'end', 'extra-class', 'inline  end'];

function typeWord(rng: Random): string {
  const word = rng.weighted([
    [10, () => rng.pick(MATERIAL)],
    [3, () => rng.pick(ALIASES)],
    [2, () => rng.pick(UNKNOWN)],
  ])();
  return rng.weighted<(w: string) => string>([
    [14, (w) => w],
    [3, (w) => w.charAt(0).toUpperCase() + w.slice(1)],
    [2, (w) => w.toUpperCase()],
    [1, (w) => [...w].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')],
  ])(word);
}

function quotedTitle(rng: Random): string {
  return rng.weighted<() => string>([
    [10, () => words(rng, 1, 4)],
    [3, () => ''],
    [2, () => `${words(rng, 1, 2)} \`${words(rng, 1, 1)}\``],
    [2, () => `${words(rng, 1, 2)} *${words(rng, 1, 2)}*`],
    [1, () => `**${words(rng, 1, 1)}** ${words(rng, 1, 2)}`],
    [2, () => `${words(rng, 1, 2)} "${words(rng, 1, 2)}" ${words(rng, 1, 1)}`],
    [1, () => `"${words(rng, 1, 2)}"`],
    [1, () => ' '],
    [1, () => `\`!!! note\` ${words(rng, 1, 1)}`],
  ])();
}

/**
 * A well-formed header line, in any of its forms. `inQuote`: the line follows
 * `> `, which moves the tab stops, so no tab right after the marker there.
 */
function boxHeader(rng: Random, inQuote: boolean): string {
  const details = rng.chance(0.4);
  const marker = details ? rng.pick(['???', '???', '???+']) : '!!!';
  const hasTitle = rng.chance(0.6);
  const hasType = !details || !hasTitle || rng.chance(0.75);
  // Zero or one space after the marker; a tab after `!!!`/`???` at a multiple of 4 expands to one space
  // (after `???+` to four: malformed). A title without a type needs a space before its quote.
  const afterMarker = rng.weighted([
    [17, ' '],
    [hasType ? 2 : 0, ''],
    [marker === '???+' || inQuote ? 0 : 1, '\t'],
  ]);
  let header = marker + afterMarker;
  if (hasType) {
    header += typeWord(rng);
    if (rng.chance(0.25)) header += rng.pick([' ', ' ', '  ']) + rng.pick(MODIFIERS);
  }
  if (hasTitle) {
    const gap = hasType ? rng.weighted([[12, ' '], [1, '   '], [1, '\t']]) : '';
    header += `${gap}"${quotedTitle(rng)}"`;
  }
  header += rng.weighted([
    [12, ''],
    [1, ' '],
    [1, '  '],
    [1, '\t'],
  ]);
  return header;
}

/** Header lines Python-Markdown does not take as a box. */
function malformedHeader(rng: Random): string {
  return rng.pick([
    `!!! ${rng.pick(MATERIAL)} "${words(rng, 1, 2)}" ${words(rng, 1, 1)}`,
    `!!! ${rng.pick(MATERIAL)} "${words(rng, 1, 2)}`,
    '!!!',
    '!!! ',
    `!!! "${words(rng, 1, 2)}"`,
    `!!!  ${rng.pick(MATERIAL)}`,
    `!!! ${rng.pick(MATERIAL)} '${words(rng, 1, 2)}'`,
    '???',
    '???+',
    `??? "${words(rng, 1, 1)}" ${rng.pick(MATERIAL)}`,
    `???"${words(rng, 1, 1)}"`,
    `???  ${rng.pick(MATERIAL)}`,
    `${' '.repeat(rng.int(1, 3))}!!! ${rng.pick(MATERIAL)}`,
    `${' '.repeat(rng.int(1, 3))}??? ${rng.pick(MATERIAL)} "${words(rng, 1, 1)}"`,
    `!!! ${rng.pick(MATERIAL)}.foo`,
    `???+\t${rng.pick(MATERIAL)}`,
    `!!!! ${rng.pick(MATERIAL)}`,
    `!! ${rng.pick(MATERIAL)}`,
    `!!! ${rng.pick(MATERIAL)} "${words(rng, 1, 1)}"x`,
  ]);
}

/** Lines whose meaning changes between the parsers once indented 1-3 spaces. */
const INDENT_SENSITIVE = /^[\s>]*(#{1,6}\s|[-*]\s|1\.\s|`{3}|~{3})/;

function box(context: Context, depth: number, header: string, wellFormed = true): Line[] {
  const {rng} = context;
  const body: Line[] = [];
  if (!rng.chance(0.1)) {
    for (let n = rng.weighted([[12, 0], [6, 1], [2, rng.int(2, 3)]]); n > 0; n--) body.push(blankLine());
    body.push(...blocks({...context, htmlAllowed: false}, depth + 1, rng.weighted([[6, 1], [5, 2], [3, 3], [1, 4]]), true));
  }
  const contentLines = body.filter((line) => !line.blank);
  // A body indented 1-3 columns too little: Python-Markdown ends the box before it. Not with headings,
  // lists or fences in it: at 1-3 spaces those are CommonMark's but not Python-Markdown's.
  if (contentLines.length > 0 && !contentLines.some((line) => INDENT_SENSITIVE.test(line.text)) && rng.chance(0.05)) {
    const under = rng.int(1, 3);
    for (const line of contentLines) if (line.escape === 0) line.under = under;
  }
  // A lazy line right after a body that ends in text: it is not part of the box.
  const last = body[body.length - 1];
  if (!context.inQuote && last !== undefined && !last.blank && last.escape === 0 && rng.chance(0.1)) {
    body.push({text: inline(rng, 1, 4), blank: false, escape: rng.int(1, depth + 1), under: 0});
  }
  // After a malformed header the body's first lines continue its paragraph; a fence among them would be
  // superfences' (it finds fences inside paragraphs) but not CommonMark's. Start such a body after a blank line.
  const blankAt = body.findIndex((line) => line.blank);
  const firstRun = blankAt === -1 ? body : body.slice(0, blankAt);
  if (!wellFormed && firstRun.some((line) => /^[\s>]*(`{3}|~{3})/.test(line.text))) body.unshift(blankLine());
  return [textLine(header), ...wrap(rng, body, context.inQuote)];
}

/** Indent a body by one level: 4 spaces, or a tab, or spaces and a tab that reach column 4. */
function wrap(rng: Random, body: readonly Line[], spacesOnly: boolean): Line[] {
  // Inside a blockquote, `> ` moves the tab stops: keep to spaces there.
  const style = spacesOnly ? 'spaces' : rng.weighted([
    [16, 'spaces'],
    [2, 'tab'],
    [2, 'mixed'],
  ]);
  const unit = (): string =>
    style === 'spaces' ? '    ' : style === 'tab' ? '\t' : rng.pick(['    ', '\t', '  \t', ' \t', '   \t']);
  return body.map((line): Line => {
    if (line.blank) {
      // Whitespace-only lines are blank lines for both parsers.
      return rng.chance(0.08) ? {...line, text: unit() + line.text} : line;
    }
    if (line.escape > 0) return {...line, escape: line.escape - 1};
    if (line.under > 0) return {...line, text: ' '.repeat(4 - line.under) + line.text, under: 0};
    return {...line, text: unit() + line.text};
  });
}

function malformed(context: Context, depth: number): Line[] {
  const {rng} = context;
  const header = malformedHeader(rng);
  // Often followed by what would have been its body: it must not become one.
  return rng.chance(0.6) ? box(context, depth, header, false) : [textLine(header)];
}

/** A box inside a blockquote (probe-admonition-026). */
function quotedBox(context: Context, depth: number): Line[] {
  const {rng} = context;
  const inner = box({...context, inQuote: true}, depth, boxHeader(rng, true));
  // `>` alone is a content line of the quote, so an enclosing box must indent it.
  const lines = inner.map((line) => (line.blank ? {...line, blank: false, text: '>'} : {...line, text: `> ${line.text}`}));
  // A lazy line of the quote right after the box's body: it must not join the box.
  if (inner.length > 1 && !inner[inner.length - 1].blank && rng.chance(0.3)) lines.push(textLine(inline(rng, 1, 3)));
  return lines;
}

function textLine(text: string): Line {
  return {text, blank: false, escape: 0, under: 0};
}

function blankLine(): Line {
  return {text: '', blank: true, escape: 0, under: 0};
}

// ---------------------------------------------------------------------------
// Markdown inside HTML (md_in_html)

const BLOCK_OPENERS = [
  ['div', '<div markdown>'],
  ['div', '<div class="result" markdown>'],
  ['div', '<div class="grid cards" markdown="1">'],
  ['div', "<div class='annotate' markdown=block>"],
  ['section', '<section markdown="block">'],
  ['article', '<article markdown>'],
  ['aside', '<aside class="note" markdown>'],
] as const;

const SPAN_OPENERS = [
  ['div', '<div markdown="span">'],
  ['p', '<p markdown>'],
  ['p', '<p class="lead" markdown="1">'],
  ['section', '<section markdown="span">'],
] as const;

/** An element with a `markdown` attribute at the top level (or inside another one). */
function htmlElement(context: Context, depth: number): Line[] {
  const {rng} = context;
  const inner: Context = {...context, elementDepth: context.elementDepth + 1};
  return rng.weighted<() => Line[]>([
    [8, () => blockElement(inner, depth)],
    [3, () => spanElement(rng)],
    [2, () => figure(rng)],
    [1, () => detailsElement(inner, depth)],
  ])();
}

function blockElement(context: Context, depth: number): Line[] {
  const {rng} = context;
  const [name, open] = rng.pick(BLOCK_OPENERS);
  // A closing tag that ends the only paragraph's last line, or content on the opening line.
  if (rng.chance(0.12)) {
    const lines = paragraph(rng);
    lines[lines.length - 1] = textLine(`${lines[lines.length - 1]!.text}</${name}>`);
    return [textLine(open), ...lines];
  }
  const first = rng.chance(0.1) ? [textLine(`${open}${inline(rng, 1, 3)}`), blankLine()] : [textLine(open)];
  const content = blocks(context, depth, rng.weighted([[5, 1], [4, 2], [2, 3]]), true);
  const before = first.length === 1 && rng.chance(0.4) ? [blankLine()] : [];
  const after = rng.chance(0.4) ? [blankLine()] : [];
  return [...first, ...before, ...content, ...after, textLine(`</${name}>`)];
}

/** Inline content only: lines of text, maybe a blank line, which stays text. */
function spanElement(rng: Random): Line[] {
  const [name, open] = rng.pick(SPAN_OPENERS);
  const lines = paragraph(rng).map((line) => textLine(line.text.trimStart()));
  if (rng.chance(0.2)) lines.push(blankLine(), textLine(inline(rng, 1, 3)));
  if (rng.chance(0.3)) {
    lines[lines.length - 1] = textLine(`${lines[lines.length - 1]!.text}</${name}>`);
    return [textLine(open), ...lines];
  }
  return [textLine(open), ...lines, textLine(`</${name}>`)];
}

/** Material's image with a caption, in block or span mode. */
function figure(rng: Random): Line[] {
  const open = rng.pick(['<figure markdown>', '<figure markdown="span">', '<figure markdown="1">']);
  const indent = rng.pick(['', '  ']);
  return [
    textLine(open),
    textLine(`${indent}![${words(rng, 1, 2)}](https://example.com/${rng.pick(['a', 'b', 'c'])}.png)`),
    textLine(`${indent}<figcaption>${words(rng, 1, 4)}</figcaption>`),
    textLine('</figure>'),
  ];
}

/** `<details markdown>` with a raw `<summary>` (or one with its own `markdown`), then block content. */
function detailsElement(context: Context, depth: number): Line[] {
  const {rng} = context;
  const summary = rng.chance(0.5) ? `<summary>${words(rng, 1, 3)}</summary>` : `<summary markdown>${words(rng, 1, 2)} *${words(rng, 1, 1)}*</summary>`;
  const content = blocks(context, depth, rng.int(1, 2), true);
  return [textLine('<details markdown>'), textLine(summary), blankLine(), ...content, textLine('</details>')];
}
