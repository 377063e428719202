import type {Extension} from 'micromark-util-types';
import {combineExtensions} from 'micromark-util-combine-extensions';
import {codes} from 'micromark-util-symbol';
import {box} from './boxes/construct';
import {exclamationData} from './boxes/exclamation-data';
import {abbreviationDefinition} from './abbreviation/construct';
import {htmlElement} from './md-in-html/construct';
import {rawHtmlElement} from './md-in-html/raw-element';
import {pythonMarkdownHtmlFlow} from './md-in-html/html-flow';
import {definition} from './def-list/construct';
import {listContext} from './micromark-util/list-context';
import {criticMark} from './critic/construct';
import {DEFAULT_MARKDOWN_EXTENSIONS, MarkdownExtensions} from './markdown-extensions';
import {keys} from './keys/construct';
import {formatSyntax} from './marks/construct';
import {formatProcessors} from './marks/processors';
import {arithmatexSyntax} from './arithmatex/construct';
import {arithmatexSettings} from './arithmatex/grammar';
import {blockConstruct} from './blocks/construct';
import {blockSettings} from './blocks/settings';
import {markerData} from './micromark-util/merge-data';
import {table} from './tables/construct';
import {pythonMarkdownLinkEnd} from './links/inline-link';
import {declinableFenceSyntax} from './fence/closed-fence';

/**
 * The micromark extension for every MkDocs construct the plugin tokenizes,
 * keyed by the character that starts it: `!!!` admonitions, `???`/`???+`
 * collapsibles and `===` content tabs (one box construct), `*[TERM]: Title`
 * abbreviation definitions, `<tag markdown>` elements (md_in_html) and, with
 * `def_list`, definitions (`: text`). Plus
 * two that match nothing: `listContext` notes which lines continue a list
 * item (boxes and abbreviations may be indented there), and `exclamationData`
 * reads a run of `!` as one text token (a paragraph of many failed `!!!`
 * headers stays linear). With `pymdownx.critic`, `{++ … ++}` and the other
 * critic marks (`{`). Attribute lists, emoji, annotations and mojibake are
 * read from text nodes after parsing, as Python-Markdown's inline and tree
 * processors do. Inline constructs of pymdownx, each only when enabled:
 * `++keys++` (`+`), and the marker runs of mark, caret and tilde (`=`, `^`,
 * `~`; GFM's strikethrough is always switched off: `~` is tilde's or text).
 *
 * `extensions`: the workshop's `markdown_extensions`; constructs of an
 * extension it does not list are not tokenized (they stay text, as in MkDocs).
 */
export function mkdocsSyntax(extensions: MarkdownExtensions = new MarkdownExtensions(DEFAULT_MARKDOWN_EXTENSIONS)): Extension {
  // `$…$`, `\(…\)`, `$$…$$`, `\[…\]`, `\begin{env}`: only with arithmatex, so `$HOME` stays text elsewhere.
  // Keyed on `$` and `\`, which no other construct here uses (micromark's character escape comes after them).
  const math = arithmatexSettings(extensions);
  const mathSyntax = math ? arithmatexSyntax(math) : {flow: {}, text: {}};
  const flow: Extension['flow'] = {
    ...mathSyntax.flow,
    [codes.exclamationMark]: box,
    [codes.questionMark]: box,
    [codes.equalsTo]: box,
    [codes.asterisk]: abbreviationDefinition,
    [codes.lessThan]: [htmlElement, rawHtmlElement, pythonMarkdownHtmlFlow],
  };
  // `: definition` (def_list). remark-directive's `:::` also starts with `:`;
  // a definition needs a space after its one colon, so neither takes the other's lines.
  if (extensions.has('def_list')) flow[codes.colon] = definition;
  // `/// name` blocks (pymdownx.blocks): nothing else starts a flow construct on `/`.
  const blocks = blockSettings(extensions);
  if (blocks) flow[codes.slash] = blockConstruct(blocks);
  // Each key below has one construct (the inline ones start on characters nothing else here uses).
  const formats = formatSyntax(formatProcessors(extensions));
  // Two extensions may start on the same character (`\`: arithmatex's `\(`, and the escaped space of
  // caret/tilde): micromark's own merge keeps every construct of a character, in the order listed, math first.
  return combineExtensions([
    // CommonMark's HTML block is replaced by `pythonMarkdownHtmlFlow`, which declines the line starts Python-Markdown reads as text.
    // Python-Markdown's tables (`tables`, which MkDocs always loads) replace GFM's, which remark-gfm adds (Docusaurus
    // loads it): rows are split as Python-Markdown splits them (tables/construct.ts). Also on `#`, before the ATX
    // heading: `TableProcessor` runs before the heading processor, so `# a | b` over a separator row is a header.
    // Without `tables`, no table at all, as in Python-Markdown.
    extensions.has('tables') ? {flow: {null: [table], [codes.numberSign]: [table]}} : {},
    {disable: {null: ['table']}},
    // Python-Markdown has no `~` syntax but pymdownx.tilde's: GFM's strikethrough (remark-gfm) is switched off, so
    // `Y~i~` and `~~x~~` stay text as in MkDocs (with tilde, the marks construct reads them).
    {disable: {null: ['strikethrough']}},
    {flow, document: {null: [listContext]}, text: {[codes.exclamationMark]: exclamationData}, disable: {null: ['htmlFlow']}},
    // CommonMark's fenced code, declined where the plugin finds the fence never closes (fence/closed-fence.ts).
    declinableFenceSyntax,
    // An inline link's `(…)` read as Python-Markdown reads it (`[x](NSF 23-104)` is a link), tried before CommonMark's label end.
    {text: {[codes.rightSquareBracket]: pythonMarkdownLinkEnd}},
    extensions.has('pymdownx.keys') ? {text: {[codes.plusSign]: keys}} : {},
    {text: mathSyntax.text ?? {}},
    formats,
    // A `{` that opens no critic mark is read as data that merges the paragraph's data runs (linear time, see merge-data.ts).
    extensions.has('pymdownx.critic') ? {text: {[codes.leftCurlyBrace]: [criticMark, markerData('mkdocsCriticOpenerData')]}} : {},
  ]);
}
