import {describe, expect, it} from 'vitest';
import {fromMarkdown} from 'mdast-util-from-markdown';
import type {Paragraph, Text} from 'mdast';
import {VFile} from 'vfile';
import {verbatimIn} from '../../lib/mdast-util/text-place';

/** The first text node of a one-paragraph document, with its file. */
function firstText(markdown: string): {file: VFile; text: Text} {
  const tree = fromMarkdown(markdown);
  return {file: new VFile(markdown), text: (tree.children[0] as Paragraph).children[0] as Text};
}

describe('verbatimIn: which parts of a text node were written literally', () => {
  it('keeps step after a reference that decodes to two UTF-16 units', () => {
    const {file, text} = firstText('&#128512; and :tada: here');
    expect(text.value).toBe('\u{1F600} and :tada: here');
    const verbatim = verbatimIn(file, text);
    const at = text.value.indexOf(':tada:');
    expect(verbatim(0, 2)).toBe(false);
    expect(verbatim(at, at + ':tada:'.length)).toBe(true);
  });

  it('still sees an escape that comes after such a reference', () => {
    const {file, text} = firstText('&#128512; \\:tada: stays');
    const verbatim = verbatimIn(file, text);
    const at = text.value.indexOf(':tada:');
    expect(verbatim(at, at + ':tada:'.length)).toBe(false);
  });

  it('after a named reference of two code points', () => {
    const {file, text} = firstText('&NotEqualTilde; x {.y}');
    const verbatim = verbatimIn(file, text);
    const at = text.value.indexOf('{.y}');
    expect(verbatim(at, at + 4)).toBe(true);
    expect(verbatim(0, 1)).toBe(false);
  });

  it('marks escaped and referenced characters, not the rest', () => {
    const {file, text} = firstText('\\:tada: &#58;tada: :tada:');
    const verbatim = verbatimIn(file, text);
    expect(verbatim(0, 1)).toBe(false);
    const last = text.value.lastIndexOf(':tada:');
    expect(verbatim(last, last + 6)).toBe(true);
  });
});
