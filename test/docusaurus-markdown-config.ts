import type {MarkdownConfig} from '@docusaurus/types';

/**
 * The `markdown` settings Docusaurus's `.md` processor (`createProcessorUncached`
 * of `@docusaurus/mdx-loader`) needs when a test drives it without a site:
 * Docusaurus 3's defaults, broken links only warned about.
 */
export const DOCUSAURUS_MARKDOWN_CONFIG = {
  format: 'md',
  mermaid: false,
  emoji: true,
  mdx1Compat: {comments: true, admonitions: true, headingIds: true},
  anchors: {maintainCase: false},
  hooks: {onBrokenMarkdownLinks: 'warn', onBrokenMarkdownImages: 'warn'},
} as unknown as MarkdownConfig;
