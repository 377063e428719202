import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {resolveOptions, type Options} from './options';
import {SOURCE} from './messages';
import {magiclinkUrlEnds, unparseableUrls} from './magiclink/transform';
import {mayContain} from './may-contain';
import {mkdocsSyntax} from './syntax';
// One import line per extension folder: its mdast glue, then its steps.
import {mkdocsBoxFromMarkdown} from './boxes/from-markdown';
import {mkdocsBoxToMarkdown} from './boxes/to-markdown';
import {lintBoxes} from './boxes/lint';
import {blockSettings} from './blocks/settings';
import {mkdocsBlockFromMarkdown} from './blocks/from-markdown';
import {mkdocsBlockToMarkdown} from './blocks/to-markdown';
import {blocksToNodes} from './blocks/to-nodes';
import {lintTabLabels, tabsToDocusaurus, tabsToHtml} from './boxes/tabs';
import {boxesToDocusaurus} from './boxes/to-docusaurus';
import {boxesToHtml} from './boxes/to-html';
import {mkdocsAbbreviationFromMarkdown} from './abbreviation/from-markdown';
import {mkdocsAbbreviationToMarkdown} from './abbreviation/to-markdown';
import {abbreviationsTransform} from './abbreviation/transform';
import {mkdocsHtmlFromMarkdown} from './md-in-html/from-markdown';
import {mkdocsHtmlToMarkdown} from './md-in-html/to-markdown';
import {lintHtmlElements} from './md-in-html/lint';
import {htmlElementsToElements} from './md-in-html/to-elements';
import {mkdocsDefListFromMarkdown} from './def-list/from-markdown';
import {mkdocsDefListToMarkdown} from './def-list/to-markdown';
import {lintDefinitionLists} from './def-list/lint';
import {mkdocsTableFromMarkdown} from './tables/from-markdown';
import {mkdocsTableToMarkdown} from './tables/to-markdown';
import {tableAlignmentToHtml} from './tables/transform';
import {lintTables} from './tables/lint';
import {definitionListsToElements} from './def-list/transform';
import {footnoteOptions} from './footnotes/options';
import {footnotesTransform} from './footnotes/transform';
import {repairMojibakeInTree} from './mojibake/transform';
import {emojiShortcodes} from './emoji/transform';
import {attributeLists} from './attribute-list/transform';
import {mkdocsHeadingIds, slugify, tocSlugify} from './docusaurus/heading-ids';
import {codeAnnotationsToDocusaurus} from './annotations/code';
import {proseAnnotations} from './annotations/prose';
import {fencedCode, withoutLeadingBlankLines, type FenceDefaults} from './fence/transform';
import {closeFences, fenceLinesFromMarkdown} from './fence/closed-fence';
import {lintUnreadFenceHeaders} from './fence/unread-header';
import {splitHtmlFences, splitParagraphFences} from './fence/paragraph-fences';
import {mergeAdjacentBlockquotes} from './blockquotes/merge';
import {importUsedComponents} from './docusaurus/component-imports';
import {mkdocsKeysFromMarkdown} from './keys/from-markdown';
import {mkdocsKeysToMarkdown} from './keys/to-markdown';
import {keysOptions} from './keys/grammar';
import {keysTransform} from './keys/transform';
import {mkdocsFormatFromMarkdown} from './marks/from-markdown';
import {mkdocsFormatToMarkdown} from './marks/to-markdown';
import {formatProcessors} from './marks/processors';
import {mkdocsCriticFromMarkdown} from './critic/from-markdown';
import {mkdocsCriticToMarkdown} from './critic/to-markdown';
import {applyCriticMode, criticMode} from './critic/transform';
import {lintCritic} from './critic/lint';
import {criticBlocks} from './critic/blocks';
import {enabledSymbols} from './smartsymbols/grammar';
import {smartSymbols} from './smartsymbols/transform';
import {tasklistOptions, tasklists} from './tasklist/transform';
import {inlineHilite, inlineHiliteOptions} from './inlinehilite/transform';
import {arithmatexSettings} from './arithmatex/grammar';
import {arithmatexFromMarkdown} from './arithmatex/from-markdown';
import {arithmatexToMarkdown} from './arithmatex/to-markdown';
import {mathToTarget} from './arithmatex/transform';
import {customFences, customFencesToTarget} from './fence/custom-fences';
import {expandSnippetsBeforeParsing, reportSnippetProblems} from './snippets/parse';
import {fragmentParser} from './mdast-util/fragment-parser';
import {mayHaveLazyListLines, mayHaveWideListMarkers, nestIndentedBlocksInLists} from './lists/indented-blocks';
import {nestLazyFencesInLists} from './lists/lazy-fences';
import {mergeAdjacentLists} from './lists/merge';
import {pythonMarkdownSetextHeadings} from './headings/setext';

