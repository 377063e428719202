import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import * as api from '../index';
import remarkMkdocs from '../index';
import {renderHtml} from './pipeline';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['DEFAULT_MARKDOWN_EXTENSIONS', 'MATERIAL_MARKDOWN_EXTENSIONS', 'MarkdownExtensions', 'normalizeExtensionName', 'MATERIAL_TYPES', 'NEUTRAL_TYPE', 'RULES', 'abbreviationDefinition', 'abbreviationsTransform', 'default', 'hasMermaidFence', 'importUsedComponents', 'materialCanonicalType', 'mkdocsAbbreviationFromMarkdown', 'mkdocsAbbreviationToMarkdown', 'mkdocsBoxFromMarkdown', 'mkdocsBoxToMarkdown', 'mkdocsSyntax', 'parseAbbreviationLine', 'parseBoxHeader', 'remarkMkdocsAfterDefaults', 'appliedAttributeLists', 'reapplyAttributeLists', 'htmlElement', 'mkdocsHtmlFromMarkdown', 'htmlBlockClasses', 'isMkdocsHtml', 'mkdocsHtmlToMarkdown', 'expandSnippets', 'expandPageSnippets', 'expandedPlaceOf', 'frontMatterLines', 'snippetSourceOf', 'snippetsOptions', 'snippetReferencePaths', 'missingAutoAppendFiles', 'readReference', 'includeMarkdownSettings', 'readIncludeDirective', 'readIncludeDirectiveAt', 'includePathBase', 'namesManyOrRemote', 'customIconFolders', 'customIconIndex', 'customIconName', 'customIcons', 'iconFolderOnDisk', 'withCustomIconFolders', 'emojiFor'].sort(),
    );
  });

  it('has a README entry for every rule id', async () => {
    const {readFileSync} = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const rule of Object.keys(api.RULES)) expect(readme).toContain(`\`${rule}\``);
  });
});

describe('options', () => {
  const attach = (options: unknown) => () => unified().use(remarkParse).use(remarkMkdocs, options as never).freeze();

  it('accepts nothing, null and every documented key', () => {
    expect(attach(undefined)).not.toThrow();
    expect(attach(null)).not.toThrow();
    expect(attach({target: 'html', customTypes: {lab: {label: 'Lab', icon: 'M0 0', color: 'red'}}, repairMojibake: false, strict: true})).not.toThrow();
  });

  it.each([
    [{target: 'mdx'}, /`target` must be 'docusaurus' or 'html', got "mdx"/],
    [{strickt: true}, /unknown option `strickt`, expected one of `target`, `customTypes`, `repairMojibake`, `strict`, `annotateAllCode`/],
    [{strict: 'yes'}, /`strict` must be true or false, got "yes"/],
    [{repairMojibake: 1}, /`repairMojibake` must be true or false, got number 1/],
    [{customTypes: []}, /`customTypes` must be an object/],
    [{customTypes: {Lab: {label: 'Lab'}}}, /custom type name `Lab` must be lower-case/],
    [{customTypes: {lab: {}}}, /custom type `lab` needs a `label` string/],
    [{customTypes: {caution: {label: 'C'}}}, /`caution` is already a Material type or alias/],
    [{customTypes: {lab: {label: 'Lab', color: 3}}}, /`color` must be a string, got number 3/],
    ['html', /expected an options object/],
  ])('rejects %j', (options, message) => {
    expect(attach(options)).toThrow(message);
  });
});

describe('strict mode', () => {
  it('fails with every problem listed, file:line:col and rule id', () => {
    expect(() => renderHtml('!!! note "a" b\n\n!!! nope\n    x\n', {strict: true})).toThrow(
      /2 MkDocs Markdown problems \(strict mode\):\n {2}1:14 {2}Unexpected text `b`.*mkdocs-box-header\n {2}3:5 {2}Unexpected box type `nope`.*mkdocs-box-type/,
    );
  });

  it('passes a clean document', () => {
    expect(() => renderHtml('!!! note\n    fine\n', {strict: true})).not.toThrow();
  });
});
