/**
 * What a worker sends back and how the runner adds it up and prints it.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export type FailureKind = 'throw' | 'lost' | 'slow';

export interface Failure {
  index: number;
  kind: FailureKind;
  detail: string;
}

export interface Tally {
  count: number;
  bytes: number;
  throws: number;
  lost: number;
  slow: number;
  slowest: Timing;
  /** Inputs whose first, single timing (inside the word check) was over budget, before any retiming. */
  firstOver: number;
  /** The slowest first timing. */
  firstSlowest: Timing;
  /** The first few failures of each kind, for minimising and printing. */
  failures: Failure[];
  /** Inputs still over budget after a worker's retiming, for the runner to time alone once the workers are done. */
  pending: Timing[];
}

export interface Timing {
  index: number;
  msPer10KB: number;
  size: number;
}

export const MAX_KEPT_PER_KIND = 5;

export function emptyTally(): Tally {
  return {count: 0, bytes: 0, throws: 0, lost: 0, slow: 0, slowest: {index: -1, msPer10KB: 0, size: 0}, firstOver: 0, firstSlowest: {index: -1, msPer10KB: 0, size: 0}, failures: [], pending: []};
}

export function keep(tally: Tally, failure: Failure): void {
  if (tally.failures.filter((kept) => kept.kind === failure.kind).length < MAX_KEPT_PER_KIND) tally.failures.push(failure);
}

export function merge(into: Tally, from: Tally): void {
  into.count += from.count;
  into.bytes += from.bytes;
  into.throws += from.throws;
  into.lost += from.lost;
  into.slow += from.slow;
  if (from.slowest.msPer10KB > into.slowest.msPer10KB) into.slowest = from.slowest;
  into.firstOver += from.firstOver;
  if (from.firstSlowest.msPer10KB > into.firstSlowest.msPer10KB) into.firstSlowest = from.firstSlowest;
  for (const failure of from.failures) keep(into, failure);
  into.pending.push(...from.pending);
}

/**
 * Characters JSON leaves as they are but a reader cannot tell from a space or
 * from nothing: other spaces (U+00A0, U+2000-U+200A, U+3000, …), format
 * characters (U+200B, U+FEFF, U+00AD, bidi marks) and C1 controls.
 */
const INVISIBLE = /[\p{Zs}\p{Zl}\p{Zp}\p{Cf}\u007f-\u009f]/gu;

/**
 * `JSON.stringify` with those characters escaped (`\u00a0`): still JSON that
 * parses to the same string, but a no-break space no longer reads as a space
 * (seed 777001's input 11745 was reported as `{. e}`, and with a space it
 * renders fine).
 */
export function visibleJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(INVISIBLE, (char) => {
    if (char === ' ') return char;
    // Every UTF-16 unit, as JSON writes a character beyond U+FFFF (U+E0001 is a format character too).
    let escaped = '';
    for (let unit = 0; unit < char.length; unit++) escaped += `\\u${char.charCodeAt(unit).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

/**
 * An input as two files: `.json` holds it exactly (lone surrogates cannot be
 * written as UTF-8; invisible characters are escaped), `.md` is there to open
 * and read.
 */
export function writeArtifact(directory: string, name: string, input: string, detail: string): string {
  mkdirSync(directory, {recursive: true});
  const base = path.join(directory, name);
  writeFileSync(`${base}.json`, `${visibleJson({input, detail}, 2)}\n`);
  writeFileSync(`${base}.md`, input);
  return `${base}.json`;
}
