/**
 * Links and images the MkDocs import found no target for (listed by
 * `npm run import:mkdocs` in `import-unresolved-links.json`) stay in the page
 * as the author wrote them and are reported as warnings, the way MkDocs treats
 * them (`validation.links.not_found: warn`). Any other broken link still fails
 * the build through `onBrokenLinks: 'throw'`: only the exact file and URL pairs
 * of the list are let through, so a link broken later is still caught.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Definition, Image, Link, Nodes, Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import type {Plugin} from 'unified';
import {SKIP, visit} from '../remark-mkdocs/lib/mdast-util/visit';
import {snippetSourceOf} from '../remark-mkdocs';
import {withBaseUrl} from '../mkdocs-urls/lib/rewrite';
import {isRelativeUrl} from '../mkdocs-urls/lib/urls';

/** Written by the import next to `import-report.txt`, read by `docusaurus.config.ts`. */
export const UNRESOLVED_LINKS_FILE = 'import-unresolved-links.json';

export const RULE_ID = 'import-unresolved-link';

export interface UnresolvedLink {
  /** The lesson, relative to the site folder, POSIX (`docs/workshop/intro.md`). */
  file: string;
  /** The link's destination as written (`../assets/slides.pdf`). */
  url: string;
  kind: 'link' | 'image';
  /** 1-based place in the file when it was imported (informative: matching is by file and URL). */
  line?: number;
  column?: number;
}

export interface UnresolvedLinksFile {
  comment: string;
  links: UnresolvedLink[];
}

export interface Options {
  /** The site folder the `file` paths are relative to. */
  siteDir: string;
  links: readonly UnresolvedLink[];
  /**
   * Where the browser went with a listed URL on the lesson's MkDocs page (absolute path of the lesson, the URL):
   * the site-absolute path it asked for, or undefined to keep the URL as written. A relative URL left as written
   * resolves against the site's URL for the page (`/w/lesson`, no final slash), not MkDocs' (`/w/lesson/`).
   */
  resolve?: (filePath: string, url: string) => string | undefined;
  /**
   * The site's baseUrl (`/AnsibleLabs/`; default `/`): a site-absolute `src` of an image is the browser's to load,
   * where no theme component adds it (links go through the theme's Link, which does).
   */
  baseUrl?: string;
}

/** The plugin's options from the site's generated list; no list, no links. */
export function readUnresolvedLinks(siteDir: string): Options {
  const file = path.join(siteDir, UNRESOLVED_LINKS_FILE);
  if (!existsSync(file)) return {siteDir, links: []};
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<UnresolvedLinksFile>;
  if (!Array.isArray(parsed.links)) throw new TypeError(`${file}: expected {"links": [...]}`);
  return {siteDir, links: parsed.links};
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

/**
 * The attribute list remark-mkdocs applied (`{ .md-button }`), as JSX
 * attributes: the replaced node's `data` would otherwise be lost with it.
 */
function listAttributes(node: Link | Image): MdxJsxAttribute[] {
  const properties = node.data?.hProperties ?? {};
  return Object.entries(properties).flatMap(([name, value]) => {
    if (value === undefined || value === null || value === false) return [];
    const jsxName = name === 'class' || name === 'className' ? 'className' : name;
    return [attribute(jsxName, Array.isArray(value) ? value.join(' ') : String(value))];
  });
}

/**
 * A JSX `<a>` keeps the theme's link component (the `a` of MDXComponents), but
 * `data-noBrokenLinkCheck` (the prop Docusaurus's own asset links use) keeps
 * it out of the broken-link check. A Markdown link would be resolved and
 * checked by Docusaurus's link steps, which run after this plugin.
 */
function linkElement(node: Link, href: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'a',
    attributes: [attribute('href', href), ...(node.title ? [attribute('title', node.title)] : []), attribute('data-noBrokenLinkCheck', 'true'), ...listAttributes(node)],
    children: node.children,
    ...(node.position ? {position: node.position} : {}),
  };
}

