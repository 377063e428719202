/**
 * mkdocs-macros (`plugins: - macros`): what the plugin exposes to pages as
 * variables (mkdocs.yml's settings as `config`, its `extra`), written for the
 * site into `workshop/mkdocs-macros.json`, which the lesson pipeline renders
 * pages with (plugins/mkdocs-macros); and, for the report, what in a page the
 * site leaves as written, found by the same renderer.
 */
import {MACROS_FILE, jinjaDelimiters, pageVariables, renderMacros, rendersPage, type JinjaDelimiters, type MacroProblem, type MacrosData} from '../../plugins/mkdocs-macros';
import {prepareLesson} from '../../plugins/mkdocs-front-matter';
import {hasPlugin, type MkdocsConfig} from './config';
import {normalizePluginName} from './mkdocs-features';
import {defaultRepoName, jsonOptions} from './site-settings';
import {isRecord} from './yaml';

export {MACROS_FILE};

/** mkdocs-macros' options for Jinja's delimiters. */
const DELIMITER_OPTIONS: ReadonlyArray<[string, keyof JinjaDelimiters]> = [
  ['j2_variable_start_string', 'variableStart'],
  ['j2_variable_end_string', 'variableEnd'],
  ['j2_block_start_string', 'blockStart'],
  ['j2_block_end_string', 'blockEnd'],
  ['j2_comment_start_string', 'commentStart'],
  ['j2_comment_end_string', 'commentEnd'],
];

/** The delimiters the plugin's `j2_*` options set (those unset or empty keep Jinja's), or undefined when none is set. */
function delimitersSetting(options: unknown): JinjaDelimiters | undefined {
  if (!isRecord(options)) return undefined;
  const set = DELIMITER_OPTIONS.filter(([option]) => typeof options[option] === 'string' && options[option] !== '');
  if (set.length === 0) return undefined;
  return jinjaDelimiters(Object.fromEntries(set.map(([option, key]) => [key, options[option]])));
}

const COMMENT = 'Written by npm run import:mkdocs: what mkdocs-macros exposes to the pages (config, extra); the site renders {{ variables }} of the lessons under `lessons` with it.';

/** The data file's content when the config enables mkdocs-macros, else undefined. `lessons`: the site folder of the lessons. */
export function macrosSetting(config: Pick<MkdocsConfig, 'plugins' | 'raw'>, lessons: string): MacrosData | undefined {
  if (!hasPlugin(config, 'macros')) return undefined;
  const options = config.plugins.find((plugin) => normalizePluginName(plugin.name) === 'macros')?.options;
  const raw = jsonOptions(config.raw) as Record<string, unknown>;
  const extra = isRecord(raw.extra) ? raw.extra : {};
  // MkDocs' default repo_name (GitHub, GitLab, …) when repo_url is set and repo_name is not: what {{ config.repo_name }} shows there.
  if (typeof raw.repo_url === 'string' && (raw.repo_name === undefined || raw.repo_name === null)) raw.repo_name = defaultRepoName(raw.repo_url);
  const delimiters = delimitersSetting(options);
  return {
    comment: COMMENT,
    lessons,
    renderByDefault: !(isRecord(options) && options.render_by_default === false),
    config: {...raw, extra},
    extra,
    ...(delimiters ? {delimiters} : {}),
  };
}

/** What the site leaves as written in one page (its text as in the workshop), with lines and columns. */
export function unrenderedMacros(data: MacrosData, text: string, frontMatter: Readonly<Record<string, unknown>>): MacroProblem[] {
  if (!rendersPage(data, frontMatter)) return [];
  return renderMacros(prepareLesson(text), pageVariables(data, frontMatter), data.delimiters).problems;
}
