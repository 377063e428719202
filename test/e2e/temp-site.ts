/**
 * A throw-away copy of the site to import into and build, so that an import
 * test never touches the repository's docs/, sidebars/ or build/ (which the
 * main e2e build uses at the same time). The copy has the site's code and
 * config, a copy of its own lessons (sidebars.ts and the navbar name them) and
 * the repository's node_modules through a symlink; the copying is the
 * benchmarks' (`bench/site/temp-site.ts`).
 */
import {BUILD_ENTRIES, createTempSite as copySite, type TempSite} from '../../bench/site/temp-site';

export type {TempSite};

/**
 * What a site needs to build: the benchmarks' list without the imported
 * sidebar (`sidebars/`) and workshop settings (`workshop/`), so an import into the copy writes its own. The list
 * of unresolved links goes with docs/ (it covers lessons imported there before).
 */
const SITE_ENTRIES = BUILD_ENTRIES.filter((entry) => entry !== 'sidebars' && entry !== 'workshop');

export function createTempSite(prefix: string): TempSite {
  return copySite(prefix, SITE_ENTRIES);
}
