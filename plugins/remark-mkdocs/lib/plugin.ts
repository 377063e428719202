import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {resolveOptions, type Options} from './options';
import {SOURCE} from './messages';
import {mayContain} from './may-contain';
import {mkdocsSyntax} from './syntax';
// One import line per extension folder: its mdast glue, then its steps.
import {mkdocsBoxFromMarkdown} from './boxes/from-markdown';
import {mkdocsBoxToMarkdown} from './boxes/to-markdown';
import {lintBoxes} from './boxes/lint';
import {tabsToDocusaurus, tabsToHtml} from './boxes/tabs';
import {boxesToDocusaurus} from './boxes/to-docusaurus';
import {boxesToHtml} from './boxes/to-html';
import {mkdocsAbbreviationFromMarkdown} from './abbreviation/from-markdown';
import {mkdocsAbbreviationToMarkdown} from './abbreviation/to-markdown';
import {abbreviationsTransform} from './abbreviation/transform';
import {mkdocsHtmlFromMarkdown} from './md-in-html/from-markdown';
import {mkdocsHtmlToMarkdown} from './md-in-html/to-markdown';
import {lintHtmlElements} from './md-in-html/lint';
import {htmlElementsToElements} from './md-in-html/to-elements';
import {repairMojibakeInTree} from './mojibake/transform';
import {emojiShortcodes} from './emoji/transform';
import {attributeLists} from './attribute-list/transform';
import {codeAnnotationsToDocusaurus} from './annotations/code';
import {proseAnnotations} from './annotations/prose';
import {fencedCode} from './fence/transform';
import {importUsedComponents} from './docusaurus/component-imports';

/**
 * remark-mkdocs: MkDocs-Material Markdown on remark.
 *
 * Syntax: the micromark constructs of boxes (admonition, details, tabs),
 * abbreviation definitions and md_in_html (`syntax.ts`), with their
 * from-markdown and to-markdown glue, so remark-parse builds our nodes and
 * remark-stringify writes them back. Everything else MkDocs adds (attribute
 * lists, emoji and icons, annotations, mojibake) is read from the tree's text
 * afterwards, as Python-Markdown's inline and tree processors do.
 *
 * Then the steps, in this order.
 */
const remarkMkdocs: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const settings = resolveOptions(options);
  const docusaurus = settings.target === 'docusaurus';
  const data = this.data();
  (data.micromarkExtensions ??= []).push(mkdocsSyntax(settings.extensions));
  (data.fromMarkdownExtensions ??= []).push(mkdocsBoxFromMarkdown(), mkdocsAbbreviationFromMarkdown(), mkdocsHtmlFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(mkdocsBoxToMarkdown(), mkdocsAbbreviationToMarkdown(), mkdocsHtmlToMarkdown());

  return function transform(tree: Root, file: VFile): undefined {
    // Each step walks the whole tree; a lesson that cannot contain what a step
    // looks for (the cheap source checks in `may-contain.ts`) skips the walk.
    const may = mayContain(String(file));
    // 1. Lint the tree as parsed: lines that look like our syntax but are not.
    if (may.boxes) lintBoxes(tree, file, settings);
    if (may.markdownAttributes) lintHtmlElements(tree, file);
    // 2. Text: mojibake first, so later steps read the repaired words.
    if (may.mojibake) repairMojibakeInTree(tree, file, settings.repairMojibake);
    // Emoji before attribute lists, so `:icon:{ .x }` finds its icon.
    if (may.shortcodes) emojiShortcodes(tree, file);
    // Attribute lists before annotations, so `{ .annotate }` on a paragraph is already applied.
    if (may.attributeLists) attributeLists(tree, file, {infimaButtons: docusaurus});
    // After the other inline syntax has taken its text, as Python-Markdown's abbr runs last.
    if (may.abbreviations) abbreviationsTransform(tree, file);
    // 3. Annotations: code first (their notes are not prose), then prose,
    // both before boxes and md_in_html elements are converted (they read their classes).
    if (docusaurus) codeAnnotationsToDocusaurus(tree, settings.annotateAllCode);
    if (may.annotate) proseAnnotations(tree, file, docusaurus);
    // 4. Fenced code: fence attributes, commands and sample output.
    fencedCode(tree, file, docusaurus);
    // 5. Conversion for the target: `<div markdown>` → the element (both targets), then tabs and boxes.
    if (may.markdownAttributes) htmlElementsToElements(tree, file, docusaurus);
    if (may.boxes && !docusaurus) {
      tabsToHtml(tree);
      boxesToHtml(tree);
    } else if (may.boxes) {
      tabsToDocusaurus(tree);
      boxesToDocusaurus(tree, settings);
    }
    // 6. Last: only now is every component the page uses in the tree.
    if (docusaurus && settings.components.size > 0) importUsedComponents(tree, settings.components);
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
