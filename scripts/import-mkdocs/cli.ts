/**
 * `npm run import:mkdocs -- <mkdocs project> [--out <site dir>] [--into <folder>] [--force] [--dry-run]` (`--help`)
 *
 * The disk side of the import: finds the config and the docs folder, lists
 * the files, runs the pure {@link planImport}, copies the files, writes
 * `sidebars/imported.json` and `import-report.txt` into the site, and returns
 * the report for the entry point to print.
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {customTypes} from '../../src/admonitions/custom-types';
import {parseCommandLine} from '../cli-arguments';
import {ConfigError, readMkdocsConfig, type MkdocsConfig} from './config';
import type {SidebarItem} from './nav';
import {planImport, type FileTree, type ImportPlan} from './plan';
import {finding, formatFinding, formatFindings, type Finding} from './report';
import {IMPORTED_TYPES_FILE, UNRESOLVED_LINKS_FILE, mergeImportedTypes, mergeUnresolvedLinks} from './generated';
import {writeUrls} from './write-urls';

export const SIDEBAR_FILE = 'sidebars/imported.json';
export const REPORT_FILE = 'import-report.txt';

export interface CliOptions {
  project: string;
  out: string;
  into: string;
  force: boolean;
  dryRun: boolean;
}

const USAGE = `Usage: npm run import:mkdocs -- <mkdocs project folder or mkdocs.yml> [--out <dir>] [--into <folder>] [--force] [--dry-run]
  --out <dir>      the Docusaurus site to import into (default: the current folder)
  --into <folder>  a folder under the site's docs/ to import into (default: docs/ itself)
  --force          overwrite site files that differ, and a different sidebars/imported.json
  --dry-run        write nothing; print the report`;

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

/** Finds mkdocs.yml / mkdocs.yaml and the docs folder. Throws ConfigError on an unreadable config. */
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
  if (!configPath) {
    const docsPath = existsSync(path.join(projectDir, 'docs')) && statSync(path.join(projectDir, 'docs')).isDirectory() ? path.join(projectDir, 'docs') : projectDir;
    return {projectDir, docsPath, docsDir: toPosix(path.relative(projectDir, docsPath)) || '.', flattened: false, findings};
  }
  const file = toPosix(path.relative(projectDir, configPath));
  const text = readFileSync(configPath, 'utf8');
  const parsed = readMkdocsConfig(text, {file, env});
  const wantedDocs = path.resolve(projectDir, parsed.docsDir);
  const flattened = !(existsSync(wantedDocs) && statSync(wantedDocs).isDirectory());
  const docsPath = flattened ? projectDir : wantedDocs;
  return {projectDir, config: {parsed, text}, docsPath, docsDir: toPosix(path.relative(projectDir, docsPath)) || '.', flattened, findings};
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

function countDocs(items: readonly SidebarItem[]): number {
  return items.reduce((sum, item) => sum + (item.type === 'doc' ? 1 : item.type === 'category' ? (item.link ? 1 : 0) + countDocs(item.items) : 0), 0);
}

/** Rewrites a generated site file from its previous content; returns its site-relative path. */
function writeGenerated(siteDir: string, file: string, content: (previous: string | undefined) => string): string {
  const full = path.join(siteDir, ...file.split('/'));
  const previous = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  mkdirSync(path.dirname(full), {recursive: true});
  writeFileSync(full, content(previous));
  return file;
}

export interface RunResult {
  plan: ImportPlan;
  report: string;
  /** Files written, relative to the site folder. */
  written: string[];
}

