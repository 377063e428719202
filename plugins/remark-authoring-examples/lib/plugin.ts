import type {Code, Parent, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {Node} from 'unist';
import {visit} from '../../remark-mkdocs/lib/mdast-util/visit';
import type {VFile} from 'vfile';
import {exampleElement} from './build';
import {isExampleFence} from './example-fence';
import {SOURCE} from './messages';
import {shiftPositions, type Origin} from './shift-positions';

/**
 * remark-authoring-examples: a ```` ```` { .markdown .example } ```` fence
 * becomes `<AuthoringExample>` showing its content twice, as Markdown source
 * and rendered, so an authoring page never holds two hand-kept copies.
 *
 * The content is parsed by this same processor (every micromark extension
 * registered on it, remark-mkdocs' included), and the nodes are put where the
 * fence was. Register it before remark-mkdocs: remark-mkdocs' transforms then
 * convert the example's boxes, tabs and shell blocks like the rest of the page,
 * and its warnings point at the example's lines in the file.
 */
const remarkAuthoringExamples: Plugin<[], Root> = function () {
  // The attacher's `this` is the processor; by the time the transformer runs it is frozen, and parsing is allowed.
  const processor = this;
  return function transform(tree: Root, file: VFile): undefined {
    const found: Array<{node: Code; parent: Parent; index: number}> = [];
    visit(tree, 'code', (node, index, parent) => {
      if (parent && index !== undefined && isExampleFence(node)) found.push({node, parent, index});
    });
    for (const {node, parent, index} of found) {
      const origin = contentOrigin(node, String(file));
      if (!origin) {
        file.message(
          'Unexpected example fence inside a container or indented, expected ```` { .markdown .example } ```` at the start of a line outside lists and quotes: shown as code only',
          {place: node.position, ruleId: 'authoring-example-place', source: SOURCE},
        );
        continue;
      }
      const result = processor.parse(node.value);
      if (!isRoot(result)) continue;
      shiftPositions(result, origin);
      parent.children[index] = exampleElement(node, result);
    }
  };
};

export default remarkAuthoringExamples;

/** remark's parser always returns a root; the processor's type cannot say so. */
function isRoot(node: Node): node is Root {
  return node.type === 'root' && Array.isArray((node as Partial<Root>).children);
}

/**
 * Where the fence's content starts in the file, when the content is the file's
 * text unchanged (a fence at the start of a line, outside any container); else
 * undefined: in a list or a quote the parser strips indentation and `> `, and
 * a nested parse could no longer map its offsets back.
 */
export function contentOrigin(node: Code, text: string): Origin | undefined {
  const start = node.position?.start;
  if (start?.offset === undefined || start.column !== 1) return undefined;
  const lineEnd = text.indexOf('\n', start.offset);
  if (lineEnd === -1) return undefined;
  const offset = lineEnd + 1;
  if (text.slice(offset, offset + node.value.length) !== node.value) return undefined;
  return {line: start.line + 1, offset};
}
