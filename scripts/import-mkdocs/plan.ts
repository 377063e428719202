/**
 * The whole import as a pure function: the MkDocs project's files and config
 * and the site's current docs folder in; what to copy where, the sidebar and
 * the findings out. `../import-mkdocs.ts` (via `cli.ts`) reads and writes the disk.
 */
import path from 'node:path';
import {configFindings, hasPlugin, type MkdocsConfig} from './config';
import type {CustomType} from '../../plugins/remark-mkdocs';
import {RULE_ID as UNRESOLVED_LINK_RULE, type UnresolvedLink} from '../../plugins/remark-unresolved-links';
import {cssFindings, type CssBoxType} from './css';
import {lessonFindings} from './lesson-checks';
import {docusaurusDocId, isDocusaurusDoc} from './doc-ids';
import {navPaths, navToSidebar, type NavPage, type SidebarItem} from './nav';
import {MKDOCS_FRONT_MATTER, invalidDocusaurusFrontMatter, resolveLocalLink, scanPage} from './pages';
import {LineLocator, finding, type Finding} from './report';
import {isRecord, parseYaml} from './yaml';

/** A folder's files (POSIX paths relative to it, dotfiles included) and their bytes. */
export interface FileTree {
  files: readonly string[];
  read(file: string): Buffer;
}

export interface ImportInput {
  /** The parsed config and its text; absent when the project has no mkdocs.yml. */
  config?: {parsed: MkdocsConfig; text: string};
  /** The docs folder, relative to the project (`docs`, or `.`). */
  docsDir: string;
  /** The config's docs_dir does not exist, so the config's own folder is the docs folder. */
  flattened?: boolean;
  docs: FileTree;
  /** The site's `docs/` folder as it is now. */
  site: FileTree;
  /** Folder under the site's docs/ to import into; '' (default) for docs/ itself. */
  into?: string;
  /** Overwrite site files that differ. */
  force?: boolean;
  /** Box types the site declares besides Material's (`src/admonitions/custom-types.ts`). */
  customTypes?: Readonly<Record<string, CustomType>>;
}

/**
 * `copy`: new file; `overwrite`: replaces a different site file (`--force`);
 * `unchanged`: the site already has these bytes; `clash`: the site has a
 * different file there, kept; `skip`: MkDocs-only, not copied.
 */
export type Action = 'copy' | 'overwrite' | 'unchanged' | 'clash' | 'skip';

export interface PlannedFile {
  /** Relative to the docs folder. */
  source: string;
  /** Relative to the site's docs/ folder; absent for `skip`. */
  target?: string;
  action: Action;
  kind: 'page' | 'asset';
}

export interface ImportPlan {
  files: PlannedFile[];
  sidebar: SidebarItem[];
  sidebarFrom: 'nav' | 'folders';
  findings: Finding[];
  siteName?: string;
  /**
   * Markdown links and images to no file of the site after the import: the
   * site keeps them as written and warns (`import-unresolved-links.json`),
   * where its build would otherwise fail, as MkDocs only warns.
   */
  unresolvedLinks: UnresolvedLink[];
  /** Custom box types of extra_css the site does not declare yet, carried over (`src/admonitions/imported-types.json`). */
  importedTypes: Record<string, CssBoxType>;
}

const PAGE_EXTENSIONS = /\.(md|markdown|mdown|mkdn|mkd)$/i;

function posixJoin(...parts: string[]): string {
  const joined = path.posix.join(...parts.filter((part) => part !== '' && part !== '.'));
  return joined === '' ? '.' : joined;
}

/** The part of a config-relative path that lies inside the docs folder, or undefined. */
function insideDocs(docsDir: string, configRelative: string): string | undefined {
  const relative = path.posix.relative(path.posix.normalize(docsDir), path.posix.normalize(configRelative));
  return relative === '' || relative.startsWith('..') || path.posix.isAbsolute(relative) ? undefined : relative;
}

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return {};
  try {
    const parsed = parseYaml(match[1]);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * In a flattened copy of a project (lessons next to mkdocs.yml, folders lost),
 * a file nav (or extra_css/extra_javascript) names at `a/b/page.md` that is
 * missing is taken from the one file with the same name, and placed where nav
 * expects it, so its relative links (`../other.md`) work again.
 */
function flattenedRelocations(files: readonly string[], wanted: readonly string[], report: (file: string, message: string) => void): Map<string, string> {
  const present = new Set(files);
  const byName = new Map<string, string[]>();
  for (const file of files) {
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
      report(source, `wanted at both ${previous} and ${target} (flattened layout): placed at ${previous} only`);
      continue;
    }
    relocations.set(source, target);
    claimed.set(target, source);
  }
  return relocations;
}

