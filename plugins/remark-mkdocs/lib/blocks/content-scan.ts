import {closesFence, opensFence, type FenceState} from '../md-in-html/content-scan';
import {blockEndLength, parseBlockHeader} from './header';
import {opensBlock, type BlockSettings} from './settings';

/**
 * Where a block ends, line by line: pymdownx.blocks keeps a stack of open
 * blocks and gives each line to the innermost, whose end is the first `///`
 * line of its own fence length; fenced code was taken out of the text
 * before (superfences' preprocessor), so a `///` inside a fence ends
 * nothing. The scan keeps the fence lengths of the blocks opened inside this
 * one, so `////` around `///` and `///` around `///` both end where MkDocs
 * ends them.
 */
export interface BlockScanState {
  /** Fence lengths of the open blocks, innermost first (a linked list: pushing and popping copy nothing). */
  readonly open: OpenBlock;
  readonly fence?: FenceState;
}

interface OpenBlock {
  readonly length: number;
  /** The block around it; undefined for this block itself. */
  readonly outer?: OpenBlock;
}

export function initialScan(length: number): BlockScanState {
  return {open: {length}};
}

/** `close`: this line ends the block; otherwise the state for the next line. */
export function scanBlockLine(line: string, state: BlockScanState, blocks: BlockSettings): {close: boolean; state: BlockScanState} {
  if (state.fence) return {close: false, state: closesFence(line, state.fence) ? {open: state.open} : state};
  const end = blockEndLength(line);
  if (end !== undefined) {
    if (end !== state.open.length) return {close: false, state};
    if (!state.open.outer) return {close: true, state};
    return {close: false, state: {open: state.open.outer}};
  }
  const header = parseBlockHeader(line);
  if (header && opensBlock(header, blocks, line)) return {close: false, state: {open: {length: header.length, outer: state.open}}};
  const fence = opensFence(line);
  return {close: false, state: fence ? {open: state.open, fence} : state};
}
