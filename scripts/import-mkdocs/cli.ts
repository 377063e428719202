/**
 * `npm run import:mkdocs -- <mkdocs project> [--out <site dir>] [--into <folder>] [--force] [--dry-run]` (`--help`)
 *
 * The disk side of the import: finds the config and the docs folder, stops on
 * the mistakes a user can make (before writing anything), runs the pure
 * {@link planImport}, then writes through `site-writer.ts`: the lessons, the
 * included files pymdownx.snippets needs, the copies of non-Markdown files into
 * the static folder and `workshop/routes.json` (`write-urls.ts`),
 * `sidebars/imported.json`, the workshop's settings in `workshop/` (site.json,
 * markdown-extensions.json, logo and favicon, the icons of Material's
 * custom_icons in workshop/icons/), `import-report.txt`, and the
 * manifest of what it wrote; returns the report and the changes to print.
 */
import {existsSync, readFileSync, readdirSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {siteTypes} from '../../src/admonitions/custom-types';
import {parseCommandLine} from '../cli-arguments';
import {ConfigError, markdownExtensionOptions, readMkdocsConfig, type MkdocsConfig} from './config';
import type {SidebarItem} from './nav';
import {planImport, type FileTree, type ImportPlan} from './plan';
import {LineLocator, finding, formatFinding, formatFindings, type Finding} from './report';
import {IMPORTED_TYPES_FILE, UNRESOLVED_LINKS_FILE, mergeImportedTypes, mergeUnresolvedLinks} from './generated';
import {SITE_FILE, STATIC_DIR as WORKSHOP_STATIC, WORKSHOP_CSS, WORKSHOP_DOCS, type WorkshopSite} from '../../plugins/workshop-site';
import {PAGE_EXTENSIONS} from './plan-context';
import {checkNavTargets, checkPythonTags} from './project-errors';
import {MANIFEST_FILE, applyWrites, formatChanges, ownedFiles, planWrites, readManifest, writesAnything, type Change, type Output} from './site-writer';
import {MARKDOWN_EXTENSIONS_FILE, markdownExtensionsSetting, siteSettings} from './site-settings';
import {urlOutputs} from './write-urls';
import {MACROS_FILE, macrosSetting} from './macros';
import {INCLUDE_MARKDOWN_FILE, includeMarkdownSetting} from './include-markdown';
import {servedTree} from './svg-scripts';
import {customIconsSetting, projectIconFolder} from './custom-icons';

export const SIDEBAR_FILE = 'sidebars/imported.json';
export const REPORT_FILE = 'import-report.txt';
/** The site's module that reads {@link IMPORTED_TYPES_FILE}. */
const TYPES_MODULE = 'src/admonitions/custom-types.ts';

export interface CliOptions {
  project: string;
  out: string;
  into: string;
  force: boolean;
  dryRun: boolean;
}

const USAGE = `Usage: npm run import:mkdocs -- <mkdocs project folder or mkdocs.yml> [--out <dir>] [--into <folder>] [--force] [--dry-run]
  --out <dir>      the Docusaurus site to import into (default: the current folder)
  --into <folder>  a folder under the site's docs/ to import into, as a section of the site
                   (default: the workshop becomes the site, its lessons in workshop/docs/)
  --force          also overwrite (or remove) site files the import did not write, or that changed since
  --dry-run        write nothing; print the report and what would change`;

/** Ends every argument error, which stays one line. */
const SEE_HELP = '(npm run import:mkdocs -- --help shows the usage)';

/** The options, `{help}` for `--help` / `-h`, or a one-line `{error}`. */
export function parseArguments(argv: readonly string[]): CliOptions | {help: string} | {error: string} {
  const parsed = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      out: {type: 'string'},
      into: {type: 'string'},
      force: {type: 'boolean', default: false},
      'dry-run': {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
  if ('error' in parsed) return {error: `${parsed.error} ${SEE_HELP}`};
  const {values, positionals} = parsed;
  if (values.help) return {help: USAGE};
  for (const name of ['out', 'into'] as const) {
    if (values[name] === '') return {error: `--${name} needs a value ${SEE_HELP}`};
  }
  if (positionals.length !== 1) return {error: `${positionals.length === 0 ? 'Which MkDocs project?' : 'One project at a time.'} ${SEE_HELP}`};
  const options: CliOptions = {project: positionals[0], out: values.out ?? '.', into: values.into ?? '', force: values.force, dryRun: values['dry-run']};
  if (path.isAbsolute(options.into) || path.posix.normalize(options.into.replace(/\\/g, '/')).startsWith('..')) {
    return {error: `--into must be a folder inside docs/, got ${options.into}`};
  }
  return options;
}

/** Every file under a folder, as sorted POSIX paths relative to it; dotfiles included, symlinks followed. */
export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      const stats = entry.isSymbolicLink() ? statSync(full, {throwIfNoEntry: false}) : entry;
      if (!stats) continue;
      if (stats.isDirectory()) {
        if (entry.name === '.git' || entry.name === 'node_modules') continue;
        walk(full, relative);
      } else if (stats.isFile()) found.push(relative);
    }
  };
  walk(root, '');
  return found.sort();
}

