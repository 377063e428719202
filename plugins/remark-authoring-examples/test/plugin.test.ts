import type {Code, Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Node} from 'unist';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import * as api from '../index';
import {places, run} from './pipeline';

/** An example fence: four backticks so the content may hold fences. */
const example = (content: string): string => `\`\`\`\` { .markdown .example }\n${content}\n\`\`\`\`\n`;

function examples(tree: Root): MdxJsxFlowElement[] {
  const found: MdxJsxFlowElement[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name === 'AuthoringExample') found.push(node);
  });
  return found;
}

function nodesOfType(tree: Node, type: string): Node[] {
  const found: Node[] = [];
  visit(tree, (node) => {
    if (node.type === type) found.push(node);
  });
  return found;
}

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['EXAMPLE_CLASS', 'EXAMPLE_ELEMENT', 'RULES', 'default', 'isExampleFence', 'remarkAuthoringExampleHeadings'].sort(),
    );
  });
});

describe('README', () => {
  it('documents every rule id', async () => {
    const {readFileSync} = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const rule of Object.keys(api.RULES)) expect(readme).toContain(`\`${rule}\``);
  });
});

describe('which fences are examples', () => {
  it.each([
    ['```` { .markdown .example }', true],
    ['```` {.markdown .example title="x"}', true],
    ['````markdown', false],
    // MkDocs drops a plain-form fence with an unknown word; not an example either.
    ['````markdown example', false],
    ['```` { .md .example }', false],
    ['```` { .markdown }', false],
  ])('%s → %s', (header, isExample) => {
    const {tree} = run(`${header}\nText\n\`\`\`\`\n`);
    expect(examples(tree)).toHaveLength(isExample ? 1 : 0);
  });
});

describe('the example element', () => {
  it('holds the source as a plain markdown code block, then the parsed content in one div', () => {
    const content = '!!! note\n    Body **text**.';
    const {tree} = run(`# Page\n\n${example(content)}\nAfter.\n`);
    const [element] = examples(tree);
    expect(element.children).toHaveLength(2);
    const [source, result] = element.children as [Code, MdxJsxFlowElement];
    expect(source).toMatchObject({type: 'code', lang: 'markdown', meta: null, value: content});
    expect(result).toMatchObject({type: 'mdxJsxFlowElement', name: 'div'});
    // remark-mkdocs converted the box like any other on the page.
    expect(result.children[0]).toMatchObject({type: 'mdxJsxFlowElement', name: 'admonition'});
    expect(tree.children.at(-1)).toMatchObject({type: 'paragraph'});
  });

  it('gives the parsed nodes the lines and offsets of the fence content in the file', () => {
    const markdown = `# Page\n\nIntro.\n\n${example('First paragraph.\n\n- item *one*')}`;
    const {tree, file} = run(markdown);
    const text = String(file);
    const [element] = examples(tree);
    const result = element.children[1] as MdxJsxFlowElement;
    expect(result.children[0]!.position?.start).toEqual({line: 6, column: 1, offset: text.indexOf('First')});
    visit(result, (node) => {
      const {start, end} = node.position ?? {};
      if (node.type === 'text' && start?.offset !== undefined && end?.offset !== undefined) {
        expect(text.slice(start.offset, end.offset)).toBe((node as {value: string}).value);
      }
    });
  });

  it('reports remark-mkdocs warnings inside an example at the file line and column', () => {
    const markdown = `Intro.\n\n${example('Done \u00e2\u0153\u2026 here.\n\n!!! reminder\n    Unknown type.')}`;
    const {file} = run(markdown);
    // The fence opens on line 3: content lines 4 (mojibake at column 6) and 6 (type word at column 5).
    expect(places(file).sort()).toEqual(['4:6 mkdocs-mojibake', '6:5 mkdocs-box-type']);
  });

  it('applies an abbreviation defined inside an example to that example', () => {
    const {tree, file} = run(example('The CNI plugin.\n\n*[CNI]: Container Network Interface'));
    const abbreviations = nodesOfType(tree, 'mkdocsAbbreviation');
    expect(abbreviations).toHaveLength(1);
    expect(abbreviations[0]).toMatchObject({data: {hProperties: {title: 'Container Network Interface'}}});
    expect(nodesOfType(tree, 'mkdocsAbbreviationDefinition')).toEqual([]);
    expect(places(file)).toEqual([]);
  });

  it('never binds the example list to the source block as code annotations', () => {
    const {tree} = run(example('1. first\n2. second'));
    const result = examples(tree)[0]!.children[1] as MdxJsxFlowElement;
    expect(result.children[0]).toMatchObject({type: 'list', ordered: true});
    expect(nodesOfType(tree, 'mdxJsxFlowElement').map((node) => (node as MdxJsxFlowElement).name)).not.toContain('CodeAnnotations');
  });

  it('binds code annotations inside the example, as on a page', () => {
    const {tree} = run(example('```yaml\nkind: Pod # (1)!\n```\n\n1. A pod.'));
    const result = examples(tree)[0]!.children[1] as MdxJsxFlowElement;
    expect(result.children[0]).toMatchObject({type: 'mdxJsxFlowElement', name: 'CodeAnnotations'});
  });

  it('leaves an example fence in a list as code, with a warning', () => {
    const {tree, file} = run('- item\n\n  ```` { .markdown .example }\n  Text\n  ````\n');
    expect(examples(tree)).toEqual([]);
    expect(nodesOfType(tree, 'code')).toHaveLength(1);
    expect(places(file)).toEqual(['3:3 authoring-example-place']);
  });
});

describe('headings inside examples', () => {
  it('render as headings but are no `heading` nodes, so the TOC skips them; `{ #id }` is kept', () => {
    const {tree} = run(`## Page section\n\n${example('### Pod IPs { #pod-ips }\n\nText.')}`);
    expect(nodesOfType(tree, 'heading')).toHaveLength(1);
    const [heading] = nodesOfType(tree, 'authoringExampleHeading');
    expect(heading).toMatchObject({depth: 3, data: {hName: 'h3', hProperties: {id: 'pod-ips'}}});
    expect((heading as unknown as {children: Array<{value: string}>}).children[0]!.value).toBe('Pod IPs');
  });
});
