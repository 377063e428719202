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
export {STYLE_RULE_ID, standsForReadGlobal} from './lib/sanitize-tree';
export {wholeSvg} from './lib/svg-file';
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
