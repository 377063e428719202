/**
 * Seeded generator of documents for the abbreviation differential test:
 * definitions in every written form and place (top, bottom, between blocks,
 * right under a paragraph line, inside boxes and block quotes, title on the
 * next line, redefinitions, malformed lines that stay text, a definition right
 * above a setext underline) and prose that uses the terms at and off word
 * boundaries, in code spans and fences, headings, emphasis, links, autolinks, tables,
 * images, inline HTML, escapes and character references, list items and box
 * titles.
 *
 * It stays out of what the README lists as intended deviations (empty terms,
 * backslashes or `^` in terms, lazy lines, a next-line title that CommonMark
 * reads as a list item or a fence, an indented block right after a
 * definition) and out of plain CommonMark/Python-Markdown differences no
 * abbreviation rule is about (lists interrupting paragraphs, `#Heading`
 * without a space, `_` emphasis, which Python-Markdown reads differently next to other underscores). Overlapping terms (`Network` and
 * `Network Address`) are generated in both definition orders; the test tells
 * apart the documents where Python-Markdown 3.4's definition order decides.
 */
import {Random} from '../generate-documents';

export interface AbbreviationDocument {
  id: string;
  seed: number;
  markdown: string;
}

/** Terms: acronyms, case variants, multi-word, Unicode, digits, `_`, non-word edges, and overlapping pairs. */
const TERMS = [
  'NAT', 'DNS', 'TCP', 'IP', 'API', 'HTML', 'HTML5', 'CSS', 'K8s', 'k8s', 'kubectl', 'Pod', 'pod',
  'Network Address', 'Network', 'API Gateway', 'Address', 'Café', 'ÉCOLE', 'naïve', 'Straße', 'ПОД', '東京',
  '3G', 'my_var', 'Wi-Fi', 'Node.js', 'e.g', '.NET', 'C++', 'ASP.NET', 'R&D',
];

const FILLER = [
  'the', 'a', 'network', 'pods', 'service', 'node', 'cluster', 'value', 'and', 'or', 'with', 'école', 'über',
  'NATs', 'nat', 'Nat', 'DNSSEC', 'IPv6', 'HTML4', 'APIs', 'Networks', 'Addressing', 'Cafés', 'k8sx', 'CSS3',
];

const TITLES = [
  'Network Address Translation', 'Domain Name System', '"quoted"', "it's", 'A & B', 'AT&amp;T', '&eacute;t&eacute;',
  '&#65;&#x42;', '&foo;', '<b>bold</b>', '\\*not emphasis\\*', '"><script>alert(1)</script>', 'two  spaces',
  'Ünïcödé title', 'x', 'with `code`', '[link](url)',
];

export function generateAbbreviationDocuments(count: number, baseSeed: number): AbbreviationDocument[] {
  const documents: AbbreviationDocument[] = [];
  for (let index = 0; index < count; index++) {
    const seed = (Math.imul(baseSeed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca6b)) >>> 0;
    documents.push({id: `abbr-${index}`, seed, markdown: generateAbbreviationDocument(seed)});
  }
  return documents;
}

