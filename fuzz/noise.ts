/**
 * Hostile bytes mixed into generated documents: random code units (NUL,
 * controls, unpaired surrogates, BOMs), line endings swapped for CRLF or CR,
 * indentation turned into tabs or made very deep, lines cut, doubled or
 * shuffled, the text truncated. Each mutation keeps most of the document, so
 * the constructs around the damage are still exercised.
 */
import type {Random} from '../plugins/remark-mkdocs/test/generate-documents';

/** Characters that tokenizers special-case, plus the ones that break naive string handling. */
const HOSTILE = ['\u0000', '\uFEFF', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\t', '\r', '\n', '\r\n', '\u000B', '\u000C', '\u0085', '\u2028', '\u00A0', '\u200B', '\u0301', '!', '?', '=', '"', '`', '~', '*', '[', ']', '{', '}', ':', '#', '>', '-', '+', '\\', '<', '&', '|', '$', 'âœ…'];

function randomUnit(rng: Random): string {
  return rng.weighted<() => string>([
    [6, () => rng.pick(HOSTILE)],
    [2, () => String.fromCharCode(rng.int(0, 0x7f))],
    [2, () => String.fromCharCode(rng.int(0, 0xffff))],
    [1, () => String.fromCodePoint(rng.int(0x10000, 0x10ffff))],
  ])();
}

/** A string of random code units: what a corrupted file or a wrong encoding gives. */
export function randomText(rng: Random, maxLength: number): string {
  let text = '';
  for (let n = rng.int(0, maxLength); n > 0; n--) text += randomUnit(rng);
  return text;
}

type Mutation = (rng: Random, text: string) => string;

const mutations: ReadonlyArray<readonly [number, Mutation]> = [
  [6, (rng, text) => insertAt(text, rng.int(0, text.length), randomText(rng, 8))],
  [2, (rng, text) => text.replace(/\n/g, rng.pick(['\r\n', '\r']))],
  [1, (rng, text) => text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r']))],
  [2, (rng, text) => mapLines(text, (line) => (rng.chance(0.3) ? line.replace(/^ {4}/, '\t').replace(/^( *)\t/, '$1    ') : line))],
  [2, (rng, text) => mapLines(text, (line) => (rng.chance(0.2) ? ' '.repeat(rng.int(1, 200)) + line : line))],
  [1, (rng, text) => mapLines(text, (line) => (rng.chance(0.2) ? '\t'.repeat(rng.int(1, 60)) + line : line))],
  [1, (_rng, text) => `\uFEFF${text}`],
  [2, (rng, text) => text.slice(0, rng.int(0, text.length))],
  [2, (rng, text) => {
    const start = rng.int(0, text.length);
    return text.slice(0, start) + text.slice(Math.min(text.length, start + rng.int(1, 20)));
  }],
  [1, (rng, text) => {
    const lines = text.split('\n');
    const at = rng.int(0, Math.max(0, lines.length - 1));
    lines.splice(at, 0, ...lines.slice(at, at + rng.int(1, 5)));
    return lines.join('\n');
  }],
  [1, (rng, text) => {
    const lines = text.split('\n');
    for (let n = rng.int(1, 4); n > 0; n--) {
      const a = rng.int(0, lines.length - 1);
      const b = rng.int(0, lines.length - 1);
      [lines[a], lines[b]] = [lines[b], lines[a]];
    }
    return lines.join('\n');
  }],
  [1, (rng, text) => mapLines(text, (line) => (rng.chance(0.1) ? `${line}${rng.pick([' ', '\t', '  ', '\\'])}` : line))],
];

/** Apply `count` random mutations. */
export function mutate(rng: Random, text: string, count: number): string {
  let result = text;
  for (let n = 0; n < count; n++) result = rng.weighted(mutations)(rng, result);
  return result;
}

function insertAt(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at);
}

function mapLines(text: string, map: (line: string) => string): string {
  return text.split('\n').map(map).join('\n');
}
