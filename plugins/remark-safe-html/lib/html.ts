import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {UNSAFE_ELEMENTS, unsafeAttribute, unsafeElement} from './rules';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * What is unsafe in one piece of raw HTML (a Markdown `html` node), each as a
 * sentence fragment (`element \`script\``, `event-handler attribute \`onerror\``).
 * Empty when the HTML is safe.
 *
 * The HTML is parsed the way the browser (and rehype-raw) will parse it, with
 * parse5, so `<img/src=x/onerror=…>` and unquoted or entity-encoded values are
 * read exactly as they will run. A lone end tag (CommonMark makes
 * `</script>` its own inline node) is not an element to parse5, so it is
 * checked by name.
 */
export function findUnsafeHtml(html: string): string[] {
  const findings: string[] = [];
  const endTag = /^<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>$/.exec(html.trim());
  if (endTag) {
    const name = endTag[1].toLowerCase();
    if (UNSAFE_ELEMENTS.has(name)) findings.push(`end tag \`</${name}>\``);
    return findings;
  }
  walk(parseFragment(html), findings);
  return findings;
}

function walk(parent: ParentNode, findings: string[]): void {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue;
    const element = node as Element;
    const elementReason = unsafeElement(element.tagName, (name) => element.attrs.find((a) => !a.prefix && a.name === name)?.value);
    if (elementReason) findings.push(elementReason);
    for (const attribute of element.attrs) {
      const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
      const reason = unsafeAttribute(name, attribute.value);
      if (reason) findings.push(reason);
    }
    walk(element, findings);
    // `<template>` keeps its children in a separate fragment; React renders them all the same.
    if ('content' in element) walk((element as DefaultTreeAdapterMap['template']).content, findings);
  }
}
