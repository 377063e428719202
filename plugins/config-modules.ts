/**
 * What docusaurus.config.ts uses of the project's TypeScript, in one module so
 * that the config loads it through plugins/load-typescript.cjs (SWC and Node's
 * own `require`) instead of Docusaurus's jiti (Babel on every file, ESM packages
 * included: seconds per build in a fresh checkout). See there.
 */
export {checkLesson, docsMarkdownOptions, loaderPreprocessor, prepareText, siteWarningsStore, snippetSettingsWarnings} from './lesson-pipeline';
export {isOwnPage, ownPagesExtensions, siteFeatures, siteMarkdownExtensions} from './lesson-pipeline/markdown-extensions';
export {parseMkdocsFrontMatter} from './mkdocs-front-matter';
export {mkdocsDirectoryUrls, readRoutes, slugOf} from './mkdocs-urls';
export {default as lessonWarningsPlugin} from './lesson-warnings';
export {createLessonDescriberInWorker, firstStageWorkerEnd, warmFirstStageWorker} from './lesson-pipeline/first-stage';
export {default as deferredPrism} from './deferred-prism';
export {ADDITIONAL_LANGUAGES} from '../src/prism/additional-languages';
export {default as bundlerCacheInputs} from './bundler-cache';
export {default as builtHtmlGuard} from './built-html-guard';
export {default as katexAssets} from './katex-assets';
export {default as serverSharedChunk} from './server-shared-chunk';
export {customTypes} from '../src/admonitions/custom-types';
export {default as boxTypeStyles} from './box-type-styles';
export {MATERIAL_BOX_THEMES} from '../src/admonitions/box-types';
export {withMinimumContrast} from '../src/prism/accessible-theme';
export {SEARCH_IGNORE} from '../src/search-ignore';
export * from './workshop-site';
export {createNavTitles} from './workshop-site/nav-titles';
export {STATIC_DIR as WORKSHOP_STATIC_DIR} from './workshop-site';
