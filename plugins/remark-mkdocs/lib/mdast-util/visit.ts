/**
 * `visit` and `visitParents` as `unist-util-visit(-parents)` define them (same
 * order, same tests, same answers: `SKIP`, `EXIT`, an index to go on from,
 * children re-read after each visitor so edits are seen), without its
 * debugging aid: upstream creates a closure per node and names it after the
 * node (`Object.defineProperty(visit, 'name', …)` with a coloured type
 * string). The transforms (and the site's other plugins: remark-safe-html, its
 * guard, authoring examples, math, mkdocs-urls) walk the whole tree a dozen
 * times, so what a walk costs per node counts.
 *
 * Only what the transforms use: a visitor function (no `{enter, exit}`),
 * preorder, and a type name or a predicate as the test (or none).
 */
import type {Node, Parent} from 'unist';
import type {BuildVisitor, Test} from 'unist-util-visit';
import type {BuildVisitor as BuildParentsVisitor} from 'unist-util-visit-parents';

/** Upstream's actions, with its values (so either module's constant works); defined here, as they are read at every node. */
export const CONTINUE = true;
export const EXIT = false;
export const SKIP = 'skip';

type TypeOrPredicate = Extract<Test, string | ((...parameters: never[]) => unknown)>;

type Predicate = (this: unknown, node: Node, index?: number, parent?: Parent) => unknown;

/** Either kind of visitor, as the walk calls it: `(node, index, parent)` or `(node, ancestors, index)`. */
type AnyVisitor = (node: Node, second: unknown, third: unknown) => unknown;

/** What a visitor returns, as upstream reads it: an action, an index, or both. */
type Result = readonly unknown[];

const EMPTY: Result = [];

export function visit<Tree extends Node, Check extends TypeOrPredicate>(tree: Tree, check: Check, visitor: BuildVisitor<Tree, Check>): undefined;
export function visit<Tree extends Node>(tree: Tree, visitor: BuildVisitor<Tree>): undefined;
export function visit(tree: Node, checkOrVisitor: unknown, maybeVisitor?: unknown): undefined {
  const [check, visitor] = split(checkOrVisitor, maybeVisitor);
  walk(tree, check, false, visitor);
}

export function visitParents<Tree extends Node, Check extends TypeOrPredicate>(
  tree: Tree,
  check: Check,
  visitor: BuildParentsVisitor<Tree, Check>,
): undefined;
export function visitParents<Tree extends Node>(tree: Tree, visitor: BuildParentsVisitor<Tree>): undefined;
export function visitParents(tree: Node, checkOrVisitor: unknown, maybeVisitor?: unknown): undefined {
  const [check, visitor] = split(checkOrVisitor, maybeVisitor);
  walk(tree, check, true, visitor);
}

/** `(tree, visitor)` or `(tree, test, visitor)`. */
function split(checkOrVisitor: unknown, maybeVisitor: unknown): [TypeOrPredicate | undefined, AnyVisitor] {
  return maybeVisitor ? [checkOrVisitor as TypeOrPredicate, maybeVisitor as AnyVisitor] : [undefined, checkOrVisitor as AnyVisitor];
}

/**
 * The walk itself. `withAncestors`: the visitor is `visitParents`' (called
 * with the list of ancestors, a new array per parent, as upstream, since a
 * visitor may keep it); else `visit`'s (called with the index and parent).
 * A type name is compared here, not through a function: the transforms walk
 * by type, and this runs at every node.
 */
function walk(tree: Node, check: TypeOrPredicate | undefined, withAncestors: boolean, visitor: AnyVisitor): void {
  if (!tree || typeof tree !== 'object') throw new Error('Unexpected value `' + tree + '` for `tree`, expected node');
  const type = typeof check === 'string' ? check : undefined;
  const matches = type === undefined ? toCheck(check as Exclude<TypeOrPredicate, string> | undefined) : undefined;
  one(tree, undefined, undefined, []);

  function one(node: Node, index: number | undefined, parent: Parent | undefined, ancestors: Parent[]): Result {
    let result = EMPTY;
    // A node whose `type` is the name is an object with a `type` (what upstream's test asks first).
    if (type !== undefined ? node !== null && node !== undefined && node.type === type : matches!(node, index, parent)) {
      result = toResult(withAncestors ? visitor(node, ancestors, index) : visitor(node, index, parent));
      if (result[0] === EXIT) return result;
    }
    const children = (node as Partial<Parent>).children;
    if (children && result[0] !== SKIP) {
      const asParent = node as Parent;
      const inside = withAncestors ? [...ancestors, asParent] : ancestors;
      let offset = 0;
      // `children` is read again each time: a visitor may have replaced or resized it.
      while (offset > -1 && offset < asParent.children.length) {
        const childResult = one(asParent.children[offset]!, offset, asParent, inside);
        if (childResult[0] === EXIT) return childResult;
        offset = typeof childResult[1] === 'number' ? childResult[1] : offset + 1;
      }
    }
    return result;
  }
}

/** unist-util-is' `convert`, for a predicate (a type name is compared in `walk`): only objects with a `type` match. */
function toCheck(check: Exclude<TypeOrPredicate, string> | undefined): (node: Node, index: number | undefined, parent: Parent | undefined) => boolean {
  if (typeof check === 'function') {
    const predicate = check as Predicate;
    return (node, index, parent) => Boolean(looksLikeNode(node) && predicate.call(undefined, node, index, parent || undefined));
  }
  return () => true;
}

function looksLikeNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && 'type' in value;
}

function toResult(value: unknown): Result {
  if (Array.isArray(value)) return value;
  if (typeof value === 'number') return [CONTINUE, value];
  return value === null || value === undefined ? EMPTY : [value];
}
