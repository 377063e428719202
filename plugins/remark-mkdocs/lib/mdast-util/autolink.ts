import type {Link, Parent, Text} from 'mdast';

/**
 * `<https://example.com/1/2>` (and GFM's bare `https://…`, `www.…`): the link
 * text is the URL itself. Python-Markdown makes an autolink's text an
 * `AtomicString`, which no later inline pattern (emoji, smart symbols) reads.
 */
export function isAutolinkText(node: Text, parent: Parent): boolean {
  if (parent.type !== 'link' || parent.children.length !== 1) return false;
  const url = (parent as Link).url;
  return node.value === url || `mailto:${node.value}` === url || `http://${node.value}` === url;
}
