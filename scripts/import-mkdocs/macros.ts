/**
 * mkdocs-macros (`plugins: - macros`): what the plugin exposes to pages as
 * variables (mkdocs.yml's settings as `config`, its `extra`), written for the
 * site into `workshop/mkdocs-macros.json`, which the lesson pipeline renders
 * pages with (plugins/mkdocs-macros); and, for the report, what in a page the
 * site leaves as written, found by the same renderer.
 */
import {MACROS_FILE, pageVariables, renderMacros, rendersPage, type MacroProblem, type MacrosData} from '../../plugins/mkdocs-macros';
import {prepareLesson} from '../../plugins/mkdocs-front-matter';
import {hasPlugin, type MkdocsConfig} from './config';
import {normalizePluginName} from './mkdocs-features';
import {defaultRepoName, jsonOptions} from './site-settings';
import {isRecord} from './yaml';

export {MACROS_FILE};

const COMMENT = 'Written by npm run import:mkdocs: what mkdocs-macros exposes to the pages (config, extra); the site renders {{ variables }} of the lessons under `lessons` with it.';

/** The data file's content when the config enables mkdocs-macros, else undefined. `lessons`: the site folder of the lessons. */
export function macrosSetting(config: Pick<MkdocsConfig, 'plugins' | 'raw'>, lessons: string): MacrosData | undefined {
  if (!hasPlugin(config, 'macros')) return undefined;
  const options = config.plugins.find((plugin) => normalizePluginName(plugin.name) === 'macros')?.options;
  const raw = jsonOptions(config.raw) as Record<string, unknown>;
  const extra = isRecord(raw.extra) ? raw.extra : {};
  // MkDocs' default repo_name (GitHub, GitLab, …) when repo_url is set and repo_name is not: what {{ config.repo_name }} shows there.
  if (typeof raw.repo_url === 'string' && (raw.repo_name === undefined || raw.repo_name === null)) raw.repo_name = defaultRepoName(raw.repo_url);
  return {
    comment: COMMENT,
    lessons,
    renderByDefault: !(isRecord(options) && options.render_by_default === false),
    config: {...raw, extra},
    extra,
  };
}

/** What the site leaves as written in one page (its text as in the workshop), with lines and columns. */
export function unrenderedMacros(data: MacrosData, text: string, frontMatter: Readonly<Record<string, unknown>>): MacroProblem[] {
  if (!rendersPage(data, frontMatter)) return [];
  return renderMacros(prepareLesson(text), pageVariables(data, frontMatter)).problems;
}
