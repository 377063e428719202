/**
 * The lines of pymdownx.blocks, as pure grammars over one line (tabs already
 * expanded), so the tokenizer and the content scan agree:
 * - header `/// name | argument` (pymdownx's `RE_START`: up to 3 spaces, 3 or
 *   more slashes, a name of word characters and `-`, then `|` and the argument);
 * - end `///` (`RE_END`: the same indentation, slashes, nothing after);
 * - an options line: 4 or more spaces then a non-space (`RE_INDENT_YAML_LINE`).
 */
export interface BlockHeader {
  /** Number of slashes: only an end line of the same length closes the block. */
  length: number;
  /** Lower case, as pymdownx looks it up. */
  name: string;
  /** Offsets in the line: the fence, the name, the argument (absent without `|`). */
  fenceStart: number;
  nameStart: number;
  nameEnd: number;
  argument?: {start: number; end: number};
}

const HEADER = /^( {0,3})(\/{3,}) *([\w-]+) *(?:\|( *)(.*?) *)?$/u;
const END = /^ {0,3}(\/{3,}) *$/;

export function parseBlockHeader(line: string): BlockHeader | undefined {
  const match = HEADER.exec(line);
  if (!match) return undefined;
  const fenceStart = match[1]!.length;
  const length = match[2]!.length;
  const nameStart = line.indexOf(match[3]!, fenceStart + length);
  const header: BlockHeader = {length, name: match[3]!.toLowerCase(), fenceStart, nameStart, nameEnd: nameStart + match[3]!.length};
  if (match[5] !== undefined) {
    const bar = line.indexOf('|', header.nameEnd);
    const start = bar + 1 + match[4]!.length;
    header.argument = {start, end: start + match[5].length};
  }
  return header;
}

/** The length of an end line's fence, or undefined for any other line. */
export function blockEndLength(line: string): number | undefined {
  return END.exec(line)?.[1]!.length;
}

export function isOptionsLine(line: string): boolean {
  return /^ {4,}\S/.test(line);
}
