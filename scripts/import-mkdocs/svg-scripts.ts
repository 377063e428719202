/**
 * SVG files that would run script. An SVG shown with `<img>` never runs its
 * script, but opened on its own (a lesson linking to its chart, a reader's
 * "open image in new tab") it is a document on the site's origin, and the
 * site serves no script a workshop wrote. Charts exported by plotting
 * libraries (pygal) carry `<script>` elements for their tooltips; the image
 * is what the lesson needs. So the import copies such a file without what
 * runs script (svgo's `removeScriptElement`: `<script>`, event-handler
 * attributes, `javascript:` links; nothing else of the file is touched), and
 * says so; a file that still would (or that svgo cannot read) is not copied.
 * What counts as running script is the built-HTML guard's reading
 * (`plugins/built-html-guard/scan.ts`).
 */
import {optimize} from 'svgo';
import {NOTHING_OWN, findUnsafeInPage} from '../../plugins/built-html-guard/scan';
import type {FileTree} from './plan';

export const isSvg = (file: string): boolean => /\.svg$/i.test(file);

/** What in the SVG text would run script, as the guard phrases it; none: []. */
export function svgScriptFindings(svg: string): string[] {
  return findUnsafeInPage(svg, NOTHING_OWN);
}

/** The SVG without what runs script, or undefined when svgo cannot read it or what is left still would. */
export function withoutSvgScripts(svg: string): string | undefined {
  let cleaned: string;
  try {
    cleaned = optimize(svg, {plugins: ['removeScriptElement'], js2svg: {pretty: false}}).data;
  } catch {
    return undefined;
  }
  return svgScriptFindings(cleaned).length === 0 ? cleaned : undefined;
}

/**
 * What an SVG file of a served tree holds that runs script: `removed`, the guard's findings in the original, which
 * the tree reads it without; or `unsafe`, findings svgo could not remove. Undefined: nothing (or no SVG file).
 */
export type SvgScripts = {removed: readonly string[]} | {unsafe: readonly string[]};

/** A folder's files as the site serves them: its SVG files without their scripts (`svgScripts` says what). */
export interface ServedTree extends FileTree {
  svgScripts(file: string): SvgScripts | undefined;
}

export function servedTree(tree: FileTree): ServedTree {
  // Each SVG file read and checked once: its status, and its bytes as served when they differ.
  const checked = new Map<string, {scripts?: SvgScripts; bytes?: Buffer}>();
  const check = (file: string) => {
    if (!isSvg(file)) return undefined;
    let entry = checked.get(file);
    if (entry === undefined) {
      const original = tree.read(file).toString('utf8');
      const findings = svgScriptFindings(original);
      const without = findings.length > 0 ? withoutSvgScripts(original) : undefined;
      entry =
        findings.length === 0
          ? {}
          : without === undefined
            ? {scripts: {unsafe: findings}}
            : {scripts: {removed: findings}, bytes: Buffer.from(without, 'utf8')};
      checked.set(file, entry);
    }
    return entry;
  };
  return {
    files: tree.files,
    read: (file) => check(file)?.bytes ?? tree.read(file),
    svgScripts: (file) => check(file)?.scripts,
  };
}

/**
 * What the import does with `file` of `tree`: undefined when it is no SVG file or is copied as it was; else whether
 * it is copied (as a served tree reads it, without its scripts) and the report's warning. A tree that is not a
 * served one has its file checked here.
 */
export function svgCopyDecision(tree: FileTree, file: string): {copy: boolean; warning: string} | undefined {
  if (!isSvg(file)) return undefined;
  const scripts = tree.svgScripts ? tree.svgScripts(file) : plainSvgScripts(tree.read(file).toString('utf8'));
  if (!scripts) return undefined;
  return 'unsafe' in scripts ? {copy: false, warning: svgNotCopiedMessage(scripts.unsafe)} : {copy: true, warning: svgCleanedMessage(scripts.removed)};
}

/** A file copied as it is: unsafe when it holds script. */
function plainSvgScripts(svg: string): SvgScripts | undefined {
  const findings = svgScriptFindings(svg);
  return findings.length > 0 ? {unsafe: findings} : undefined;
}

/** The import report's warning for an SVG file not copied: its script could not be removed. */
function svgNotCopiedMessage(findings: readonly string[]): string {
  return `not copied: an SVG image that would run script when opened on its own (${firstLine(findings[0] ?? '')}), which could not be removed; the site serves no script a workshop wrote: remove it from the file`;
}

/** The import report's warning for an SVG file copied without what runs script. */
function svgCleanedMessage(removed: readonly string[]): string {
  return `copied without what would run script when the image is opened on its own (${[...new Set(removed.map(firstLine))].join('; ')}): the site serves no script a workshop wrote; the image shows as before (an <img> never runs script)`;
}

const firstLine = (finding: string): string => finding.split('\n')[0]!.slice(0, 100);
