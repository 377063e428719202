/**
 * The remark plugin's own checks on one imported lesson (and the site's HTML
 * check's), as report findings: the constructs the site renders differently or
 * not at all (an undeclared box type, an unknown icon, a misplaced attribute
 * list, raw HTML that would run script, …), at the line and
 * column the build's warning will name, with the same rule id. So the import
 * report lists everything the build will warn about, before the first build.
 * Pure: text in, findings out.
 */
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs, {MATERIAL_MARKDOWN_EXTENSIONS, type CustomIcons, type CustomType, type MarkdownExtensionsOption} from '../../plugins/remark-mkdocs';
import {siteFeatures} from '../../plugins/lesson-pipeline/markdown-extensions';
import {rehypeKatex} from '../../plugins/lesson-pipeline/math';
import {warningsOf, type LessonWarning} from '../../plugins/lesson-warnings/lib/format';
import {brokenAnchorWarnings, rehypeLessonAnchors, type LessonAnchors} from '../../plugins/lesson-warnings/lib/anchors';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import remarkSafeHtml, {RAW_PASS_THROUGH, rehypeSanitizeLesson, standsForReadGlobal} from '../../plugins/remark-safe-html';
import {finding, type Finding} from './report';

/** How the site will read the lesson: the workshop's extensions, and where its project is (for includes). */
export interface LessonCheckSettings {
  /** The workshop's `markdown_extensions` (what `workshop/markdown-extensions.json` gives the site); default Material's set. */
  markdownExtensions?: MarkdownExtensionsOption;
  /** The project's folder: `file` is relative to it, and pymdownx.snippets' base paths are resolved against it. */
  projectDir?: string;
  /** The mkdocs-include-markdown-plugin's options, when the workshop uses it (its directives read from the project). */
  includeMarkdown?: Record<string, unknown>;
  /** The icons of Material's custom_icons the site will draw (the import's copies, as the build looks them up). */
  customIcons?: CustomIcons;
  /** Given the lesson's ids and links with a fragment, for the check across lessons (`anchorFindings`). */
  onAnchors?: (anchors: LessonAnchors) => void;
}

export function lessonFindings(file: string, text: string, customTypes: Readonly<Record<string, CustomType>>, settings: LessonCheckSettings = {}): Finding[] {
  const {projectDir} = settings;
  let extensions = settings.markdownExtensions;
  // Includes are read from the project's files on disk: without the folder, they stay text (and say nothing).
  if (extensions && !projectDir && 'pymdownx.snippets' in extensions) {
    const {['pymdownx.snippets']: _snippets, ...others} = extensions as Record<string, unknown>;
    extensions = others as MarkdownExtensionsOption;
  }
  const vfile = new VFile(projectDir ? {path: path.join(projectDir, file), cwd: projectDir, value: text} : {path: file, value: text});
  // The plugins of docusaurus.config.ts that report on lessons, with the site's
  // target and options, so the messages are the build's.
  const processor = unified()
    .use(remarkParse)
    .use(remarkMkdocs, {
      target: 'docusaurus',
      customTypes: {...customTypes},
      ...(extensions ? {markdownExtensions: extensions} : {}),
      // Included from the project's files, as the site includes them from its copy.
      ...(settings.includeMarkdown && projectDir ? {includeMarkdown: settings.includeMarkdown} : {}),
      ...(settings.customIcons ? {customIcons: settings.customIcons} : {}),
      // As the site's pipeline: a heading the sanitizer would strip of its id (`process`) gets the next free one.
      reservedIds: standsForReadGlobal,
    })
    // Docusaurus's parser extensions after the lesson plugins, as its loader adds them: GFM's footnotes and strikethrough
    // (without it every footnote reference was reported as undefined, which the build does not say).
    .use(remarkGfm)
    .use(remarkSafeHtml)
    // Then, as the site's build does, the raw HTML parsed in context and the tree sanitizer's findings.
    .use(remarkRehype, {allowDangerousHtml: true, passThrough: [...RAW_PASS_THROUGH]})
    .use(rehypeRaw, {passThrough: [...RAW_PASS_THROUGH]})
    // Math KaTeX cannot render (`\begin{eqnarray*}`), at its place, as the site renders it (with arithmatex).
    .use(siteFeatures(extensions ?? MATERIAL_MARKDOWN_EXTENSIONS).math ? [rehypeKatex] : [])
    .use(rehypeSanitizeLesson)
    .use(rehypeLessonAnchors, {siteDir: projectDir ?? vfile.cwd});
  try {
    processor.runSync(processor.parse(vfile), vfile);
  } catch (error) {
    return [finding('error', `the remark plugin fails on this lesson: ${(error as Error).message}: the Docusaurus build fails too`, file)];
  }
  if (vfile.data.lessonAnchors) settings.onAnchors?.(vfile.data.lessonAnchors);
  // At the places the build names: a warning about an included file's text at that file's line.
  return warningsOf(vfile, projectDir ?? vfile.cwd).map((warning) => warningFinding(file, warning));
}

function warningFinding(file: string, warning: LessonWarning): Finding {
  return finding('warning', warning.includedAt ? `${warning.reason} (included at ${warning.includedAt})` : warning.reason, warning.file ?? file, warning.line, {
    column: warning.column,
    ...(warning.ruleId ? {ruleId: warning.ruleId} : {}),
  });
}

/**
 * Links to an id their lesson does not have, across the imported lessons, as the build will report them
 * (`mkdocs-link-anchor`): `file` is each lesson's path as the report shows it (relative to `projectDir`), `url` the
 * page's MkDocs URL (links written as URLs, `../setup/#install`, resolve against it).
 */
export function anchorFindings(lessons: ReadonlyArray<{file: string; url?: string; anchors: LessonAnchors}>, projectDir: string): Finding[] {
  const broken = brokenAnchorWarnings(
    lessons.map(({file, url, anchors}) => ({file, anchors, ...(url === undefined ? {} : {permalink: url})})),
    projectDir,
  );
  return [...broken].flatMap(([file, warnings]) => warnings.map((warning) => warningFinding(file, warning)));
}
