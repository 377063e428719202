import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {mkdocsBoxSyntax} from './syntax';
import {mkdocsBoxFromMarkdown} from './boxes/from-markdown';
import {mkdocsAbbreviationFromMarkdown} from './abbreviation/from-markdown';
import {mkdocsHtmlFromMarkdown} from './md-in-html/from-markdown';
import {abbreviationsTransform} from './abbreviation/transform';
import {resolveOptions, type Options} from './options';
import {SOURCE} from './messages';
import {mayContain} from './may-contain';
import {lintBoxes} from './boxes/lint';
import {repairMojibakeInTree} from './mojibake/transform';
import {boxesToDocusaurus} from './boxes/to-docusaurus';
import {boxesToHtml} from './boxes/to-html';
import {tabsToDocusaurus, tabsToHtml} from './boxes/tabs';
import {shellBlocks} from './shell/transform';
import {codeAnnotationsToDocusaurus} from './annotations/code';
import {proseAnnotations} from './annotations/prose';
import {emojiShortcodes} from './emoji/transform';
import {attributeLists} from './attribute-list/transform';
import {lintHtmlElements} from './md-in-html/lint';
import {htmlElementsToElements} from './md-in-html/to-elements';
import {importUsedComponents} from './docusaurus/component-imports';

/**
 * remark-mkdocs: MkDocs-Material Markdown on remark. Registers the box syntax
 * with the parser, then runs its transforms in a fixed order: lint (on the
 * tree as parsed), mojibake repair, shell blocks (commands, sample output), then
 * the box conversion for the target.
 */
const remarkMkdocs: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const settings = resolveOptions(options);
  const data = this.data();
  (data.micromarkExtensions ??= []).push(mkdocsBoxSyntax());
  (data.fromMarkdownExtensions ??= []).push(mkdocsBoxFromMarkdown(), mkdocsAbbreviationFromMarkdown(), mkdocsHtmlFromMarkdown());

  return function transform(tree: Root, file: VFile): undefined {
    // Each step walks the whole tree; a lesson that cannot contain what a step
    // looks for (the cheap source checks in `may-contain.ts`) skips the walk.
    const may = mayContain(String(file));
    if (may.boxes) lintBoxes(tree, file, settings);
    if (may.markdownAttributes) lintHtmlElements(tree, file);
    if (may.mojibake) repairMojibakeInTree(tree, file, settings.repairMojibake);
    // Emoji first, so `:icon:{ .x }` finds its icon; attribute lists before
    // annotations, so `{ .annotate }` on a paragraph is already applied.
    if (may.shortcodes) emojiShortcodes(tree, file);
    if (may.attributeLists) attributeLists(tree, file, {infimaButtons: settings.target === 'docusaurus'});
    // After the other inline syntax has taken its text, as Python-Markdown's abbr runs last.
    if (may.abbreviations) abbreviationsTransform(tree, file);
    if (settings.target === 'docusaurus') codeAnnotationsToDocusaurus(tree, settings.annotateAllCode);
    // After the code annotations (their notes are not prose), before boxes and md_in_html are converted.
    if (may.annotate) proseAnnotations(tree, file, settings.target === 'docusaurus');
    shellBlocks(tree, file, settings.target === 'docusaurus');
    // `<div markdown>` → the element itself (both targets), after the steps that
    // read its classes (annotations in prose look for `annotate`).
    if (may.markdownAttributes) htmlElementsToElements(tree, file, settings.target === 'docusaurus');
    if (may.boxes && settings.target === 'html') {
      tabsToHtml(tree);
      boxesToHtml(tree);
    } else if (may.boxes) {
      tabsToDocusaurus(tree);
      boxesToDocusaurus(tree, settings);
    }
    // Last: only now is every component the page uses in the tree.
    if (settings.target === 'docusaurus' && settings.components.size > 0) importUsedComponents(tree, settings.components);
    if (settings.strict) failOnMessages(file);
  };
};

export default remarkMkdocs;

/** `strict: true`: every problem found is a build error, all of them listed at once. */
function failOnMessages(file: VFile): void {
  const ours = file.messages.filter((message) => message.source === SOURCE);
  if (ours.length === 0) return;
  const list = ours.map((message) => `  ${message.line ?? 1}:${message.column ?? 1}  ${message.reason}  ${message.ruleId}`);
  file.fail(`${ours.length} MkDocs Markdown problem${ours.length === 1 ? '' : 's'} (strict mode):\n${list.join('\n')}`, {
    place: ours[0]!.place,
    ruleId: ours[0]!.ruleId,
    source: SOURCE,
  });
}
