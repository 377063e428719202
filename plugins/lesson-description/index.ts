/**
 * The page description (`<meta name="description">`, link previews, search
 * results) of a lesson that has none in its front matter. Docusaurus takes
 * the first line of the raw Markdown for it, so a lesson that opens with
 * `!!! reminder "Title"` would be described as exactly that text. Here the
 * lesson is read the way the page is rendered (remark-mkdocs), and the first
 * paragraph of the lesson's own prose is the description: outside boxes first
 * (a lesson often opens with a reminder box that every lesson shares), else
 * the first in a box; titles, code and headings are skipped, icons and emoji
 * are what the page shows.
 *
 * Cost: a lesson is read from its first few hundred characters, then longer
 * heads, and whole only when no head settles it (lib/head.ts says when a head
 * is sure to agree with the whole lesson); each file is described once per
 * text, however often Docusaurus asks.
 */
import {realpathSync} from 'node:fs';
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs, {type CustomType, type MarkdownExtensionsOption} from '../remark-mkdocs';
import {firstParagraph, OUTSIDE_BOXES, paragraphText, TITLE_ELEMENTS} from './lib/first-paragraph';
import {siteCustomIcons} from '../lesson-pipeline/custom-icons';
import {descriptionInHead, lessonHeads} from './lib/head';

type CustomTypes = Readonly<Record<string, CustomType>>;
type Processor = ReturnType<typeof createProcessor>;

function createProcessor(customTypes: CustomTypes, markdownExtensions: MarkdownExtensionsOption | undefined, siteDir: string | undefined) {
  // Material's custom_icons, as the page draws them (resolved against the site folder): a shortcode the page draws adds no text.
  const customIcons = siteDir !== undefined && markdownExtensions ? siteCustomIcons(siteDir, markdownExtensions) : undefined;
  return unified()
    .use(remarkParse)
    .use(remarkMkdocs, {customTypes: {...customTypes}, ...(markdownExtensions ? {markdownExtensions} : {}), ...(customIcons ? {customIcons} : {})})
    .freeze();
}

/**
 * One processor per custom-type table and extension list (the site's, so
 * `==marked==` or `++ctrl+c++` in a first paragraph is read as the page reads
 * it): building one per lesson cost as much as a short lesson's parse.
 */
const processors = new WeakMap<CustomTypes, Map<MarkdownExtensionsOption | undefined, Map<string | undefined, Processor>>>();

function processorFor(customTypes: CustomTypes, markdownExtensions?: MarkdownExtensionsOption, siteDir?: string): Processor {
  let byExtensions = processors.get(customTypes);
  if (byExtensions === undefined) processors.set(customTypes, (byExtensions = new Map()));
  let bySite = byExtensions.get(markdownExtensions);
  if (bySite === undefined) byExtensions.set(markdownExtensions, (bySite = new Map()));
  let processor = bySite.get(siteDir);
  if (processor === undefined) bySite.set(siteDir, (processor = createProcessor(customTypes, markdownExtensions, siteDir)));
  return processor;
}

/** The lesson's tree as the page gets it, and the text its positions are in; throws what remark-mkdocs throws. */
function treeOf(processor: Processor, markdown: string): {tree: Root; parsed: string; file: VFile} {
  // A throw-away file: the build reports the lesson's problems once, from its own pipeline.
  const file = new VFile({value: markdown});
  const tree = processor.runSync(processor.parse(file), file);
  // Expanding snippets replaces the file's text: positions are in the expanded text.
  return {tree, parsed: String(file.value), file};
}

/**
 * The description for a lesson body (front matter removed), or undefined when it has no prose. `siteDir`: the
 * site folder the extensions' custom_icons folders are relative to (without it, no custom icon is known).
 */
export function lessonDescription(markdown: string, customTypes: CustomTypes = {}, markdownExtensions?: MarkdownExtensionsOption, siteDir?: string): string | undefined {
  const processor = processorFor(customTypes, markdownExtensions, siteDir);
  for (const head of lessonHeads(markdown)) {
    const found = headDescription(processor, head);
    if (found !== undefined) return found;
  }
  return wholeLessonDescription(processor, markdown);
}

/** The description the head of a lesson settles (`descriptionInHead`), or undefined: read more of the lesson. */
function headDescription(processor: Processor, head: string): string | undefined {
  try {
    const {tree, parsed, file} = treeOf(processor, head);
    // A fence the cut left open is text of the head (remark-mkdocs reads an unclosed fence as Python-Markdown does),
    // where the whole lesson may close it: read more of the lesson.
    if (file.messages.some((message) => message.ruleId === 'mkdocs-fence-unclosed')) return undefined;
    return descriptionInHead(tree, parsed);
  } catch {
    // A cut the whole lesson does not have (an unclosed construct) may throw: read more of the lesson.
    return undefined;
  }
}

/** The description read from the whole lesson: what `lessonDescription` gives, whatever its heads settle. */
function wholeLessonDescription(processor: Processor, markdown: string): string | undefined {
  try {
    const {tree} = treeOf(processor, markdown);
    const paragraph = firstParagraph(tree, OUTSIDE_BOXES) ?? firstParagraph(tree, TITLE_ELEMENTS);
    return paragraph && paragraphText(paragraph);
  } catch {
    // The build reports the lesson's own error; the description falls back to Docusaurus's.
    return undefined;
  }
}

/**
 * The two readings `lessonDescription` is made of, for tests: what a head
 * (any start of a lesson, cut at a line end) settles, and the description of
 * the lesson parsed whole, which every head that settles must agree with.
 */
export function descriptionReadings(customTypes: CustomTypes = {}, markdownExtensions?: MarkdownExtensionsOption) {
  const processor = processorFor(customTypes, markdownExtensions);
  return {
    fromHead: (head: string) => headDescription(processor, head),
    fromWhole: (markdown: string) => wholeLessonDescription(processor, markdown),
  };
}

/**
 * `lessonDescription` remembered per file until its text changes (`rememberedPerFile`).
 */
export function createLessonDescriber(
  customTypes: CustomTypes = {},
  markdownExtensions?: MarkdownExtensionsOption,
  siteDir?: string,
): (filePath: string, markdown: string) => string | undefined {
  return rememberedPerFile((markdown) => lessonDescription(markdown, customTypes, markdownExtensions, siteDir));
}

/**
 * A lesson's description, read by `describe`, remembered per file until its
 * text changes: Docusaurus parses a lesson's front matter twice per build
 * (loading the docs, then in the MDX loader), with the same text (the file as
 * read: the preprocessor runs after both). One entry per file, so a long
 * `docusaurus start` session does not grow it. Files are told apart by their
 * real path: the docs plugin names a lesson by its docs folder, the bundler
 * by the file it resolved (symlinks followed), and a docs folder reached
 * through a symlink would otherwise be described twice.
 */
export function rememberedPerFile<T>(describe: (markdown: string) => T): (filePath: string, markdown: string) => T {
  const cache = new Map<string, {markdown: string; description: T}>();
  return (filePath, markdown) => {
    const file = describedFile(filePath);
    const cached = cache.get(file);
    if (cached?.markdown === markdown) return cached.description;
    const description = describe(markdown);
    cache.set(file, {markdown, description});
    return description;
  };
}

/** The file a describer remembers a lesson under: its real path, or the path as given when it cannot be resolved (not on disk). */
export function describedFile(filePath: string): string {
  try {
    return realpathSync(filePath);
  } catch {
    return filePath;
  }
}
