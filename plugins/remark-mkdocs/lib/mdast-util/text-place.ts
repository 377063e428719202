import {decodeNamedCharacterReference} from 'decode-named-character-reference';
import type {Text} from 'mdast';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {location, type Location} from 'vfile-location';

const locations = new WeakMap<VFile, Location>();

/**
 * Positions of slices of a text node's value, for messages and for nodes cut
 * out of it. Exact when the value is the source as written; when escapes or
 * character references made them differ, every slice gets the whole node's
 * position (still the right line).
 *
 * The source is read at the first call, not before: most text nodes a
 * transform looks at hold nothing to place.
 */
export function textSlicePlace(file: VFile, node: Text): (from: number, to: number) => Position | undefined {
  let place: ((from: number, to: number) => Position | undefined) | undefined;
  return (from, to) => (place ??= slicePlace(file, node))(from, to);
}

function slicePlace(file: VFile, node: Text): (from: number, to: number) => Position | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || String(file).slice(start, end) !== node.value) {
    return () => node.position && {start: {...node.position.start}, end: {...node.position.end}};
  }
  let points = locations.get(file);
  if (!points) {
    points = location(file);
    locations.set(file, points);
  }
  const at = points;
  return (from, to) => {
    const startPoint = at.toPoint(start + from);
    const endPoint = at.toPoint(start + to);
    return startPoint && endPoint ? {start: startPoint, end: endPoint} : undefined;
  };
}

/**
 * Whether the slice `from`–`to` of a text node's value was written as such in
 * the source, rather than produced by a backslash escape or a character
 * reference (`\:tada:`, `&#58;tada:`, `\{ .x }`): Python-Markdown keeps
 * those out of emoji shortcodes and attribute lists. Characters the value
 * lacks (a blockquote's `> `, list indentation) are skipped while lining the
 * value up with the source.
 *
 * Like `textSlicePlace`, reads the source at the first call.
 */
export function verbatimIn(file: VFile, node: Text): (from: number, to: number) => boolean {
  let verbatim: ((from: number, to: number) => boolean) | undefined;
  return (from, to) => (verbatim ??= verbatimSlices(file, node))(from, to);
}

function verbatimSlices(file: VFile, node: Text): (from: number, to: number) => boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return () => true;
  const source = String(file).slice(start, end);
  const value = node.value;
  if (source === value) return () => true;
  const special = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < value.length && j < source.length) {
    if (value[i] === source[j]) {
      i++;
      j++;
    } else if (source[j] === '\\' && source[j + 1] === value[i]) {
      special.add(i++);
      j += 2;
    } else if (source[j] === '&' && referenceAt(source, j) !== undefined) {
      // A reference can stand for two UTF-16 units (`&#128512;`, `&NotEqualTilde;`).
      const {length, decoded} = referenceAt(source, j)!;
      for (let unit = 0; unit < decoded.length; unit++) special.add(i++);
      j += length;
    } else {
      j++;
    }
  }
  return (from, to) => {
    for (let index = from; index < to; index++) if (special.has(index)) return false;
    return true;
  };
}

/** A character reference (`&amp;`, `&#58;`, `&#x3A;`), matched where the scan stands. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/y;

/** The reference at `index` of `source`: its source length and the text it decodes to. */
function referenceAt(source: string, index: number): {length: number; decoded: string} | undefined {
  REFERENCE.lastIndex = index;
  const match = REFERENCE.exec(source);
  if (!match) return undefined;
  const [all, decimal, hex, name] = match;
  if (name !== undefined) {
    const decoded = decodeNamedCharacterReference(name);
    return decoded === false ? undefined : {length: all.length, decoded};
  }
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  // CommonMark turns invalid code points into U+FFFD: one unit either way.
  const decoded = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  return {length: all.length, decoded};
}

