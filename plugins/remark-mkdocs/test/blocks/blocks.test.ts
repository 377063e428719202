import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import {MAX_BOX_DEPTH} from '../../lib/boxes/nesting';
import {renderWithPlugin} from '../upstream/run-upstream';

const extensions = {'pymdownx.blocks.admonition': null, 'pymdownx.blocks.details': null, 'pymdownx.blocks.tab': null, 'pymdownx.blocks.html': null};
const html = (markdown: string) => renderWithPlugin({name: 'case', markdown, extensions, source: 'blocks.test.ts'});

describe('pymdownx.blocks', () => {
  it('stops nesting at the box limit: the deeper header stays text of the innermost block', () => {
    const depth = MAX_BOX_DEPTH + 1;
    const out = html(`${'/// note\n'.repeat(depth)}deepest\n`);
    expect(out.match(/class="admonition note"/g)).toHaveLength(MAX_BOX_DEPTH);
    expect(out).toContain('/// note\ndeepest');
  });

  it('closes the innermost block first when fences have the same length', () => {
    expect(html('/// note\n/// tip\ninner\n///\nouter\n///\nafter\n')).toBe(
      '<div class="admonition note"><p class="admonition-title">Note</p><div class="admonition tip"><p class="admonition-title">Tip</p><p>inner</p></div><p>outer</p></div>\n<p>after</p>',
    );
  });

  it('reports refused options with a rule id at the options line, and keeps them visible', () => {
    const file = new VFile({value: 'Intro\n\n/// details | D\n    open: maybe\n\nbody\n///\n', path: 'lesson.md'});
    const processor = unified().use(remarkParse).use(remarkMkdocs, {target: 'html', markdownExtensions: extensions});
    const tree = processor.runSync(processor.parse(file), file);
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['mkdocs-block-options', 4]]);
    expect(JSON.stringify(tree)).toContain('open: maybe');
  });

  it('stays text when no blocks extension is listed', () => {
    expect(renderWithPlugin({name: 'off', markdown: '/// note\nx\n///\n', extensions: {admonition: null}, source: 'blocks.test.ts'})).toBe('<p>/// note\nx\n///</p>');
  });
});
