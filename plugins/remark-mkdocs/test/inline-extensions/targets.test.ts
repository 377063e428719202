/**
 * What critic marks, smart symbols, task lists and inline hilite become for
 * each target, beyond the fixtures: the Docusaurus target's elements (read as
 * hast, as MDX compiles them), remark-gfm's task items corrected to
 * pymdownx's reading, and each construct off without its extension.
 */
import type {Element, Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMkdocs from '../../index';
import type {MarkdownExtensionsOption} from '../../lib/markdown-extensions';
import {renderHtml} from '../pipeline';

function docusaurusTree(markdown: string, markdownExtensions: MarkdownExtensionsOption): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMkdocs, {target: 'docusaurus', markdownExtensions});
  const file = new VFile({value: markdown, path: 'input.md'});
  return processor.runSync(processor.parse(file), file);
}

function docusaurusHast(markdown: string, markdownExtensions: MarkdownExtensionsOption): HastRoot {
  const processor = unified().use(remarkRehype, {allowDangerousHtml: true, passThrough: ['mdxJsxTextElement']});
  return processor.runSync(docusaurusTree(markdown, markdownExtensions)) as HastRoot;
}

function elements(tree: HastRoot, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

describe('pymdownx.tasklist', () => {
  const tasklist = {'pymdownx.tasklist': {custom_checkbox: true}};

  it('names each Docusaurus checkbox after its item (axe: a checkbox needs a name), disabled unless clickable', () => {
    const jsx = (markdown: string, extensions: MarkdownExtensionsOption) => {
      const found: MdxJsxTextElement[] = [];
      visit(docusaurusTree(markdown, extensions), 'mdxJsxTextElement', (node) => {
        found.push(node);
      });
      return found;
    };
    const props = (element: MdxJsxTextElement) =>
      Object.fromEntries(element.attributes.map((attribute) => [attribute.type === 'mdxJsxAttribute' ? attribute.name : '', attribute.value]));
    const drawn = jsx('- [x] Install the *tools*\n- [ ] Clone\n', tasklist);
    expect(drawn.filter((node) => node.name === 'input').map(props)).toEqual([
      {type: 'checkbox', disabled: null, checked: null, 'aria-label': 'Install the tools'},
      {type: 'checkbox', disabled: null, 'aria-label': 'Clone'},
    ]);
    expect(drawn.filter((node) => node.name === 'label').map(props)).toEqual([{className: 'task-list-control'}, {className: 'task-list-control'}]);
    expect(elements(docusaurusHast('- [ ] Clone\n', tasklist), 'ul')[0]!.properties.className).toEqual(['task-list']);
    const clickable = jsx('- [x] Tick\n', {'pymdownx.tasklist': {clickable_checkbox: true}});
    expect(clickable.map(props)).toEqual([{type: 'checkbox', defaultChecked: null, 'aria-label': 'Tick'}]);
  });

  it('reads boxes as pymdownx does with remark-gfm (Docusaurus) and without it', () => {
    for (const markdown of ['- [x]\n  next line\n', '- [x] done\n- [X] Done\n- [ ] todo\n', '- [x]\tafter a tab\n']) {
      const withGfm = unified().use(remarkParse).use(remarkGfm).use(remarkMkdocs, {target: 'html', markdownExtensions: tasklist}).use(remarkRehype);
      const plain = unified().use(remarkParse).use(remarkMkdocs, {target: 'html', markdownExtensions: tasklist}).use(remarkRehype);
      const render = (processor: typeof plain) => JSON.stringify(processor.runSync(processor.parse(markdown), new VFile(markdown)));
      expect(render(withGfm), markdown).toBe(render(plain));
    }
    // GFM takes `- [x]` with the text on the next line; pymdownx leaves it text.
    let boxes = 0;
    visit(docusaurusTree('- [x]\n  next line\n', tasklist), 'mdxJsxTextElement', () => {
      boxes++;
    });
    expect(boxes).toBe(0);
  });

  it('leaves GFM task items alone without pymdownx.tasklist', () => {
    const tree = docusaurusTree('- [x] done\n', {});
    let checked: boolean | null | undefined;
    visit(tree, 'listItem', (item) => {
      checked = item.checked;
    });
    expect(checked).toBe(true);
  });
});

describe('pymdownx.inlinehilite', () => {
  it('gives the Docusaurus page build-time Prism tokens in an InlineHilite element', () => {
    const tree = docusaurusTree('Run `#!python print("x")` now.\n', {'pymdownx.inlinehilite': null});
    const found: MdxJsxTextElement[] = [];
    visit(tree, 'mdxJsxTextElement', (node) => {
      found.push(node);
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.attributes.map((attribute) => [attribute.type === 'mdxJsxAttribute' && attribute.name, attribute.value])).toEqual([
      ['language', 'python'],
      ['className', 'highlight'],
    ]);
    const tokens = found[0]!.children.map((child) => [
      child.type === 'text' ? child.value : '',
      ((child.data?.hProperties as {className?: string[]} | undefined)?.className)?.join(' ') ?? '',
    ]);
    expect(tokens.map(([value]) => value).join('')).toBe('print("x")');
    expect(tokens).toContainEqual(['"x"', 'token string']);
  });

  it('is off without the extension: the prefix stays', () => {
    expect(renderHtml('`#!python x`\n').html).toContain('<code>#!python x</code>');
  });
});

describe('pymdownx.critic and pymdownx.smartsymbols on the Docusaurus page', () => {
  it('draws critic marks as the elements pymdownx writes', () => {
    const tree = docusaurusHast('{++a++}{--b--}{==c==}{>>d<<}{~~e~>f~~}\n', {'pymdownx.critic': null});
    const drawn = elements(tree, 'p')[0]!.children.map((child) => child.type === 'element' && `${child.tagName}.${(child.properties.className as string[]).join('.')}`);
    expect(drawn).toEqual(['ins.critic', 'del.critic', 'mark.critic', 'span.critic.comment', 'del.critic', 'ins.critic']);
  });

  it('writes symbols as characters and an ordinal suffix as <sup>', () => {
    const tree = docusaurusHast('(c) 2nd\n', {'pymdownx.smartsymbols': null});
    expect(elements(tree, 'sup').map((sup) => sup.children.map((child) => child.type === 'text' && child.value))).toEqual([['nd']]);
    expect(renderHtml('(c) 2nd\n').html).toContain('(c) 2nd');
  });
});
