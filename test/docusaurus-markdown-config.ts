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

type ProcessorOptions = Parameters<typeof import('@docusaurus/mdx-loader/lib/processor.js').createProcessorUncached>[0]['options'];

/**
 * Compiles `markdown` as the page `docs/lesson.md` of `siteDir` with Docusaurus's `.md` processor and these
 * plugins (and admonition settings), returning the page module's JavaScript.
 */
export async function compileDocusaurusMd(
  markdown: string,
  siteDir: string,
  plugins: Pick<ProcessorOptions, 'beforeDefaultRemarkPlugins' | 'remarkPlugins' | 'rehypePlugins'> & {admonitions?: ProcessorOptions['admonitions']},
  compilerName: 'client' | 'server' = 'server',
): Promise<string> {
  const {createProcessorUncached} = await import('@docusaurus/mdx-loader/lib/processor.js');
  const processor = await createProcessorUncached({
    format: 'md',
    options: {siteDir, staticDirs: [], markdownConfig: DOCUSAURUS_MARKDOWN_CONFIG, admonitions: true, ...plugins},
  });
  const result = await processor.process({content: markdown, filePath: `${siteDir}/docs/lesson.md`, frontMatter: {}, compilerName});
  return result.content;
}