export function fileTree(root: string): FileTree {
  return {files: listFiles(root), read: (file) => readFileSync(path.join(root, ...file.split('/')))};
}

/** `tree` (the folder `root`) without the files that are links leading out of the project. */
function insideProject(tree: FileTree, root: string, projectDir: string): FileTree {
  return {files: tree.files.filter((file) => realPathInside(projectDir, path.join(root, ...file.split('/'))) !== undefined), read: tree.read};
}

export interface LocatedProject {
  projectDir: string;
  config?: {parsed: MkdocsConfig; text: string};
  /** Docs folder, absolute. */
  docsPath: string;
  /** Docs folder relative to the project, POSIX (`docs`, `.`). */
  docsDir: string;
  flattened: boolean;
  findings: Finding[];
}

/**
 * Finds mkdocs.yml / mkdocs.yaml and the docs folder. Throws ConfigError on a
 * project that is none (no config), an unreadable config, or a docs_dir that
 * does not exist (unless the lessons lie beside the config: a flattened copy)
 * or lies outside the project.
 */
export function locateProject(projectPath: string, env: NodeJS.ProcessEnv = process.env): LocatedProject {
  const resolved = path.resolve(projectPath);
  if (!existsSync(resolved)) throw new ConfigError(`No such file or folder: ${resolved}`, projectPath);
  const findings: Finding[] = [];
  let projectDir = resolved;
  let configPath: string | undefined;
  if (statSync(resolved).isFile()) {
    projectDir = path.dirname(resolved);
    configPath = resolved;
  } else {
    const candidates = ['mkdocs.yml', 'mkdocs.yaml'].filter((name) => existsSync(path.join(resolved, name)));
    if (candidates.length === 2) findings.push(finding('info', 'both mkdocs.yml and mkdocs.yaml exist: mkdocs.yml is read, as MkDocs does', 'mkdocs.yaml'));
    configPath = candidates[0] === undefined ? undefined : path.join(resolved, candidates[0]);
  }
  if (!configPath) throw new ConfigError('no mkdocs.yml or mkdocs.yaml here: not a MkDocs project (give the folder holding mkdocs.yml, or the file)', projectPath);
  const file = toPosix(path.relative(projectDir, configPath));
  const text = readFileSync(configPath, 'utf8');
  const parsed = readMkdocsConfig(text, {file, env});
  checkPythonTags(parsed, text);
  const docsLine = () => new LineLocator(text).topLevelKey('docs_dir');
  const wantedDocs = path.resolve(projectDir, parsed.docsDir);
  if (path.relative(projectDir, wantedDocs).startsWith('..') || path.isAbsolute(path.relative(projectDir, wantedDocs))) {
    throw new ConfigError(`docs_dir ${parsed.docsDir}: outside the project folder: import the project that holds the lessons`, file, docsLine());
  }
  const flattened = !(existsSync(wantedDocs) && statSync(wantedDocs).isDirectory());
  if (flattened && (parsed.docsDirExplicit || !listFiles(projectDir).some((name) => PAGE_EXTENSIONS.test(name)))) {
    throw new ConfigError(`docs_dir ${parsed.docsDir}${parsed.docsDirExplicit ? '' : " (MkDocs' default)"}: no such folder beside ${file}`, file, docsLine() ?? 1);
  }
  const docsPath = flattened ? projectDir : wantedDocs;
  return {projectDir, config: {parsed, text}, docsPath, docsDir: toPosix(path.relative(projectDir, docsPath)) || '.', flattened, findings};
}

