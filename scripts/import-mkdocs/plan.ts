/**
 * The whole import as a pure function: the MkDocs project's files and config
 * and the site's current docs folder in; what to copy where, the sidebar and
 * the findings out. `cli.ts` reads and writes the disk.
 *
 * {@link planImport} runs the steps in order; each lives in its own module:
 * `plan-files.ts` (what is copied, and where), `plan-urls.ts` (the MkDocs URL
 * of each page and file, and the copies into static/), `plan-lessons.ts` (extra_css box
 * types, then what each page holds that does not carry over), `plan-site.ts`
 * (doc ids and routes Docusaurus would reject, the sidebar). The steps share a
 * {@link PlanContext} (`plan-context.ts`) and append findings to it, so the
 * report lists them in the order of the steps.
 */
import type {CustomType} from '../../plugins/remark-mkdocs';
import type {UnresolvedLink} from '../../plugins/remark-unresolved-links';
import {markdownExtensionOptions, type MkdocsConfig} from './config';
import type {CssBoxType} from './css';
import type {SidebarItem} from './nav';
import {checkConfig, planContext} from './plan-context';
import {placeFiles, relocateFlattenedFiles, setAsideMkdocsOnlyFiles} from './plan-files';
import {checkPages, readExtraCss} from './plan-lessons';
import {planUrls, type PlannedStatic, type PlannedUrls} from './plan-urls';
import {buildSidebar, checkDuplicateDocIds, checkHomeRoute} from './plan-site';
import type {Finding} from './report';
import {planSnippets, type SnippetsImportPlan} from './snippets';
import {includeMarkdownSetting, planIncludeMarkdown} from './include-markdown';
import {LineLocator} from './report';
import type {SvgScripts} from './svg-scripts';
import {planCustomIcons, type CustomIconsPlan} from './custom-icons';

/** A folder's files (POSIX paths relative to it, dotfiles included) and their bytes. */
export interface FileTree {
  files: readonly string[];
  read(file: string): Buffer;
  /** What the file held that runs script, as the tree reads it (a served tree's SVG files, `svg-scripts.ts`). */
  svgScripts?(file: string): SvgScripts | undefined;
}

export interface ImportInput {
  /** The parsed config and its text; absent when the project has no mkdocs.yml. */
  config?: {parsed: MkdocsConfig; text: string};
  /** The docs folder, relative to the project (`docs`, or `.`). */
  docsDir: string;
  /** The config's docs_dir does not exist, so the config's own folder is the docs folder. */
  flattened?: boolean;
  docs: FileTree;
  /** The lessons' docs folder of the site (`lessonsDir`) as it is now. */
  site: FileTree;
  /**
   * The site folder of the docs instance the lessons go to, as the report names
   * it: `docs` (default), or `workshop/docs` when the workshop becomes the site.
   */
  lessonsDir?: string;
  /**
   * The site folder served at the lessons' root URL where non-Markdown files are
   * copied so that they keep their MkDocs URL: `static` (default), or
   * `workshop/static` when the workshop becomes the site.
   */
  staticDir?: string;
  /** That static folder as it is now; none: empty. */
  static?: FileTree;
  /** Static files (relative to the static folder) an earlier import wrote and nobody changed since: updated without --force. */
  ownedStatic?: ReadonlySet<string>;
  /** Folder under that docs folder to import into; '' (default) for the folder itself. */
  into?: string;
  /** Overwrite site files that differ. */
  force?: boolean;
  /** Site docs files (relative to docs/) an earlier import wrote and nobody changed since: updated without --force. */
  owned?: ReadonlySet<string>;
  /**
   * Box types the site itself declares besides Material's (`siteTypes` of `src/admonitions/custom-types.ts`): an
   * extra_css type of the same name is not carried over. Not those an earlier import carried over: they are read again.
   */
  customTypes?: Readonly<Record<string, CustomType>>;
  /**
   * The whole MkDocs project (its root's files): pymdownx.snippets includes may
   * name files outside docs_dir. Without it, only docs_dir's files are looked at.
   */
  project?: FileTree;
  /**
   * The project's folder on disk: the lesson checks then read the pages as the
   * build will, pymdownx.snippets' includes expanded from it. Without it the
   * checks leave includes as text.
   */
  projectDir?: string;
  /** theme.custom_dir (relative to the project) and its files: its static files are served as MkDocs served them. */
  theme?: {dir: string; files: FileTree};
  /**
   * pymdownx.emoji's `custom_icons` folders (Material's), by the entry as written: the files of each that is a
   * folder inside the project (`custom-icons.ts`).
   */
  customIconFolders?: ReadonlyMap<string, FileTree>;
}

/**
 * `copy`: new file; `overwrite`: replaces a different site file (the import's own
 * from an earlier run, or any with `--force`);
 * `unchanged`: the site already has these bytes; `clash`: the site has a
 * different file there, kept; `skip`: MkDocs-only, not copied.
 */
export type Action = 'copy' | 'overwrite' | 'unchanged' | 'clash' | 'skip';