export function generateAbbreviationDocument(seed: number): string {
  const rng = new Random(seed);
  const terms = pickTerms(rng);
  const define = (term: string): string => definitionLines(rng, term);

  const blocks: string[] = [];
  const pending = [...terms];
  const blockCount = rng.int(3, 8);
  for (let index = 0; index < blockCount; index++) {
    const roll = rng.float();
    if (pending.length > 0 && roll < 0.3) {
      blocks.push(define(pending.shift()!));
    } else if (roll < 0.4) {
      // A definition right under a paragraph line: it interrupts the paragraph.
      const term = pending.shift() ?? rng.pick(terms);
      blocks.push(`${prose(rng, terms)}\n${define(term)}${rng.chance(0.5) ? `\n${prose(rng, terms)}` : ''}`);
    } else if (roll < 0.5) {
      blocks.push(box(rng, terms, pending.length > 0 && rng.chance(0.6) ? define(pending.shift()!) : undefined));
    } else if (roll < 0.52) {
      // Definitions on consecutive lines, or right under / above a heading, or with a title line that is a block.
      const term = pending.shift() ?? rng.pick(terms);
      blocks.push(
        rng.pick([
          () => `${define(term)}\n${define(rng.pick(terms))}`,
          () => `# ${prose(rng, terms)}\n${define(term)}`,
          () => `${define(term)}\n## ${prose(rng, terms)}`,
          () => `${define(term)}\n- - -`,
          () => `*[${term}]:\n${rng.pick(NEXT_LINES)}`,
        ])(),
      );
    } else if (roll < 0.55) {
      blocks.push(tabs(rng, terms, pending.length > 0 && rng.chance(0.5) ? define(pending.shift()!) : undefined));
    } else if (roll < 0.58) {
      const term = pending.shift() ?? rng.pick(terms);
      blocks.push(define(term).split('\n').map((line) => `> ${line}`).join('\n') + (rng.chance(0.5) ? `\n>\n> ${prose(rng, terms)}` : ''));
    } else {
      blocks.push(block(rng, terms));
    }
  }
  for (const term of pending) blocks.splice(rng.int(0, blocks.length), 0, define(term));
  // Redefinitions: the last one wins.
  if (rng.chance(0.3)) blocks.push(define(rng.pick(terms)));
  if (rng.chance(0.2)) blocks.splice(rng.int(0, blocks.length), 0, malformed(rng, terms));
  if (rng.chance(0.1)) blocks.push(`${definitionLines(rng, rng.pick(terms), false)}\n${rng.pick(['===', '---', '--'])}`);
  const markdown = blocks.join('\n\n') + '\n';
  return rng.chance(0.05) ? markdown.replace(/\n/g, '\r\n') : markdown;
}

function pickTerms(rng: Random): string[] {
  const count = rng.int(1, 5);
  const terms = new Set<string>();
  while (terms.size < count) terms.add(rng.pick(TERMS));
  return [...terms];
}

/** One definition in one of its written forms. */
function definitionLines(rng: Random, term: string, nextLine = true): string {
  const title = rng.pick(TITLES);
  const inner = rng.chance(0.15) ? ` ${term} ` : term;
  const colon = rng.chance(0.15) ? ' :' : ':';
  if (nextLine && rng.chance(0.15)) return `*[${inner}]${colon}\n${' '.repeat(rng.int(0, 6))}${title}`;
  if (nextLine && rng.chance(0.04)) return `*[${inner}]${colon}`;
  const space = rng.weighted([[6, ' '], [1, ''], [1, '   '], [1, '\t']] as const);
  return `*[${inner}]${colon}${space}${title}${rng.chance(0.1) ? '  ' : ''}`;
}

/** Lines under `*[TERM]:` that Python-Markdown does or does not take for the title. */
const NEXT_LINES = [
  '# Heading',
  '  # not a heading',
  '***',
  '   > quote',
  '!!! note',
  '??? "Details"',
  '<div>block</div>',
  '<!-- comment -->',
  '<span>inline</span> title',
  '    four spaces',
  '*[Other]: def',
  '2. not a list',
  '|a|b|',
];

function tabs(rng: Random, terms: string[], definition: string | undefined): string {
  const count = rng.int(1, 3);
  const tab: string[] = [];
  for (let index = 0; index < count; index++) {
    const body = [prose(rng, terms)];
    if (definition && index === 0) body.push(definition);
    tab.push(`=== "${words(rng, terms, rng.int(1, 3))}"\n${body.join('\n\n').split('\n').map((line) => `    ${line}`).join('\n')}`);
  }
  return tab.join('\n\n');
}

