/**
 * remark-mkdocs: parse MkDocs-Material Markdown (admonitions `!!!`,
 * collapsibles `???`/`???+`) with micromark and render it on Docusaurus or as
 * MkDocs' HTML. See README.md.
 */
export {default} from './lib/plugin';
export {default as remarkMkdocsAfterDefaults} from './lib/docusaurus/jsx-props';
export type {AfterDefaultsOptions, BoxTheme} from './lib/docusaurus/jsx-props';
export type {Options, CustomType, Target} from './lib/options';
export {mkdocsBoxSyntax} from './lib/syntax';
export {mkdocsBoxFromMarkdown} from './lib/boxes/from-markdown';
export type {MkdocsBoxData} from './lib/boxes/node-data';
export {parseBoxHeader, type BoxHeader, type HeaderResult} from './lib/boxes/header';
export {MATERIAL_TYPES, NEUTRAL_TYPE, materialCanonicalType} from './lib/boxes/types';
export {RULES, type RuleId} from './lib/messages';
export {abbreviationDefinition} from './lib/abbreviation/construct';
export {
  mkdocsAbbreviationFromMarkdown,
  type MkdocsAbbreviation,
  type MkdocsAbbreviationData,
  type MkdocsAbbreviationDefinition,
} from './lib/abbreviation/from-markdown';
export {mkdocsAbbreviationToMarkdown} from './lib/abbreviation/to-markdown';
export {htmlElement} from './lib/md-in-html/construct';
export {mkdocsHtmlFromMarkdown, htmlBlockClasses, isMkdocsHtml, type MkdocsHtml} from './lib/md-in-html/from-markdown';
export {mkdocsHtmlToMarkdown} from './lib/md-in-html/to-markdown';
export {importUsedComponents} from './lib/docusaurus/component-imports';
export {abbreviationsTransform} from './lib/abbreviation/transform';
export {parseAbbreviationLine, type AbbreviationLine, type AbbreviationLineResult} from './lib/abbreviation/grammar';
