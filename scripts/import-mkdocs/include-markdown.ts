/**
 * The mkdocs-include-markdown-plugin (`plugins: - include-markdown` in
 * mkdocs.yml): its options go to `workshop/include-markdown.json`, which
 * tells the site to expand the directives of the workshop's lessons
 * (plugins/lesson-pipeline/snippets.ts, remark-mkdocs' include-markdown).
 */
import {INCLUDE_MARKDOWN_FILE} from '../../plugins/lesson-pipeline/snippets';
import {hasPlugin, type MkdocsConfig} from './config';
import {normalizePluginName} from './mkdocs-features';
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
