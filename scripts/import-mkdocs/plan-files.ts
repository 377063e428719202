/**
 * Step 1 of the import plan: what is copied, and where. Files MkDocs would not
 * publish are set aside; in a flattened project the files nav names are put
 * back where it names them; every other file lands at the same path under the
 * folder imported into, unless the site has a different file there.
 */
import path from 'node:path';
import {NOTHING_OWN, findUnsafeInPage} from '../../plugins/built-html-guard/scan';
import {svgCopyDecision} from './svg-scripts';
import {publishedFiles} from '../../plugins/mkdocs-urls';
import {navPaths} from './nav';
import type {Action, PlannedFile} from './plan';
import {PAGE_EXTENSIONS, posixJoin, type PlanContext} from './plan-context';
import type {Finding} from './report';

/** The part of a config-relative path that lies inside the docs folder, or undefined. */
function insideDocs(docsDir: string, configRelative: string): string | undefined {
  const relative = path.posix.relative(path.posix.normalize(docsDir), path.posix.normalize(configRelative));
  return relative === '' || relative.startsWith('..') || path.posix.isAbsolute(relative) ? undefined : relative;
}

/**
 * The docs files MkDocs itself does not publish (the config beside flattened
 * lessons, awesome-pages `.pages`, dotfiles, theme overrides, templates, the
 * build output, node_modules, __pycache__; HTML files that would run script), planned as `skip`; the rest, kept,
 * in sorted order. Whole folders are reported once, with their file count.
 */
export function setAsideMkdocsOnlyFiles({input, config, shown, add}: PlanContext): {skipped: PlannedFile[]; kept: string[]} {
  const skipped: PlannedFile[] = [];
  const kept: string[] = [];
  const skippedGroups = new Map<string, {count: number; message: string; severity: Finding['severity']}>();
  const skipGroup = (group: string, severity: Finding['severity'], message: string) => {
    const entry = skippedGroups.get(group);
    if (entry) entry.count += 1;
    else skippedGroups.set(group, {count: 1, message, severity});
  };
  const customDir = config?.customDir === undefined ? undefined : insideDocs(input.docsDir, config.customDir);
  const siteDirName = config && typeof config.raw.site_dir === 'string' ? insideDocs(input.docsDir, config.raw.site_dir) : insideDocs(input.docsDir, 'site');
  for (const file of [...input.docs.files].sort()) {
    const segments = file.split('/');
    if (config?.file !== undefined && input.flattened && file === config.file) {
      skipped.push({source: file, action: 'skip', kind: 'asset'});
      continue;
    }
    if (path.posix.basename(file) === '.pages') {
      skipped.push({source: file, action: 'skip', kind: 'asset'});
      add('warning', 'awesome-pages order file: not copied and not read (the sidebar follows nav, or the folder order)', shown(file));
      continue;
    }
    const dotted = segments.findIndex((segment) => segment.startsWith('.'));
    if (dotted !== -1) {
      skipped.push({source: file, action: 'skip', kind: 'asset'});
      skipGroup(segments.slice(0, dotted + 1).join('/'), 'info', 'not copied: MkDocs ignores dotfiles and dot-folders too');
      continue;
    }
    const top = segments[0];
    if (segments.length > 1 && (top === 'overrides' || (customDir !== undefined && (file === customDir || file.startsWith(`${customDir}/`))))) {
      skipped.push({source: file, action: 'skip', kind: 'asset'});
      const dir = customDir !== undefined && file.startsWith(`${customDir}/`) ? customDir : top;
      skipGroup(`${dir}/`, 'warning', 'Material theme overrides (custom_dir: templates, partials, icons): not copied; Docusaurus customises through src/theme/');
      continue;
    }
    if (segments.length > 1 && top === 'templates') {
      skipped.push({source: file, action: 'skip', kind: 'asset'});
      skipGroup('templates/', 'warning', 'not copied: MkDocs excludes /templates/ from the docs too (Jinja templates)');
      continue;
    }
    if (siteDirName !== undefined && file.startsWith(`${siteDirName}/`)) {
      skipped.push({source: file, action: 'skip', kind: 'asset'});
      skipGroup(`${siteDirName}/`, 'info', 'not copied: the MkDocs build output (site_dir)');
      continue;
    }
    if (segments.includes('node_modules') || segments.includes('__pycache__')) {
      skipped.push({source: file, action: 'skip', kind: 'asset'});
      continue;
    }
    // A lab's own web page (`resources/frontend-app/index.html`): MkDocs serves it as it is; the site serves no
    // script a workshop wrote (its build fails on any, plugins/built-html-guard), so it stays in the repository.
    if (/\.html?$/i.test(file)) {
      const unsafe = findUnsafeInPage(input.docs.read(file).toString('utf8'), NOTHING_OWN);
      if (unsafe.length > 0) {
        skipped.push({source: file, action: 'skip', kind: 'asset'});
        add('warning', `not copied: an HTML file that would run script (${unsafe[0].split('\n')[0].slice(0, 120)}); the site serves no script a workshop wrote, and its build fails on any: link to it in the repository instead`, shown(file));
        continue;
      }
    }
    // An SVG opened on its own runs its script (a chart's tooltips): copied without it (the docs tree reads it so,
    // svg-scripts.ts), or not at all when that is not possible.
    const svg = svgCopyDecision(input.docs, file);
    if (svg) add('warning', svg.warning, shown(file));
    if (svg && !svg.copy) {
      skipped.push({source: file, action: 'skip', kind: 'asset'});
      continue;
    }
    kept.push(file);
  }
  // MkDocs' get_files: a README.md beside an index.md would have the same URL; index.md wins.
  const published = new Set(publishedFiles(kept, true));
  for (const file of kept.filter((candidate) => !published.has(candidate))) {
    kept.splice(kept.indexOf(file), 1);
    skipped.push({source: file, action: 'skip', kind: 'page'});
    add('warning', `not copied: MkDocs leaves it out of the site too, as it conflicts with ${path.posix.join(path.posix.dirname(file), 'index.md')} (same URL)`, shown(file));
  }
  for (const [group, entry] of skippedGroups) {
    add(entry.severity, `${entry.message}${entry.count > 1 ? ` (${entry.count} files)` : ''}`, shown(group));
  }
  return {skipped, kept};
}