/** The file's real path (links followed) when it lies inside the project folder, else undefined. */
function realPathInside(projectDir: string, file: string): string | undefined {
  const real = realpathSync(file);
  const relative = path.relative(realpathSync(projectDir), real);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : real;
}

/** Throws on a docs file that is a link to something outside the project folder (MkDocs would publish it; the import copies only the project). */
function checkInsideProject(project: LocatedProject, files: readonly string[]): void {
  for (const file of files) {
    const absolute = path.join(project.docsPath, ...file.split('/'));
    if (realPathInside(project.projectDir, absolute) === undefined) {
      const real = realpathSync(absolute);
      const shown = project.docsDir === '.' ? file : `${project.docsDir}/${file}`;
      throw new ConfigError(`a link to ${real}, outside the project folder: copy the file into the project, or leave it out`, shown);
    }
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

function countDocs(items: readonly SidebarItem[]): number {
  return items.reduce((sum, item) => sum + (item.type === 'doc' ? 1 : item.type === 'category' ? (item.link ? 1 : 0) + countDocs(item.items) : 0), 0);
}

function readSiteText(siteDir: string, file: string): string | undefined {
  const full = path.join(siteDir, ...file.split('/'));
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

export interface RunResult {
  plan: ImportPlan;
  /** The text of import-report.txt: what the import carries and what not (the same on every run of the same import). */
  report: string;
  /** What is printed: the report, then what this run changed in the site (or would, with --dry-run). */
  output: string;
  /** What this run changed (or would), by site-relative file. */
  changes: Change[];
  /** Files written or removed, relative to the site folder (none on a dry run). */
  written: string[];
}

/** Top-level settings of site.json that differ between two versions of it, for the dry run's summary. */
function changedSettings(previous: string | undefined, next: WorkshopSite): string[] {
  let before: Record<string, unknown> = {};
  try {
    if (previous !== undefined) before = JSON.parse(previous) as Record<string, unknown>;
  } catch {
    // An unreadable file: every setting changes.
  }
  const after = next as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

/**
 * Runs the import. Throws ConfigError, before anything is written, when the
 * project or its config cannot be read or holds one of the mistakes
 * `project-errors.ts` checks. Everything the import produces is then compared
 * with the site (`site-writer.ts`) and written in one go, or on a dry run
 * only listed.
 */
export function runImport(options: CliOptions, env: NodeJS.ProcessEnv = process.env): RunResult {
  const project = locateProject(options.project, env);
  const siteDir = path.resolve(options.out);
  const into = options.into ? path.posix.normalize(options.into).replace(/^\.\/?|\/$/g, '') : '';
  // Imported into docs/ itself, the workshop becomes the site: its lessons go to workshop/docs/, the site's
  // main docs folder then (docs/, the demo content, moves under /authoring/); with --into, a folder of docs/.
  const lessonsDir = into === '' ? WORKSHOP_DOCS : 'docs';
  // Non-Markdown files are copied where the site serves them at their MkDocs URL: workshop/static/ is
  // served at the site root beside static/ (staticDirectories) when the workshop is the site.
  const staticDir = into === '' ? WORKSHOP_STATIC : 'static';
  const siteDocs = path.join(siteDir, ...lessonsDir.split('/'));
  // SVG files as the site serves them, without script (svg-scripts.ts): the plan compares, the import writes these bytes.
  const docs = servedTree(fileTree(project.docsPath));
  checkInsideProject(project, docs.files);
  if (project.config) checkNavTargets(project.config.parsed, project.config.text);

  const manifest = readManifest(siteDir);
  // Includes (pymdownx.snippets) may name files anywhere in the project, not only under docs_dir.
  const includes = project.config && (markdownExtensionOptions(project.config.parsed.markdownExtensions).has('pymdownx.snippets') || includeMarkdownSetting(project.config.parsed));
  const projectTree = includes ? fileTree(project.projectDir) : undefined;
  // theme.custom_dir's static files, which MkDocs serves beside the docs' (read only from inside the project).
  const customDir = project.config?.parsed.customDir;
  const themePath = customDir === undefined ? undefined : path.join(project.projectDir, ...customDir.split('/'));
  const themeTree = themePath && existsSync(themePath) && statSync(themePath).isDirectory() && realPathInside(project.projectDir, themePath) ? servedTree(insideProject(fileTree(themePath), themePath, project.projectDir)) : undefined;
  // Material's custom_icons: each folder of the project it lists (read only from inside the project, links followed).
  const iconSetting = project.config ? customIconsSetting(project.config.parsed) : undefined;
  const customIconFolders = new Map<string, FileTree>();
  for (const entry of Array.isArray(iconSetting) ? iconSetting : []) {
    const folder = typeof entry === 'string' ? projectIconFolder(entry) : undefined;
    if (folder === undefined) continue;
    const folderPath = path.join(project.projectDir, ...folder.split('/'));
    if (existsSync(folderPath) && statSync(folderPath).isDirectory() && realPathInside(project.projectDir, folderPath)) {
      customIconFolders.set(entry as string, insideProject(fileTree(folderPath), folderPath, project.projectDir));
    }
  }
  const ownedSiteFiles = ownedFiles(siteDir, manifest);
  const ownedUnder = (folder: string) => new Set([...ownedSiteFiles].filter((file) => file.startsWith(`${folder}/`)).map((file) => file.slice(folder.length + 1)));
  const plan = planImport({
    config: project.config,
    docsDir: project.docsDir,
    flattened: project.flattened,
    docs,
    site: fileTree(siteDocs),
    lessonsDir,
    staticDir,
    static: fileTree(path.join(siteDir, ...staticDir.split('/'))),
    ownedStatic: ownedUnder(staticDir),
    into: options.into,
    force: options.force,
    owned: ownedUnder(lessonsDir),
    customTypes: siteTypes,
    ...(projectTree ? {project: projectTree} : {}),
    projectDir: project.projectDir,
    ...(themeTree ? {theme: {dir: customDir!, files: themeTree}} : {}),
    ...(customIconFolders.size > 0 ? {customIconFolders} : {}),
  });
  const findings = [...project.findings, ...plan.findings];
  if (!['docusaurus.config.ts', 'docusaurus.config.js', 'docusaurus.config.mjs'].some((name) => existsSync(path.join(siteDir, name)))) {
    findings.push(finding('info', `${siteDir} has no docusaurus.config.*: is --out the site folder?`));
  }

  // Everything the import produces, as site files.
  const outputs: Output[] = [];
  for (const file of plan.files) {
    if (file.target === undefined || file.action === 'skip' || file.action === 'clash') continue;
    outputs.push({file: `${lessonsDir}/${file.target}`, content: docs.read(file.source)});
  }
  // Files the pages include from outside what the lessons' folder receives (pymdownx.snippets), beside the site's base paths.
  // And (include-markdown) from outside docs_dir, into the same mirror of the project: each file once.
  const included = new Map([...(plan.snippets?.copies ?? []), ...(plan.includeMarkdownCopies ?? [])].map((copy) => [copy.target, copy.source]));
  for (const [target, source] of included) outputs.push({file: target, content: projectTree!.read(source)});
  // The icons of Material's custom_icons the site draws, in workshop/icons/ (only those the SVG allow-list keeps whole).
  for (const {source, target} of plan.customIcons?.copies ?? []) outputs.push({file: target, content: readFileSync(path.join(project.projectDir, ...source.split('/')))});
  outputs.push(...urlOutputs(siteDir, docs, plan, {importedInto: into ? `${lessonsDir}/${into}` : lessonsDir, staticDir, ...(themeTree ? {theme: themeTree} : {})}));
  outputs.push({file: SIDEBAR_FILE, content: json(plan.sidebar)});
  let site: WorkshopSite | undefined;
  if (project.config) {
    const {parsed, text} = project.config;
    outputs.push({file: MARKDOWN_EXTENSIONS_FILE, content: json(markdownExtensionsSetting(parsed, plan.snippets, plan.customIcons))});
    // mkdocs-macros' variables, which the site renders in the lessons (plugins/mkdocs-macros).
    const macros = macrosSetting(parsed, into ? `${lessonsDir}/${into}` : lessonsDir);
    if (macros) outputs.push({file: MACROS_FILE, content: json(macros)});
    // mkdocs-include-markdown-plugin's options: the site expands the lessons' directives with them.
    const includeMarkdown = includeMarkdownSetting(parsed);
    // With docs_dir, the workshop as the site: the site reads paths leaving it in the mirror of the project.
    if (includeMarkdown) outputs.push({file: INCLUDE_MARKDOWN_FILE, content: json(into === '' ? {...includeMarkdown, docs_dir: project.docsDir} : includeMarkdown)});
    if (into !== '') {
      findings.push(finding('info', "imported into a folder: the workshop's site settings (title, logo, favicon, palette, repository and edit links, footer) are not applied; import into docs/ itself to make the workshop the site"));
    } else {
      const home = plan.files.some((file) => (file.target === 'index.md' || file.target === 'README.md') && file.action !== 'clash');
      // A theme file the config names (custom_dir's icons), read only from inside the project, links followed.
      const readProject = (file: string) => {
        const absolute = path.join(project.projectDir, ...file.split('/'));
        if (!existsSync(absolute)) return undefined;
        const real = realPathInside(project.projectDir, absolute);
        return real !== undefined && statSync(real).isFile() ? readFileSync(real, 'utf8') : undefined;
      };
      const settings = siteSettings({config: parsed, source: text, docsFiles: new Set(docs.files), read: (file) => docs.read(file).toString('utf8'), into, home, readProject});
      site = settings.site;
      findings.push(...settings.findings);
      if (!home) findings.push(finding('info', "no index.md or README.md at the top of the docs folder: the site's / leads to the sidebar's first page"));
      outputs.push({file: SITE_FILE, content: json(site)});
      for (const asset of settings.assets) outputs.push({file: asset.target, content: 'source' in asset ? docs.read(asset.source) : Buffer.from(asset.content)});
      // extra_css's rules for the lessons (docusaurus.config.ts loads the file when it is there); none: an earlier one is removed.
      if (plan.stylesheet !== undefined) outputs.push({file: WORKSHOP_CSS, content: Buffer.from(plan.stylesheet)});
    }
  }
  const lessons = new Set(plan.files.filter((file) => file.kind === 'page' && file.target !== undefined && file.action !== 'clash').map((file) => `${lessonsDir}/${file.target}`));
  outputs.push({file: UNRESOLVED_LINKS_FILE, content: Buffer.from(mergeUnresolvedLinks(readSiteText(siteDir, UNRESOLVED_LINKS_FILE), lessons, plan.unresolvedLinks)), merged: true});
  // The site's src/admonitions/custom-types.ts imports this file: once the site has it (or that module), it is written,
  // `{}` when the workshop declares no type, never removed, as a missing module fails the site's build and this import.
  const typesWanted = Object.keys(plan.importedTypes).length > 0 || [IMPORTED_TYPES_FILE, TYPES_MODULE].some((file) => existsSync(path.join(siteDir, ...file.split('/'))));
  if (typesWanted) {
    // The file as the import wrote it holds only what it carried over: this import's types replace them, so a type the
    // workshop dropped leaves. One changed since (or the site's own `{}`) keeps its entries, this import's winning.
    const previous = ownedSiteFiles.has(IMPORTED_TYPES_FILE) ? undefined : readSiteText(siteDir, IMPORTED_TYPES_FILE);
    outputs.push({file: IMPORTED_TYPES_FILE, content: Buffer.from(mergeImportedTypes(previous, plan.importedTypes)), merged: true});
  }

  const count = (actions: readonly string[], kind?: string) => plan.files.filter((file) => actions.includes(file.action) && (kind === undefined || file.kind === kind)).length;
  const importedInto = into ? `docs/${into}/` : `${lessonsDir}/`;
  const imported = ['copy', 'overwrite', 'unchanged'];
  const lines = [
    `MkDocs import: ${project.projectDir} → ${path.join(siteDir, importedInto)}`,
    `Config: ${project.config ? project.config.parsed.file : 'none'}${plan.siteName ? ` (site_name "${plan.siteName}")` : ''}; docs folder: ${project.docsDir}`,
    `Files: ${count(imported, 'page')} pages and ${count(imported, 'asset')} other files imported, ${count(['clash'])} name clashes kept, ${count(['skip'])} not copied`,
    `Sidebar: ${plan.sidebarFrom === 'nav' ? `from nav, ${plan.sidebar.length} top-level items, ${countDocs(plan.sidebar)} docs` : `no nav: MkDocs' own from the files, ${plan.sidebar.length} top-level items, ${countDocs(plan.sidebar)} docs`} → ${SIDEBAR_FILE}`,
    '',
    ...formatFindings(findings),
    '',
    site
      ? `The workshop is the site: ${SITE_FILE} (title, logo, colours, links, footer) and ${SIDEBAR_FILE} (its nav) are read by docusaurus.config.ts and sidebars.ts; npm start shows it. The site's own docs/ (the demo lesson, the authoring guide) moves under /authoring/.`
      : `The lessons are a section of the site: ${SIDEBAR_FILE} is shown as "Imported" in the navbar${into ? ' (an import into docs/ itself makes the workshop the site: its title, logo, colours, links and footer)' : ''}.`,
    `Links and images to no file of the site (${plan.unresolvedLinks.length}) are listed in ${UNRESOLVED_LINKS_FILE}: the build keeps them and warns, any other broken link fails it.`,
    ...(plan.stylesheet !== undefined && site ? [`extra_css rules for the lessons' own classes and elements are in ${WORKSHOP_CSS} (scoped to the lessons), which docusaurus.config.ts loads.`] : []),
    ...(Object.keys(plan.importedTypes).length > 0 ? [`Box types carried over from extra_css (${Object.keys(plan.importedTypes).join(', ')}) are in ${IMPORTED_TYPES_FILE}.`] : []),
  ];
  const report = `${lines.join('\n')}\n`;
  outputs.push({file: REPORT_FILE, content: Buffer.from(report)});

  const writes = planWrites(siteDir, outputs, manifest, options.force);
  const settingsChange = site ? writes.changes.find((change) => change.file === SITE_FILE && change.kind === 'change') : undefined;
  const changeLines = formatChanges(writes.changes, options.dryRun).map((line) =>
    settingsChange && site && line.startsWith(`~ ${SITE_FILE}:`) ? `${line} (${changedSettings(readSiteText(siteDir, SITE_FILE), site).join(', ')})` : line,
  );
  const written: string[] = [];
  if (!options.dryRun && writesAnything(writes, manifest)) {
    applyWrites(siteDir, writes, outputs);
    written.push(...writes.changes.filter((change) => change.kind !== 'keep' && change.kind !== 'keep-removal').map((change) => change.file), MANIFEST_FILE);
  }
  const output = `${report}\n${options.dryRun ? 'Dry run: nothing written.\n' : ''}${changeLines.join('\n')}\n`;
  return {plan: {...plan, findings}, report, output, changes: writes.changes, written};
}

/**
 * Entry point: returns the exit code and what to print. 1 on an argument
 * error, or when the project cannot be imported (one line: file:line: message;
 * the site is left as it was).
 */
export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): {code: number; output: string} {
  const options = parseArguments(argv);
  if ('help' in options) return {code: 0, output: `${options.help}\n`};
  if ('error' in options) return {code: 1, output: `${options.error}\n`};
  try {
    return {code: 0, output: runImport(options, env).output};
  } catch (error) {
    if (error instanceof ConfigError) return {code: 1, output: `${formatFinding(finding('error', error.message, error.file, error.line))}\n`};
    throw error;
  }
}
