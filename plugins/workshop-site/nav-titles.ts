/**
 * The titles an imported workshop's nav gives its pages. MkDocs titles a page
 * the nav lists by its nav entry, whatever its own `# ` heading says (the
 * browser tab, Material's header; the heading stays on the page), and a page
 * with no title of its own (no `title` metadata, no heading) that the nav does
 * not list by its file name as MkDocs reads it (`file-name-title.ts`), which
 * Material draws as the page's heading. Docusaurus would use the heading, else
 * the raw file name (`1_hello_workshop.md` → "hello_workshop"). The import
 * wrote each nav title as the page's label in `sidebars/imported.json`, with
 * the MkDocs title of pages the nav names without one, and every page it
 * imported in `workshop/routes.json`.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {readRoutes} from '../mkdocs-urls';
import {docusaurusDocId} from './doc-ids';
import {titleFromFileName} from './file-name-title';
import {readWorkshopSite, WORKSHOP_DOCS} from './index';

/** Written by `npm run import:mkdocs` (scripts/import-mkdocs/cli.ts `SIDEBAR_FILE`). */
const SIDEBAR_FILE = 'sidebars/imported.json';
/** The site's own docs folder, where `--into <folder>` puts a workshop's lessons. */
const SITE_DOCS = 'docs';

interface SidebarEntry {
  type?: string;
  id?: string;
  label?: string;
  items?: unknown[];
}

/** A lesson's title from the workshop: its nav entry's (`inNav`), else its file name's. */
export interface NavTitle {
  title: string;
  inNav: boolean;
}

/**
 * The nav title of an imported lesson, by its site-relative path (`/`
 * separators) and front matter; its MkDocs file-name title when the nav does
 * not list it; undefined for a page the import did not write. The doc id is the one Docusaurus gives the lesson in
 * the folder the workshop's lessons are in: `workshop/docs/` when the
 * workshop is the site, else `docs/` (imported with `--into <folder>`), with
 * the front matter's `id`.
 */
export function createNavTitles(siteDir: string): (file: string, frontMatter: Record<string, unknown>) => NavTitle | undefined {
  const titles = readNavTitles(siteDir);
  const imported = new Set(Object.keys(readRoutes(siteDir).pages));
  // As docusaurus.config.ts decides where the workshop's lessons are: in workshop/docs/ when the workshop is the site.
  const docs = readWorkshopSite(siteDir) ? WORKSHOP_DOCS : SITE_DOCS;
  return (file, frontMatter) => {
    if (!file.startsWith(`${docs}/`)) return undefined;
    const relative = file.slice(docs.length + 1);
    const listed = titles.get(docusaurusDocId(relative, frontMatter));
    if (listed !== undefined) return {title: listed, inNav: true};
    return imported.has(file) ? {title: titleFromFileName(relative), inNav: false} : undefined;
  };
}

/** Doc id → label of every doc entry of the imported sidebar, in categories too. */
function readNavTitles(siteDir: string): Map<string, string> {
  const titles = new Map<string, string>();
  const file = path.join(siteDir, ...SIDEBAR_FILE.split('/'));
  if (!existsSync(file)) return titles;
  const visit = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items as SidebarEntry[]) {
      if (item?.type === 'doc' && typeof item.id === 'string' && typeof item.label === 'string' && !titles.has(item.id)) titles.set(item.id, item.label);
      visit(item?.items);
    }
  };
  visit(JSON.parse(readFileSync(file, 'utf8')));
  return titles;
}
