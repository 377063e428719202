import {describe, expect, it} from 'vitest';
import type {Node, Parent} from 'unist';
import {visit as upstreamVisit, type VisitorResult} from 'unist-util-visit';
import {visitParents as upstreamVisitParents} from 'unist-util-visit-parents';
import {SKIP, EXIT, visit, visitParents} from '../../lib/mdast-util/visit';
import {Random} from '../generate-documents';

/** A random tree of `a`/`b`/`c` nodes, some of them parents. */
function randomTree(random: Random, depth = 0): Node {
  const type = random.pick(['a', 'b', 'c']);
  if (depth > 4 || random.int(0, 2) === 0) return {type, value: String(random.int(0, 9))} as Node;
  const children = Array.from({length: random.int(0, 4)}, () => randomTree(random, depth + 1));
  return {type, children} as Parent;
}

/**
 * A visitor that records what it sees and answers the way transforms do:
 * nothing, `SKIP`, `EXIT`, an index (after inserting or removing siblings).
 * Run on two copies of one tree, the two walks must see and do the same.
 */
function recordingVisitor(seed: number, log: string[]) {
  const random = new Random(seed);
  return (node: Node, index: number | undefined, parent: Parent | undefined): VisitorResult => {
    log.push(`${node.type}@${index ?? '-'}<${parent?.type ?? '-'}`);
    const roll = random.int(0, 19);
    if (roll === 0) return SKIP;
    if (roll === 1 && log.length > 30) return EXIT;
    if (roll === 2 && parent && index !== undefined) {
      parent.children.splice(index + 1, 0, {type: 'c', value: 'new'} as Node);
      return index + 2;
    }
    if (roll === 3 && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  };
}

describe('visit: the same walk as unist-util-visit', () => {
  it('visits, skips, exits and resumes at returned indexes the same way, with and without a test', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const tree = randomTree(new Random(seed));
      const ours = structuredClone(tree);
      const theirs = structuredClone(tree);
      const oursLog: string[] = [];
      const theirsLog: string[] = [];
      if (seed % 3 === 0) {
        visit(ours, recordingVisitor(seed, oursLog));
        upstreamVisit(theirs, recordingVisitor(seed, theirsLog));
      } else if (seed % 3 === 1) {
        visit(ours, 'b', recordingVisitor(seed, oursLog));
        upstreamVisit(theirs, 'b', recordingVisitor(seed, theirsLog));
      } else {
        const test = (node: Node, index?: number) => node.type !== 'a' || index === 0;
        visit(ours, test, recordingVisitor(seed, oursLog));
        upstreamVisit(theirs, test, recordingVisitor(seed, theirsLog));
      }
      expect(oursLog).toEqual(theirsLog);
      expect(ours).toEqual(theirs);
    }
  });

  it('visitParents hands over the same ancestors, a list of its own per parent', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const tree = randomTree(new Random(seed));
      const record = (log: Array<[Node, Parent[]]>) => (node: Node, ancestors: Parent[]) => {
        log.push([node, ancestors]);
        return node.type === 'c' ? SKIP : undefined;
      };
      const ours: Array<[Node, Parent[]]> = [];
      const theirs: Array<[Node, Parent[]]> = [];
      visitParents(tree, record(ours));
      upstreamVisitParents(tree, record(theirs));
      expect(ours.map(([node, ancestors]) => [node, [...ancestors]])).toEqual(theirs.map(([node, ancestors]) => [node, [...ancestors]]));
      // Kept lists stay as they were handed over: each holds exactly the node's ancestors.
      for (const [node, ancestors] of ours) {
        const parent = ancestors[ancestors.length - 1];
        if (parent) expect(parent.children).toContain(node);
      }
    }
  });

  it('stops everything at EXIT', () => {
    const tree = {type: 'root', children: [{type: 'a', children: [{type: 'b'}, {type: 'c'}]}, {type: 'd'}]} as Parent;
    const seen: string[] = [];
    visit(tree, (node) => {
      seen.push(node.type);
      return node.type === 'b' ? EXIT : undefined;
    });
    expect(seen).toEqual(['root', 'a', 'b']);
  });
});
