import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {docusaurusFrontMatter, type FrontMatterOptions} from './front-matter';
import {preparedLesson} from './preprocess';
import {readMkdocsMeta, type MetaExtensionLines, type MkdocsMeta} from './read';
import {RULE_ID as UNSAFE_RULE_ID} from '../../remark-safe-html';

export const RULE_ID = 'mkdocs-meta';
const SOURCE = 'mkdocs-front-matter';

/**
 * Keys MkDocs, Material and its common plugins read from page metadata. A
 * MultiMarkdown line with any other key is most likely prose that MkDocs
 * happens to hide (`Note: …` as a lesson's first line): it is hidden here too,
 * with a warning.
 */
const KNOWN_KEYS = new Set([
  'title', 'description', 'template', 'tags', 'hide', 'search', 'status', 'icon', 'subtitle', 'authors', 'author',
  'date', 'summary', 'keywords', 'robots', 'comments', 'social', 'render_macros', 'slug', 'categories', 'links',
  'readtime', 'draft', 'pin', 'layout', 'edit_url', 'toc_depth', 'disqus', 'nav_title', 'id',
]);

export interface Options extends FrontMatterOptions {
  /** The site folder (Docusaurus's front matter schema is read from its packages). */
  siteDir: string;
}

/**
 * Reports what happened to a lesson's metadata when it was read as MkDocs
 * reads it (`prepareLesson`, Docusaurus's `markdown.preprocessor`): hidden
 * `Key: value` lines that do not look like metadata, a `---` block of invalid
 * YAML shown as content, values Docusaurus cannot use. Nothing is dropped
 * without a word, but the tags of a page of a workshop without Material's tags
 * plugin (`tags: false`), which Material does not show either. Runs before
 * Docusaurus's defaults; changes no node.
 */
const remarkMkdocsFrontMatter: Plugin<[Options], Root> = function (options) {
  return function (_tree, file) {
    // An `.mdx` lesson is not prepared (Docusaurus reads its front matter): only its YAML is checked.
    const mdx = file.path?.endsWith('.mdx') ? readMkdocsMeta(String(file.value)) : undefined;
    const prepared = preparedLesson(file.path, String(file.value));
    const meta = prepared?.meta ?? (mdx?.kind === 'yaml' ? mdx : undefined);
    // Docusaurus reads an `.mdx` lesson's tags as they are (parseMkdocsFrontMatter leaves the file to it).
    if (meta) report(meta, prepared?.metaExtension, file, mdx ? {siteDir: options.siteDir} : options);
  };
};

export default remarkMkdocsFrontMatter;

function report(meta: MkdocsMeta, extension: MetaExtensionLines | undefined, file: VFile, {siteDir, ...options}: Options): void {
  const warn = (reason: string, line: number, ruleId: string = RULE_ID) => {
    const message = file.message(reason, {place: {line, column: 1}, ruleId, source: SOURCE});
    // Messages are reported, never thrown: V8's stack trace per message is wasted work.
    message.stack = '';
  };
  for (const {reason, line} of hiddenMetadataLines(meta, extension)) warn(reason, line);
  if (meta.kind === 'yaml-content' && meta.error !== undefined) warn(invalidYamlMessage(meta, meta.error, extension), meta.errorLine ?? 1);
  if (meta.kind === 'yaml' || meta.kind === 'multimarkdown') {
    const {dropped} = docusaurusFrontMatter(meta, siteDir, options);
    for (const {key, problem, unsafe} of dropped) {
      if (unsafe) {
        warn(`Unexpected ${problem} in front matter \`${key}\`, expected an http(s) or relative URL: ignored`, keyLine(meta, key), UNSAFE_RULE_ID);
        continue;
      }
      warn(`Unexpected front matter \`${key}\` that Docusaurus cannot use (${problem}), expected a value of the type Docusaurus documents for \`${key}\`: left out of the page's metadata`, keyLine(meta, key));
    }
  }
}

/**
 * MultiMarkdown `Key: value` lines at the top of a page whose key is not one
 * MkDocs or its plugins read: most likely prose MkDocs hides (`Note: …`, a
 * URL on the first line). Shared with the import report (`mkdocs-meta`).
 */
export function hiddenMetadataLines(meta: MkdocsMeta, extension?: MetaExtensionLines): Array<{reason: string; line: number}> {
  const mkdocs =
    meta.kind !== 'multimarkdown'
      ? []
      : meta.keyLines
          .filter(({key}) => !KNOWN_KEYS.has(key))
          .map(({key, line, text}) => ({
            reason: `Unexpected line \`${truncate(text.trim())}\` at the top of the page, read as page metadata \`${key}\` (MkDocs reads leading \`Key: value\` lines as metadata), expected a known key such as \`title\`, or a blank line or other text before it: hidden, as in MkDocs`,
            line,
          }));
  // The `meta` extension's metadata is read by nothing (MkDocs and Material read their own): every such line is lost
  // text; those of a `---` block it takes whole are said once, by the block's warning (`invalidYamlMessage`).
  const whole = takesWholeBlock(meta, extension);
  const byExtension = (extension?.keyLines ?? []).filter(({line}) => !(whole && meta.kind === 'yaml-content' && meta.lines.includes(line))).map(({key, line, text}) => ({
    reason: `Unexpected line \`${truncate(text.trim())}\` at the top of the page's content, read as metadata \`${key}\` by the \`meta\` Markdown extension (which takes leading \`Key: value\` lines, and which nothing shows or uses), expected a blank line or other text before it: hidden, as in MkDocs`,
    line,
  }));
  return [...mkdocs, ...byExtension];
}

/** Whether the `meta` extension takes a `---` block of content whole (its lines `Key: value` lines): nothing of it shows. */
function takesWholeBlock(meta: MkdocsMeta, extension: MetaExtensionLines | undefined): boolean {
  return meta.kind === 'yaml-content' && extension !== undefined && meta.lines.every((line) => extension.lines.includes(line));
}

/** The warning on a `---` block of invalid YAML (shared with the import report). */
export function invalidYamlMessage(meta: MkdocsMeta, error: string, extension: MetaExtensionLines | undefined): string {
  const shown = takesWholeBlock(meta, extension)
    ? 'hidden, as in MkDocs: the `meta` Markdown extension takes its `key: value` lines for its own metadata, which nothing shows or uses'
    : extension?.lines.includes(1)
      ? 'shown as content, as in MkDocs, less its first line `---`, which the `meta` Markdown extension takes'
      : 'shown as content, as in MkDocs';
  return `Unexpected invalid YAML in the \`---\` block at the top of the page (${error}), expected a YAML mapping of \`key: value\` lines: ${shown}`;
}

function keyLine(meta: Extract<MkdocsMeta, {kind: 'yaml' | 'multimarkdown'}>, key: string): number {
  return meta.keyLines.find((entry) => entry.key === key)?.line ?? meta.lines[0];
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
