/**
 * pymdownx.snippets' options, with pymdownx's defaults (pymdown-extensions
 * 10–11, what Material's current releases require). `base_path` entries that
 * are relative are resolved against `cwd`: pymdownx resolves them against the
 * directory `mkdocs` runs in, which is the MkDocs project's root.
 */
import path from 'node:path';
import type {ExtensionOptions} from '../markdown-extensions';

export interface SnippetsOptions {
  /** Absolute folders (or files: a base that is a file offers only that file). */
  basePaths: string[];
  checkPaths: boolean;
  autoAppend: string[];
  /** Read, never acted on: this build downloads nothing (see the README). */
  urlDownload: boolean;
  dedentSubsections: boolean;
  restrictBasePath: boolean;
  encoding: string;
  /** Python-Markdown's `tab_length`, for the indentation of an include line. */
  tabLength: number;
}

export function snippetsOptions(options: ExtensionOptions, cwd: string): SnippetsOptions {
  const base = options.base_path ?? ['.'];
  const bases = (Array.isArray(base) ? base : [base]).filter((entry): entry is string => typeof entry === 'string');
  const append = options.auto_append ?? [];
  return {
    basePaths: bases.map((entry) => path.resolve(cwd, entry)),
    checkPaths: options.check_paths === true,
    autoAppend: (Array.isArray(append) ? append : [append]).filter((entry): entry is string => typeof entry === 'string'),
    urlDownload: options.url_download === true,
    dedentSubsections: options.dedent_subsections === true,
    restrictBasePath: options.restrict_base_path !== false,
    encoding: typeof options.encoding === 'string' ? options.encoding : 'utf-8',
    tabLength: 4,
  };
}
