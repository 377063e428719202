import type {Parent, RootContent, Text} from 'mdast';
import type {TextDirective} from 'mdast-util-directive';

/**
 * Docusaurus parses lessons with remark-directive, which reads `:word` as a
 * text directive wherever a colon is not right after another colon. MkDocs
 * has no such syntax, so inside an emoji shortcode (`:tada:done`) or an
 * attribute list (`{ title="Note:x" }`) the directive is an accident. These
 * helpers turn such a directive back into the text it was written as.
 */

/** Replace the directive at `index` by its source text and merge it with the text around it. */
export function directiveToText(parent: Parent, index: number, source: string): void {
  const node = parent.children[index] as TextDirective;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
  const text: Text = {type: 'text', value, position: node.position};
  parent.children[index] = text;
  mergeAround(parent, index);
}

/** Whether `right` starts where `left` ends (true when either has no position). */
export function adjacent(left: RootContent, right: RootContent): boolean {
  const end = left.position?.end.offset;
  const start = right.position?.start.offset;
  return end === undefined || start === undefined || end === start;
}

/** Merge the text at `index` with plain text right before and after it. */
function mergeAround(parent: Parent, index: number): void {
  let at = index;
  const before = parent.children[at - 1];
  if (isMergeable(before)) {
    joinInto(before, parent.children[at] as Text);
    parent.children.splice(at, 1);
    at--;
  }
  const after = parent.children[at + 1];
  if (isMergeable(after)) {
    joinInto(parent.children[at] as Text, after);
    parent.children.splice(at + 1, 1);
  }
}

function joinInto(left: Text, right: Text): void {
  left.value += right.value;
  if (left.position && right.position) left.position = {start: left.position.start, end: right.position.end};
}

function isMergeable(node: RootContent | undefined): node is Text {
  return node !== undefined && node.type === 'text' && node.data?.mkdocsIcon === undefined;
}