/** Runs the import. Throws ConfigError when the project or its config cannot be read. */
export function runImport(options: CliOptions, env: NodeJS.ProcessEnv = process.env): RunResult {
  const project = locateProject(options.project, env);
  const siteDir = path.resolve(options.out);
  const siteDocs = path.join(siteDir, 'docs');
  const plan = planImport({
    config: project.config,
    docsDir: project.docsDir,
    flattened: project.flattened,
    docs: fileTree(project.docsPath),
    site: fileTree(siteDocs),
    static: fileTree(path.join(siteDir, 'static')),
    into: options.into,
    force: options.force,
    customTypes,
    // Includes (pymdownx.snippets) may name files anywhere in the project, not only under docs_dir.
    ...(project.config?.parsed.markdownExtensions.some((extension) => extension.name === 'pymdownx.snippets') ? {project: fileTree(project.projectDir)} : {}),
  });
  const findings = [...project.findings, ...plan.findings];
  if (!['docusaurus.config.ts', 'docusaurus.config.js', 'docusaurus.config.mjs'].some((name) => existsSync(path.join(siteDir, name)))) {
    findings.push(finding('info', `${siteDir} has no docusaurus.config.*: is --out the site folder?`));
  }

  const written: string[] = [];
  const sidebarJson = `${JSON.stringify(plan.sidebar, null, 2)}\n`;
  const sidebarPath = path.join(siteDir, ...SIDEBAR_FILE.split('/'));
  let sidebarWritten = true;
  if (existsSync(sidebarPath) && readFileSync(sidebarPath, 'utf8') !== sidebarJson && !options.force) {
    sidebarWritten = false;
    findings.push(finding('warning', `${SIDEBAR_FILE} exists with a different sidebar: kept (--force overwrites it)`));
  }

  if (!options.dryRun) {
    for (const file of plan.files) {
      if ((file.action !== 'copy' && file.action !== 'overwrite') || file.target === undefined) continue;
      const to = path.join(siteDocs, ...file.target.split('/'));
      mkdirSync(path.dirname(to), {recursive: true});
      copyFileSync(path.join(project.docsPath, ...file.source.split('/')), to);
      written.push(toPosix(path.relative(siteDir, to)));
    }
    // Files the pages include from outside what docs/ receives (pymdownx.snippets), beside the site's base paths.
    for (const copy of plan.snippets?.copies ?? []) {
      const to = path.join(siteDir, ...copy.target.split('/'));
      mkdirSync(path.dirname(to), {recursive: true});
      copyFileSync(path.join(project.projectDir, ...copy.source.split('/')), to);
      written.push(copy.target);
    }
    written.push(...writeUrls(siteDir, project.docsPath, plan));
    if (sidebarWritten) {
      mkdirSync(path.dirname(sidebarPath), {recursive: true});
      writeFileSync(sidebarPath, sidebarJson);
      written.push(SIDEBAR_FILE);
    }
    const lessons = new Set(plan.files.filter((file) => file.kind === 'page' && file.target !== undefined && file.action !== 'clash').map((file) => `docs/${file.target}`));
    written.push(writeGenerated(siteDir, UNRESOLVED_LINKS_FILE, (previous) => mergeUnresolvedLinks(previous, lessons, plan.unresolvedLinks)));
    if (Object.keys(plan.importedTypes).length > 0) {
      written.push(writeGenerated(siteDir, IMPORTED_TYPES_FILE, (previous) => mergeImportedTypes(previous, plan.importedTypes)));
    }
  }

  const count = (action: string, kind?: string) => plan.files.filter((file) => file.action === action && (kind === undefined || file.kind === kind)).length;
  const importedInto = options.into ? `docs/${options.into.replace(/\/$/, '')}/` : 'docs/';
  const lines = [
    `MkDocs import: ${project.projectDir} → ${path.join(siteDir, importedInto)}${options.dryRun ? '  (dry run: nothing written)' : ''}`,
    `Config: ${project.config ? project.config.parsed.file : 'none'}${plan.siteName ? ` (site_name "${plan.siteName}")` : ''}; docs folder: ${project.docsDir}`,
    `Files: ${count('copy', 'page')} pages and ${count('copy', 'asset')} other files ${options.dryRun ? 'to copy' : 'copied'}, ${count('overwrite')} overwritten, ${count('unchanged')} already there, ${count('clash')} name clashes kept, ${count('skip')} not copied`,
    `Sidebar: ${plan.sidebarFrom === 'nav' ? `from nav, ${plan.sidebar.length} top-level items, ${countDocs(plan.sidebar)} docs` : 'autogenerated from the folders'} → ${SIDEBAR_FILE}${sidebarWritten ? '' : ' (not written)'}`,
    '',
    ...formatFindings(findings),
    '',
    `To show it: sidebars.ts loads ${SIDEBAR_FILE} as the sidebar \`imported\`, and docusaurus.config.ts needs a navbar item`,
    `{type: 'docSidebar', sidebarId: 'imported', label: ${JSON.stringify(plan.siteName ?? 'Imported')}}.`,
    `Links and images to no file of the site (${plan.unresolvedLinks.length}) are listed in ${UNRESOLVED_LINKS_FILE}: the build keeps them and warns, any other broken link fails it.`,
    ...(Object.keys(plan.importedTypes).length > 0 ? [`Box types carried over from extra_css (${Object.keys(plan.importedTypes).join(', ')}) are in ${IMPORTED_TYPES_FILE}.`] : []),
  ];
  const report = `${lines.join('\n')}\n`;
  if (!options.dryRun) {
    writeFileSync(path.join(siteDir, REPORT_FILE), report);
    written.push(REPORT_FILE);
  }
  return {plan: {...plan, findings}, report, written};
}

/** Entry point: returns the exit code and what to print (1 on an argument error, or when the project or its config cannot be read). */
export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): {code: number; output: string} {
  const options = parseArguments(argv);
  if ('help' in options) return {code: 0, output: `${options.help}\n`};
  if ('error' in options) return {code: 1, output: `${options.error}\n`};
  try {
    return {code: 0, output: runImport(options, env).report};
  } catch (error) {
    if (error instanceof ConfigError) return {code: 1, output: `${formatFinding(finding('error', error.message, error.file, error.line))}\n`};
    throw error;
  }
}
