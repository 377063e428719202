/**
 * What a CommandBlock's props say is what the classifier decided: every shell
 * case of `classify/cases` as a fence through remark-mkdocs (docusaurus
 * target), its compact `commands` and `outputLines` read back as the site's
 * component reads them (src/components/ShellBlock/parse-props.ts), give the
 * case's commands (the text to paste) and its output lines.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {parseCommands, parseLineRanges} from '../../../../src/components/ShellBlock/parse-props';
import remarkMkdocs from '../../index';
import {readCase} from './classify/case-file';

const CASES = path.join(import.meta.dirname, 'classify', 'cases');

interface Expected {
  kind: string;
  commands: string[];
  roles: string[];
}

function commandBlockOf(markdown: string): Record<string, string> | undefined {
  const processor = unified().use(remarkParse).use(remarkMkdocs, {components: {CommandBlock: '@site/src/components/CommandBlock'}});
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  let found: Record<string, string> | undefined;
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'CommandBlock' || found) return;
    found = Object.fromEntries(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? [[attribute.name, attribute.value]] : [])));
  });
  return found;
}

describe('CommandBlock props read back as the classification', () => {
  // Cases with no context (a previous block, a box title, an introducing paragraph): a fence alone says it all.
  const cases = readdirSync(CASES)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({name: file.slice(0, -4), input: readCase(readFileSync(path.join(CASES, file), 'utf8'))}))
    .filter(({input}) => !input.previous && !input.after && !input.box && !input.intro && !input.value.includes('```'));

  it('covers most cases with a command block', () => {
    let blocks = 0;
    for (const {name, input} of cases) {
      const expected = JSON.parse(readFileSync(path.join(CASES, `${name}.json`), 'utf8')) as Expected | null;
      if (!expected || expected.kind === 'output') continue;
      const props = commandBlockOf(`\`\`\`${input.lang ?? ''}${input.meta ? ` ${input.meta}` : ''}\n${input.value}\n\`\`\`\n`);
      // The fence step may decide otherwise (another language's file, a plain block): not this test's subject.
      if (!props) continue;
      blocks++;
      const lines = props.code!.split('\n');
      expect(parseCommands(props.commands, lines).map((command) => command.text), name).toEqual(expected.commands);
      const output = expected.roles.flatMap((role, index) => (role.startsWith('output') ? [index] : []));
      expect(parseLineRanges(props.outputLines), name).toEqual(output);
    }
    expect(blocks).toBeGreaterThan(150);
  });
});

describe('the compact props', () => {
  it('a command is its line, its lines, or its lines and the text to paste', () => {
    const lines = ['$ kubectl get pods', 'NAME  READY', 'echo one \\', '  two'];
    expect(parseCommands('[[0,0,"kubectl get pods"],[2,3]]', lines)).toEqual([
      {text: 'kubectl get pods', firstLine: 0, lastLine: 0},
      {text: 'echo one \\\n  two', firstLine: 2, lastLine: 3},
    ]);
    expect(parseCommands('[1]', lines)).toEqual([{text: 'NAME  READY', firstLine: 1, lastLine: 1}]);
  });

  it('skips what is not a command, and reads a broken prop as none', () => {
    expect(parseCommands('[null,"x",[1],{"firstLine":0}]', ['a', 'b'])).toEqual([]);
    expect(parseCommands('[0', ['a'])).toEqual([]);
    expect(parseCommands(undefined, ['a'])).toEqual([]);
  });

  it('line ranges', () => {
    expect(parseLineRanges('1-3,5,7-8')).toEqual([1, 2, 3, 5, 7, 8]);
    expect(parseLineRanges('')).toEqual([]);
    expect(parseLineRanges(undefined)).toEqual([]);
    expect(parseLineRanges('3-1,x,2')).toEqual([2]);
  });
});