export function planImport(input: ImportInput): ImportPlan {
  const findings: Finding[] = [];
  const into = input.into ? path.posix.normalize(input.into).replace(/^\.\/?|\/$/g, '') : '';
  const config = input.config?.parsed;
  const configFile = config?.file;
  const shown = (file: string) => posixJoin(input.docsDir, file);
  const add = (severity: Finding['severity'], message: string, file?: string, line?: number, extra?: {column?: number; ruleId?: string}) =>
    findings.push(finding(severity, message, file, line, extra));

  if (input.config && config) {
    findings.push(...configFindings(config, input.config.text));
  } else {
    add('info', `no mkdocs.yml or mkdocs.yaml: ${input.docsDir === '.' ? 'the given folder' : input.docsDir} is the docs folder and the sidebar is autogenerated from its folders`);
  }
  if (input.flattened && config) {
    const line = config.docsDirExplicit && input.config ? new LineLocator(input.config.text).topLevelKey('docs_dir') : undefined;
    add('info', `docs_dir ${config.docsDir} does not exist: the folder holding ${config.file} is the docs folder (flattened layout)`, config.file, line);
  }

  // 1. What is copied, and where.
  const files: PlannedFile[] = [];
  const skippedGroups = new Map<string, {count: number; message: string; severity: Finding['severity']}>();
  const skipGroup = (group: string, severity: Finding['severity'], message: string) => {
    const entry = skippedGroups.get(group);
    if (entry) entry.count += 1;
    else skippedGroups.set(group, {count: 1, message, severity});
  };
  const customDir = config?.customDir === undefined ? undefined : insideDocs(input.docsDir, config.customDir);
  const siteDirName = config && typeof config.raw.site_dir === 'string' ? insideDocs(input.docsDir, config.raw.site_dir) : insideDocs(input.docsDir, 'site');
  const kept: string[] = [];
  for (const file of [...input.docs.files].sort()) {
    const segments = file.split('/');
    const skip = (message: string, severity: Finding['severity'] = 'warning') => {
      files.push({source: file, action: 'skip', kind: PAGE_EXTENSIONS.test(file) ? 'page' : 'asset'});
      add(severity, message, shown(file));
    };
    if (configFile !== undefined && input.flattened && file === configFile) {
      files.push({source: file, action: 'skip', kind: 'asset'});
      continue;
    }
    if (path.posix.basename(file) === '.pages') {
      skip('awesome-pages order file: not copied and not read (the sidebar follows nav, or the folder order)');
      continue;
    }
    const dotted = segments.findIndex((segment) => segment.startsWith('.'));
    if (dotted !== -1) {
      files.push({source: file, action: 'skip', kind: 'asset'});
      skipGroup(segments.slice(0, dotted + 1).join('/'), 'info', 'not copied: MkDocs ignores dotfiles and dot-folders too');
      continue;
    }
    const top = segments[0];
    if (segments.length > 1 && (top === 'overrides' || (customDir !== undefined && (file === customDir || file.startsWith(`${customDir}/`))))) {
      files.push({source: file, action: 'skip', kind: 'asset'});
      const dir = customDir !== undefined && file.startsWith(`${customDir}/`) ? customDir : top;
      skipGroup(`${dir}/`, 'warning', 'Material theme overrides (custom_dir: templates, partials, icons): not copied; Docusaurus customises through src/theme/');
      continue;
    }
    if (segments.length > 1 && top === 'templates') {
      files.push({source: file, action: 'skip', kind: 'asset'});
      skipGroup('templates/', 'warning', 'not copied: MkDocs excludes /templates/ from the docs too (Jinja templates)');
      continue;
    }
    if (siteDirName !== undefined && file.startsWith(`${siteDirName}/`)) {
      files.push({source: file, action: 'skip', kind: 'asset'});
      skipGroup(`${siteDirName}/`, 'info', 'not copied: the MkDocs build output (site_dir)');
      continue;
    }
    if (segments.includes('node_modules') || segments.includes('__pycache__')) {
      files.push({source: file, action: 'skip', kind: 'asset'});
      continue;
    }
    kept.push(file);
  }
  for (const [group, entry] of skippedGroups) {
    add(entry.severity, `${entry.message}${entry.count > 1 ? ` (${entry.count} files)` : ''}`, shown(group));
  }

  const fromNav = config ? navPaths(config.nav ?? []) : [];
  const wanted = config ? [...fromNav, ...[...config.extraCss, ...config.extraJavascript].map((file) => path.posix.normalize(file))] : [];
  const relocations = input.flattened
    ? flattenedRelocations(kept, wanted, (file, message) => add('warning', message, shown(file)))
    : new Map<string, string>();
  for (const [source, target] of relocations) {
    const where = fromNav.includes(target) ? 'nav' : 'extra_css/extra_javascript';
    add('info', `placed at ${target}, where ${where} names it (flattened layout: keeps its relative links working)`, shown(source));
  }

  const siteFiles = new Set(input.site.files);
  /** docs-relative path (after relocation) → planned file */
  const byDocsPath = new Map<string, PlannedFile>();
  for (const source of kept) {
    const docsPath = relocations.get(source) ?? source;
    const target = posixJoin(into, docsPath);
    const kind = PAGE_EXTENSIONS.test(source) ? 'page' : 'asset';
    let action: Action = 'copy';
    if (siteFiles.has(target)) {
      if (input.site.read(target).equals(input.docs.read(source))) action = 'unchanged';
      else if (input.force) {
        action = 'overwrite';
        add('info', `overwrites the site's different docs/${target} (--force)`, shown(source));
      }
      else {
        action = 'clash';
        add('warning', `name clash: the site already has a different docs/${target}: not copied, the site's file is kept (--force overwrites it)`, shown(source));
      }
    }
    const planned: PlannedFile = {source, target, action, kind};
    files.push(planned);
    byDocsPath.set(docsPath, planned);
  }
  files.sort((a, b) => a.source.localeCompare(b.source));

  // Extra CSS: found, and the box types it declares (before the pages: their checks must know them).
  const importedTypes: Record<string, CssBoxType> = {};
  for (const css of config?.extraCss ?? []) {
    const planned = byDocsPath.get(path.posix.normalize(css));
    if (!planned) {
      add('warning', `extra_css ${css}: not in the docs folder`, config?.file);
      continue;
    }
    const result = cssFindings(shown(planned.source), input.docs.read(planned.source).toString('utf8'), {...input.customTypes, ...importedTypes});
    findings.push(...result.findings);
    Object.assign(importedTypes, result.types);
  }
  const boxTypes = {...input.customTypes, ...importedTypes};

  // 2. Pages: ids, titles, and what in them does not carry over.
  const jinjaPlugin = config ? ['macros', 'include-markdown', 'table-reader'].find((name) => hasPlugin(config, name)) : undefined;
  const pages = new Map<string, NavPage>();
  const afterImport = new Set<string>([...siteFiles, ...files.flatMap((file) => (file.target && file.action !== 'skip' ? [file.target] : []))]);
  const importedDocIds = new Map<string, string>();
  const unresolvedLinks: UnresolvedLink[] = [];
  for (const [docsPath, planned] of byDocsPath) {
    if (planned.kind !== 'page' || planned.target === undefined) continue;
    const file = shown(planned.source);
    const text = input.docs.read(planned.source).toString('utf8');
    const scan = scanPage(docsPath, text);
    const landed = planned.action === 'clash' ? frontMatterOf(input.site.read(planned.target).toString('utf8')) : scan.frontMatter;
    const isDoc = isDocusaurusDoc(planned.target);
    const id = docusaurusDocId(planned.target, landed);
    pages.set(docsPath, {id, title: scan.title, isDoc});
    if (isDoc) importedDocIds.set(planned.target, id);
    if (planned.action === 'clash') continue;

    if (!isDoc) {
      add(
        /\.mdx?$/.test(planned.target) ? 'info' : 'warning',
        /\.mdx?$/.test(planned.target)
          ? 'copied, but Docusaurus does not build files or folders starting with _ (MkDocs does): no page'
          : 'copied, but Docusaurus only builds .md and .mdx files: no page (rename it to .md)',
        file,
      );
    }
    if (scan.frontMatterError) add('error', `front matter: ${scan.frontMatterError.message}: the Docusaurus build fails on it`, file, scan.frontMatterError.line);
    const frontLocator = new LineLocator(text);
    for (const problem of invalidDocusaurusFrontMatter(scan.frontMatter)) add('error', `front matter: ${problem}: the Docusaurus build fails on it`, file, 1);
    for (const key of Object.keys(scan.frontMatter)) {
      const note = MKDOCS_FRONT_MATTER[key];
      if (note) add('warning', `front matter ${key}: ${note}`, file, frontLocator.find(key, 1, {key: true}));
    }
    for (const snippet of scan.snippets) {
      add('warning', `pymdownx.snippets include not expanded, the line shows as text: ${snippet.text}`, file, snippet.line);
    }
    if (jinjaPlugin) {
      for (const expression of scan.jinja) {
        add('warning', `Jinja (${jinjaPlugin} plugin) not rendered, shown literally: ${expression.text}`, file, expression.line);
      }
    }
    for (const link of scan.links) {
      const resolved = resolveLocalLink(docsPath, link.target);
      if (resolved === undefined) continue;
      const target = path.posix.normalize(posixJoin(into, resolved));
      if (!target.startsWith('../') && afterImport.has(target)) {
        // MkDocs copies every file next to the pages, so a relative src in raw HTML works there;
        // Docusaurus bundles only what Markdown links and images name, and serves no docs/ file.
        if (link.kind === 'html' && isDoc) {
          add('warning', `HTML ${link.target}: docs/${target} is not published by Docusaurus (raw HTML paths are not bundled): the browser shows it broken; write it as a Markdown image or link, or move the file to static/`, file, link.line, {column: link.column});
        }
        continue;
      }
      const outside = target.startsWith('../');
      const what = outside ? 'points outside the site\'s docs folder' : `docs/${target} will not exist`;
      if (link.kind === 'html') {
        add('warning', `HTML ${link.target}: ${what}: the browser shows it broken (Docusaurus does not check raw HTML)`, file, link.line, {column: link.column});
        continue;
      }
      // MkDocs only warns about such a link; the site's build would fail on it
      // (onBrokenLinks, onBrokenMarkdownImages). Listed, it stays as written and the build warns.
      if (isDoc) unresolvedLinks.push({file: `docs/${planned.target}`, url: link.target, kind: link.kind, line: link.line, column: link.column});
      add('warning', `${link.kind} ${link.target}: ${what}: kept as written (its ${link.kind === 'image' ? 'alt' : 'link'} text too); the build warns instead of failing, as MkDocs does`, file, link.line, {column: link.column, ruleId: UNRESOLVED_LINK_RULE});
    }
    if (isDoc) findings.push(...lessonFindings(file, text, boxTypes));
  }

  // 3. Doc ids and routes Docusaurus would reject or merge.
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
      add('error', `doc id ${id} would belong to ${owners.map((owner) => `docs/${owner}`).join(' and ')}: Docusaurus fails on duplicate ids (a number prefix like 1_ is not part of the id); rename one`);
    }
  }
  if (into === '') {
    for (const home of ['index.md', 'README.md']) {
      const planned = byDocsPath.get(home);
      if (planned && planned.action !== 'clash') {
        add('warning', `becomes the site's / page: if another doc already has slug / (this site's HOME_DOC in docusaurus.config.ts), Docusaurus reports a duplicate route; import with --into <folder> to avoid it`, shown(planned.source));
      }
    }
  }

  // 4. The sidebar.
  let sidebar: SidebarItem[];
  let sidebarFrom: ImportPlan['sidebarFrom'];
  if (config?.nav && input.config) {
    const result = navToSidebar(config.nav, {
      pages,
      indexes: config.features.includes('navigation.indexes'),
      file: config.file,
      source: input.config.text,
    });
    sidebar = result.items;
    sidebarFrom = 'nav';
    findings.push(...result.findings);
    for (const [docsPath, page] of pages) {
      const planned = byDocsPath.get(docsPath);
      if (page.isDoc && !result.used.has(docsPath) && planned) {
        add('info', 'not in nav: copied and reachable by its URL, but not in the sidebar (as in MkDocs)', shown(planned.source));
      }
    }
  } else {
    sidebar = [{type: 'autogenerated', dirName: into === '' ? '.' : into}];
    sidebarFrom = 'folders';
    if (config) {
      add('info', 'no nav: the sidebar is autogenerated from the folders (Docusaurus orders by number prefix, then name; MkDocs puts index first, then sorts by name)', config.file);
    }
    if (into === '') {
      add('info', "the autogenerated sidebar covers all of docs/, the site's own pages too: import with --into <folder> to keep the imported lessons apart");
    }
  }

  return {files, sidebar, sidebarFrom, findings, unresolvedLinks, importedTypes, ...(config?.siteName === undefined ? {} : {siteName: config.siteName})};
}
