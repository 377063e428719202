/**
 * remark-mkdocs: parse MkDocs-Material Markdown (admonitions `!!!`,
 * collapsibles `???`/`???+`) with micromark and render it on Docusaurus or as
 * MkDocs' HTML. See README.md.
 */
export {default} from './lib/plugin';
export {default as remarkMkdocsAfterDefaults} from './lib/after-defaults';
export type {AfterDefaultsOptions, BoxTheme} from './lib/after-defaults';
export type {Options, CustomType, Target} from './lib/options';
export {mkdocsBoxSyntax} from './lib/micromark/syntax';
export {mkdocsBoxFromMarkdown} from './lib/mdast/from-markdown';
export type {MkdocsBoxData} from './lib/mdast/node-data';
export {parseBoxHeader, type BoxHeader, type HeaderResult} from './lib/header';
export {MATERIAL_TYPES, NEUTRAL_TYPE, materialCanonicalType} from './lib/box-types';
export {RULES, type RuleId} from './lib/messages';
export {abbreviationDefinition} from './lib/micromark/abbreviation';
export {
  mkdocsAbbreviationFromMarkdown,
  type MkdocsAbbreviation,
  type MkdocsAbbreviationData,
  type MkdocsAbbreviationDefinition,
} from './lib/mdast/abbreviation-from-markdown';
export {mkdocsAbbreviationToMarkdown} from './lib/mdast/abbreviation-to-markdown';
export {htmlElement} from './lib/micromark/html-element';
export {mkdocsHtmlFromMarkdown, htmlBlockClasses, isMkdocsHtml, type MkdocsHtml} from './lib/mdast/html-from-markdown';
export {mkdocsHtmlToMarkdown} from './lib/mdast/html-to-markdown';
export {importUsedComponents} from './lib/transform/component-imports';
export {abbreviationsTransform} from './lib/transform/abbreviations';
export {parseAbbreviationLine, type AbbreviationLine, type AbbreviationLineResult} from './lib/abbreviation-line';
