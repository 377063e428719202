/**
 * Steps 3 and 4 of the import plan, on the site as a whole: doc ids and
 * routes Docusaurus would reject (its own docs and the imported ones
 * together), and the sidebar, from nav or from the folders.
 */
import ignore from 'ignore';
import {docusaurusDocId, isDocusaurusDoc} from '../../plugins/workshop-site/doc-ids';
import {navToSidebar, type NavPage, type SidebarItem} from './nav';
import type {ImportPlan, PlannedFile} from './plan';
import {frontMatterOf, type PlanContext} from './plan-context';

/** An imported doc whose id another doc of the site (or of the import) has too: Docusaurus fails on it. */
export function checkDuplicateDocIds({input, lessonsDir, add}: PlanContext, importedDocIds: ReadonlyMap<string, string>): void {
  const ids = new Map<string, string[]>();
  for (const file of input.site.files) {
    if (!isDocusaurusDoc(file) || importedDocIds.has(file)) continue;
    const id = docusaurusDocId(file, frontMatterOf(input.site.read(file).toString('utf8')));
    ids.set(id, [...(ids.get(id) ?? []), file]);
  }
  for (const [target, id] of importedDocIds) ids.set(id, [...(ids.get(id) ?? []), target]);
  for (const [id, owners] of ids) {
    const imported = owners.filter((owner) => importedDocIds.has(owner));
    if (owners.length > 1 && imported.length > 0) {
      add('error', `doc id ${id} would belong to ${owners.map((owner) => `${lessonsDir}/${owner}`).join(' and ')}: Docusaurus fails on duplicate ids (a number prefix like 1_ is not part of the id); rename one`);
    }
  }
}

/** Imported straight into docs/, an index.md or README.md becomes the site's `/`, which the site's home doc has already. */
export function checkHomeRoute({into, shown, add}: PlanContext, byDocsPath: ReadonlyMap<string, PlannedFile>): void {
  if (into !== '') return;
  for (const home of ['index.md', 'README.md']) {
    const planned = byDocsPath.get(home);
    if (planned && planned.action !== 'clash') {
      add('info', `becomes the site's / page, as in MkDocs (the site's own docs/, the demo lesson and the authoring guide, moves under /authoring/)`, shown(planned.source));
    }
  }
}

/** The sidebar from nav (with the pages nav leaves out reported), or from the nav MkDocs makes of the files when there is none. */
export function buildSidebar(
  {input, config, into, lessonsDir, findings, shown, add}: PlanContext,
  pages: ReadonlyMap<string, NavPage>,
  byDocsPath: ReadonlyMap<string, PlannedFile>,
  routes?: Pick<ImportPlan['routes'], 'files'>,
): Pick<ImportPlan, 'sidebar' | 'sidebarFrom'> {
  if (config?.nav && input.config) {
    // Other files nav may name (a notebook): where the site serves each copy.
    const files = new Map<string, string>();
    for (const [docsPath, planned] of byDocsPath) {
      const url = planned.kind === 'asset' && planned.target !== undefined ? routes?.files[`${lessonsDir}/${planned.target}`] : undefined;
      if (url !== undefined) files.set(docsPath, url);
    }
    const result = navToSidebar(config.nav, {
      pages,
      files,
      indexes: config.features.includes('navigation.indexes'),
      file: config.file,
      source: input.config.text,
    });
    findings.push(...result.findings);
    // MkDocs 1.6's not_in_nav: pages it matches are left out of nav on purpose, and not reported.
    const notInNav = typeof config.raw.not_in_nav === 'string' ? ignore().add(config.raw.not_in_nav) : undefined;
    for (const [docsPath, page] of pages) {
      const planned = byDocsPath.get(docsPath);
      if (page.isDoc && !result.used.has(docsPath) && planned && !notInNav?.ignores(docsPath)) {
        add('info', 'not in nav: copied and reachable by its URL, but not in the sidebar (as in MkDocs)', shown(planned.source));
      }
    }
    return {sidebar: result.items, sidebarFrom: 'nav'};
  }
  // No nav: the one MkDocs makes from the files (`mkdocsDefaultNav`), so the sidebar lists what MkDocs listed, in its order.
  const nav = mkdocsDefaultNav([...pages].filter(([, page]) => page.isDoc).map(([docsPath]) => docsPath));
  const result = navToSidebar(nav, {pages, indexes: config?.features.includes('navigation.indexes') ?? false, file: config?.file ?? 'mkdocs.yml'});
  findings.push(...result.findings);
  if (config) add('info', 'no nav: the sidebar lists the pages as MkDocs does without one (each folder a section titled by its name, index first, then by file name)', config.file);
  return {sidebar: result.items, sidebarFrom: 'folders'};
}

/**
 * The nav MkDocs builds when the config has none (`get_files` then
 * `nest_paths`, MkDocs 1.4–1.6): the docs folder walked top-down, folders in
 * name order after a folder's own files, `index.md`/`README.md` first and the
 * other files in name order (code-point order, as Python sorts); each folder
 * a section titled by its name (`-`/`_` as spaces, capitalised when all lower
 * case: `hands-on-labs` → "Hands on labs", `Hands-on-Labs` → "Hands on Labs").
 */
export function mkdocsDefaultNav(docsPaths: readonly string[]): unknown[] {
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const isIndex = (file: string) => /^(?:index|README)\.[^.]+$/.test(file);
  // Walk order: a folder's files (index first), then its sub-folders, each in name order.
  const order = (a: string, b: string): number => {
    const partsA = a.split('/');
    const partsB = b.split('/');
    for (let index = 0; ; index++) {
      const lastA = index === partsA.length - 1;
      const lastB = index === partsB.length - 1;
      if (lastA && lastB) return Number(!isIndex(partsA[index])) - Number(!isIndex(partsB[index])) || byCodePoint(partsA[index], partsB[index]);
      // A folder's own files come before its sub-folders.
      if (lastA !== lastB) return lastA ? -1 : 1;
      if (partsA[index] !== partsB[index]) return byCodePoint(partsA[index], partsB[index]);
    }
  };
  const nested: unknown[] = [];
  for (const docsPath of [...docsPaths].sort(order)) {
    let branch = nested;
    for (const folder of docsPath.split('/').slice(0, -1)) {
      const title = folderTitle(folder);
      let section = branch.find((item): item is Record<string, unknown[]> => typeof item === 'object' && item !== null && title in item);
      if (!section) branch.push((section = {[title]: []}));
      branch = section[title]!;
    }
    branch.push(docsPath);
  }
  return nested;
}

/** MkDocs' `dirname_to_title`. */
function folderTitle(folder: string): string {
  const title = folder.replace(/[-_]/g, ' ');
  return title.toLowerCase() === title ? title.charAt(0).toUpperCase() + title.slice(1) : title;
}
