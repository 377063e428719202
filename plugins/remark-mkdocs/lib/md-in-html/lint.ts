import type {Html, Parent, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {readMarkdownTag, type MarkdownTagResult} from './tag';
import {MAX_ELEMENT_NESTING} from './construct';
import {report} from '../messages';
import {isMkdocsHtml, type MkdocsHtml} from './from-markdown';

/**
 * The checks behind `mkdocs-html-markdown` and `mkdocs-html-unclosed`, on the
 * tree as parsed. A tag with a `markdown` attribute that the tokenizer did not
 * take is, by construction, raw HTML (a `html` node, block or inline): its
 * content stays as written, which is what MkDocs does too, so these only warn.
 */
export function lintHtmlElements(tree: Root, file: VFile): void {
  visit(tree, (node, _, parent) => {
    if (isMkdocsHtml(node)) lintUnclosed(node, file);
    else if (node.type === 'html' && parent) lintRawTag(node, parent, file);
  });
}

function lintUnclosed(node: MkdocsHtml, file: VFile): void {
  if (node.closed) return;
  report(
    file,
    'mkdocs-html-unclosed',
    `Unexpected end of the container before \`</${node.name}>\`, expected a closing tag for this \`<${node.name} markdown>\`: the element runs to the end of its container`,
    node.position,
    [node],
  );
}

/** Parents whose children are phrasing content: an `html` node there is an inline tag. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

function lintRawTag(node: Html, parent: Parent, file: VFile): void {
  // Only the tag the node starts with: a raw block's later tags are its content.
  const newline = node.value.indexOf('\n');
  const firstLine = readMarkdownTag(newline === -1 ? node.value : node.value.slice(0, newline));
  const inline = PHRASING_PARENTS.has(parent.type);
  if (firstLine === undefined && newline !== -1) {
    // An opening tag whose attributes go on over the next lines: the tokenizer reads one line only.
    const wrapped = readMarkdownTag(node.value.replace(/\r?\n/g, ' '));
    if (wrapped && (wrapped.ok || wrapped.problem !== 'no-attribute')) {
      const message = `Unexpected line break inside the opening tag \`<${wrapped.tag.name} … markdown>\`, expected the whole tag on one line: it stays raw HTML`;
      report(file, 'mkdocs-html-markdown', message, node.position, [node]);
    }
    return;
  }
  if (!firstLine || (!firstLine.ok && firstLine.problem === 'no-attribute')) return;
  report(file, 'mkdocs-html-markdown', reason(firstLine, inline), node.position, [node]);
}

function reason(result: MarkdownTagResult, inline: boolean): string {
  const tag = `<${result.tag.name}>`;
  if (result.ok && inline) {
    return `Unexpected \`<${result.tag.name} markdown>\` inside a paragraph or after other text on its line, expected the opening tag at the start of a line: it stays raw HTML and its content is not the element's`;
  }
  if (result.ok) {
    return `Unexpected \`<${result.tag.name} markdown>\` nested more than ${MAX_ELEMENT_NESTING} elements deep, expected at most ${MAX_ELEMENT_NESTING} levels: it stays raw HTML`;
  }
  switch (result.problem) {
    case 'inline-element':
      return `Unexpected \`markdown\` attribute on \`${tag}\`, an inline element, expected it on a block-level element such as \`<div>\` or \`<figure>\`: the attribute has no effect`;
    case 'raw-element':
      return `Unexpected \`markdown\` attribute on \`${tag}\`, whose content MkDocs never parses, expected it on an element such as \`<div>\`: the content stays as written`;
    case 'empty-element':
      return `Unexpected \`markdown\` attribute on \`${tag}\`, which has no content, expected it on an element with content: the attribute has no effect`;
    default:
      return `Unexpected \`markdown=${JSON.stringify(result.value ?? '')}\` on \`${tag}\`, expected \`markdown\`, \`markdown="1"\`, \`markdown="block"\` or \`markdown="span"\`: the content stays raw HTML`;
  }
}
