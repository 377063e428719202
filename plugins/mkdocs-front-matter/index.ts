/**
 * mkdocs-front-matter: page metadata as MkDocs reads it, for Docusaurus.
 * `prepareLesson` (the site's `markdown.preprocessor`) and
 * `parseMkdocsFrontMatter` (its `markdown.parseFrontMatter`) agree on what is
 * metadata; `remarkMkdocsFrontMatter` reports what an author would not expect.
 * See README.md.
 */
export {metaExtensionLines, readMkdocsMeta, type MetaExtensionLines, type MkdocsMeta} from './lib/read';
export {notePreprocessedText, prepareLesson, preparedMeta} from './lib/preprocess';
export {parseMkdocsFrontMatter} from './lib/parse-front-matter';
export {docusaurusFrontMatter, docusaurusTags, type FrontMatterOptions} from './lib/front-matter';
export {default as remarkMkdocsFrontMatter, RULE_ID} from './lib/remark';