function malformed(rng: Random, terms: string[]): string {
  const term = rng.pick(terms);
  return rng.pick([`*[${term}] missing colon`, `*[${term}`, `*[${term}]  : two spaces`, `*[${term}]`, `*[${term}]- dash`]);
}

function block(rng: Random, terms: string[]): string {
  switch (rng.int(0, 8)) {
    case 0:
      return `${'#'.repeat(rng.int(1, 3))} ${prose(rng, terms)}`;
    case 1:
      return Array.from({length: rng.int(1, 3)}, () => `- ${prose(rng, terms)}`).join('\n');
    case 2:
      return `> ${prose(rng, terms)}`;
    case 3:
      return `\`\`\`\n${rng.pick(terms)} in code\n*[${rng.pick(terms)}]: in a fence\n\`\`\``;
    case 4:
      // After a paragraph: Python-Markdown would join an indented block that follows a definition to the block
      // before the definition (a list item, a box, an earlier code block), as if the definition were not there.
      return `${prose(rng, terms)}\n\n    ${rng.pick(terms)} indented code`;
    case 5:
      return `| ${words(rng, terms, 2)} | ${rng.pick(terms)} |\n|---|---|\n| \`${rng.pick(terms)}\` ${words(rng, terms, 2)} | *${rng.pick(terms)}* |`;
    default:
      return Array.from({length: rng.int(1, 3)}, () => prose(rng, terms)).join('\n');
  }
}

function box(rng: Random, terms: string[], definition: string | undefined): string {
  const title = rng.chance(0.7) ? ` "${words(rng, terms, rng.int(1, 3))}"` : '';
  const marker = rng.pick(['!!! note', '!!! tip', '??? info', '???+ warning']);
  const body = [prose(rng, terms)];
  if (definition) body.splice(rng.int(0, 1), 0, definition);
  return `${marker}${title}\n${body.join('\n\n').split('\n').map((line) => (line === '' ? '' : `    ${line}`)).join('\n')}`;
}

/** A line of prose: words, terms in every surrounding, inline constructs. */
function prose(rng: Random, terms: string[]): string {
  const parts: string[] = [];
  const length = rng.int(2, 9);
  for (let index = 0; index < length; index++) parts.push(piece(rng, terms));
  return parts.join(' ');
}

function words(rng: Random, terms: string[], count: number): string {
  return Array.from({length: count}, () => (rng.chance(0.5) ? rng.pick(terms) : rng.pick(FILLER))).join(' ');
}

function piece(rng: Random, terms: string[]): string {
  const term = rng.pick(terms);
  return rng.weighted<() => string>([
    [6, () => rng.pick(FILLER)],
    [8, () => term],
    [2, () => `(${term})`],
    [2, () => `${term}.`],
    [1, () => `${term}'s`],
    [1, () => `${term}-based`],
    [1, () => `${term}s`],
    [1, () => `x${term}`],
    [1, () => `${term}_x`],
    [1, () => `${term}5`],
    [1, () => term.toLowerCase()],
    [2, () => `\`${term}\``],
    [2, () => `*${term}*`],
    [1, () => `**${term} and ${rng.pick(FILLER)}**`],
    [2, () => `[${term} docs](https://example.com/${encodeURIComponent(term)} "title")`],
    [1, () => `<https://example.com/${encodeURIComponent(term)}>`],
    [1, () => `![${term}](image.png)`],
    [1, () => `<span>${term}</span>`],
    [1, () => `<b title="${term}">x</b>`],
    [1, () => `${term}\\_x`],
    [1, () => `&eacute;${term}`],
    [1, () => `${term}&#65;`],
    [1, () => `${term}&amp;co`],
    [1, () => `${term}  \nnext`],
    [1, () => `${term}<span>x</span>`],
    [1, () => `\`x\`${term}\`y\``],
    [1, () => `${term}&nbsp;x`],
    [1, () => `&#128512;${term}&#128512;`],
    [1, () => `&NotEqualTilde;${term}`],
  ] as const)();
}
