import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {importedFiles} from './plugins/workshop-site';
import {DEMO_SIDEBAR} from './plugins/workshop-site/demo-content';

/**
 * The `authoring` docs instance's sidebar (docusaurus.config.ts): with a
 * workshop imported, the demo lesson and the authoring guide, in the demo
 * site's order, under /authoring/; a file of that name the workshop brought is the workshop's.
 */
const imported = importedFiles(__dirname);
const sidebars: SidebarsConfig = {authoring: DEMO_SIDEBAR.filter((id) => !imported.has(`docs/${id}.md`))};

export default sidebars;
