/**
 * The remark plugin's own checks on one imported lesson (and the site's HTML
 * check's), as report findings: the constructs the site renders differently or
 * not at all (an undeclared box type, an unknown icon, a misplaced attribute
 * list, raw HTML that would run script, …), at the line and
 * column the build's warning will name, with the same rule id. So the import
 * report lists everything the build will warn about, before the first build.
 * Pure: text in, findings out.
 */
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import remarkMkdocs, {type CustomType} from '../../plugins/remark-mkdocs';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import remarkSafeHtml, {RAW_PASS_THROUGH, rehypeSanitizeLesson} from '../../plugins/remark-safe-html';
import {finding, type Finding} from './report';

export function lessonFindings(file: string, text: string, customTypes: Readonly<Record<string, CustomType>>): Finding[] {
  const vfile = new VFile({path: file, value: text});
  // The plugins of docusaurus.config.ts that report on lessons, with the site's
  // target and options, so the messages are the build's.
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target: 'docusaurus', customTypes: {...customTypes}}).use(remarkSafeHtml)
    // Then, as the site's build does, the raw HTML parsed in context and the tree sanitizer's findings.
    .use(remarkRehype, {allowDangerousHtml: true, passThrough: [...RAW_PASS_THROUGH]})
    .use(rehypeRaw, {passThrough: [...RAW_PASS_THROUGH]})
    .use(rehypeSanitizeLesson);
  try {
    processor.runSync(processor.parse(vfile), vfile);
  } catch (error) {
    return [finding('error', `the remark plugin fails on this lesson: ${(error as Error).message}: the Docusaurus build fails too`, file)];
  }
  return vfile.messages.map((message) =>
    finding('warning', message.reason.replace(/\s*\n\s*/g, ' '), file, message.line ?? 1, {
      column: message.column ?? 1,
      ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    }),
  );
}
