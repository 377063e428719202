/**
 * remark-safe-html: lessons never run script in the reader's browser.
 * `remarkSafeHtml` turns unsafe raw HTML into visible text and drops unsafe
 * URLs and attributes, with a `mkdocs-html-unsafe` warning each;
 * `rehypeSafeHtmlGuard` fails the build if anything unsafe got past it.
 */
import type {Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {guardSafe} from './lib/rehype-guard';
import {makeSafe} from './lib/remark';

export {findUnsafeHtml} from './lib/html';
export {RULE_ID, SOURCE} from './lib/remark';
export {UNSAFE_ELEMENTS, unsafeAttribute, unsafeElement, unsafeUrl} from './lib/rules';

const remarkSafeHtml: Plugin<[], Root> = () => makeSafe;

export const rehypeSafeHtmlGuard: Plugin<[], HastRoot> = () => guardSafe;

export default remarkSafeHtml;
