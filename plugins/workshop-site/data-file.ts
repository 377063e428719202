/**
 * Values read from the site's data files (`workshop/*.json`, written by the
 * MkDocs import), kept while the files stay as they are. The Markdown
 * preprocessor needs them for every lesson, and reading and parsing them per
 * lesson cost more than the rest of its work. Each use looks at the files
 * again (one `stat` each: identity, size and times), so an edit, a new import
 * or a removed file counts from the next lesson on, as when every lesson read
 * the files: `npm start` sees it without a restart.
 */
import {statSync} from 'node:fs';

const remembered = new Map<string, {signature: string; value: unknown}>();

/** What identifies a file's current content without reading it, or `absent`. */
function fileSignature(file: string): string {
  const stats = statSync(file, {bigint: true, throwIfNoEntry: false});
  return stats ? `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}` : 'absent';
}

/**
 * `derive()` as the files are now: computed again only when one of `files`
 * changed (or appeared, or went) since the last call with this `key`. A
 * `derive` that throws is not remembered (the next call throws again). The
 * value is shared by every caller: treat it as read-only.
 */
export function whileFilesUnchanged<T>(key: string, files: readonly string[], derive: () => T): T {
  const signature = files.map(fileSignature).join('\0');
  const known = remembered.get(key);
  if (known !== undefined && known.signature === signature) return known.value as T;
  const value = derive();
  remembered.set(key, {signature, value});
  return value;
}
