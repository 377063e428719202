import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/**
 * Explicit order: the seed lesson comes first (it is also the home page),
 * then the authoring reference. Lesson files stay untouched, so the order
 * cannot live in their front matter.
 */
const sidebars: SidebarsConfig = {
  lessons: ['pod-networking', 'authoring-boxes', 'authoring-commands', 'authoring-tabs', 'authoring-annotations', 'authoring-inline'],
};

export default sidebars;
