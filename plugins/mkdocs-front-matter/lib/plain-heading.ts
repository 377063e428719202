/**
 * Heading text as a page title or nav label: icon and emoji shortcodes, attribute lists,
 * inline Markdown markers and HTML tags removed (MkDocs uses the rendered
 * heading's text, where icons are SVG and have none). Text-level on purpose:
 * titles are read from the page's text before it is parsed, as Docusaurus reads
 * its own (`parseMarkdownContentTitle`).
 */
export function plainHeading(text: string): string {
  return text
    .replace(/\s+#+\s*$/, '')
    .replace(/\s*\{:?[^{}]*\}\s*$/, '')
    .replace(/:[a-z0-9_+-]+:/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/\*(\S(?:.*?\S)?)\*/g, '$1')
    .replace(/(^|\W)_(\S(?:.*?\S)?)_(?=\W|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
