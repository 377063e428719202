/**
 * lesson-warnings: every lesson's warnings, told on every build and start.
 * The loader's remark plugin records what the checks found in each lesson
 * (keyed by content); the Docusaurus plugin prints it after each compilation,
 * warm cache or not, and fails a strict build. Under `docusaurus start` a page
 * with warnings also shows them in a panel. See README.md.
 */
export {default} from './lib/docusaurus';
export {reportLessons, type LessonKeyCache, type LessonReport, type LessonWarningsPluginOptions} from './lib/docusaurus';
export {default as remarkLessonWarnings, PANEL_ELEMENT, type RecorderOptions} from './lib/remark';
export {LessonWarningsStore, lessonWarningsStore, STORE_DIR, type FingerprintInputs, type LessonRecord} from './lib/store';
export {byPlace, formatWarningLine, relativePath, warningsOf, type LessonWarning} from './lib/format';
