import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import type {MarkdownExtensionsOption} from '../../lib/markdown-extensions';
import {formatMessages} from '../pipeline';

/** With remark-gfm, as Docusaurus loads it; `gfmFirst`: remark-gfm attached before the plugin. */
function render(markdown: string, markdownExtensions?: MarkdownExtensionsOption, gfmFirst = false) {
  const processor = unified().use(remarkParse);
  if (gfmFirst) processor.use(remarkGfm);
  processor.use(remarkMkdocs, {target: 'html', ...(markdownExtensions ? {markdownExtensions} : {})});
  if (!gfmFirst) processor.use(remarkGfm);
  const file = new VFile({value: markdown, path: 'input.md'});
  return {html: String(processor.use(remarkRehype).use(rehypeStringify).processSync(file)).trim(), file};
}

describe('marks and GFM strikethrough', () => {
  it('without pymdownx.tilde, `~x~` and `~~x~~` are text, as in MkDocs (GFM strikethrough is off), in either plugin order', () => {
    for (const gfmFirst of [false, true]) {
      // Python-Markdown 3.4 with pymdownx.mark: `<p>a ~x~ and ~~y~~</p>`.
      expect(render('a ~x~ and ~~y~~', undefined, gfmFirst).html).toBe('<p>a ~x~ and ~~y~~</p>');
      expect(render('a ~x~ and ~~y~~', {'pymdownx.mark': null}, gfmFirst).html).toBe('<p>a ~x~ and ~~y~~</p>');
    }
  });

  it('with pymdownx.tilde, `~x~` is subscript, in either plugin order', () => {
    for (const gfmFirst of [false, true]) {
      expect(render('H~2~O and ~~y~~', {'pymdownx.tilde': null}, gfmFirst).html).toBe('<p>H<sub>2</sub>O and <del>y</del></p>');
    }
  });

  it("with subscript off, a single `~` is text (pymdownx's), not GFM's strikethrough", () => {
    expect(render('H~2~O and ~~y~~', {'pymdownx.tilde': {subscript: false}}).html).toBe('<p>H~2~O and <del>y</del></p>');
  });

  it('without the extensions, the markers are text', () => {
    expect(render('==a== ^^b^^ c^2^ ++ctrl+c++', {}).html).toBe('<p>==a== ^^b^^ c^2^ ++ctrl+c++</p>');
  });

  it('reports an unknown key at its place and keeps its text', () => {
    const {html, file} = render('Press\n++ctrl+nope++ now', {'pymdownx.keys': null});
    expect(html).toBe('<p>Press\n++ctrl+nope++ now</p>');
    expect(formatMessages(file)).toMatch(/^2:1-2:14: Unexpected key name `nope`.*\[mkdocs-keys-unknown\]$/);
  });
});
