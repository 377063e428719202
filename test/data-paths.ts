/**
 * Where the tests' data lives: `test/data/` (what each folder holds, where it
 * comes from and its licence: test/data/README.md). Every file a test reads is
 * in the repository, so the tests pass in a fresh clone with nothing beside it;
 * the data is always there, so no test checks whether it is.
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';

export const TEST_DATA = path.resolve(import.meta.dirname, 'data');

/** Real MkDocs workshops, one flattened project per folder (lessons beside mkdocs.yml); attribution notices beside the folders. */
export const CORPUS = path.join(TEST_DATA, 'corpus');

/** A small MkDocs Material workshop written for the tests (CC0): its mkdocs.yml exercises the import's site settings, its lessons every extension. */
export const DEMO_WORKSHOP = path.join(TEST_DATA, 'demo-workshop');

/** The research probes: `probe-<construct>-<n>.md`, with MkDocs' HTML as `.html` where a test compares it. */
export const MKDOCS_CASES = path.join(TEST_DATA, 'mkdocs-cases');

/** A workshop in the URL shapes of issue 17: docs_dir `Labs`, numbered folders holding README.md, links written as MkDocs URLs. */
export const URL_WORKSHOP = path.join(TEST_DATA, 'url-workshop');

/** The seed lesson as it came, byte-identical to docs/pod-networking.md. */
export const SEEDS = path.join(TEST_DATA, 'seeds');

/** The corpus's workshop folders, absolute and sorted (the notices beside them are files, not workshops). */
export function corpusWorkshops(): string[] {
  return readdirSync(CORPUS, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(CORPUS, entry.name))
    .sort();
}
