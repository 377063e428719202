/**
 * Mistakes in a MkDocs project that stop the import before it writes
 * anything, each as one {@link ConfigError} naming the file and line: a
 * Python tag where the import needs a value, a nav entry pointing outside the
 * docs folder, a docs file (a symlink) outside the project. A nav entry to a
 * file that is not there is no such mistake: MkDocs builds with a warning
 * (validation.nav.not_found), and so does the import (nav.ts reports it, file:line,
 * and leaves it out of the sidebar).
 * Pure but for the symlink check, which `cli.ts` does on the disk.
 */
import path from 'node:path';
import {ConfigError, type MkdocsConfig} from './config';
import {navPaths} from './nav';
import {LineLocator} from './report';
import {TaggedValue, isRecord} from './yaml';

/** Top-level settings the import reads (theme and extra are searched inside). */
const READ_KEYS = ['site_name', 'site_description', 'site_url', 'docs_dir', 'repo_url', 'repo_name', 'edit_uri', 'edit_uri_template', 'copyright', 'theme', 'nav'];

/** The first Python object tag (`!!python/…`) inside a value, with its path of keys. */
function pythonTag(value: unknown, at: string[]): {tag: string; at: string[]} | undefined {
  if (value instanceof TaggedValue) return value.tag.startsWith('!!python/') ? {tag: value.toString(), at} : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = pythonTag(item, at);
      if (found) return found;
    }
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = pythonTag(item, [...at, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Throws on a Python tag in a setting the import reads: MkDocs would hand a
 * Python object where text or a list is expected; the import cannot.
 * (markdown_extensions options hold such tags legitimately: they are kept as text.)
 */
export function checkPythonTags(config: MkdocsConfig, source: string): void {
  const locate = new LineLocator(source);
  const keys = [...READ_KEYS, ...(isRecord(config.raw.extra) ? ['extra'] : [])];
  for (const key of keys) {
    if (!(key in config.raw)) continue;
    const found = pythonTag(config.raw[key], [key]);
    if (!found) continue;
    const line = locate.find(found.tag.split(' ')[0], locate.topLevelKey(key) ?? 1) ?? locate.topLevelKey(key);
    throw new ConfigError(`${found.at.join('.')}: a Python tag (${found.tag}) where MkDocs expects a value the import must read: write the value itself`, config.file, line);
  }
}

/**
 * Throws on the first nav entry naming a file outside the docs folder: MkDocs
 * publishes only what is inside it. (One naming a file that is not there is
 * reported by nav.ts, as MkDocs warns about it.)
 */
export function checkNavTargets(config: MkdocsConfig, source: string): void {
  const locate = new LineLocator(source);
  const block = locate.block('nav');
  let cursor = block?.start ?? 1;
  for (const target of navPaths(config.nav ?? [])) {
    const line = locate.find(target.split('/').pop() ?? target, cursor, {before: block?.end}) ?? cursor;
    cursor = line;
    if (target.startsWith('../') || target === '..' || path.posix.isAbsolute(target)) {
      throw new ConfigError(`nav entry ${target}: outside the docs folder (${config.docsDir}): MkDocs publishes only files inside it`, config.file, line);
    }
  }
}
