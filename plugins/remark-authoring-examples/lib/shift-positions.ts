import type {Node, Point} from 'unist';

/** Where the first character of a nested document sits in the real file. */
export interface Origin {
  /** 1-based line of the nested document's first line. */
  line: number;
  /** 0-based offset of its first character. */
  offset: number;
}

/**
 * Move every point of a tree parsed from a slice of the file (a fence's
 * content) to where that slice is in the file: positions, and point-shaped
 * values the parser keeps in `data` (remark-mkdocs stores where a box's type
 * word starts there, for its warnings). Columns stay: the slice is cut at
 * line starts and not re-indented (the caller checks that).
 *
 * Later transforms read the file's text at these offsets (abbreviations line
 * text up with its source, warnings print `file:line:col`), so they must be the
 * file's, not the slice's.
 */
export function shiftPositions(tree: Node, origin: Origin): void {
  const seen = new Set<object>();
  const shiftPoint = (point: Point): void => {
    if (seen.has(point)) return;
    seen.add(point);
    point.line += origin.line - 1;
    if (point.offset !== undefined) point.offset += origin.offset;
  };
  const visitNode = (node: Node): void => {
    if (node.position) {
      shiftPoint(node.position.start);
      shiftPoint(node.position.end);
    }
    if (node.data) shiftDataPoints(node.data, shiftPoint, 0);
    const children = (node as {children?: unknown}).children;
    if (Array.isArray(children)) for (const child of children as Node[]) visitNode(child);
  };
  visitNode(tree);
}

/** Data is shallow in practice; the depth cap only guards against cycles the `seen` set would not catch. */
const MAX_DATA_DEPTH = 4;

function shiftDataPoints(value: unknown, shiftPoint: (point: Point) => void, depth: number): void {
  if (depth > MAX_DATA_DEPTH || typeof value !== 'object' || value === null) return;
  if (isPoint(value)) return shiftPoint(value);
  for (const inner of Object.values(value)) shiftDataPoints(inner, shiftPoint, depth + 1);
}

function isPoint(value: object): value is Point {
  const candidate = value as Partial<Point>;
  return typeof candidate.line === 'number' && typeof candidate.column === 'number';
}
