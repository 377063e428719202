/**
 * Writing the import into the site, safely: every file the import produces is
 * compared with the site's, and `workshop/manifest.json` remembers what the
 * import wrote (path → SHA-256). A site file is replaced only when it is the
 * import's own, unchanged since (or with `--force`); a file the import wrote
 * before and no longer produces is removed on the same terms. The whole set of
 * changes is decided before anything is written, so a dry run prints exactly
 * what a real run does, and a second run with nothing new changes nothing.
 */
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {MANIFEST_FILE, contentHash} from '../../plugins/workshop-site';

export {MANIFEST_FILE};

export interface Output {
  /** Site-relative, POSIX. */
  file: string;
  content: Buffer;
  /**
   * Merged with what the file held (the unresolved links keep other imports'
   * entries, the imported box types the entries of a file the import did not
   * write): written whether or not the import owns it.
   */
  merged?: boolean;
}

/**
 * `add`: new file; `change`: the import's own file, updated; `overwrite`: a
 * file it did not write, replaced (`--force`); `remove`: the import's own
 * file, no longer produced (or any such file with `--force`); `keep`: a
 * different file the import did not write (or one changed since), left as it
 * is; `keep-removal`: likewise, not removed.
 */
export type ChangeKind = 'add' | 'change' | 'overwrite' | 'remove' | 'keep' | 'keep-removal';

export interface Change {
  file: string;
  kind: ChangeKind;
}

export interface Manifest {
  comment: string;
  /** Site-relative path → SHA-256 of the content the import wrote. */
  files: Record<string, string>;
}

const MANIFEST_COMMENT = 'Written by npm run import:mkdocs: the files it wrote into the site, with their SHA-256. A file listed here and unchanged since is the import\'s to update or remove; any other file it leaves alone unless --force.';

export function readManifest(siteDir: string): Manifest {
  const file = path.join(siteDir, ...MANIFEST_FILE.split('/'));
  if (!existsSync(file)) return {comment: MANIFEST_COMMENT, files: {}};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
    return {comment: MANIFEST_COMMENT, files: parsed.files ?? {}};
  } catch {
    return {comment: MANIFEST_COMMENT, files: {}};
  }
}

function readSiteFile(siteDir: string, file: string): Buffer | undefined {
  const full = path.join(siteDir, ...file.split('/'));
  return existsSync(full) ? readFileSync(full) : undefined;
}

/** Site files the manifest lists whose content is still what the import wrote. */
export function ownedFiles(siteDir: string, manifest: Manifest): Set<string> {
  const owned = new Set<string>();
  for (const [file, hash] of Object.entries(manifest.files)) {
    const current = readSiteFile(siteDir, file);
    if (current !== undefined && contentHash(current) === hash) owned.add(file);
  }
  return owned;
}

export interface WritePlan {
  changes: Change[];
  /** The manifest after the writes. */
  manifest: Manifest;
}

/** What writing `outputs` would change in the site; reads the site, writes nothing. */
export function planWrites(siteDir: string, outputs: readonly Output[], manifest: Manifest, force: boolean): WritePlan {
  const owned = ownedFiles(siteDir, manifest);
  const changes: Change[] = [];
  const files: Record<string, string> = {};
  const produced = new Set<string>();
  for (const output of outputs) {
    // One file produced twice (a static copy that is also a site asset's path): the first is written.
    if (produced.has(output.file)) continue;
    produced.add(output.file);
    const current = readSiteFile(siteDir, output.file);
    if (current === undefined) changes.push({file: output.file, kind: 'add'});
    else if (!current.equals(output.content)) {
      if (owned.has(output.file) || output.merged) changes.push({file: output.file, kind: 'change'});
      else if (force) changes.push({file: output.file, kind: 'overwrite'});
      else {
        changes.push({file: output.file, kind: 'keep'});
        continue;
      }
    }
    files[output.file] = contentHash(output.content);
  }
  for (const file of Object.keys(manifest.files)) {
    if (produced.has(file) || readSiteFile(siteDir, file) === undefined) continue;
    changes.push({file, kind: owned.has(file) || force ? 'remove' : 'keep-removal'});
  }
  const sorted = Object.fromEntries(Object.keys(files).sort().map((file) => [file, files[file]]));
  return {changes: changes.sort((a, b) => a.file.localeCompare(b.file)), manifest: {comment: MANIFEST_COMMENT, files: sorted}};
}

/** Whether the plan writes anything (the manifest included). */
export function writesAnything(plan: WritePlan, previous: Manifest): boolean {
  return plan.changes.some((change) => change.kind !== 'keep' && change.kind !== 'keep-removal') || JSON.stringify(plan.manifest.files) !== JSON.stringify(previous.files);
}

/** Carries the plan out: writes and removes files, then the manifest. */
export function applyWrites(siteDir: string, plan: WritePlan, outputs: readonly Output[]): void {
  const byFile = new Map(outputs.map((output) => [output.file, output]));
  for (const change of plan.changes) {
    const full = path.join(siteDir, ...change.file.split('/'));
    if (change.kind === 'add' || change.kind === 'change' || change.kind === 'overwrite') {
      mkdirSync(path.dirname(full), {recursive: true});
      writeFileSync(full, byFile.get(change.file)!.content);
    } else if (change.kind === 'remove') rmSync(full, {force: true});
  }
  const manifestPath = path.join(siteDir, ...MANIFEST_FILE.split('/'));
  mkdirSync(path.dirname(manifestPath), {recursive: true});
  writeFileSync(manifestPath, `${JSON.stringify(plan.manifest, null, 2)}\n`);
}

const VERBS: Record<ChangeKind, [string, string]> = {
  add: ['added', 'would add'],
  change: ['updated', 'would update'],
  overwrite: ["overwritten: the site's file was not the import's (--force)", "would overwrite: the site's file is not the import's (--force)"],
  remove: ['removed (no longer in the workshop)', 'would remove (no longer in the workshop)'],
  keep: ['kept, not written: the site has a different file the import did not write (--force overwrites it)', 'would keep, not write: the site has a different file the import did not write (--force overwrites it)'],
  'keep-removal': ['kept: no longer in the workshop, but changed since the import wrote it (--force removes it)', 'would keep: no longer in the workshop, but changed since the import wrote it (--force removes it)'],
};

/** One line per change (`+ docs/a.md: added`), or one line saying nothing changed. */
export function formatChanges(changes: readonly Change[], dryRun: boolean): string[] {
  if (changes.length === 0) {
    return [dryRun ? 'Changes: none, the site already holds this import' : 'Nothing changed: the site already holds this import'];
  }
  const marks: Record<ChangeKind, string> = {add: '+', change: '~', overwrite: '~', remove: '-', keep: '!', 'keep-removal': '!'};
  const words: Record<ChangeKind, string> = {add: 'added', change: 'updated', overwrite: 'overwritten', remove: 'removed', keep: 'kept', 'keep-removal': 'not removed'};
  const summary = (Object.keys(words) as ChangeKind[]).map((kind) => [kind, changes.filter((change) => change.kind === kind).length] as const).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${words[kind]}`);
  return [
    `${dryRun ? 'Would change' : 'Changes'} (${summary.join(', ')}):`,
    ...changes.map((change) => `${marks[change.kind]} ${change.file}: ${VERBS[change.kind][dryRun ? 1 : 0]}`),
  ];
}
