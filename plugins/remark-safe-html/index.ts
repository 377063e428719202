/**
 * remark-safe-html: lessons never run script in the reader's browser.
 * `remarkSafeHtml` turns unsafe raw HTML into visible text and drops unsafe
 * URLs and attributes, with a `mkdocs-html-unsafe` warning each;
 * `rehypeSanitizeLesson` is the allow-list sanitizer on the parsed tree (after
 * rehype-raw), so what is checked is what is rendered; `rehypeSafeHtmlGuard`
 * fails the build if anything unsafe got past both.
 */
import type {Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {guardSafe} from './lib/rehype-guard';
import {makeSafe} from './lib/remark';
import {sanitizeTree} from './lib/sanitize-tree';

export {findUnsafeHtml} from './lib/html';
export {RULE_ID, SOURCE} from './lib/remark';
export {UNSAFE_ELEMENTS, unsafeAttribute, unsafeElement, unsafeUrl} from './lib/rules';
<<<<<<< HEAD
export {STYLE_RULE_ID, standsForReadGlobal} from './lib/sanitize-tree';
=======
export {STYLE_RULE_ID} from './lib/sanitize-tree';
export {wholeSvg} from './lib/svg-file';
>>>>>>> 6701415 (Import and build Material's custom_icons (avd-workshops: :anta:{ .lg .middle } was text with a misleading attr-list warning): the import copies the SVG icons of each custom_icons folder (relative to the project root) to the same folder under workshop/icons/ (manifest, re-import unchanged) and writes those folders as the site's custom_icons; the lesson pipeline draws them inline (plugins/lesson-pipeline/custom-icons.ts), each only when the lessons' SVG allow-list keeps its whole file (wholeSvg, the imported logo's check): one it cannot keep is not copied and the report names its file. The report's lesson checks look the icons up as the build does (same function over the copies), so they predict its mkdocs-icon warnings; the report notes icons another file or an emoji name shadows. Pages depend on the icon files they name (the bundler rebuilds them, the persistent cache does not keep an old drawing); descriptions leave drawn icons out. hast-util-from-html is now a runtime dependency (it was a dev one, installed through rehype-katex). Demo workshop: custom_dir with two icons and a scripted one; e2e (import-site) reads them drawn)
export {LESSON_SCHEMA} from './lib/schema';
export {decodeCss, unsafeCss} from './lib/css';
export {dropUnsafeFrontMatter, type FrontMatterFinding} from './lib/front-matter';

/**
 * The node types rehype-raw must pass through untouched in a pipeline that
 * mirrors Docusaurus's `.md` processing (it passes exactly these).
 */
export const RAW_PASS_THROUGH = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

const remarkSafeHtml: Plugin<[], Root> = () => makeSafe;

export const rehypeSanitizeLesson: Plugin<[], HastRoot> = () => sanitizeTree;

export const rehypeSafeHtmlGuard: Plugin<[], HastRoot> = () => guardSafe;

export default remarkSafeHtml;