/**
 * remark-mkdocs: MkDocs-Material Markdown on remark.
 *
 * Syntax: the micromark constructs of boxes (admonition, details, tabs),
 * abbreviation definitions, md_in_html and, when enabled, critic marks
 * (`syntax.ts`), with their from-markdown and to-markdown glue, so
 * remark-parse builds our nodes and remark-stringify writes them back.
 * Everything else MkDocs adds (attribute lists, emoji and icons, annotations,
 * mojibake, smart symbols, task lists, inline hilite) is read from the tree
 * afterwards, as Python-Markdown's inline and tree processors do.
 *
 * Then the steps, in this order.
 */
const remarkMkdocs: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const settings = resolveOptions(options);
  const docusaurus = settings.target === 'docusaurus';
  const data = this.data();
  (data.micromarkExtensions ??= []).push(mkdocsSyntax(settings.extensions));
  (data.fromMarkdownExtensions ??= []).push(mkdocsBoxFromMarkdown(), mkdocsAbbreviationFromMarkdown(), mkdocsHtmlFromMarkdown(), mkdocsTableFromMarkdown(), fenceLinesFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(mkdocsBoxToMarkdown(), mkdocsAbbreviationToMarkdown(), mkdocsHtmlToMarkdown(), mkdocsTableToMarkdown());
  const defLists = settings.extensions.has('def_list');
  const footnotes = settings.extensions.has('footnotes');
  const footnoteSettings = footnotes ? footnoteOptions(settings.extensions.options('footnotes')) : undefined;
  if (defLists) {
    data.fromMarkdownExtensions.push(mkdocsDefListFromMarkdown());
    data.toMarkdownExtensions.push(mkdocsDefListToMarkdown());
  }
  // The inline constructs of pymdownx, only when the workshop enables them (their escapes would change other text).
  const keys = settings.extensions.has('pymdownx.keys') ? keysOptions(settings.extensions.options('pymdownx.keys')) : undefined;
  if (keys) {
    data.fromMarkdownExtensions.push(mkdocsKeysFromMarkdown());
    data.toMarkdownExtensions.push(mkdocsKeysToMarkdown());
  }
  const formatCharacters = formatProcessors(settings.extensions).map((processor) => processor.character);
  if (formatCharacters.length > 0) {
    data.fromMarkdownExtensions.push(mkdocsFormatFromMarkdown());
    data.toMarkdownExtensions.push(mkdocsFormatToMarkdown(formatCharacters));
  }
  const {extensions} = settings;
  // pymdownx.blocks (`/// name`), only when a blocks extension is listed.
  const blocks = blockSettings(extensions);
  if (blocks) {
    data.fromMarkdownExtensions.push(mkdocsBlockFromMarkdown());
    data.toMarkdownExtensions.push(mkdocsBlockToMarkdown());
  }
  if (extensions.has('pymdownx.critic')) {
    data.fromMarkdownExtensions.push(mkdocsCriticFromMarkdown());
    data.toMarkdownExtensions.push(mkdocsCriticToMarkdown());
  }
  const symbols = extensions.has('pymdownx.smartsymbols') ? enabledSymbols(extensions.options('pymdownx.smartsymbols')) : undefined;
  const tasks = extensions.has('pymdownx.tasklist') ? tasklistOptions(extensions.options('pymdownx.tasklist'), docusaurus) : undefined;
  const hilite = extensions.has('pymdownx.inlinehilite') ? inlineHiliteOptions(extensions.options('pymdownx.inlinehilite'), extensions.options('pymdownx.highlight')) : undefined;
  const math = arithmatexSettings(settings.extensions);
  if (math) {
    data.fromMarkdownExtensions.push(arithmatexFromMarkdown(math));
    data.toMarkdownExtensions.push(arithmatexToMarkdown());
  }
  const fences = customFences(settings.extensions);
  const superfences = settings.extensions.has('pymdownx.superfences');
  // pymdownx.highlight's `linenums: true`: every fence numbered (one with `linenums="0"` excepted).
  // And `auto_title: true`: every block titled by its language (renamed by `auto_title_map`).
  const highlightOptions = settings.extensions.options('pymdownx.highlight');
  const fenceDefaults: FenceDefaults = {
    linenums: highlightOptions.linenums === true,
    ...(highlightOptions.auto_title === true ? {autoTitle: {map: stringRecord(highlightOptions.auto_title_map)}} : {}),
  };
  // pymdownx.snippets is a preprocessor: the page is expanded before it is parsed
  // (unless the host did it already, see `expandedSnippets`: then only texts without a path).
  const snippets = settings.extensions.has('pymdownx.snippets');
  // Python-Markdown's toc slugify, or pymdownx.slugs' one the workshop names, with the toc's separator; none when
  // the workshop sets a slugify of its own (its Python: the site keeps Docusaurus's ids).
  const toc = settings.extensions.options('toc');
  const headingSlugify = toc.slugify === undefined ? slugify : tocSlugify(toc.slugify);
  const headingSeparator = headingSlugify === undefined ? undefined : typeof toc.separator === 'string' ? toc.separator : '-';
  // mkdocs-include-markdown-plugin's directives likewise (a MkDocs plugin: the page's Markdown before Python-Markdown).
  const includeMarkdown = settings.expandedSnippets ? undefined : settings.includeMarkdown;
  if (snippets || includeMarkdown) expandSnippetsBeforeParsing(this as never, settings.extensions, settings.expandedSnippets ? 'pathless' : 'all', includeMarkdown);

  // A fragment of the page parsed with the page's syntax (the processor's extensions), without its snippets step.
  const reparse = fragmentParser(data);

  return function transform(tree: Root, file: VFile): undefined {
    // Each step walks the whole tree; a lesson that cannot contain what a step
    // looks for (the cheap source checks in `may-contain.ts`) skips the walk.
    const may = mayContain(String(file));
    // 0. What the include expansion met, at the author's lines (kept on the page).
    // The host's expansion may hold include-markdown directives without pymdownx.snippets on.
    if (snippets || includeMarkdown || settings.expandedSnippets) {
      const expansion = file.data.mkdocsSnippets ?? settings.expandedSnippets?.(file);
      if (expansion) {
        file.data.mkdocsSnippets = expansion;
        reportSnippetProblems(file, expansion);
      }
    }
    // A fence without its closing fence is text, and what follows it Markdown, as in Python-Markdown: the page is
    // read again with such fences declined (fence/closed-fence.ts), before any step reads the blocks.
    if (may.fences) {
      closeFences(tree, file, reparse);
      // A fence line whose header MkDocs does not read is no fence (fence/fenced-code.ts): its text says so.
      lintUnreadFenceHeaders(tree, file);
    }
    // Python-Markdown's list nesting: a block indented 4 spaces after a list whose content starts past column 5 is its
    // last item's, parsed again as Markdown, and so is a paragraph on the line right after a list (lists/indented-blocks.ts),
    // before any step reads the blocks.
    if (mayHaveWideListMarkers(String(file)) || mayHaveLazyListLines(String(file))) nestIndentedBlocksInLists(tree, file, reparse);
    // superfences: a fence indented under a paragraph's line is a code block in it (fence/paragraph-fences.ts).
    if (may.fences && superfences) splitParagraphFences(tree, file, reparse);
    // A fence between the lines of a raw HTML block is a code block in that element (fence/paragraph-fences.ts).
    if (may.fences) splitHtmlFences(tree, file, reparse, superfences);
    // A fence right under a list item's text is the item's, and the list goes on after it (lists/lazy-fences.ts).
    if (may.fences) nestLazyFencesInLists(tree, file, reparse);
    // A list right after a list is the same list, whatever its markers (of its own kind with sane_lists), as in
    // Python-Markdown (lists/merge.ts).
    if (may.lists) mergeAdjacentLists(tree, String(file), settings.extensions.has('sane_lists'));
    // Quotes separated by blank lines are one quote, as Python-Markdown appends a quote to the one before it.
    if (may.blockquotes) mergeAdjacentBlockquotes(tree);
    // A setext underline under several lines of text: MkDocs' paragraph, then a rule (headings/setext.ts).
    if (may.setextHeadings) pythonMarkdownSetextHeadings(tree, file);
    // `/// name` blocks take the shape of the boxes, tabs and elements they render as, before anything reads those.
    const hasBlocks = blocks !== undefined && may.blocks;
    if (hasBlocks) blocksToNodes(tree, file, blocks);
    // 1. Lint the tree as parsed: lines that look like our syntax but are not.
    if (may.boxes || hasBlocks) {
      lintBoxes(tree, file, settings);
      lintTabLabels(tree, file);
    }
    if (may.markdownAttributes) lintHtmlElements(tree, file);
    if (may.pipes && extensions.has('tables')) lintTables(tree, file);
    // Before the text steps: a definition Python-Markdown does not see becomes its paragraph again.
    if (defLists && may.definitions) lintDefinitionLists(tree, file);
    if (may.critic && extensions.has('pymdownx.critic')) {
      criticBlocks(tree, file);
      lintCritic(tree, file);
      applyCriticMode(tree, criticMode(extensions.options('pymdownx.critic')));
    }
    // Bare URLs end where magiclink ends them, before the text steps read what follows them.
    if (may.bareUrls) magiclinkUrlEnds(tree, file);
    // 2. Text: mojibake first, so later steps read the repaired words.
    if (may.mojibake) repairMojibakeInTree(tree, file, settings.repairMojibake);
    // Keys: the names are read with the options' key map; a name that is no key goes back to text before the text steps.
    if (keys && may.keys) keysTransform(tree, file, keys);
    // Emoji before attribute lists, so `:icon:{ .x }` finds its icon.
    if (may.shortcodes) emojiShortcodes(tree, file, settings.customIcons ? {customIcons: settings.customIcons} : {});
    // Attribute lists before annotations, so `{ .annotate }` on a paragraph is already applied.
    if (may.attributeLists) attributeLists(tree, file, {infimaButtons: docusaurus});
    // After the other inline syntax has taken its text, as Python-Markdown's abbr runs last.
    if (may.abbreviations) abbreviationsTransform(tree, file);
    // pymdownx.smartsymbols is a tree processor over the finished inline text (after attr_list, before the
    // tree processors at lower priority), so after the other inline steps.
    if (symbols && may.smartSymbols) smartSymbols(tree, file, symbols);
    // pymdownx.tasklist is a tree processor too: list items' text as the inline steps left it.
    if (tasks && may.taskListItems) tasklists(tree, file, tasks);
    // Inline code's `#!lang` prefix (pymdownx: an inline pattern, so the code is atomic): after the text steps,
    // which skip inline code but would read the highlighted tokens as text (`{.spec.replicas}` as an attribute list).
    if (hilite && (may.inlineHilite || hilite.stylePlainText)) inlineHilite(tree, hilite, docusaurus);
    // Custom fences (mermaid diagrams) before anything reads code: no annotation, fence attribute or shell step touches them.
    if (fences.size > 0) customFencesToTarget(tree, fences, docusaurus);
    // 3. Annotations: code first (their notes are not prose), then prose,
    // both before boxes and md_in_html elements are converted (they read their classes).
    if (docusaurus) withoutLeadingBlankLines(tree);
    if (docusaurus) codeAnnotationsToDocusaurus(tree, settings.annotateAllCode);
    if (may.annotate) proseAnnotations(tree, file, docusaurus);
    // 4. Fenced code: fence attributes, commands and sample output.
    fencedCode(tree, file, docusaurus, fenceDefaults);
    // Math nodes (tokenized with the rest, atomic for every text step above) get their target's elements.
    if (math) mathToTarget(tree, math, docusaurus);
    // 5. Conversion for the target: `<div markdown>` → the element (both targets), then tabs and boxes.
    if (may.markdownAttributes || hasBlocks) htmlElementsToElements(tree, file, docusaurus);
    if (defLists && may.definitions) definitionListsToElements(tree);
    // Footnotes (remark-gfm parsed them) get Python-Markdown's numbering and notes, after every text step ran in them.
    if (footnotes && may.footnotes) footnotesTransform(tree, file, footnoteSettings!, docusaurus);
    // Column alignment as Python-Markdown writes it (`style`), in MkDocs' HTML.
    if (!docusaurus && may.tables) tableAlignmentToHtml(tree, extensions.options('tables').use_align_attribute === true);
    if ((may.boxes || hasBlocks) && !docusaurus) {
      tabsToHtml(tree);
      boxesToHtml(tree);
    } else if (may.boxes || hasBlocks) {
      tabsToDocusaurus(tree, settings.linkTabs);
      boxesToDocusaurus(tree, settings);
    }
    // Headings get the ids MkDocs gives them, from their text as every step above left it (icons, emoji, keys,
    // symbols), after every id an attribute list set. Not with a `toc: slugify` of the workshop's own.
    if (docusaurus && headingSeparator !== undefined) mkdocsHeadingIds(tree, headingSeparator, headingSlugify, settings.reservedIds);
    // A destination Docusaurus's link steps cannot parse would fail the build: shown as text, every link made by now.
    if (may.urls) unparseableUrls(tree, file, docusaurus);
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

/** An option that renames (`auto_title_map`): its entries whose value is a string. */
function stringRecord(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
