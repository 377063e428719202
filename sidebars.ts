import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/** Written by `npm run import:mkdocs` from a MkDocs project's `nav`; absent until one is imported. */
const importedFile = path.join(__dirname, 'sidebars', 'imported.json');
const imported = existsSync(importedFile)
  ? (JSON.parse(readFileSync(importedFile, 'utf8')) as SidebarsConfig[string])
  : undefined;

/**
 * Explicit order: the seed lesson comes first (it is also the home page),
 * then the authoring overview (every construct, source beside result) and
 * the detailed authoring references. Lesson files stay untouched, so the order
 * cannot live in their front matter.
 */
const sidebars: SidebarsConfig = {
  lessons: ['pod-networking', 'authoring-lessons', 'authoring-boxes', 'authoring-commands', 'authoring-tabs', 'authoring-annotations', 'authoring-inline', 'authoring-text-blocks', 'authoring-math-and-diagrams'],
  ...(imported ? {imported} : {}),
};

export default sidebars;
