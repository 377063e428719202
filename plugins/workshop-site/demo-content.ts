/**
 * The demo content of the site: the seed lesson and the authoring guide, in
 * docs/. Without a workshop it is the site; with one, it lives under
 * /authoring/ (docusaurus.config.ts, sidebars-authoring.ts). Kept apart from
 * the sidebars files: Docusaurus reads every export of those as a sidebar.
 */

/**
 * Explicit order: the seed lesson comes first (it is also the home page),
 * then the authoring overview (every construct, source beside result) and
 * the detailed authoring references. Lesson files stay untouched, so the order
 * cannot live in their front matter.
 */
export const DEMO_SIDEBAR = ['pod-networking', 'authoring-lessons', 'authoring-boxes', 'authoring-commands', 'authoring-tabs', 'authoring-annotations', 'authoring-inline', 'authoring-text-blocks', 'authoring-math-and-diagrams'];
