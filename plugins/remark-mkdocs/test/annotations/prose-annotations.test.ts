import {describe, expect, it} from 'vitest';
import {fromMarkdown} from 'mdast-util-from-markdown';
import type {Paragraph, Text} from 'mdast';
import type {Node} from 'unist';
import {VFile} from 'vfile';
import {blockClasses, isAnnotationHost} from '../../lib/annotations/hosts';
import {findProseMarkers} from '../../lib/annotations/prose-markers';

/** The markers of a one-paragraph document's first text node, as `n@start-end`. */
function markers(markdown: string): string[] {
  const tree = fromMarkdown(markdown);
  const text = (tree.children[0] as Paragraph).children[0] as Text;
  return findProseMarkers(new VFile(markdown), text).map(({n, start, end}) => `${n}@${start}-${end}`);
}

describe('findProseMarkers: Material’s (N) and (N)! in text', () => {
  it('finds every marker, unanchored, with the ! of (N)! inside it', () => {
    expect(markers('a (1) f(2) (3)! end')).toEqual(['1@2-5', '2@7-10', '3@11-15']);
  });

  it('reads (01) as 1, skips what is no marker, finds the inner one of ((1))', () => {
    expect(markers('(01) (a) () (1 ) ((4))')).toEqual(['1@0-4', '4@18-21']);
  });

  it('skips markers written with escapes or character references', () => {
    expect(markers('\\(1) (1\\) &#40;1) &#x28;2) (3)')).toEqual(['3@16-19']);
  });
});

describe('blockClasses / isAnnotationHost', () => {
  const paragraph = (className: unknown): Node => ({type: 'paragraph', children: [], data: {hProperties: {className}}}) as Node;

  it('reads hProperties classes as an array or a string', () => {
    expect(blockClasses(paragraph(['annotate', 'x']))).toEqual(['annotate', 'x']);
    expect(blockClasses(paragraph('x  annotate'))).toEqual(['x', 'annotate']);
    expect(isAnnotationHost(paragraph('annotate'))).toBe(true);
    expect(isAnnotationHost(paragraph('annotated'))).toBe(false);
  });

  it('reads a box’s class words, the type included', () => {
    const box = {type: 'containerDirective', name: 'note', children: [], data: {mkdocs: {kind: 'admonition', open: false, classes: ['note', 'annotate'], title: 'default'}}};
    expect(blockClasses(box as Node)).toEqual(['note', 'annotate']);
    expect(isAnnotationHost(box as Node)).toBe(true);
  });

  it('never takes inline nodes or code blocks as hosts', () => {
    const emphasis = {type: 'emphasis', children: [], data: {hProperties: {className: ['annotate']}}};
    expect(isAnnotationHost(emphasis as Node)).toBe(false);
    expect(isAnnotationHost({type: 'code', value: '', data: {hProperties: {className: ['annotate']}}} as Node)).toBe(false);
  });
});
