import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {DEMO_SIDEBAR} from './plugins/workshop-site/demo-content';

/**
 * The `authoring` docs instance's sidebar (docusaurus.config.ts): with a
 * workshop imported, the site's own docs/ (the demo lesson and the authoring
 * guide, in the demo site's order) under /authoring/.
 */
const sidebars: SidebarsConfig = {authoring: DEMO_SIDEBAR};

export default sidebars;
