/**
 * mkdocs-macros for an imported workshop: when its mkdocs.yml enables the
 * `macros` plugin, the import writes what the plugin exposes to pages
 * (`config`, `extra`) into `workshop/mkdocs-macros.json`, and the site's
 * Markdown preprocessor (`prepareText`) renders the variables of each of the
 * workshop's lessons with it (`./lib/render.ts`); `remarkMkdocsMacros` reports
 * what was left as written. The author's files stay unchanged.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {jinjaDelimiters, renderMacros, type JinjaDelimiters, type MacroProblem} from './lib/render';
import {whileFilesUnchanged} from '../workshop-site/data-file';
import {expandedPlaceOf} from '../remark-mkdocs/lib/snippets/parse';

export {renderMacros, parseExpression, jinjaDelimiters, DEFAULT_DELIMITERS, RULE_ONE_LINE, RULE_UNRENDERED, type JinjaDelimiters, type MacroProblem, type RenderResult} from './lib/render';

/** Relative to the site folder. */
export const MACROS_FILE = 'workshop/mkdocs-macros.json';

export const SOURCE = 'mkdocs-macros';

export interface MacrosData {
  comment?: string;
  /** The site folder of the workshop's lessons (`workshop/docs`, `docs/<into>`): only those are rendered. */
  lessons: string;
  /** The plugin's `render_by_default` (true unless set): false renders only pages with `render_macros: true`. */
  renderByDefault: boolean;
  /** mkdocs.yml's settings as written (`{{ config.site_name }}`), `extra` included. */
  config: Record<string, unknown>;
  /** mkdocs.yml's `extra` (`{{ extra.x }}`, and each key at the top level: `{{ x }}`). */
  extra: Record<string, unknown>;
  /**
   * Jinja's delimiters when the workshop sets the plugin's `j2_*` options (`j2_variable_start_string: "-{{"`, …), each
   * filled in; absent: Jinja's own (`{{ }}`, `{% %}`, `{# #}`).
   */
  delimiters?: JinjaDelimiters;
}

export function readMacrosData(siteDir: string): MacrosData | undefined {
  const file = path.join(siteDir, MACROS_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<MacrosData>;
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.lessons !== 'string') {
    throw new Error(`${MACROS_FILE}: expected {lessons, config, extra} (run npm run import:mkdocs again)`);
  }
  const delimiters = typeof parsed.delimiters === 'object' && parsed.delimiters !== null ? {delimiters: jinjaDelimiters(parsed.delimiters)} : {};
  return {lessons: parsed.lessons, renderByDefault: parsed.renderByDefault !== false, config: parsed.config ?? {}, extra: parsed.extra ?? {}, ...delimiters};
}

/**
 * The variables of one page, as mkdocs-macros builds them: `config`, `extra`,
 * extra's keys at the top level, `page.meta`, then the page's front matter
 * keys at the top level (they win over extra's).
 */
export function pageVariables(data: Pick<MacrosData, 'config' | 'extra'>, meta: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {...data.extra, config: data.config, extra: data.extra, page: {meta}, ...meta};
}

/** Whether mkdocs-macros renders a page with this front matter (`render_macros` wins over `render_by_default`). */
export function rendersPage(data: Pick<MacrosData, 'renderByDefault'>, meta: Readonly<Record<string, unknown>>): boolean {
  if (meta.render_macros === false) return false;
  return data.renderByDefault || meta.render_macros === true;
}

/** The problems of each lesson's last rendering (absolute path), for `remarkMkdocsMacros`. */
const problemsByFile = new Map<string, MacroProblem[]>();

/**
 * A lesson's text with its variables rendered, when the site's workshop
 * enabled mkdocs-macros and the file is one of its lessons; else unchanged.
 * `meta`: the page's front matter as MkDocs read it.
 */
export function renderLessonMacros(text: string, filePath: string, siteDir: string, meta: Readonly<Record<string, unknown>>): string {
  problemsByFile.delete(filePath);
  // Read once while the file stays unchanged (every lesson needs it; see plugins/workshop-site/data-file.ts).
  const data = whileFilesUnchanged(`mkdocs-macros:${siteDir}`, [path.join(siteDir, MACROS_FILE)], () => readMacrosData(siteDir));
  if (!data) return text;
  const relative = path.relative(path.resolve(siteDir, data.lessons), path.resolve(siteDir, filePath));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return text;
  if (!rendersPage(data, meta)) return text;
  const result = renderMacros(text, pageVariables(data, meta), data.delimiters);
  if (result.problems.length > 0) problemsByFile.set(filePath, result.problems);
  return result.text;
}

/**
 * Reports, on the lesson's file, what `renderLessonMacros` left as written (warnings with line and column). Runs
 * after remark-mkdocs: the macros were read in the page's own text, before its includes were expanded, so each place
 * is moved to the expanded text the file's positions are in (and read back as the author's line when printed).
 */
export function remarkMkdocsMacros() {
  return (_tree: Root, file: VFile) => {
    for (const problem of (file.path ? problemsByFile.get(file.path) : undefined) ?? []) {
      file.message(problem.reason, {place: expandedPlaceOf(file, {line: problem.line, column: problem.column}), ruleId: problem.ruleId, source: SOURCE});
    }
  };
}