/** A JSX `<img>`: Docusaurus's image step would fail the build on a missing Markdown image. */
function imageElement(node: Image, src: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'img',
    attributes: [attribute('src', src), attribute('alt', node.alt ?? ''), ...(node.title ? [attribute('title', node.title)] : []), ...listAttributes(node)],
    children: [],
    ...(node.position ? {position: node.position} : {}),
  };
}

/**
 * A destination as the parsed tree holds it: the import lists it as written,
 * where a backslash may escape punctuation (`a\\_b.pdf` is `a_b.pdf`).
 */
function parsedUrl(written: string): string {
  return written.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * The URL as the included file wrote it, for a link that include-markdown's `rewrite-relative-urls` rewrote to work
 * from the including page (`../assets/x.png` in `labs/usage.md` is `../labs/../assets/x.png`… from `intro/index.md`):
 * the same target, relative to the included file's folder.
 */
function writtenInIncluded(url: string, page: string, included: string): string | undefined {
  if (!isRelativeUrl(url)) return undefined;
  const target = path.posix.join(path.posix.dirname(page.split(path.sep).join('/')), url);
  return path.posix.relative(path.posix.dirname(included.split(path.sep).join('/')), target);
}

const remarkUnresolvedLinks: Plugin<[Options], Root> = function (options) {
  const byFile = new Map<string, Set<string>>();
  for (const link of options.links) {
    const file = path.resolve(options.siteDir, link.file);
    byFile.set(file, (byFile.get(file) ?? new Set()).add(parsedUrl(link.url)));
  }
  const baseUrl = options.baseUrl ?? '/';
  return function (tree, file) {
    if (!file.path) return;
    const page = path.resolve(file.path);
    const own = byFile.get(page);
    // A file included into the page (pymdownx.snippets, include-markdown) has its links listed under its own name.
    const included = file.data.mkdocsSnippets?.changed ? file.data.mkdocsSnippets.dependencies.filter((dependency) => byFile.has(path.resolve(dependency))) : [];
    if (!own && included.length === 0) return;
    /** Whether the import listed the node's URL, for the file whose line the node is on. */
    const listed = (node: Link | Image | Definition): boolean => {
      const source = node.position ? snippetSourceOf(file, node.position.start) : undefined;
      const from = source ? path.resolve(source.path) : page;
      if (from === page) return own?.has(node.url) ?? false;
      const urls = byFile.get(from);
      if (!urls) return false;
      const written = writtenInIncluded(node.url, page, from);
      return urls.has(node.url) || (written !== undefined && urls.has(written));
    };
    visit(tree, (node: Nodes, index, parent) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      if (!listed(node)) return;
      const what = node.type === 'image' ? 'image' : 'link';
      // Where it went on the MkDocs page: the same place here.
      const resolved = options.resolve && file.path ? options.resolve(path.resolve(file.path), node.url) : undefined;
      const kept = resolved === undefined || resolved === node.url ? 'kept as written' : `kept, going where the browser went on the MkDocs page (\`${resolved}\`),`;
      file.message(
        `Unexpected ${what} \`${node.url}\` to no page or file of the site, expected an existing target: ${kept} and not checked, as the MkDocs import reported (MkDocs only warns too)`,
        {place: node.position, ruleId: RULE_ID, source: 'remark-unresolved-links'},
      );
      if (node.type === 'definition') {
        // References render through the theme's link with this URL; `pathname://`
        // is Docusaurus's documented way to take a URL out of its link checks.
        (node as Definition).url = `pathname://${resolved ?? node.url}`;
        return;
      }
      if (parent === undefined || index === undefined) return;
      parent.children[index] = node.type === 'link' ? linkElement(node, resolved ?? node.url) : imageElement(node, withBaseUrl(resolved ?? node.url, baseUrl));
      return SKIP;
    });
  };
};

export default remarkUnresolvedLinks;