export interface PlannedFile {
  /** Relative to the docs folder. */
  source: string;
  /** Relative to the lessons' docs folder of the site (`lessonsDir`); absent for `skip`. */
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
  /** Custom box types of extra_css the site does not declare itself, carried over (`src/admonitions/imported-types.json`). */
  importedTypes: Record<string, CssBoxType>;
  /** With the workshop as the site: extra_css's rules for the lessons' own classes and elements, scoped to them (`workshop/extra.css`, scripts/import-mkdocs/extra-css.ts). */
  stylesheet?: string;
  /** With pymdownx.snippets: included files to copy (outside docs_dir) and the site's base_path (scripts/import-mkdocs/snippets.ts). */
  snippets?: SnippetsImportPlan;
  /** With the include-markdown plugin, the workshop as the site: the files its directives include from outside docs_dir, to copy (scripts/import-mkdocs/include-markdown.ts). */
  includeMarkdownCopies?: Array<{source: string; target: string}>;
  /** Each imported page's and file's MkDocs URL (`workshop/routes.json`). */
  routes: PlannedUrls['routes'];
  /** Non-Markdown files copied into the static folder (`staticDir`) too, so that they are served at their MkDocs URL. */
  staticFiles: PlannedStatic[];
  /** With Material's custom_icons: the icons to copy into workshop/icons/ and the site's custom_icons (scripts/import-mkdocs/custom-icons.ts). */
  customIcons?: Omit<CustomIconsPlan, 'icons'>;
}

export function planImport(input: ImportInput): ImportPlan {
  const context = planContext(input);
  checkConfig(context);

  // 1. What is copied, and where.
  const {skipped, kept} = setAsideMkdocsOnlyFiles(context);
  const relocations = relocateFlattenedFiles(context, kept);
  const {placed, byDocsPath} = placeFiles(context, kept, relocations);
  const files = [...skipped, ...placed].sort((a, b) => a.source.localeCompare(b.source));
  const {routes, staticFiles} = planUrls(context, files);

  // 2. Lessons. extra_css first: the page checks must know the box types it declares; and the icons the site will
  // draw (Material's custom_icons), which the checks look up as the build does.
  const {types: importedTypes, stylesheet} = readExtraCss(context, byDocsPath);
  const customIcons = planCustomIcons(context);
  const {pages, importedDocIds, unresolvedLinks} = checkPages(context, byDocsPath, files, {...input.customTypes, ...importedTypes}, routes, customIcons?.icons);

  // 3. Doc ids and routes Docusaurus would reject or merge.
  checkDuplicateDocIds(context, importedDocIds);
  checkHomeRoute(context, byDocsPath);

  // 4. The sidebar, from the pages' ids and titles.
  const {sidebar, sidebarFrom} = buildSidebar(context, pages, byDocsPath, routes);

  // 5. Files the pages include (pymdownx.snippets) and the base paths the site resolves them with.
  const snippets = planSnippetsOf(input, context.into, context.lessonsDir);
  for (const {page, path, line} of snippets?.missing ?? []) {
    context.add('warning', `pymdownx.snippets include of ${path}: no base_path has it (in the site it stays text, with mkdocs-snippet-missing)`, page, line);
  }
  // Each entry under `auto_append:` (the same file name may appear earlier, in nav or another option).
  const locator = input.config ? new LineLocator(input.config.text) : undefined;
  const appendLine = locator?.find('auto_append', 1, {key: true}) ?? 1;
  for (const entry of snippets?.missingAutoAppend ?? []) {
    const line = locator?.find(entry, appendLine);
    context.add('warning', `pymdownx.snippets auto_append ${entry}: no base_path has it, so no page gets it (pymdownx skips it too; the build says so once, mkdocs-snippet-missing)`, context.config?.file, line);
  }

  // 6. Files the include-markdown plugin's directives include from outside docs_dir.
  const includeMarkdownCopies = context.into === '' ? planIncludeMarkdownOf(input) : undefined;

  const {config, findings} = context;
  return {
    files,
    sidebar,
    sidebarFrom,
    findings,
    unresolvedLinks,
    importedTypes,
    ...(stylesheet === undefined ? {} : {stylesheet}),
    routes,
    staticFiles,
    ...(config?.siteName === undefined ? {} : {siteName: config.siteName}),
    ...(snippets ? {snippets} : {}),
    ...(includeMarkdownCopies ? {includeMarkdownCopies} : {}),
    ...(customIcons ? {customIcons: {copies: customIcons.copies, folders: customIcons.folders}} : {}),
  };
}

function planIncludeMarkdownOf(input: ImportInput): Array<{source: string; target: string}> | undefined {
  const options = input.config ? includeMarkdownSetting(input.config.parsed) : undefined;
  if (!options) return undefined;
  const tree = projectTreeOf(input);
  return planIncludeMarkdown({projectFiles: tree.files, read: (file) => tree.read(file).toString('utf8'), docsDir: input.docsDir, options});
}

/** The project's files, or without them, docs_dir's own (as project paths). */
function projectTreeOf(input: ImportInput): FileTree {
  const docsPrefix = input.docsDir === '.' ? '' : `${input.docsDir}/`;
  return input.project ?? {files: input.docs.files.map((file) => docsPrefix + file), read: (file: string) => input.docs.read(file.slice(docsPrefix.length))};
}

function planSnippetsOf(input: ImportInput, into: string, lessonsDir: string): SnippetsImportPlan | undefined {
  const options = input.config ? markdownExtensionOptions(input.config.parsed.markdownExtensions).get('pymdownx.snippets') : undefined;
  if (!options) return undefined;
  const tree = projectTreeOf(input);
  return planSnippets({
    projectFiles: tree.files,
    read: (file) => tree.read(file).toString('utf8'),
    docsDir: input.docsDir,
    siteDocsDir: into ? `${lessonsDir}/${into}` : lessonsDir,
    options,
  });
}