/**
 * In a flattened copy of a project (lessons next to mkdocs.yml, folders lost),
 * a file nav (or extra_css/extra_javascript) names at `a/b/page.md` that is
 * missing is taken from the one file with the same name, and placed where nav
 * expects it, so its relative links (`../other.md`) work again. Returns kept
 * file → docs-relative path it is placed at; empty unless the layout is flattened.
 */
export function relocateFlattenedFiles({input, config, shown, add}: PlanContext, kept: readonly string[]): Map<string, string> {
  if (!input.flattened) return new Map();
  const fromNav = config ? navPaths(config.nav ?? []) : [];
  const wanted = config ? [...fromNav, ...[...config.extraCss, ...config.extraJavascript].map((file) => path.posix.normalize(file))] : [];
  const present = new Set(kept);
  const byName = new Map<string, string[]>();
  for (const file of kept) {
    const name = path.posix.basename(file);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  const relocations = new Map<string, string>();
  const claimed = new Map<string, string>();
  for (const target of wanted) {
    if (present.has(target) || claimed.has(target)) continue;
    const candidates = (byName.get(path.posix.basename(target)) ?? []).filter((file) => !wanted.includes(file));
    if (candidates.length !== 1) continue;
    const source = candidates[0];
    const previous = relocations.get(source);
    if (previous !== undefined && previous !== target) {
      add('warning', `wanted at both ${previous} and ${target} (flattened layout): placed at ${previous} only`, shown(source));
      continue;
    }
    relocations.set(source, target);
    claimed.set(target, source);
  }
  for (const [source, target] of relocations) {
    const where = fromNav.includes(target) ? 'nav' : 'extra_css/extra_javascript';
    add('info', `placed at ${target}, where ${where} names it (flattened layout: keeps its relative links working)`, shown(source));
  }
  return relocations;
}

/**
 * Each kept file's target under the folder imported into, and its action:
 * `copy`, or against a site file already there `unchanged`, `overwrite`
 * (`--force`) or `clash`. `byDocsPath` keys them by docs-relative path after
 * relocation, the path nav and the pages' links use.
 */
export function placeFiles(
  {input, into, lessonsDir, shown, add}: PlanContext,
  kept: readonly string[],
  relocations: ReadonlyMap<string, string>,
): {placed: PlannedFile[]; byDocsPath: Map<string, PlannedFile>} {
  const siteFiles = new Set(input.site.files);
  const placed: PlannedFile[] = [];
  const byDocsPath = new Map<string, PlannedFile>();
  for (const source of kept) {
    const docsPath = relocations.get(source) ?? source;
    const target = posixJoin(into, docsPath);
    const kind = PAGE_EXTENSIONS.test(source) ? 'page' : 'asset';
    let action: Action = 'copy';
    if (siteFiles.has(target)) {
      if (input.site.read(target).equals(input.docs.read(source))) action = 'unchanged';
      // The import's own copy from an earlier run, unchanged since: updated like any generated file.
      else if (input.owned?.has(target)) action = 'overwrite';
      // Said in the run's list of changes (site-writer.ts), not in the report, which stays the same from run to run.
      else if (input.force) action = 'overwrite';
      else {
        action = 'clash';
        add('warning', `name clash: the site already has a different ${lessonsDir}/${target}: not copied, the site's file is kept (--force overwrites it)`, shown(source));
      }
    }
    const planned: PlannedFile = {source, target, action, kind};
    placed.push(planned);
    byDocsPath.set(docsPath, planned);
  }
  return {placed, byDocsPath};
}
