/**
 * Paragraphs far larger than a lesson's: the resolver must neither overflow
 * the stack (it once spread every event of the paragraph into one call) nor
 * change what it finds when it skips openers no closer follows. Their timing
 * is the benchmark's (`bench/pathological.ts`, EXTENSION_CASES).
 */
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import type {MarkdownExtensionsOption} from '../../lib/markdown-extensions';

const MARKS: MarkdownExtensionsOption = {'pymdownx.mark': null, 'pymdownx.caret': null, 'pymdownx.tilde': null};

function parse(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target: 'html', markdownExtensions: MARKS});
  const file = new VFile({value: markdown, path: 'input.md'});
  return processor.runSync(processor.parse(file), file);
}

/** The `mkdocsFormat` elements of a tree, by tag. */
function formats(tree: unknown): string[] {
  const found: string[] = [];
  const walk = (node: {type: string; tag?: string; children?: unknown[]}) => {
    if (node.type === 'mkdocsFormat') found.push(String(node.tag ?? (node as {data?: {hName?: string}}).data?.hName));
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as {type: string});
  return found;
}

describe('marks in very long paragraphs', () => {
  it.each(['=', '^', '~'])('a run of 60,000 `%s` in one paragraph parses without overflowing the stack', (marker) => {
    expect(() => parse(`a ${marker.repeat(60_000)} b\n`)).not.toThrow();
  });

  it('unclosed openers before the last closer still pair with it, as pymdownx pairs them', () => {
    // Every `==` before the end is preceded by a space, so none closes; the first opener takes the last `x==`.
    const tree = parse(`${'==a '.repeat(2000)}x==\n`);
    expect(formats(tree)).toHaveLength(1);
    // Without a closer at all, nothing pairs.
    expect(formats(parse(`${'==a '.repeat(2000)}\n`))).toHaveLength(0);
  });
});
