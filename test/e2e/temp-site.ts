/**
 * A throw-away copy of the site to import into and build, so that an import
 * test never touches the repository's docs/, sidebars/ or build/ (which the
 * main e2e build uses at the same time). The copy has the site's code and
 * config, a copy of its own lessons (sidebars.ts and the navbar name them) and
 * the repository's node_modules through a symlink. (bench/site/temp-site.ts is
 * the benchmarks' variant, which keeps an imported sidebar.)
 */
import {cpSync, existsSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {ROOT} from './site';

/**
 * What a site needs to build. The list of unresolved links goes with docs/ (it
 * covers lessons imported there before); the imported sidebar and the build
 * output stay behind, so an import into the copy writes its own sidebar.
 */
const SITE_ENTRIES = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'src', 'plugins', 'static', 'docs', 'import-unresolved-links.json'];

/** Folders inside the copied entries that are test data or caches, not site. */
const SKIPPED = new Set(['node_modules', 'test', '.docusaurus']);

export interface TempSite {
  dir: string;
  remove(): void;
}

export function createTempSite(prefix: string): TempSite {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of SITE_ENTRIES) {
    const from = path.join(ROOT, entry);
    if (!existsSync(from)) continue;
    cpSync(from, path.join(dir, entry), {
      recursive: true,
      // Plugin tests and their fixtures are not part of the site, and are large.
      filter: (source) => !SKIPPED.has(path.basename(source)) || path.dirname(source) === ROOT,
    });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}
