import type {Root as HastRoot} from 'hast';
import type {MdxJsxFlowElementHast, MdxJsxTextElementHast} from 'mdast-util-mdx-jsx';
import {visit} from '../../remark-mkdocs/lib/mdast-util/visit';
import type {VFile} from 'vfile';
import {RULE_ID, SOURCE} from './remark';
import {unsafeAttribute, unsafeElement} from './rules';

/**
 * The last line of defence, on the HTML tree after rehype-raw has parsed every
 * piece of raw HTML in context: if an unsafe element or attribute is still
 * there, the remark step missed a way in, and the file fails to build (a
 * lesson that runs script must never be published silently).
 *
 * It reports nothing in a correct pipeline; it exists so that a new node type
 * from another plugin cannot quietly open a hole.
 */
export function guardSafe(tree: HastRoot, file: VFile): void {
  const problems: {reason: string; line?: number}[] = [];
  visit(tree, (node) => {
    if (node.type === 'element') {
      const elementReason = unsafeElement(node.tagName, (name) => {
        const value = node.properties[name];
        return typeof value === 'string' ? value : undefined;
      });
      if (elementReason) problems.push({reason: elementReason, line: node.position?.start.line});
      for (const [key, value] of Object.entries(node.properties)) {
        if (value === null || value === undefined || typeof value === 'boolean') continue;
        const reason = unsafeAttribute(key, Array.isArray(value) ? value.join(' ') : String(value));
        if (reason) problems.push({reason, line: node.position?.start.line});
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of (node as MdxJsxFlowElementHast | MdxJsxTextElementHast).attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        const reason = unsafeAttribute(attribute.name, attribute.value);
        if (reason) problems.push({reason, line: node.position?.start.line});
      }
    }
  });
  if (problems.length === 0) return;
  const list = problems.map(({reason, line}) => `${reason}${line ? ` (line ${line})` : ''}`).join('; ');
  file.fail(`Unexpected ${list} in the page after remark-safe-html, expected none: not built (please report this gap)`, {
    ruleId: RULE_ID,
    source: SOURCE,
  });
}
