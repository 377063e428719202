/**
 * The mkdocs-include-markdown-plugin (`plugins: - include-markdown` in
 * mkdocs.yml): its options, with the workshop's docs_dir, go to
 * `workshop/include-markdown.json`, which tells the site to expand the
 * directives of the workshop's lessons (plugins/lesson-pipeline/snippets.ts,
 * remark-mkdocs' include-markdown); the files they include from outside
 * docs_dir (`{% include-markdown "../README.md" %}`, the plugin's first
 * example) are copied to the site's mirror of the project
 * (`workshop/snippets/_root/`, where the site looks for them).
 */
import {posix} from 'node:path';
import {INCLUDE_MARKDOWN_FILE, PROJECT_MIRROR_DIR} from '../../plugins/lesson-pipeline/snippets';
import {includeMarkdownSettings, includePathBase, namesManyOrRemote, readIncludeDirectiveAt} from '../../plugins/remark-mkdocs';
import {hasPlugin, type MkdocsConfig} from './config';
import {normalizePluginName} from './mkdocs-features';
import {inside, normalize} from './snippets';
import {isRecord} from './yaml';

export {INCLUDE_MARKDOWN_FILE};

/** The plugin's options as written in mkdocs.yml (`{}` for its defaults), or undefined when the workshop does not use it. */
export function includeMarkdownSetting(config: Pick<MkdocsConfig, 'plugins'>): Record<string, unknown> | undefined {
  if (!hasPlugin(config, 'include-markdown')) return undefined;
  const options = config.plugins.find((plugin) => normalizePluginName(plugin.name) === 'include-markdown')?.options;
  if (!isRecord(options)) return {};
  // JSON-safe values only (YAML tags of Python objects have no meaning here).
  return Object.fromEntries(Object.entries(options).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value)));
}

export interface IncludeMarkdownImportInput {
  /** Every file of the MkDocs project (POSIX paths relative to its root). */
  projectFiles: readonly string[];
  read(file: string): string;
  /** docs_dir, relative to the project (`docs`). */
  docsDir: string;
  /** The plugin's options (`includeMarkdownSetting`). */
  options: Readonly<Record<string, unknown>>;
}

/**
 * The files the pages' directives include that the lessons' folder does not
 * bring (outside docs_dir, or named from such a file, whose paths the site
 * reads in the mirror), each with the files it includes in turn: project
 * file → site file. Directives the site cannot follow (globs, URLs, paths
 * leaving the project, missing files) copy nothing; the lesson checks and the
 * build say why.
 */
export function planIncludeMarkdown(input: IncludeMarkdownImportInput): Array<{source: string; target: string}> {
  const {tags} = includeMarkdownSettings(input.options);
  const files = new Set(input.projectFiles);
  const docsDir = normalize(input.docsDir);
  const copies = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, mirrored: boolean): void => {
    const key = `${mirrored}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const text = input.read(file);
    if (!text.includes(tags.opening)) return;
    const lines = text.split(/\r\n|\r|\n/);
    for (let index = 0; index < lines.length; index++) {
      // Directives spanning lines too, as the site reads them.
      const found = readIncludeDirectiveAt(lines, index, tags);
      if (!found || 'problem' in found.read) continue;
      index += found.lines - 1;
      const written = found.read.directive.path;
      if (namesManyOrRemote(written)) continue;
      // As the plugin resolves it: `./…`, `../…` beside the file, an absolute path not in the project, any other in docs_dir.
      const base = includePathBase(written);
      if (base === 'absolute') continue;
      const target = normalize(posix.join(base === 'includer' ? posix.dirname(file) : docsDir, written.replace(/\\/g, '/')));
      if (target === '..' || target.startsWith('../') || !files.has(target)) continue;
      const inMirror = mirrored || !inside(target, docsDir);
      if (inMirror) copies.set(target, posix.join(PROJECT_MIRROR_DIR, target));
      visit(target, inMirror);
    }
  };
  for (const page of input.projectFiles.filter((file) => inside(file, docsDir) && /\.md$/i.test(file)).sort()) visit(page, false);
  return [...copies].map(([source, target]) => ({source, target})).sort((a, b) => a.source.localeCompare(b.source));
}
