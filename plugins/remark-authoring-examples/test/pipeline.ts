import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs from '../../remark-mkdocs';
import {customTypes} from '../../../src/admonitions/custom-types';
import remarkAuthoringExamples, {remarkAuthoringExampleHeadings} from '../index';

/**
 * The site's order and box types: examples, then remark-mkdocs, then the heading step
 * (remark-directive stands in for Docusaurus, which always registers it).
 */
export function run(markdown: string): {tree: Root; file: VFile} {
  const file = new VFile({value: markdown, path: 'docs/example.md'});
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkAuthoringExamples)
    .use(remarkMkdocs, {customTypes})
    .use(remarkAuthoringExampleHeadings);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {tree, file};
}

/** `line:col rule-id` of each message, for compact assertions. */
export function places(file: VFile): string[] {
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
}
