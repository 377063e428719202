import type {Code, List, Parent, Root} from 'mdast';
import {visit} from '../mdast-util/visit';
import {parseFenceInfo} from '../fence/info';
import {stripAnnotationMarkers} from './code-markers';
import {codeMarkers} from './text-markers';
import {jsxAttribute, jsxFlowElement} from '../mdast-util/jsx';
import {unboundRuns} from './unbound-items';
import {markerSites} from './sites';

/**
 * A code block whose comments hold markers bound to the ordered list right
 * after it becomes `<CodeAnnotations bound sites copy>` holding the code block
 * and one `<CodeAnnotation n>` per list item: the list is consumed, the
 * markers become buttons that open their item (the theme's job), and the
 * copied text has no markers. `all: true` is Material's `content.code.annotate`
 * feature (every block); otherwise only blocks with the class `annotate` bind.
 *
 * Items no marker points at stay visible as list items after the block, with
 * their numbers, as the HTML target shows them: Material hides them, but
 * dropping what the author wrote silently is worse (the fuzzer found them lost).
 */
export function codeAnnotationsToDocusaurus(tree: Root, all: boolean): void {
  const found: Array<{node: Code; parent: Parent; index: number}> = [];
  visit(tree, 'code', (node, index, parent) => {
    if (parent && index !== undefined) found.push({node, parent, index});
  });
  // Last first, so splicing a parent's children keeps earlier indexes valid.
  for (const {node, parent, index} of found.reverse()) {
    const list = parent.children[index + 1];
    if (list?.type !== 'list' || !list.ordered) continue;
    const info = parseFenceInfo(node.lang, node.meta);
    if (!all && !info.classes.includes('annotate')) continue;
    // Code annotations look in comment tokens only (Material's `.c`, `.c1`, `.cm`): none in plain text.
    const markers = codeMarkers(node.value, info.language).comments.filter((marker) => marker.n >= 1 && marker.n <= list.children.length);
    // Material leaves the list visible when no marker binds.
    if (markers.length === 0) continue;
    const bound = new Set(markers.map((marker) => marker.n));
    // Sample output with buttons stays text (a table has no place for them); comment markers are cut by the shell step.
    node.data = {...node.data, mkdocsAnnotationCopy: node.value};
    const element = jsxFlowElement(
      'CodeAnnotations',
      [
        jsxAttribute('bound', JSON.stringify([...bound].sort((a, b) => a - b))),
        jsxAttribute('sites', JSON.stringify(markerSites(node.value, markers))),
        jsxAttribute('copy', stripAnnotationMarkers(node.value, bound, info.language)),
      ],
      [node, ...annotationItems(list, bound)],
      node.position,
    );
    parent.children.splice(index, 2, element as never, ...unboundRuns(list, (n) => bound.has(n)));
  }
}

function annotationItems(list: List, bound: ReadonlySet<number>) {
  return list.children.flatMap((item, position) =>
    bound.has(position + 1) ? [jsxFlowElement('CodeAnnotation', [jsxAttribute('n', String(position + 1))], item.children, item.position)] : [],
  );
}
