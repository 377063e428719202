/**
 * The reference renderer: Python-Markdown with the extensions an MkDocs-Material
 * site loads (see `render.py`), run as one Python process per batch.
 *
 * Only Debian's interpreter has the packages (`python3-markdown`,
 * `python3-pymdownx`); a pyenv `python3` on PATH does not, so the path is fixed.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'render.py');
const INSTALL_HINT =
  'install the reference renderer: `apt-get install python3-markdown python3-pymdownx` ' +
  `(the differential test runs ${PYTHON} ${path.relative(process.cwd(), SCRIPT)})`;

export interface OracleDocument {
  id: string;
  markdown: string;
  /**
   * Render with exactly these extensions (name → options or null, as the
   * plugin's `markdownExtensions` option) instead of render.py's default set.
   * A Python object option is written `{'!!python/name': 'module.attr'}`.
   */
  extensions?: Record<string, unknown>;
}

export type OracleStatus =
  | {available: true; markdown: string; pymdownx: string; extensions: string[]}
  | {available: false; reason: string};

let cachedStatus: OracleStatus | undefined;

/** Whether the oracle can run here; when not, `reason` says what to install. */
export function oracleAvailable(): OracleStatus {
  cachedStatus ??= probe();
  return cachedStatus;
}

function probe(): OracleStatus {
  if (!existsSync(PYTHON)) {
    return {available: false, reason: `${PYTHON} not found; ${INSTALL_HINT}`};
  }
  const result = spawnSync(PYTHON, [SCRIPT, '--check'], {encoding: 'utf8'});
  if (result.error || result.status !== 0) {
    const detail = result.error?.message ?? result.stderr.trim().split('\n').pop() ?? `exit ${result.status}`;
    return {available: false, reason: `${detail}; ${INSTALL_HINT}`};
  }
  const versions = JSON.parse(result.stdout) as {markdown: string; pymdownx: string; extensions: string[]};
  return {available: true, ...versions};
}

/** Render every document in one Python process; returns id → HTML. Throws when the oracle is missing. */
export function renderWithPythonMarkdown(docs: readonly OracleDocument[]): Map<string, string> {
  const status = oracleAvailable();
  if (!status.available) throw new Error(`Python-Markdown oracle unavailable: ${status.reason}`);
  const ids = new Set<string>();
  for (const doc of docs) {
    if (ids.has(doc.id)) throw new Error(`duplicate oracle document id ${JSON.stringify(doc.id)}`);
    ids.add(doc.id);
  }
  const result = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify(docs),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${PYTHON} render.py exited with ${result.status}:\n${result.stderr}`);
  }
  const rendered = JSON.parse(result.stdout) as Record<string, string>;
  const out = new Map<string, string>();
  for (const doc of docs) {
    const html = rendered[doc.id];
    if (typeof html !== 'string') throw new Error(`oracle returned no HTML for ${JSON.stringify(doc.id)}`);
    out.set(doc.id, html);
  }
  return out;
}
