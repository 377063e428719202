/**
 * remark-mkdocs: MkDocs-Material Markdown on remark, rendered on Docusaurus
 * (JSX for the theme) or as MkDocs' own HTML. Admonitions `!!!`, collapsibles
 * `???`/`???+`, content tabs `===`, abbreviations `*[TERM]: Title`, Markdown
 * in HTML (`<div markdown>`), attribute lists `{ … }`, emoji and icon
 * shortcodes, code and prose annotations, fence attributes, commands and
 * sample output in shell fences, mojibake repair; every problem a message
 * with a rule id. See README.md ("Where things are").
 */
// The plugin, its options, and the part that runs after Docusaurus's own remark plugins.
export {default} from './lib/plugin';
export type {Options, CustomType, Target} from './lib/options';
export {
  DEFAULT_MARKDOWN_EXTENSIONS,
  MATERIAL_MARKDOWN_EXTENSIONS,
  MarkdownExtensions,
  normalizeExtensionName,
  type ExtensionOptions,
  type MarkdownExtensionsOption,
} from './lib/markdown-extensions';
export {default as remarkMkdocsAfterDefaults} from './lib/docusaurus/jsx-props';
export {appliedAttributeLists, reapplyAttributeLists} from './lib/attribute-list/transform';
export type {AfterDefaultsOptions, BoxTheme} from './lib/docusaurus/jsx-props';
export {importUsedComponents} from './lib/docusaurus/component-imports';
export {RULES, type RuleId} from './lib/messages';
// Material's custom_icons: the workshop's SVG icons, as the host reads and vets them.
export {
  customIconFolders,
  customIconIndex,
  customIconName,
  customIcons,
  iconFolderOnDisk,
  withCustomIconFolders,
  type CustomIconIndex,
  type CustomIconLookup,
  type CustomIcons,
  type DrawnSvg,
  type IconFolder,
} from './lib/emoji/custom-icons';
export {emojiFor} from './lib/emoji/transform';
// Every micromark construct in one extension.
export {mkdocsSyntax} from './lib/syntax';
export {hasMermaidFence} from './lib/fence/custom-fences';
// Boxes: admonition, details, tabs.
export {mkdocsBoxFromMarkdown} from './lib/boxes/from-markdown';
export {mkdocsBoxToMarkdown} from './lib/boxes/to-markdown';
export type {MkdocsBoxData} from './lib/boxes/node-data';
export {parseBoxHeader, type BoxHeader, type HeaderResult} from './lib/boxes/header';
export {MATERIAL_TYPES, NEUTRAL_TYPE, materialCanonicalType} from './lib/boxes/types';
// Abbreviations.
export {abbreviationDefinition} from './lib/abbreviation/construct';
export {
  mkdocsAbbreviationFromMarkdown,
  type MkdocsAbbreviation,
  type MkdocsAbbreviationData,
  type MkdocsAbbreviationDefinition,
} from './lib/abbreviation/from-markdown';
export {mkdocsAbbreviationToMarkdown} from './lib/abbreviation/to-markdown';
export {abbreviationsTransform} from './lib/abbreviation/transform';
export {parseAbbreviationLine, type AbbreviationLine, type AbbreviationLineResult} from './lib/abbreviation/grammar';
// Markdown in HTML.
export {htmlElement} from './lib/md-in-html/construct';
export {mkdocsHtmlFromMarkdown, htmlBlockClasses, isMkdocsHtml, type MkdocsHtml} from './lib/md-in-html/from-markdown';
export {mkdocsHtmlToMarkdown} from './lib/md-in-html/to-markdown';
// Snippets (pymdownx.snippets): the include expansion, before parsing, and its line map.
export {expandSnippets, type SnippetExpansion, type SnippetProblem, type SnippetSource} from './lib/snippets/expand';
export {expandedPlaceOf, expandPageSnippets, frontMatterLines, missingAutoAppendFiles, snippetSourceOf, type SnippetPlace} from './lib/snippets/parse';
export type {IncludeProjectLayout} from './lib/snippets/expand';
export {snippetsOptions, type SnippetsOptions} from './lib/snippets/options';
export {includeMarkdownSettings, type IncludeMarkdownSettings} from './lib/include-markdown/include';
export {includePathBase, namesManyOrRemote, readIncludeDirective, readIncludeDirectiveAt} from './lib/include-markdown/directive';
export {readReference, snippetReferencePaths} from './lib/snippets/grammar';
