/**
 * remark-authoring-examples: ```` ```` { .markdown .example } ```` fences shown
 * as Markdown source and rendered result side by side. See README.md.
 */
export {default} from './lib/plugin';
export {default as remarkAuthoringExampleHeadings} from './lib/headings';
export {isExampleFence, EXAMPLE_CLASS} from './lib/example-fence';
export {EXAMPLE_ELEMENT} from './lib/build';
export {RULES, type RuleId} from './lib/messages';
