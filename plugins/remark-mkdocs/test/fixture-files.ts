import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect} from 'vitest';
import type {Node} from 'unist';

/** The case folders under `root` (those holding an `input.md`), sorted. */
export function fixtureCases(root: string): string[] {
  return readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'input.md')))
    .sort();
}

/** Compare with the expected file; `UPDATE=1` (or a missing file) writes it first. */
export function expectFile(file: string, actual: string): void {
  if (process.env.UPDATE === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/**
 * A tree with positions as compact `line:col-line:col` strings, so `tree.json`
 * stays reviewable and a lost position still fails. `mapData` may compact a
 * node's own `data` further.
 */
export function compactTree(node: Node, mapData?: (data: Record<string, unknown>) => Record<string, unknown>): unknown {
  const {position, ...rest} = node as Node & {children?: Node[]; data?: Record<string, unknown>};
  const at = position ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}` : undefined;
  const result: Record<string, unknown> = {...rest, position: at};
  if (rest.children) result.children = rest.children.map((child) => compactTree(child, mapData));
  if (rest.data && mapData) result.data = mapData(rest.data);
  return result;
}
